# Minifies page scripts in place in DIR (comments and whitespace out, the same pass emcc gives khiw.js):
# they come with the page, before the first frame, so every byte counts against the first-load budget.
# FILES: names in DIR; OPTIMIZER: Emscripten's tools/acorn-optimizer.js (node with NODE_PATH set).
foreach(f ${FILES})
  execute_process(COMMAND /usr/bin/node ${OPTIMIZER} ${DIR}/${f} minifyWhitespace
    OUTPUT_FILE ${DIR}/${f}.min RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "minify ${f}: ${err}")
  endif()
  file(RENAME ${DIR}/${f}.min ${DIR}/${f})
endforeach()
