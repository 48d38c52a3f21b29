// Issue 12 in a real browser: counter mode's scanner reads a QR ticket from the camera (Chromium's fake
// device filming a qrencode PNG) with zbar compiled to WASM, served by the real server; it reports the
// payload once, follows the app's rectangle and lets the camera go on stop() or on a failed download (that
// a citizen's visit never fetches any of it: bundles.test.mjs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, startServer } from './harness.mjs';
import { openScanner, qrCamera, startScanning, TICKET } from './scanner_page.mjs';

const RECT = { x: 24, y: 40, w: 320, h: 240 };

let camera, server, chrome;
before(async () => {
  camera = qrCamera(TICKET);
  [server, chrome] = await Promise.all([startServer(), launchBrowser({ camera: camera.file })]);
});
after(async () => {
  await chrome?.close();
  await server?.stop();
  camera?.dispose();
});

const preview = (page) => page.evaluate(() => [...document.querySelectorAll('video')].map((v) => {
  const r = v.getBoundingClientRect();
  return { x: r.x, y: r.y, w: r.width, h: r.height, fit: getComputedStyle(v).objectFit, muted: v.muted,
    playsInline: v.playsInline };
}));
const liveTracks = (page) => page.evaluate(() =>
  window.streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length);

test('the camera\'s QR ticket is decoded by zbar and reported once; the preview follows the rectangle; stop() lets the camera go', async () => {
  const { context, page } = await openScanner(chrome, server.url);
  try {
    assert.ok(await page.evaluate(() => window.khiwScanner.load() === window.khiwScanner.load()), 'loaded once');
    await startScanning(page, RECT);
    await page.waitForFunction(() => window.codes.length > 0 || window.errors.length > 0);
    // Ten more frames of the same ticket within the 3 s: still one report.
    const seen = await page.evaluate(() => window.khiwScanner.stats().frames);
    await page.waitForFunction((n) => window.khiwScanner.stats().frames >= n + 10, seen);
    assert.deepEqual(await page.evaluate(() => window.codes), [TICKET]);
    assert.deepEqual(await page.evaluate(() => window.errors), []);
    const stats = await page.evaluate(() => window.khiwScanner.stats());
    assert.equal(stats.via, 'zbar', 'Chromium on Linux has no BarcodeDetector');
    assert.ok(stats.decoded >= 10 && stats.decode_ms.length === stats.decoded, JSON.stringify(stats));
    assert.ok(stats.median_ms > 0);

    assert.deepEqual(await preview(page), [{ ...RECT, fit: 'cover', muted: true, playsInline: true }]);
    await page.evaluate(() => window.khiwScanner.move({ x: 100, y: 8, w: 200, h: 150 }));
    assert.deepEqual(await preview(page), [{ x: 100, y: 8, w: 200, h: 150, fit: 'cover', muted: true, playsInline: true }]);
    assert.equal(await liveTracks(page), 1);

    await page.evaluate(() => window.khiwScanner.stop());
    assert.deepEqual(await preview(page), []);
    assert.equal(await liveTracks(page), 0, 'the camera is released');
    const frames = await page.evaluate(() => window.khiwScanner.stats().frames);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.khiwScanner.stats().frames), frames, 'no frame read after stop()');
  } finally {
    await context.close();
  }
});

test('a decoder that cannot be downloaded is load_failed, and the camera opened meanwhile is released', async () => {
  const { context, page } = await openScanner(chrome, server.url);
  try {
    await page.route('**/khiw-scanner.wasm', (route) => route.abort());
    await startScanning(page, RECT);
    await page.waitForFunction(() => window.errors.length > 0);
    assert.deepEqual(await page.evaluate(() => [window.errors, window.codes]), [['load_failed'], []]);
    assert.deepEqual(await preview(page), []);
    assert.equal(await liveTracks(page), 0);
  } finally {
    await context.close();
  }
});
