# Puts each page script into index.html in place of its <script src="…"></script> tag and removes the file:
# the page then needs no request per script before its bundle can start (a round trip each on a cold load,
# a cache lookup each from the service worker), and its scripts are always of its own build.
# DIR: the staged folder; FILES: script names in DIR, minified already.
file(READ ${DIR}/index.html page)
foreach(f ${FILES})
  set(tag "<script src=\"${f}\"></script>")
  string(FIND "${page}" "${tag}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "inline ${f}: index.html has no ${tag}")
  endif()
  file(READ ${DIR}/${f} script)
  string(FIND "${script}" "</script" closes)
  if(NOT closes EQUAL -1)
    message(FATAL_ERROR "inline ${f}: it contains </script, which would end the inline script early")
  endif()
  string(REPLACE "${tag}" "<script>${script}</script>" page "${page}")
  file(REMOVE ${DIR}/${f})
endforeach()
file(WRITE ${DIR}/index.html "${page}")
