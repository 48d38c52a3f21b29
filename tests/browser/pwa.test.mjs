// Issue 11 in a real browser: the app is installable (Chromium's own check, the manifest and its icons),
// opens offline from the service worker after one visit, and a build deployed while a page runs is taken
// at the next start or from the banner — with no page ever running files of two builds.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { onScreen, PHONE, tap } from './citizen.mjs';
import { reducePng, startServer, waitForApp } from './harness.mjs';

const root = resolve(import.meta.dirname, '../..');
const webRoot = process.env.KHIW_WEB_ROOT ?? join(root, 'build-wasm/web-test');

// The harness's flags, with two launches of our own:
//  - Chromium reports every incognito page as not installable, and Playwright's contexts are incognito:
//    the installability check gets a persistent profile;
//  - Chromium runs service-worker update checks as after-startup tasks, and a browser launched with no
//    window (Playwright's default) stays "starting up" for about a minute: the other tests let it open its
//    start window.
const executablePath = process.env.KHIW_CHROMIUM ?? '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];

let chrome;
before(async () => {
  chrome = await chromium.launch({ executablePath, args, ignoreDefaultArgs: ['--no-startup-window'] });
});
after(async () => { await chrome?.close(); });

// The harness serves whatever KHIW_WEB_ROOT names when the server starts.
async function serve(dir) {
  const saved = process.env.KHIW_WEB_ROOT;
  process.env.KHIW_WEB_ROOT = dir;
  try {
    return await startServer();
  } finally {
    if (saved === undefined) delete process.env.KHIW_WEB_ROOT; else process.env.KHIW_WEB_ROOT = saved;
  }
}

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

// Width and height from a PNG's IHDR chunk (signature, length, "IHDR", then both as big-endian u32).
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('installable: Chromium finds no installability error; the manifest and every icon are right', async () => {
  const context = await chromium.launchPersistentContext('', { executablePath, args });
  const server = await startServer();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(errors, [], 'the manifest parses without warnings');
    const manifest = JSON.parse(data);
    assert.match(manifest.name, /คิว/);
    assert.match(manifest.name, /khiw/);
    assert.equal(manifest.short_name, 'คิว khiw');
    assert.equal(new URL(manifest.id, url).href, server.url);
    assert.equal(new URL(manifest.start_url, url).href, server.url);
    assert.equal(new URL(manifest.scope, url).href, server.url);
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.theme_color, '#1f4e79');
    assert.equal(manifest.background_color, '#f7f7f5');

    // Drawn, not blank: white letters on the theme colour; the maskable one keeps all of its artwork
    // inside the safe zone (the central circle of radius 40%) on a full-bleed background.
    const iconPixels = (px, n) => {
      const bg = [px[0], px[1], px[2], px[3]];
      let white = 0, outside = 0;
      for (let i = 0; i < px.length; i += 4) {
        const x = (i / 4) % n + 0.5 - n / 2, y = Math.floor(i / 4 / n) + 0.5 - n / 2;
        white += px[i] === 255 && px[i + 1] === 255 && px[i + 2] === 255 && px[i + 3] === 255;
        const isBg = px[i] === bg[0] && px[i + 1] === bg[1] && px[i + 2] === bg[2] && px[i + 3] === bg[3];
        if (!isBg && Math.hypot(x, y) > 0.4 * n) outside++;
      }
      return { white: white / (n * n), outside, corner: bg };
    };
    const kinds = [];
    const pixels = {};
    for (const icon of manifest.icons) {
      const res = await fetch(new URL(icon.src, url));
      assert.equal(res.status, 200, icon.src);
      assert.equal(res.headers.get('content-type'), icon.type, icon.src);
      const png = Buffer.from(await res.arrayBuffer());
      assert.equal(pngSize(png), icon.sizes, icon.src);
      kinds.push(`${icon.purpose} ${icon.sizes}`);
      pixels[icon.purpose + icon.sizes] = await reducePng(page, png, iconPixels);
    }
    assert.deepEqual(kinds.sort(), ['any 192x192', 'any 512x512', 'maskable 512x512']);
    for (const [name, p] of Object.entries(pixels)) assert.ok(p.white > 0.04, `${name}: letters drawn`);
    assert.deepEqual(pixels['maskable512x512'].corner, [0x1f, 0x4e, 0x79, 255], 'full-bleed theme colour');
    assert.equal(pixels['maskable512x512'].outside, 0, 'maskable artwork inside the safe zone');
    assert.equal(pixels['any512x512'].corner[3], 0, 'the "any" icon has its own rounded corners');
  } finally {
    await context.close();
    await server.stop();
  }
});

test('offline: after one online visit the app opens from the service worker with no network and no server', async () => {
  const server = await serve(webRoot);
  const context = await chrome.newContext({ viewport: { width: 900, height: 700 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await waitForApp(page);
    await controlled(page);  // the first visit is claimed by the worker once it has installed
    // The worker keeps the public reference data, and nothing else of the API.
    const kept = await page.evaluate(async () =>
      (await (await caches.open('khiw-api')).keys()).map((r) => new URL(r.url).pathname).sort());
    assert.deepEqual(kept, ['/api/catalog', '/api/holidays', '/api/offices', '/api/rules']);

    await context.setOffline(true);
    await server.stop();
    // Only the worker may answer: the HTTP cache would hide a worker that keeps nothing.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    const shell = {};
    page.on('response', (r) => { shell[new URL(r.url()).pathname] = [r.status(), r.fromServiceWorker()]; });
    await page.reload();
    // The first frame, and the offices from the worker's copy of the reference data.
    await page.waitForFunction(() => !document.getElementById('loading') && window.khiw && window.khiw.ready);
    assert.equal(await page.evaluate(() => window.khiw.offices.length), 50);
    for (const path of ['/', '/khiw.js', '/khiw.wasm']) {
      assert.deepEqual(shell[path], [200, true], `${path} from the service worker`);
    }
    // ...by its static routes: the browser read them from the build's cache itself, with no wait for the
    // worker to start and run its fetch handler (Resource Timing says which source answered).
    const sources = await page.evaluate(() => Object.fromEntries([performance.getEntriesByType('navigation')[0],
      ...performance.getEntriesByType('resource')].map((e) => [new URL(e.name).pathname, e.workerMatchedSourceType])));
    for (const path of ['/', '/khiw.js', '/khiw.wasm']) {
      assert.equal(sources[path], 'cache', `${path} by a static route`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.stop();
  }
});

// A deployment in place: every file of the bundle rewritten with a version marker that reports, when it
// runs, which build it belongs to — the page (its own scripts are in it) and khiw.js call khiwDeployed(),
// the wasm carries a custom section read when it is instantiated — and sw.js gets a new build id (a new
// cache), as a real rebuild does.
function deployer(dir) {
  const original = (f) => readFileSync(join(webRoot, f));
  const files = { index: original('index.html').toString(), sw: original('sw.js').toString(),
    js: original('khiw.js').toString(), wasm: original('khiw.wasm') };
  const build = files.sw.match(/const BUILD = '(\w+)';/)[1];
  return (version) => {
    const mark = (f) => `khiwDeployed(${JSON.stringify(f)}, '${version}', performance.timeOrigin);`;
    // First in <head>: a load that switches builds reloads once sw_update.js has run, maybe before the
    // parser gets further.
    writeFileSync(join(dir, 'index.html'), files.index.replace('<head>', `<head><script>${mark('index.html')}</script>`));
    writeFileSync(join(dir, 'khiw.js'), `${files.js}\n;${mark('khiw.js')}\n`);
    // A custom section (id 0: size, name length, name, payload; every length < 128, so one LEB128 byte).
    const section = Buffer.concat([Buffer.from([11]), Buffer.from('khiw-deploy'), Buffer.from(version)]);
    writeFileSync(join(dir, 'khiw.wasm'), Buffer.concat([files.wasm, Buffer.from([0, section.length]), section]));
    writeFileSync(join(dir, 'sw.js'), files.sw.replace(`const BUILD = '${build}'`, `const BUILD = '${build}-${version}'`));
    return `khiw-shell-${build}-${version}`;
  };
}

// What a phone does when the installed app comes back to the foreground.
const resume = (page) => page.evaluate(() => {
  for (const state of ['hidden', 'visible']) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  }
});

test('a build deployed while the app is open: the page keeps working, is offered a reload, the next start ' +
  'runs the new build, and no page load mixes two builds', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'khiw-deploy-'));
  cpSync(webRoot, dir, { recursive: true });
  const deploy = deployer(dir);
  deploy('v1');
  const server = await serve(dir);
  const context = await chrome.newContext(PHONE);
  try {
    // Every page load: the build of each file that ran, keyed by page and document.
    const loads = new Map();
    const names = new Map();
    await context.exposeBinding('khiwDeployed', ({ page }, file, version, origin) => {
      const key = `${names.get(page)} ${origin}`;
      if (!loads.has(key)) loads.set(key, { page: names.get(page), files: {} });
      loads.get(key).files[file] = version;
    });
    // The wasm reports its build when compiled (web/loader.js compiles it as it streams in); the app's
    // first frame (main() ran: #loading went), under the build of the wasm that drew it.
    await context.addInitScript(() => {
      let wasm = null;
      const compile = WebAssembly.compileStreaming;
      WebAssembly.compileStreaming = async (source) => {
        const module = await compile(source);
        const [section] = WebAssembly.Module.customSections(module, 'khiw-deploy');
        wasm = new TextDecoder().decode(section);
        window.khiwDeployed('khiw.wasm', wasm, performance.timeOrigin);
        return module;
      };
      let seen = false;
      new MutationObserver((_, observer) => {
        seen ||= document.getElementById('loading') !== null;
        if (!seen || document.getElementById('loading')) return;
        observer.disconnect();
        window.khiwDeployed('first frame', wasm, performance.timeOrigin);
      }).observe(document, { childList: true, subtree: true });
    });
    const loadsOf = (name) => [...loads.values()].filter((l) => l.page === name).map((l) => l.files);
    const files = (v) => ({ 'index.html': v, 'khiw.js': v, 'khiw.wasm': v });
    const whole = (v) => ({ ...files(v), 'first frame': v });
    const errors = [];
    const open = async (name) => {
      const page = await context.newPage();
      names.set(page, name);
      page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
      await page.goto(server.url);
      await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.ref_ready');
      return page;
    };
    const bannerIn = (page) => page.waitForSelector('#update', { timeout: 15000 });

    const a = await open('A');
    await controlled(a);
    assert.deepEqual(loadsOf('A'), [whole('v1')]);

    // v2 deployed; A comes back to the foreground, the browser finds the new worker and installs it.
    deploy('v2');
    await resume(a);
    const banner = await bannerIn(a);
    assert.equal(await banner.textContent(), 'มีเวอร์ชันใหม่ — โหลดใหม่ · New version — reload');
    // A still runs v1, whole, and keeps working (a screen change with its data) with v2 waiting.
    await tap(a, 'book_start');
    await onScreen(a, 'offices');
    assert.equal(await a.evaluate(() => window.khiw.offices.length), 50);

    // The next start (the app opened again): v2, after one reload that happens before the bundle runs:
    // v1's bundle was fetched and compiled meanwhile, but its main() never ran.
    const b = await open('B');
    assert.deepEqual(loadsOf('B'), [files('v1'), whole('v2')]);
    assert.deepEqual(loadsOf('A'), [whole('v1')], 'the open page was not reloaded under its user');
    assert.equal(await a.evaluate(() => window.khiw.screen), 'offices');

    // A takes v2 from its banner (the worker switched already: a plain reload).
    await Promise.all([a.waitForEvent('load'), a.tap('#update')]);
    await waitForApp(a, 'window.khiw && window.khiw.ready');
    assert.deepEqual(loadsOf('A'), [whole('v1'), whole('v2')]);

    // v3 waits while A and B run v2; both are offered it; A's tap lets it take over and reloads A.
    const v3cache = deploy('v3');
    await resume(a);
    await bannerIn(a);
    await bannerIn(b);
    await Promise.all([a.waitForEvent('load'), a.tap('#update')]);
    await waitForApp(a, 'window.khiw && window.khiw.ready');
    assert.deepEqual(loadsOf('A'), [whole('v1'), whole('v2'), whole('v3')]);
    assert.equal(loadsOf('B').length, 2, 'B is left to its user');
    // The old shells are gone (once v3 has activated), the reference data kept.
    await a.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    assert.deepEqual((await a.evaluate(() => caches.keys())).sort(), ['khiw-api', v3cache]);

    for (const { page, files } of loads.values()) {
      assert.equal(new Set(Object.values(files)).size, 1, `one build per page load: ${page} ${JSON.stringify(files)}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
