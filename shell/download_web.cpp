#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include "shell/download.h"

namespace {

// Blob + object URL + <a download>: works offline and in every current browser. The URL is revoked a
// little later, once the browser has started reading it.
EM_JS(void, khiw_download_blob_setup, (), {
  if (Module["khiwSaveBlob"]) return;
  Module["khiwSaveBlob"] = function(blob, filename) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 10000);
  };
});

EM_JS(void, khiw_download_file, (const char* filename, const char* mime, const char* data, int size), {
  const bytes = HEAPU8.slice(data, data + size);
  Module["khiwSaveBlob"](new Blob([bytes], {type: UTF8ToString(mime)}), UTF8ToString(filename));
});

EM_JS(void, khiw_download_qr, (const char* filename, int size, const unsigned char* modules,
                               const char* caption_json), {
  const name = UTF8ToString(filename);
  const dark = HEAPU8.slice(modules, modules + size * size);
  const lines = JSON.parse(UTF8ToString(caption_json));
  const unit = 8, quiet = 4, fontPx = 22, lineH = 32, pad = 16;
  const font = fontPx + "px Loma, Waree, 'Noto Sans Thai', sans-serif";
  const qrPx = (size + 2 * quiet) * unit;
  const canvas = document.createElement('canvas');
  let ctx = canvas.getContext('2d');
  ctx.font = font;
  let textW = 0;
  for (const line of lines) textW = Math.max(textW, ctx.measureText(line).width);
  canvas.width = Math.max(qrPx, Math.ceil(textW) + 2 * pad);
  canvas.height = qrPx + (lines.length ? lines.length * lineH + pad : 0);
  ctx = canvas.getContext('2d');  // resizing reset its state
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000000';
  const left = Math.floor((canvas.width - qrPx) / 2) + quiet * unit;
  for (let y = 0; y < size; ++y)
    for (let x = 0; x < size; ++x)
      if (dark[y * size + x]) ctx.fillRect(left + x * unit, (quiet + y) * unit, unit, unit);
  ctx.font = font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  lines.forEach(function(line, i) { ctx.fillText(line, canvas.width / 2, qrPx + i * lineH + lineH / 2); });
  canvas.toBlob(function(blob) { if (blob) Module["khiwSaveBlob"](blob, name); }, 'image/png');
});

}  // namespace

namespace khiw::shell {

void download_file(const std::string& filename, const std::string& mime, const std::string& content) {
  khiw_download_blob_setup();
  khiw_download_file(filename.c_str(), mime.c_str(), content.data(), static_cast<int>(content.size()));
}

void download_qr_png(const std::string& filename, int size, const std::vector<std::uint8_t>& modules,
                     const std::vector<std::string>& caption) {
  if (size <= 0 || modules.size() < static_cast<size_t>(size) * static_cast<size_t>(size)) return;
  khiw_download_blob_setup();
  const std::string lines = nlohmann::json(caption).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  khiw_download_qr(filename.c_str(), size, modules.data(), lines.c_str());
}

}  // namespace khiw::shell
