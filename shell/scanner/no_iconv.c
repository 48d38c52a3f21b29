// zbar's QR text step opens SJIS, BIG-5, Latin-1 and UTF-8 converters even when it hands back the bytes
// as they are (ZBAR_CFG_BINARY), and musl's iconv would bring ~130 KB of CJK tables into the wasm (five
// times the rest of the decoder). Here no converter exists: byte, numeric and alphanumeric data decode;
// kanji and ECI segments, which our tickets never hold, make the code unreadable.
#include <errno.h>
#include <iconv.h>

iconv_t iconv_open(const char* to, const char* from) {
  (void)to;
  (void)from;
  errno = EINVAL;
  return (iconv_t)-1;
}

size_t iconv(iconv_t cd, char** in, size_t* in_left, char** out, size_t* out_left) {
  (void)cd;
  (void)in;
  (void)in_left;
  (void)out;
  (void)out_left;
  errno = EBADF;
  return (size_t)-1;
}

int iconv_close(iconv_t cd) {
  (void)cd;
  return 0;
}
