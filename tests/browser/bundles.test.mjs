// The two bundles (shell/CMakeLists.txt): a citizen's visit downloads and keeps only the citizens' app,
// never counter mode's bundle or its scanner; the counter-mode button reopens the page in the office
// bundle, which the service worker then keeps, so a counter reloaded with no connection still opens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverAndBrowser, waitForApp } from './harness.mjs';
import { onScreen, PHONE, revealWidget } from './citizen.mjs';

const real = serverAndBrowser();

const cachedPaths = (page) => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) =>
  (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)))).flat());

test('a citizen gets the citizens\' bundle alone; counter mode reopens in the office bundle, which then opens offline', async () => {
  const context = await real.chrome.browser.newContext(PHONE);
  try {
    const requested = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));  // service worker's too
    const page = await context.newPage();
    await page.goto(real.server.url);
    await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.ref_ready');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);  // its shell is cached
    const cached = await cachedPaths(page);
    assert.ok(cached.includes('/khiw.wasm') && requested.includes('/khiw.wasm'));
    const office = /khiw-office|scanner|announcer/;
    assert.deepEqual([...requested, ...cached].filter((path) => office.test(path)), []);

    const [x, y, w, h] = await revealWidget(page, 'counter_start');
    await page.touchscreen.tap(x + w / 2, y + h / 2);  // the page reloads: no frame of this one to wait for
    await page.waitForURL(/#counter$/);
    await onScreen(page, 'staff_login');
    assert.ok(requested.includes('/khiw-office.wasm'));
    await page.waitForFunction(async () => (await Promise.all((await caches.keys()).map(async (name) =>
      (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)))).flat()
      .includes('/khiw-office.wasm'));

    await context.setOffline(true);
    await page.reload();
    await onScreen(page, 'staff_login');
    assert.equal(await page.evaluate(() => location.hash), '#counter');
  } finally {
    await context.close();
  }
});
