# Copies the page files from web/ (icons/ included) next to the bundles, filling in @KHIW_WASM_BYTES@ and
# @KHIW_OFFICE_WASM_BYTES@ (the uncompressed sizes, for the progress bar) and @KHIW_BUILD_ID@ (a content
# hash of every file, images included, for the service worker's cache name).
# GENERATED: files the build already put in DST (the map data, the office bundle), hashed with the rest.
file(SIZE ${DST}/khiw.wasm KHIW_WASM_BYTES)
file(SIZE ${DST}/khiw-office.wasm KHIW_OFFICE_WASM_BYTES)
file(SHA256 ${DST}/khiw.wasm wasm_hash)
file(SHA256 ${DST}/khiw.js js_hash)
string(SHA256 build_hash "${wasm_hash}${js_hash}")
foreach(f ${FILES})
  file(SHA256 ${SRC}/${f} h)
  string(SHA256 build_hash "${build_hash}${h}")
endforeach()
foreach(f ${GENERATED})
  file(SHA256 ${DST}/${f} h)
  string(SHA256 build_hash "${build_hash}${h}")
endforeach()
string(SUBSTRING ${build_hash} 0 12 KHIW_BUILD_ID)
# Images are copied byte for byte: configure_file's substitution would corrupt them.
foreach(f ${FILES})
  if(f MATCHES "\\.png$")
    configure_file(${SRC}/${f} ${DST}/${f} COPYONLY)
  else()
    configure_file(${SRC}/${f} ${DST}/${f} @ONLY)
  endif()
endforeach()
