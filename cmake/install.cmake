# What `cmake --install build --prefix P` puts under P (README: Install):
#   bin/crmroi, lib/libcrmroi.a and include/crmroi/*.hpp, the CMake package
#   (lib/cmake/crmroi: find_package(crmroi 0.2) -> crmroi::crmroi), lib/pkgconfig/crmroi.pc,
#   share/man/man1/crmroi.1, the bash and zsh completions, share/crmroi/scenario.schema.json,
#   share/doc/crmroi (examples, changelog, copyright).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# crmroi::crmroi, the library a C++ project links: all the units (crmroi_unit_library) in one
# archive, made of their object files (nothing is compiled again), with the public headers, fmt
# and threads (the Monte Carlo loop). nlohmann/json is only used inside (no public header
# includes it), so users need not have it.
get_property(crmroi_units GLOBAL PROPERTY CRMROI_UNIT_LIBRARIES)
list(TRANSFORM crmroi_units REPLACE "(.+)" "$<TARGET_OBJECTS:\\1>" OUTPUT_VARIABLE crmroi_objects)
add_library(crmroi_library STATIC ${crmroi_objects})
add_library(crmroi::crmroi ALIAS crmroi_library)
set_target_properties(crmroi_library PROPERTIES OUTPUT_NAME crmroi EXPORT_NAME crmroi)
target_include_directories(crmroi_library INTERFACE
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_compile_features(crmroi_library INTERFACE cxx_std_20)
target_link_libraries(crmroi_library PUBLIC fmt::fmt Threads::Threads
                                             $<BUILD_INTERFACE:crmroi_sanitizers>)

set(crmroi_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/crmroi)
install(TARGETS crmroi RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS crmroi_library EXPORT crmroiTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/crmroi DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.hpp")
install(FILES ${PROJECT_BINARY_DIR}/include/crmroi/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/crmroi)
install(EXPORT crmroiTargets NAMESPACE crmroi:: DESTINATION ${crmroi_cmake_dir})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/crmroiConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/crmroiConfig.cmake
                              INSTALL_DESTINATION ${crmroi_cmake_dir})
# 0.2 is compatible with a request for 0.1 or 0.2, never with one for 1.x.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/crmroiConfigVersion.cmake
                                 COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/crmroiConfig.cmake ${PROJECT_BINARY_DIR}/crmroiConfigVersion.cmake
        DESTINATION ${crmroi_cmake_dir})

# crmroi.pc names the prefix it is installed under, known only at install time (--prefix, or
# /usr for the .deb): written then, from the template configured now.
set(prefix "@prefix@")
configure_file(${CMAKE_CURRENT_LIST_DIR}/crmroi.pc.in ${PROJECT_BINARY_DIR}/pkgconfig/crmroi.pc.in
               @ONLY)
install(CODE "set(prefix \"\${CMAKE_INSTALL_PREFIX}\")
  configure_file(\"${PROJECT_BINARY_DIR}/pkgconfig/crmroi.pc.in\"
                 \"${PROJECT_BINARY_DIR}/pkgconfig/crmroi.pc\" @ONLY)")
install(FILES ${PROJECT_BINARY_DIR}/pkgconfig/crmroi.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# (OPTIONAL in sanitized builds, which write the docs only when asked: CMakeLists.txt.)
install(FILES ${CRMROI_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 ${crmroi_docs_optional})
install(FILES ${CRMROI_BASH_COMPLETION}
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions ${crmroi_docs_optional})
install(FILES ${CRMROI_ZSH_COMPLETION}
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/zsh/vendor-completions ${crmroi_docs_optional})
install(FILES ${PROJECT_SOURCE_DIR}/schema/scenario.schema.json
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/crmroi)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
# The changelog under the name Debian gives an upstream changelog (compressed for the .deb), and
# the licence as a machine-readable copyright file.
install(FILES ${PROJECT_SOURCE_DIR}/CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR}
        RENAME changelog)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
