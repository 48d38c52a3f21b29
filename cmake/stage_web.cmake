# Copies the page files from web/ next to khiw.js and khiw.wasm, filling in @KHIW_WASM_BYTES@ (the
# uncompressed size, for the progress bar) and @KHIW_BUILD_ID@ (a content hash, for the offline cache).
# GENERATED: files the build already put in DST (the map data), hashed with the rest.
file(SIZE ${DST}/khiw.wasm KHIW_WASM_BYTES)
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
foreach(f ${FILES})
  configure_file(${SRC}/${f} ${DST}/${f} @ONLY)
endforeach()
