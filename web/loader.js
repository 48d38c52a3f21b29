// Starts khiw.js and the khiw.wasm download together and compiles the wasm while it streams in, counting
// the bytes for the progress bar on the way.
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

  // The response body passed through a counter; the stamped size is the uncompressed one, which is what
  // the stream counts even over gzip.
  function counted(response) {
    if (!response.ok) throw new Error('HTTP ' + response.status);
    const total = window.KHIW_WASM_BYTES || Number(response.headers.get('Content-Length')) || 0;
    let received = 0;
    const body = response.body.pipeThrough(new TransformStream({
      transform(chunk, controller) {
        received += chunk.length;
        if (total) progress(received / total);
        controller.enqueue(chunk);
      },
    }));
    return new Response(body, { headers: { 'Content-Type': 'application/wasm' } });
  }

  const wasm = fetch('khiw.wasm').then(counted);
  window.Module = {
    canvas: document.getElementById('canvas'),
    onAbort: function (what) { fail(String(what)); },
    // Emscripten calls this instead of fetching the wasm itself.
    instantiateWasm: function (imports, done) {
      wasm.then(function (response) { return WebAssembly.instantiateStreaming(response, imports); })
        .then(function (result) { done(result.instance, result.module); })
        .catch(function (e) { fail(e.message); });
      return {};
    },
  };
  const script = document.createElement('script');
  script.src = 'khiw.js';
  script.onerror = function () { fail('khiw.js'); };
  document.body.appendChild(script);

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
