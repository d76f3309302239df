# Run by cpack (CPACK_PRE_BUILD_SCRIPTS) on the files staged for the .deb: compresses the man page
# and the changelog with gzip -9n, as Debian policy (12.3, 12.7) wants them.
file(GLOB_RECURSE staged_docs
     "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/man/man1/crmroi.1"
     "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/doc/crmroi/changelog")
if(NOT staged_docs)
  message(FATAL_ERROR "compress-docs: no man page or changelog under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(file IN LISTS staged_docs)
  execute_process(COMMAND gzip -9nf "${file}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "compress-docs: gzip ${file} failed")
  endif()
endforeach()
