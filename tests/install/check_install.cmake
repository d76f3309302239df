# The installation as a user meets it, run by CTest with cmake -P (tests/CMakeLists.txt):
#   MODE=install     cmake --install the build into WORK_DIR/prefix; every file is there;
#                    the installed crmroi prints its version.
#   MODE=cmake       configures, builds and runs tests/install/consumer (find_package(crmroi))
#                    against that prefix: it prints the ROI of the dress e-shop.
#   MODE=pkg-config  pkg-config --cflags --libs crmroi against that prefix gives the expected
#                    flags, and the consumer built with them alone prints the same ROI.
# Variables: MODE BUILD_DIR SOURCE_DIR WORK_DIR VERSION LIBDIR CXX_COMPILER CXX_FLAGS.
cmake_minimum_required(VERSION 3.25)
set(prefix ${WORK_DIR}/prefix)
separate_arguments(cxx_flags UNIX_COMMAND "${CXX_FLAGS}")

# The dress e-shop of the source articles: benefit 49,800 against cost 18,000 over 6 months,
# ROI = (49,800 - 18,000) / 18,000 = 176.666... % (README: Quick start).
set(scenario ${SOURCE_DIR}/examples/eshop-retailcrm.json)
set(expected_roi_line "Dress e-shop on retailCRM: ROI 176.67 % (crmroi ${VERSION})\n")

function(run_checked)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "failed (${status}): ${command}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

function(expect_output what actual expected)
  if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "${what}: expected\n[${expected}]\nfound\n[${actual}]")
  endif()
  message(STATUS "${what}: ${actual}")
endfunction()

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE ${WORK_DIR})
  run_checked(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
  set(expected_files
      bin/crmroi
      ${LIBDIR}/libcrmroi.a
      include/crmroi/metrics.hpp
      include/crmroi/report.hpp
      include/crmroi/scenario_loader.hpp
      include/crmroi/version.hpp
      ${LIBDIR}/cmake/crmroi/crmroiConfig.cmake
      ${LIBDIR}/cmake/crmroi/crmroiConfigVersion.cmake
      ${LIBDIR}/cmake/crmroi/crmroiTargets.cmake
      ${LIBDIR}/pkgconfig/crmroi.pc
      share/man/man1/crmroi.1
      share/bash-completion/completions/crmroi
      share/zsh/vendor-completions/_crmroi
      share/crmroi/scenario.schema.json
      share/doc/crmroi/examples/eshop-retailcrm.json
      share/doc/crmroi/changelog
      share/doc/crmroi/copyright)
  foreach(file IN LISTS expected_files)
    if(NOT EXISTS ${prefix}/${file})
      message(FATAL_ERROR "not installed: ${prefix}/${file}")
    endif()
  endforeach()
  if(EXISTS ${prefix}/include/crmroi/version.hpp.in)
    message(FATAL_ERROR "the template version.hpp.in was installed")
  endif()
  file(GLOB examples RELATIVE ${SOURCE_DIR}/examples ${SOURCE_DIR}/examples/*.json)
  file(GLOB installed_examples RELATIVE ${prefix}/share/doc/crmroi/examples
       ${prefix}/share/doc/crmroi/examples/*.json)
  expect_output("installed examples" "${installed_examples}" "${examples}")
  run_checked(${prefix}/bin/crmroi --version)
  expect_output("installed crmroi --version" "${out}" "crmroi ${VERSION}\n")
elseif(MODE STREQUAL "cmake")
  set(consumer_build ${WORK_DIR}/consumer-cmake)
  file(REMOVE_RECURSE ${consumer_build})
  run_checked(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/install/consumer -B ${consumer_build}
              -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
              "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${CXX_FLAGS}")
  string(FIND "${out}" "crmroi package version: ${VERSION}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "the consumer did not find crmroi ${VERSION}:\n${out}")
  endif()
  run_checked(${CMAKE_COMMAND} --build ${consumer_build})
  run_checked(${consumer_build}/consumer ${scenario})
  expect_output("consumer (find_package)" "${out}" "${expected_roi_line}")
elseif(MODE STREQUAL "pkg-config")
  set(ENV{PKG_CONFIG_PATH} ${prefix}/${LIBDIR}/pkgconfig)
  run_checked(pkg-config --modversion crmroi)
  expect_output("pkg-config --modversion crmroi" "${out}" "${VERSION}\n")
  run_checked(pkg-config --cflags --libs crmroi)
  # fmt's own flags (Requires: fmt) come from its pkg-config file under /usr: nothing but -lfmt.
  expect_output("pkg-config --cflags --libs crmroi" "${out}"
                "-I${prefix}/include -L${prefix}/${LIBDIR} -lcrmroi -lfmt \n")
  separate_arguments(pkg_flags UNIX_COMMAND "${out}")
  set(consumer ${WORK_DIR}/consumer-pkg-config)
  run_checked(${CXX_COMPILER} -std=c++20 ${cxx_flags} ${SOURCE_DIR}/tests/install/consumer/main.cpp
              ${pkg_flags} -o ${consumer})
  run_checked(${consumer} ${scenario})
  expect_output("consumer (pkg-config)" "${out}" "${expected_roi_line}")
else()
  message(FATAL_ERROR "MODE must be install, cmake or pkg-config")
endif()
