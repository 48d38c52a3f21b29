// Updates with no mix of builds (web/sw.js). A new build's worker waits; it takes over (and the page
// reloads once) only at a start, before the bundle's main() runs, or when the user taps the banner.
// Loaded before loader.js, whose touch listeners would swallow that tap.
'use strict';
window.khiwUpdate = (function () {
  const sw = navigator.serviceWorker;
  let wanted = false;  // this page asked for the switch: reload when it happens
  let controlled = sw && !!sw.controller;

  function take(worker) {
    wanted = true;
    if (worker) worker.postMessage('skipWaiting'); else location.reload();  // another page switched already
  }

  function offer() {
    if (document.getElementById('update')) return;
    const banner = document.createElement('button');
    banner.id = 'update';
    banner.textContent = 'มีเวอร์ชันใหม่ — โหลดใหม่ · New version — reload';
    banner.style.cssText = 'position:fixed;left:50%;bottom:calc(16px + env(safe-area-inset-bottom));' +
      'transform:translateX(-50%);max-width:92vw;padding:12px 18px;border:0;border-radius:8px;' +
      'background:#1f4e79;color:#fff;font:16px Loma, Waree, sans-serif;box-shadow:0 2px 8px #0006;';
    banner.onclick = () => sw.getRegistration().then((reg) => take(reg && reg.waiting));
    document.body.appendChild(banner);
  }
  // Taps on the banner stay a browser click: loader.js turns every touch into canvas mouse events.
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
    window.addEventListener(type, (event) => {
      if (event.target.closest && event.target.closest('#update')) event.stopImmediatePropagation();
    }, { capture: true });
  }

  // A worker that finished installing while a controlled page runs is a newer build.
  function track(worker) {
    worker.addEventListener('statechange', () => { if (worker.state === 'installed' && sw.controller) offer(); });
  }

  if (sw) {
    sw.addEventListener('controllerchange', () => {
      if (wanted) { wanted = false; location.reload(); }
      else if (controlled) offer();  // another page switched: this one still runs the old build
      controlled = true;
    });
    // After the first frame (the app removes #loading), so that precaching competes with nothing.
    const loading = document.getElementById('loading');
    new MutationObserver((_, observer) => {
      if (loading.isConnected) return;
      observer.disconnect();
      sw.register('sw.js').then((reg) => {
        if (reg.waiting && sw.controller && !wanted) offer();
        if (reg.installing) track(reg.installing);
        reg.addEventListener('updatefound', () => track(reg.installing));
      }, () => { /* the app works online without it */ });
    }).observe(loading.parentNode, { childList: true });
    // Phones keep an installed app open for days: look for a new build whenever it comes back.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible') return;
      sw.getRegistration().then((reg) => reg && reg.update()).catch(() => { /* offline */ });
    });
  }

  // Whether this page's bundle may run (web/loader.js fetches and compiles it meanwhile, and runs main()
  // only once this resolves): at once when the network served the page (nothing older to mix with) or no
  // newer build waits. A waiting build is taken first and the page reloads: this never resolves. Chromium
  // switches once the old worker is idle: should it stay busy, the build this page has (whole, its worker
  // unchanged) runs after 3 s and the new one is offered.
  const mayRun = !controlled ? Promise.resolve() : sw.getRegistration().then((reg) => {
    const waiting = reg && reg.waiting;
    if (!waiting) return undefined;
    take(waiting);
    return new Promise((run) => setTimeout(() => { if (wanted) { wanted = false; run(); offer(); } }, 3000));
  }, () => undefined);

  return { mayRun };
})();
