// QR code modules for a ticket payload (libqrencode), computed once when a booking arrives: the ticket
// screen draws them every frame and the PNG download reuses them.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace khiw {

struct QrMatrix {
  int size = 0;                       // modules per side, without the quiet zone
  std::vector<std::uint8_t> modules;  // size*size, row by row, 1 = dark
  bool dark(int x, int y) const { return modules[static_cast<size_t>(y * size + x)] != 0; }
  bool operator==(const QrMatrix&) const = default;
};

inline constexpr int kQrQuietZone = 4;  // modules of white around the code, as the standard asks

// Error correction level M (15 %): survives a scuffed phone screen. size 0 when the text cannot be encoded.
QrMatrix encode_qr(std::string_view text);

}  // namespace khiw
