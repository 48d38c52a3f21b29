// Counter mode's QR scanner (issue 12): the camera preview over the app's canvas, and a decoder —
// BarcodeDetector where the browser has one for QR codes, else zbar compiled to WASM (khiw-scanner.js,
// shell/scanner/). Counter mode injects this script when it starts: citizens never fetch any of it, and the
// service worker does not keep it.
//   khiwScanner.load()                     → Promise, settled when zbar's module is ready: loaded once
//                                          (a second call gets the same promise; again after a failure)
//   khiwScanner.start(rect, onCode, onError)  rect {x, y, w, h}: CSS px in the page; onCode(text);
//                                          onError('permission_denied'|'no_camera'|'load_failed'|'camera_failed')
//   khiwScanner.move(rect), .stop()
//   khiwScanner.stats() → {frames, decoded, decode_ms, median_ms, via: 'zbar'|'BarcodeDetector'}: frames
//                                          read and those that gave a code; decode_ms: the last 100 of
//                                          those, from the frame's arrival to the decoder's answer
'use strict';
(function () {
  const base = document.currentScript.src;  // khiw-scanner.* sit beside this file
  const MAX_WIDTH = 640;  // frames are decoded at most this wide: enough for a ticket held at the counter
  const REPEAT_MS = 3000;  // the same payload is reported at most once in this time
  const KEEP = 100;  // decode times kept for stats()

  let loading = null;  // load()'s promise
  let session = null;  // the running scan
  let counts = { frames: 0, decoded: 0, decode_ms: [], via: null };

  // zbar: the frame's gray bytes copied into the module's heap, the payload read back as text.
  function load() {
    loading ||= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('khiw-scanner.js', base).href;
      script.onload = resolve;
      script.onerror = () => reject(new Error('khiw-scanner.js'));
      document.head.appendChild(script);
    }).then(() => window.createKhiwScanner({ locateFile: (file) => new URL(file, base).href }))
      .then((module) => {
        let ptr = 0, size = 0;
        return (gray, w, h) => {
          if (gray.length > size) {
            module._free(ptr);
            size = gray.length;
            ptr = module._malloc(size);
          }
          module.HEAPU8.set(gray, ptr);  // HEAPU8 read each time: a growing heap replaces it
          const text = module._decode(ptr, w, h);
          return text ? module.UTF8ToString(text) : null;
        };
      });
    loading.catch(() => { loading = null; });  // a failed download may be tried again
    return loading;
  }

  // The decoder for start(): (canvas, gray, w, h) → Promise<text | null>.
  async function decoder() {
    const formats = window.BarcodeDetector ? await BarcodeDetector.getSupportedFormats().catch(() => []) : [];
    if (formats.includes('qr_code')) {
      const detector = new BarcodeDetector({ formats: ['qr_code'] });
      return { via: 'BarcodeDetector', gray: false,
        decode: async (canvas) => ((await detector.detect(canvas))[0] || {}).rawValue || null };
    }
    const zbar = await load();
    return { via: 'zbar', gray: true, decode: async (canvas, gray, w, h) => zbar(gray, w, h) };
  }

  function cameraError(e) {
    if (e.name === 'NotAllowedError' || e.name === 'SecurityError') return 'permission_denied';
    if (e.name === 'NotFoundError' || e.name === 'OverconstrainedError') return 'no_camera';
    return 'camera_failed';
  }

  function place(video, rect) {
    Object.assign(video.style, { left: rect.x + 'px', top: rect.y + 'px', width: rect.w + 'px', height: rect.h + 'px' });
  }

  async function start(rect, onCode, onError) {
    stop();
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    // Above the canvas, which keeps every tap (the app draws its own controls around the preview).
    video.style.cssText = 'position:absolute;object-fit:cover;z-index:1;pointer-events:none;background:#000';
    place(video, rect);
    document.body.appendChild(video);
    const s = session = { video, stream: null, onCode, onError, last: '', lastAt: 0, canvas: null };
    counts = { frames: 0, decoded: 0, decode_ms: [], via: null };

    // The camera prompt and the decoder's download run together.
    const camera = navigator.mediaDevices
      ? navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } })
      : Promise.reject(Object.assign(new Error('no mediaDevices'), { name: 'NotFoundError' }));
    const [stream, dec] = await Promise.allSettled([camera, decoder()]);
    if (stream.status === 'fulfilled') s.stream = stream.value;
    if (session !== s) return release(s);  // stopped meanwhile
    if (stream.status === 'rejected') return fail(s, cameraError(stream.reason));
    if (dec.status === 'rejected') return fail(s, 'load_failed');
    s.decoder = dec.value;
    counts.via = dec.value.via;
    for (const track of s.stream.getTracks()) track.onended = () => fail(s, 'camera_failed');
    video.srcObject = s.stream;
    try {
      await video.play();
    } catch (e) {
      return fail(s, 'camera_failed');
    }
    next(s);
  }

  // The next frame is asked for only once this one is decoded: frames never pile up.
  function next(s) {
    if (session !== s) return;
    if (s.video.requestVideoFrameCallback) s.video.requestVideoFrameCallback(() => frame(s));
    else requestAnimationFrame(() => frame(s));
  }

  async function frame(s) {
    const video = s.video;
    if (session !== s) return;
    if (!video.videoWidth) return next(s);
    const t0 = performance.now();
    const w = Math.min(MAX_WIDTH, video.videoWidth);
    const h = Math.round(video.videoHeight * w / video.videoWidth);
    if (!s.canvas || s.canvas.width !== w || s.canvas.height !== h) {
      s.canvas = Object.assign(document.createElement('canvas'), { width: w, height: h });
      s.context = s.canvas.getContext('2d', { willReadFrequently: true });
    }
    s.context.drawImage(video, 0, 0, w, h);
    let gray = null;
    if (s.decoder.gray) {
      const rgba = s.context.getImageData(0, 0, w, h).data;
      gray = new Uint8Array(w * h);
      for (let i = 0, j = 0; j < gray.length; i += 4, j++) gray[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
    }
    let text;
    try {
      text = await s.decoder.decode(s.canvas, gray, w, h);
    } catch (e) {
      return fail(s, 'camera_failed');
    }
    if (session !== s) return;
    counts.frames++;
    if (text) {
      const now = performance.now();
      counts.decoded++;
      counts.decode_ms.push(now - t0);
      if (counts.decode_ms.length > KEEP) counts.decode_ms.shift();
      if (text !== s.last || now - s.lastAt >= REPEAT_MS) {
        s.last = text;
        s.lastAt = now;
        s.onCode(text);
      }
    }
    next(s);
  }

  function release(s) {
    if (s.stream) for (const track of s.stream.getTracks()) { track.onended = null; track.stop(); }
    s.video.srcObject = null;
    s.video.remove();
  }

  function fail(s, code) {
    if (session !== s) return;
    stop();
    s.onError(code);
  }

  function stop() {
    if (!session) return;
    release(session);
    session = null;
  }

  function move(rect) {
    if (session) place(session.video, rect);
  }

  function stats() {
    const sorted = [...counts.decode_ms].sort((a, b) => a - b);
    const median_ms = sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
    return { frames: counts.frames, decoded: counts.decoded, decode_ms: [...counts.decode_ms], median_ms, via: counts.via };
  }

  window.khiwScanner = { load, start, move, stop, stats };
})();
