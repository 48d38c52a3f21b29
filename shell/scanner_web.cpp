#include <emscripten/emscripten.h>

#include <cstdlib>

#include "shell/scanner.h"

namespace {

std::optional<khiw::shell::ScannerRect> g_rect;
khiw::shell::ScannerEvents g_events;
bool g_prepared = false;

// scanner.js is injected on first use; calls made before it has loaded wait for it.
EM_JS(void, khiw_scanner_prepare, (), {
  if (window.khiwScannerReady) return;
  // A JS string handed to C++ in malloc'd memory (freed there).
  window.khiwScannerString = function(text) {
    const n = lengthBytesUTF8(text) + 1;
    const p = _malloc(n);
    stringToUTF8(text, p, n);
    return p;
  };
  window.khiwScannerReady = new Promise(function(resolve, reject) {
    const script = document.createElement('script');
    script.src = 'scanner.js';
    script.onload = function() { window.khiwScanner.load().then(resolve, reject); };
    script.onerror = reject;
    document.head.appendChild(script);
  });
  window.khiwScannerReady.catch(function() { _khiw_scanner_failed(window.khiwScannerString('load_failed')); });
});

EM_JS(void, khiw_scanner_show, (float x, float y, float w, float h), {
  window.khiwScannerWanted = {x: x, y: y, w: w, h: h};
  window.khiwScannerReady.then(function() {
    const rect = window.khiwScannerWanted;
    if (!rect) return;
    if (!window.khiwScannerRunning) {
      window.khiwScannerRunning = true;
      window.khiwScanner.start(rect,
        function(text) { _khiw_scanner_code(window.khiwScannerString(text)); },
        function(code) {  // the scanner has stopped: the next show starts it again
          window.khiwScannerRunning = false;
          _khiw_scanner_failed(window.khiwScannerString(code));
        });
    } else {
      window.khiwScanner.move(rect);
    }
  }, function() {});
});

EM_JS(void, khiw_scanner_hide, (), {
  window.khiwScannerWanted = null;
  if (!window.khiwScannerReady) return;
  window.khiwScannerReady.then(function() {
    if (window.khiwScannerWanted || !window.khiwScannerRunning) return;
    window.khiwScannerRunning = false;
    window.khiwScanner.stop();
  }, function() {});
});

}  // namespace

// Strings come from khiwScannerString and are freed here.
extern "C" EMSCRIPTEN_KEEPALIVE void khiw_scanner_code(char* text) {
  std::string s(text);
  free(text);
  if (g_events.code) g_events.code(std::move(s));
}

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_scanner_failed(char* code) {
  std::string s(code);
  free(code);
  if (g_events.failed) g_events.failed(std::move(s));
}

namespace khiw::shell {

void scanner_prepare() {
  if (g_prepared) return;
  g_prepared = true;
  khiw_scanner_prepare();
}

void scanner_sync(const std::optional<ScannerRect>& rect, ScannerEvents events) {
  if (rect == g_rect) return;
  const bool was_showing = g_rect.has_value();
  g_rect = rect;
  g_events = std::move(events);
  if (!rect) {
    if (was_showing) khiw_scanner_hide();
    return;
  }
  scanner_prepare();
  khiw_scanner_show(rect->x, rect->y, rect->w, rect->h);
}

}  // namespace khiw::shell
