// Web bundle figures: bytes per file (raw, gzip -9, and what the server actually sends) and the time
// to the first rendered frame in headless Chromium on localhost. Budget: first load <= 350 KB gzip.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startServer } from '../tests/browser/harness.mjs';

const root = resolve(import.meta.dirname, '..');
const webRoot = process.env.KHIW_WEB_ROOT ?? join(root, 'build-wasm/web');
process.env.KHIW_WEB_ROOT = webRoot;
const BUDGET_GZIP = 350 * 1024;
const RUNS = Number(process.env.KHIW_BENCH_RUNS ?? 7);

const server = await startServer();
const chrome = await launchBrowser();
try {
  // First load = every file the page fetches before its first frame (the service worker comes later).
  const files = readdirSync(webRoot).filter((f) => f !== 'sw.js').sort();
  let raw = 0, gz = 0, wire = 0;
  console.log('file                      raw bytes   gzip -9   served');
  for (const f of files) {
    const bytes = readFileSync(join(webRoot, f));
    const res = await fetch(server.url + f, { headers: { 'Accept-Encoding': 'gzip' } });
    const served = (await res.arrayBuffer()).byteLength;  // node's fetch reports the decoded body...
    const sent = Number(res.headers.get('content-length') ?? served);  // ...and the header the wire size
    const g = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length; gz += g; wire += res.headers.get('content-encoding') ? sent : served;
    console.log(`${f.padEnd(24)} ${String(bytes.length).padStart(10)} ${String(g).padStart(9)} ${String(res.headers.get('content-encoding') ? sent : served).padStart(8)} ${res.headers.get('content-encoding') ?? ''}`);
  }
  console.log(`${'total'.padEnd(24)} ${String(raw).padStart(10)} ${String(gz).padStart(9)} ${String(wire).padStart(8)}`);
  console.log(`gzip -9 total: ${(gz / 1024).toFixed(1)} KB = ${(100 * gz / BUDGET_GZIP).toFixed(0)} % of the 350 KB budget` +
    (gz <= BUDGET_GZIP ? ' (within budget)' : ' (OVER BUDGET)'));
  console.log(`as served by khiw-server: ${(wire / 1024).toFixed(1)} KB (ratio to gzip -9: ${(wire / gz).toFixed(2)})`);

  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await chrome.browser.newContext({ viewport: { width: 900, height: 700 } });
    const page = await context.newPage();
    // The app removes the loading overlay right after drawing its first frame: note when that happens.
    await page.addInitScript(() => {
      let seen = false;  // the overlay must have been parsed before its removal counts
      new MutationObserver((_, observer) => {
        const overlay = document.getElementById('loading');
        seen ||= overlay !== null;
        if (seen && !overlay) {
          window.firstFrameAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.firstFrameAt, null, { timeout: 60000 });
    times.push(await page.evaluate(() => window.firstFrameAt));
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`first rendered frame (navigation start → first frame, ${RUNS} cold loads, localhost, SwiftShader): ` +
    `median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms`);
} finally {
  await chrome.close();
  await server.stop();
}
