# cmake -DINPUT=font.ttf -DOUTPUT=font_data.cpp -P embed_font.cmake: the font's bytes as a C++ array.
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUTPUT} "// Generated from ${INPUT} by cmake/embed_font.cmake; do not edit.\n"
  "#include \"shell/font_data.h\"\n"
  "namespace khiw::shell {\n"
  "const unsigned char kAppFont[] = {${bytes}};\n"
  "const size_t kAppFontSize = ${size};\n"
  "}  // namespace khiw::shell\n")
