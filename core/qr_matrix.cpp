#include "core/qr_matrix.h"

#include <qrencode.h>

#include <memory>
#include <string>

namespace khiw {

QrMatrix encode_qr(std::string_view text) {
  // libqrencode reads a NUL-terminated string: a NUL inside would silently cut the payload short.
  if (text.find('\0') != std::string_view::npos) return {};
  const std::string terminated(text);
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString(terminated.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
  if (!code || code->width <= 0) return {};

  QrMatrix m;
  m.size = code->width;
  const auto count = static_cast<size_t>(m.size) * static_cast<size_t>(m.size);
  m.modules.resize(count);
  for (size_t i = 0; i < count; ++i) m.modules[i] = code->data[i] & 1;  // bit 0: dark module
  return m;
}

}  // namespace khiw
