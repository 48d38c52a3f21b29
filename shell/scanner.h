// The camera QR scanner of counter mode (web/scanner.js with zbar built to WASM). Its files are fetched
// only when counter mode first needs them, so citizens never download them.
#pragma once
#include <functional>
#include <optional>
#include <string>

namespace khiw::shell {

struct ScannerRect {
  float x = 0, y = 0, w = 0, h = 0;  // CSS pixels, relative to the page
  bool operator==(const ScannerRect&) const = default;
};

struct ScannerEvents {
  std::function<void(std::string text)> code;    // a decoded QR payload
  std::function<void(std::string code)> failed;  // "permission_denied", "no_camera", "load_failed", …
};

// Fetches the scanner (once) without starting the camera.
void scanner_prepare();
// Shows the preview at `rect` and scans; nullopt stops the camera. Cheap when nothing changes.
void scanner_sync(const std::optional<ScannerRect>& rect, ScannerEvents events);

}  // namespace khiw::shell
