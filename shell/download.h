// Files the citizen saves from the app: the browser's own download, no server round trip.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace khiw::shell {

// `content` as-is (UTF-8 text such as an .ics calendar file).
void download_file(const std::string& filename, const std::string& mime, const std::string& content);
// A PNG of a QR code: `size` x `size` modules (1 = dark, row by row) at 8 px each inside the 4-module
// white quiet zone scanners need, with `caption` lines under it in a Thai-capable font.
void download_qr_png(const std::string& filename, int size, const std::vector<std::uint8_t>& modules,
                     const std::vector<std::string>& caption);

}  // namespace khiw::shell
