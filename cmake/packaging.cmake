# cpack -G DEB (run in a release build folder; scripts/package-check does it and checks the
# package): crmroi_VERSION_amd64.deb, installing under /usr what `cmake --install` installs.
set(CRMROI_PACKAGE_MAINTAINER "The crmroi authors <crmroi@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME crmroi)
set(CPACK_PACKAGE_VENDOR "The crmroi authors")
set(CPACK_PACKAGE_CONTACT "${CRMROI_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "CRM return on investment calculator")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # crmroi_0.2.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CRMROI_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends: computed from the binary by dpkg-shlibdeps
# The long description (CPack puts the summary above it and indents each line by one space).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "crmroi answers one question for a business owner, a CRM
integrator or a finance lead: does this CRM pay for itself, how much, and how
soon? It reads scenario files (JSON: one-time and recurring costs, time
savings, order and conversion uplifts, adoption ramp, risk adjustment, or
explicit cash flows) and reports total cost of ownership, ROI, present-value
ROI, NPV, IRR and payback, plus marketing ROI, CAC, LTV and NPS, as terminal
tables or as JSON, JSON Lines, CSV and Markdown for scripts; its check
command gates CI on targets.
.
The package also holds the C++ library (static, with its CMake package and
pkg-config file), the JSON Schema of scenario files and example scenarios.")
# Debian wants the man page and the changelog compressed (gzip -9n), which `cmake --install`
# leaves as they are.
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/compress-docs.cmake)

include(CPack)
