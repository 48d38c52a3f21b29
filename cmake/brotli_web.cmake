# Writes `name.br` beside each compressible file of a staged folder, at brotli's best (a fifth fewer bytes
# than gzip -9 on the wasm: a phone's first load is mostly its download). The server serves a copy only
# while it decodes to the file beside it (server-stub/static_files.h). Copies still newer than their
# file are kept: the bundles take seconds at this level.
# DIR: the staged folder; BROTLI: the brotli program.
file(GLOB files ${DIR}/*.html ${DIR}/*.js ${DIR}/*.wasm ${DIR}/*.json ${DIR}/*.webmanifest)
set(stale)
foreach(f ${files})
  if(NOT EXISTS ${f}.br OR ${f} IS_NEWER_THAN ${f}.br)
    list(APPEND stale ${f})
  endif()
endforeach()
if(stale)
  execute_process(COMMAND ${BROTLI} --force --keep --no-copy-stat --best ${stale} RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "brotli failed (${failed}) on ${stale}")
  endif()
  # brotli makes new files private to their owner; a web server's user must read them.
  list(TRANSFORM stale APPEND .br)
  file(CHMOD ${stale} FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endif()
