// The walking skeleton end to end: real server, real WASM bundle, real Chromium with WebGL2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SLOW_4G, clickWidget, reduceScreenshot, screenshotStats, serverAndBrowser, waitForApp } from './harness.mjs';

const real = serverAndBrowser();

// The office list is one step in from the start screen.
async function openOffices(page, tap = (id) => clickWidget(page, id)) {
  await tap('book_start');
  return waitForApp(page, 'window.khiw.screen === "offices" && !!window.khiw.widgets.office_1001');
}

async function openApp(options = {}) {
  const context = await real.chrome.browser.newContext({ viewport: { width: 900, height: 700 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(real.server.url);
  return { context, page, errors };
}

test('the app loads from the server and lists the 50 district offices in Thai', async () => {
  const { context, page, errors } = await openApp();
  let app = await waitForApp(page);
  assert.equal(app.screen, 'start');
  app = await openOffices(page);
  assert.equal(app.offices.length, 50);
  assert.equal(app.offices[0], '1001');
  assert.equal(app.offices[49], '1050');
  assert.equal(app.lang, 'th');
  assert.ok(app.widgets.office_1001, 'first office row is drawn');
  assert.equal(await page.locator('#loading').count(), 0, 'loading overlay is gone after the first frame');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the canvas really rendered: the screenshot is not blank', async () => {
  const { context, page } = await openApp();
  await waitForApp(page);
  const stats = await screenshotStats(page);
  // Rows of text and a striped table: a large share of pixels differ from the background and
  // antialiased glyphs give many colours. A blank or single-colour canvas fails both.
  assert.ok(stats.differing > stats.width * stats.height * 0.05, JSON.stringify(stats));
  assert.ok(stats.colours > 20, JSON.stringify(stats));
  await context.close();
});

test('a still screen is not painted again: the clock\'s second builds a frame that paints nothing; a change paints', async () => {
  const { context, page } = await openApp();
  await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.ref_ready');
  const counts = () => page.evaluate(() => ({ frames: window.khiw.frame, paints: window.khiw.paints }));
  // The start's answers arrive and are painted; then the picture stays as it is.
  let last = await counts();
  for (let quiet = 0; quiet < 4;) {
    await page.waitForTimeout(250);
    const now = await counts();
    quiet = now.paints === last.paints ? quiet + 1 : 0;
    last = now;
    assert.ok(now.frames < 600, `the start screen never stopped painting: ${JSON.stringify(now)}`);
  }
  await page.waitForTimeout(2000);
  const after = await counts();
  // Built at every animation frame it would be about 120 (shell/idle_frames.h); the clock's seconds build some,
  // and none of them is painted: the picture is the same (ui/draw_digest.h).
  const built = after.frames - last.frames;
  assert.ok(built >= 2 && built <= 15, `frames built in 2 s of a still start screen: ${built}`);
  assert.equal(after.paints - last.paints, 0, 'frames painted in 2 s of a still start screen');
  // The canvas keeps its last picture.
  const stats = await screenshotStats(page);
  assert.ok(stats.colours > 20, JSON.stringify(stats));
  // A page back from the background paints its unchanged picture again: the browser may not have kept the canvas.
  await page.evaluate(() => {
    for (const state of ['hidden', 'visible']) {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });
  await page.waitForFunction((p) => window.khiw.paints > p, after.paints, { timeout: 1000 });
  // A moving pointer builds frames at once; a change on screen is painted.
  const shown = await counts();
  await page.mouse.move(200, 200);
  await page.waitForFunction((f) => window.khiw.frame > f + 2, shown.frames, { timeout: 250 });
  await clickWidget(page, 'lang_toggle');
  await waitForApp(page, 'window.khiw.lang === "en"');
  await page.waitForFunction((p) => window.khiw.paints > p, shown.paints, { timeout: 1000 });
  await context.close();
});

test('the language toggle switches to English and the choice survives a reload', async () => {
  const { context, page } = await openApp();
  await waitForApp(page);
  await clickWidget(page, 'lang_toggle');
  await waitForApp(page, 'window.khiw.lang === "en"');
  await page.reload();
  const app = await waitForApp(page);
  assert.equal(app.lang, 'en');
  await clickWidget(page, 'lang_toggle');
  await waitForApp(page, 'window.khiw.lang === "th"');
  await context.close();
});

test('clicking an office chooses it and moves on to its sections', async () => {
  const { context, page } = await openApp();
  await waitForApp(page);
  await openOffices(page);
  await clickWidget(page, 'office_1003');
  const app = await waitForApp(page, 'window.khiw.draft.office_code === "1003"');
  assert.equal(app.screen, 'sections');
  assert.deepEqual(app.screens, ['start', 'offices', 'sections']);
  await context.close();
});

// Found with a long counter roster: a 300 px wheel scrolled 900 (an ImGui wheel unit is 120 px, not 40),
// past a button in both directions.
test('the mouse wheel scrolls the list as far as the browser asked', async () => {
  const { context, page } = await openApp();
  await waitForApp(page);
  await openOffices(page);
  // A row low on the screen, which stays in it (the list draws only the rows in view).
  const { widgets } = await waitForApp(page);
  const row = Object.keys(widgets).find((k) => /^office_\d{4}$/.test(k) && widgets[k][1] > 450 && widgets[k][1] < 600);
  const before = widgets[row][1];
  await page.mouse.move(450, 400);
  for (const [dy, total] of [[100, 100], [200, 300], [-50, 250]]) {
    await page.mouse.wheel(0, dy);
    await waitForApp(page, `Math.abs(window.khiw.widgets.${row}[1] - ${before - total}) <= 2`, 5000);
  }
  await context.close();
});

test('on a phone (3x pixels, touch) the list fits the width and a tap chooses an office', async () => {
  const { context, page, errors } = await openApp({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await waitForApp(page);
  const tap = async (id) => {
    const [x, y, w, h] = await page.evaluate((wid) => window.khiw.widgets[wid], id);
    await page.touchscreen.tap(x + w / 2, y + h / 2);
  };
  const app = await openOffices(page, tap);
  for (const [id, [x, , w]] of Object.entries(app.widgets)) assert.ok(x + w <= 390.5, `${id} overflows`);
  // The canvas is drawn at device resolution, not stretched from CSS pixels.
  const backing = await page.evaluate(() => document.getElementById('canvas').width);
  assert.equal(backing, 390 * 3);
  await tap('office_1004');
  await waitForApp(page, 'window.khiw.draft.office_code === "1004"');
  assert.deepEqual(errors, []);
  await context.close();
});

test('offline: after one visit the app and the office list load without a network', async () => {
  const { context, page, errors } = await openApp();
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The first visit is not yet controlled by the worker; a reload is, and it fills the cache.
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Only the worker's cache may answer: the HTTP cache would hide a worker that keeps nothing.
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await context.setOffline(true);
  await page.reload();
  const app = await waitForApp(page);
  assert.equal(app.offices.length, 50);
  // The district map too: its data comes from the worker's cache.
  await clickWidget(page, 'walkin_start');
  await waitForApp(page, 'window.khiw.screen === "nearby" && window.khiw.nearby.districts === 50');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the web bundle is served with the right MIME types, and brotli-compressed to the browser', async () => {
  const context = await real.chrome.browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  const encodings = {};
  page.on('response', (r) => { encodings[new URL(r.url()).pathname] = r.headers()['content-encoding']; });
  await page.goto(real.server.url);
  await waitForApp(page);
  // The build's brotli copies (cmake/brotli_web.cmake), which the page decoded to start.
  for (const f of ['/', '/khiw.js', '/khiw.wasm']) assert.equal(encodings[f], 'br', f);
  const types = await page.evaluate(async () => {
    const out = {};
    for (const f of ['khiw.wasm', 'khiw.js', 'index.html', 'manifest.webmanifest']) {
      out[f] = (await fetch(f)).headers.get('content-type');
    }
    return out;
  });
  assert.equal(types['khiw.wasm'], 'application/wasm');
  assert.match(types['khiw.js'], /javascript/);
  assert.match(types['index.html'], /text\/html/);
  assert.match(types['manifest.webmanifest'], /manifest\+json/);
  await context.close();
});

// web/loader.js: when a start is slow (here a phone on slow 4G), the loading screen shows its words and the
// bar counts the wasm's bytes, while the response itself goes to the compiler untouched.
test('on a slow network the loading screen says so and its bar counts the download up to 100 % before the first frame', async () => {
  const context = await real.chrome.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.barValues = [];
    document.addEventListener('DOMContentLoaded', () => {
      const loading = document.getElementById('loading');
      new MutationObserver(() => {
        window.barValues.push(Number(loading.getAttribute('aria-valuenow')));
        window.labelShown ||= loading.checkVisibility() && document.getElementById('label').checkVisibility();
      }).observe(loading, { attributes: true, attributeFilter: ['aria-valuenow'] });
    });
  });
  await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', SLOW_4G);
  await page.goto(real.server.url);
  // Midway the screen is the page's light background with the words and the bar (the canvas under the
  // overlay, whose context exists by then, is black until the app draws).
  await page.waitForFunction(() => Number(document.getElementById('loading')?.getAttribute('aria-valuenow')) > 20,
    null, { timeout: 60000 });
  const background = await reduceScreenshot(page, null, (px) => {
    let light = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] === 0xf7 && px[i + 1] === 0xf7 && px[i + 2] === 0xf5) light++;
    return light / (px.length / 4);
  });
  assert.ok(background > 0.9, `share of the screen in the page's background colour: ${background}`);
  await waitForApp(page, 'window.khiw && window.khiw.ready', 60000);
  const values = await page.evaluate(() => window.barValues);
  assert.ok(values.length >= 3, `the bar moved in steps: ${values}`);
  assert.deepEqual(values, [...values].sort((a, b) => a - b), 'it only grows');
  assert.equal(values.at(-1), 100);
  assert.ok(await page.evaluate(() => window.labelShown), 'the words showed while the bar counted');
  await context.close();
});

test('a fast start never shows the loading words, and the slow-start timer finds nothing to do', async () => {
  const { context, page, errors } = await openApp();
  await waitForApp(page);
  // The timer is made long enough that a start from the browser's caches is fast on any machine (the
  // default 300 ms, web/loader.js, is not on a busy CI runner); the words are watched while it runs out.
  const slowStartMs = 2000;
  await page.addInitScript((ms) => {
    window.KHIW_SLOW_START_MS = ms;
    window.labelShown = false;
    new MutationObserver(() => {
      const label = document.getElementById('label');
      if (label && !label.hidden) window.labelShown = true;
      if (window.loadingGoneAt === undefined && !document.getElementById('loading') && document.readyState !== 'loading') {
        window.loadingGoneAt = performance.now();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  }, slowStartMs);
  await page.reload();
  await waitForApp(page);
  const goneAt = await page.evaluate(() => window.loadingGoneAt);
  assert.ok(goneAt < slowStartMs, `the second start was fast: first frame at ${goneAt} ms`);
  await page.waitForTimeout(slowStartMs + 300 - goneAt);  // the timer has run out
  assert.equal(await page.evaluate(() => window.labelShown), false, 'the loading words never showed');
  assert.equal(await page.locator('#loading').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard bridge\'s input joins the page only once the app is on screen', async () => {
  const context = await real.chrome.browser.newContext({ viewport: { width: 900, height: 700 } });
  // Whether any form control was in the page while the loading screen was: the first style pass, which
  // the first frame waits for, would pay for it (web/text_bridge.js).
  await context.addInitScript(() => {
    window.controlWhileLoading = false;
    new MutationObserver((_, observer) => {
      if (document.querySelector('input, textarea, select, button') && document.getElementById('loading')) {
        window.controlWhileLoading = true;
      }
      if (document.readyState !== 'loading' && !document.getElementById('loading')) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(real.server.url);
  await waitForApp(page);
  await page.waitForFunction(() => document.getElementById('text-agent') !== null);
  assert.equal(await page.evaluate(() => window.controlWhileLoading), false);
  await context.close();
});

test('a wasm that cannot be downloaded is reported on the loading screen with no uncaught error', async () => {
  const context = await real.chrome.browser.newContext({ viewport: { width: 900, height: 700 } });
  await context.route('**/khiw.wasm', (route) => route.fulfill({ status: 503, body: 'down' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(real.server.url);
  await page.waitForFunction(() => document.getElementById('error')?.textContent.includes('HTTP 503'));
  await page.waitForTimeout(500);
  assert.match(await page.textContent('#error'), /โหลดแอปไม่สำเร็จ · The app could not load \(HTTP 503\)/);
  assert.deepEqual(errors, []);
  await context.close();
});
