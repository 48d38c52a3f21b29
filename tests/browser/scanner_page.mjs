// Counter mode's scanner in a real browser, for tests/browser/scanner.test.mjs and bench/scanner.mjs: a
// camera filming a QR ticket, and the test bundle's scanner page with web/scanner.js injected as counter
// mode does it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pngToY4m } from './y4m.mjs';

// A booking's signed payload as the server writes it (docs/API.md).
export const TICKET = 'KHIW1.7KQ2M9XD.1001.2026-11-25.0.q3Zs1v9T_4kLmW0pXyB2cD-eFgH7iJ8oN5rS6tU0aVw';

// A .y4m of `payload`'s QR code drawn by Debian's qrencode as the app draws tickets (level M, 8-bit mode,
// 6 px modules, 4-module quiet zone), for launchBrowser({ camera: file }).
export function qrCamera(payload) {
  const dir = mkdtempSync(join(tmpdir(), 'khiw-camera-'));
  const png = join(dir, 'ticket.png'), file = join(dir, 'ticket.y4m');
  execFileSync('qrencode', ['-l', 'M', '-8', '-s', '6', '-m', '4', '-o', png, payload]);
  pngToY4m(readFileSync(png), file);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

// scanner_test.html with scanner.js loaded; every camera stream the page opens is kept in window.streams.
export async function openScanner(chrome, url) {
  const context = await chrome.browser.newContext({ permissions: ['camera'] });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.streams = [];
    const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (constraints) =>
      getUserMedia(constraints).then((stream) => (window.streams.push(stream), stream));
  });
  await page.goto(url + 'scanner_test.html');
  await page.evaluate(() => window.loadScanner());
  return { context, page };
}

// Starts scanning into `rect`; what the scanner reports lands in window.codes and window.errors.
export function startScanning(page, rect) {
  return page.evaluate((r) => {
    window.codes = [];
    window.errors = [];
    window.khiwScanner.start(r, (text) => window.codes.push(text), (code) => window.errors.push(code));
  }, rect);
}
