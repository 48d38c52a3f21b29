// The scanner module's one export: decode(gray, w, h) → the payload of the first QR code in a grayscale
// frame (one byte per pixel, rows packed), or NULL. The text stays valid until the next call.
#include <emscripten.h>
#include <stdlib.h>
#include <string.h>
#include <zbar.h>

static zbar_image_scanner_t* scanner;
static char* text;

EMSCRIPTEN_KEEPALIVE const char* decode(const unsigned char* gray, int width, int height) {
  if (!scanner) {
    scanner = zbar_image_scanner_create();
    // Our tickets are ASCII in byte mode: the bytes as they are, no charset guessing (see no_iconv.c).
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);
  }
  zbar_image_t* image = zbar_image_create();
  zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
  zbar_image_set_size(image, (unsigned)width, (unsigned)height);
  zbar_image_set_data(image, gray, (unsigned long)width * (unsigned long)height, NULL);
  free(text);
  text = NULL;
  if (zbar_scan_image(scanner, image) > 0) text = strdup(zbar_symbol_get_data(zbar_image_first_symbol(image)));
  zbar_image_destroy(image);
  return text;
}
