// Starts the bundle's .js and its .wasm download together (index.html picks the bundle) and compiles the wasm
// while it streams in; when a start is slow, the loading screen shows its words and counts the bytes.
'use strict';
(function () {
  const loading = document.getElementById('loading');
  const fill = document.querySelector('#bar > div');
  const error = document.getElementById('error');

  // A start that takes longer than this shows the loading screen's words and counts the download. A fast
  // one needs neither, and both cost the page's main thread while it starts: the words' layout (their
  // font's first use) about 9 ms at DOMContentLoaded, the counting a hop through script for every chunk.
  // A test may lengthen it (window.KHIW_SLOW_START_MS), so that what counts as fast does not hang on how
  // fast the machine running the test is.
  const kSlowStartMs = window.KHIW_SLOW_START_MS || 300;
  const slowStart = new Promise(function (resolve) {
    setTimeout(function () { resolve(loading.isConnected); }, kSlowStartMs);
  });
  slowStart.then(function (slow) { if (slow) document.getElementById('label').hidden = false; });

  function progress(fraction) {
    const pct = Math.round(Math.min(1, fraction) * 100);
    fill.style.width = pct + '%';
    loading.setAttribute('aria-valuenow', String(pct));
  }

  function fail(what) {
    error.textContent = 'โหลดแอปไม่สำเร็จ · The app could not load (' + what + ')';
  }

  // The progress bar counts a copy of the response's body (the stamped size is the uncompressed one, which
  // is what the body counts even over gzip): the response itself goes to the compiler untouched, as the
  // network delivers it.
  function counted(response) {
    if (!response.ok) throw new Error('HTTP ' + response.status);
    const total = window.KHIW_WASM_BYTES || Number(response.headers.get('Content-Length')) || 0;
    const copy = response.clone().body;
    slowStart.then(function (slow) {
      if (!slow) {  // the app is on screen: drop the copy
        copy.cancel().catch(function () {});
        return;
      }
      const reader = copy.getReader();
      let received = 0;
      (function count() {
        reader.read().then(function (chunk) {
          if (chunk.done) return;
          received += chunk.value.length;
          if (total) progress(received / total);
          count();
        }, function () { /* the compiler reports a failed download */ });
      })();
    });
    return response;
  }

  // The bundle: both files of one build.
  function load() {
    const bundle = window.KHIW_BUNDLE;
    // From the service worker's cache the bytes arrive at once: no progress to show.
    const cached = navigator.serviceWorker && navigator.serviceWorker.controller;
    const wasm = cached ? fetch(bundle + '.wasm') : fetch(bundle + '.wasm').then(counted);
    // Compiled as it arrives, not once the bundle's script asks for it: the script often runs later, after
    // the page's first layout and paint, and the compile then started with every byte already waiting.
    const compiled = wasm.then(function (response) { return WebAssembly.compileStreaming(response); });
    compiled.catch(function () { /* reported once, by instantiateWasm */ });
    // After the response went to the compiler, whose threads go on meanwhile.
    wasm.then(createContext, function () {});
    window.Module = {
      canvas: document.getElementById('canvas'),
      onAbort: function (what) { fail(String(what)); },
      // Emscripten calls this instead of fetching the wasm itself; `done` runs main(), which waits for
      // web/sw_update.js to rule out a newer build (instantiating runs none of the app's code).
      instantiateWasm: function (imports, done) {
        const instance = compiled.then(function (module) { return WebAssembly.instantiate(module, imports); });
        Promise.all([instance, compiled, window.khiwUpdate.mayRun])
          .then(function (ready) { done(ready[0], ready[1]); })
          .catch(function (e) { fail(e.message); });
        return {};
      },
    };
    const script = document.createElement('script');
    script.src = bundle + '.js';
    script.onerror = function () { fail(script.src); };
    document.body.appendChild(script);
  }

  // The WebGL 2 context (GL_PREINITIALIZED_CONTEXT), created while the wasm compiles on the browser's
  // threads rather than in main(), and not while the page is parsed: there it held up the page's first paint
  // and the bundle's start behind it. Opaque 2D, so no alpha, depth or stencil buffers to allocate.
  function createContext() {
    const gl = window.Module.canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
    if (gl) window.Module.preinitializedWebGLContext = gl;
    else fail('WebGL 2');
  }
  load();

  // Emscripten's GLFW ignores touch coordinates (it reads them only for SDL), so a finger would click at
  // the last mouse position. Re-dispatch the first finger as mouse events at its position, synchronously
  // (text_bridge.js focuses its input inside the resulting mouseup, still within the tap). The UI turns a
  // drag into scrolling (or panning, on the map). Two fingers are a pinch: the mouse finger is released
  // and both fingers go to the app (khiw_pinch: 0 start, 1 move, 2 end, canvas CSS px) until every finger
  // has lifted, so the one left after a pinch neither drags nor taps.
  const canvas = document.getElementById('canvas');
  let finger = null;  // identifier of the touch that drives the mouse
  let pinching = false;
  function asMouse(type, touch) {
    canvas.dispatchEvent(new MouseEvent(type, {
      clientX: touch.clientX, clientY: touch.clientY, screenX: touch.screenX, screenY: touch.screenY,
      button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true,
    }));
  }
  function pinch(phase, touches) {
    const send = window.Module && window.Module['_khiw_pinch'];
    if (!send) return;
    const r = canvas.getBoundingClientRect();
    const a = touches[0], b = touches[1];
    if (phase === 2) send(2, 0, 0, 0, 0);
    else send(phase, a.clientX - r.left, a.clientY - r.top, b.clientX - r.left, b.clientY - r.top);
  }
  function onPinch(event) {
    if (event.touches.length >= 2) {
      if (finger !== null) {
        for (const touch of event.touches) if (touch.identifier === finger) asMouse('mouseup', touch);
        finger = null;
      }
      pinch(pinching && event.type === 'touchmove' ? 1 : 0, event.touches);
      pinching = true;
    } else if (pinching && event.type !== 'touchmove') {
      if (event.touches.length < 2) pinch(2, event.touches);
      pinching = event.touches.length > 0;
    }
    return pinching;
  }
  function onTouch(event) {
    if (event.cancelable) event.preventDefault();  // no synthetic mouse events or page zoom on top of ours
    event.stopImmediatePropagation();
    if (onPinch(event)) return;
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
})();
