// Downloads khiw.wasm with a real progress bar, then starts khiw.js with the bytes in hand.
'use strict';
(function () {
  const loading = document.getElementById('loading');
  const fill = document.querySelector('#bar > div');
  const error = document.getElementById('error');

  function progress(fraction) {
    const pct = Math.round(Math.min(1, fraction) * 100);
    fill.style.width = pct + '%';
    loading.setAttribute('aria-valuenow', String(pct));
  }

  function fail(what) {
    error.textContent = 'โหลดแอปไม่สำเร็จ · The app could not load (' + what + ')';
  }

  async function fetchWasm() {
    const response = await fetch('khiw.wasm');
    if (!response.ok) throw new Error('HTTP ' + response.status);
    // The stamped size is the uncompressed one, which is what the reader counts even over gzip.
    const total = window.KHIW_WASM_BYTES || Number(response.headers.get('Content-Length')) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (total) progress(received / total);
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.length; }
    return bytes;
  }

  fetchWasm().then(function (bytes) {
    window.Module = {
      canvas: document.getElementById('canvas'),
      wasmBinary: bytes,
      onAbort: function (what) { fail(String(what)); },
    };
    const script = document.createElement('script');
    script.src = 'khiw.js';
    script.onerror = function () { fail('khiw.js'); };
    document.body.appendChild(script);
  }).catch(function (e) { fail(e.message); });

  // Emscripten's GLFW ignores touch coordinates (it reads them only for SDL), so a finger would click at
  // the last mouse position. Re-dispatch the first finger as mouse events at its position, synchronously
  // (text_bridge.js focuses its input inside the resulting mouseup, still within the tap). A second
  // finger (a pinch) is ignored: the page does not zoom and the UI has no use for it. The UI turns a drag
  // into scrolling.
  const canvas = document.getElementById('canvas');
  let finger = null;  // identifier of the touch that drives the mouse
  function asMouse(type, touch) {
    canvas.dispatchEvent(new MouseEvent(type, {
      clientX: touch.clientX, clientY: touch.clientY, screenX: touch.screenX, screenY: touch.screenY,
      button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true,
    }));
  }
  function onTouch(event) {
    if (event.cancelable) event.preventDefault();  // no synthetic mouse events or page zoom on top of ours
    event.stopImmediatePropagation();
    for (const touch of event.changedTouches) {
      if (event.type === 'touchstart') {
        if (finger !== null) continue;
        finger = touch.identifier;
        asMouse('mousemove', touch);
        asMouse('mousedown', touch);
      } else if (touch.identifier !== finger) {
        continue;
      } else if (event.type === 'touchmove') {
        asMouse('mousemove', touch);
      } else {
        finger = null;
        asMouse('mouseup', touch);
      }
    }
  }
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
    window.addEventListener(type, onTouch, { capture: true, passive: false });
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch(function () { /* the app works online without it */ });
  }
})();
