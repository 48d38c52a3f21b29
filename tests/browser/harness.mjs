// Real parts for browser tests: the khiw-server binary on a free loopback port with a fresh SQLite file,
// and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');

// One khiw-server process on `port` (0: a free one) with the database in `dir`; resolves once it serves.
async function launchServer(bin, dir, port, webRoot, demoStaff) {
  const child = spawn(bin, ['--host', '127.0.0.1', '--port', String(port), '--db', join(dir, 'khiw.sqlite'),
    '--web-root', webRoot, '--data-dir', join(root, 'data'), '--demo-staff', demoStaff],
  { stdio: ['ignore', 'pipe', 'pipe'] });
  const proc = { child, stderr: '' };
  child.stderr.on('data', (d) => { proc.stderr += d; });
  proc.url = await new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('server did not start: ' + proc.stderr)), 15000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/khiw: serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) { clearTimeout(timer); ok(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`server exited (${code}): ${proc.stderr}`)); });
  });
  return proc;
}

// `testClock`: the khiw-server-testclock build beside KHIW_SERVER_BIN (POST /api/test/clock moves its
// clock); `demoStaff`: offices whose demo accounts are created (their passwords in `passwords`).
// `restart(whileDown)` stops the server, runs `whileDown` and starts it again on the same port with the
// same database.
export async function startServer({ testClock = false, demoStaff = 'none' } = {}) {
  const server = process.env.KHIW_SERVER_BIN ?? join(root, 'build/server-stub/khiw-server');
  const bin = testClock ? server + '-testclock' : server;
  const webRoot = process.env.KHIW_WEB_ROOT ?? join(root, 'build-wasm/web-test');
  const dir = mkdtempSync(join(tmpdir(), 'khiw-browser-'));
  // Demo staff only when asked: hashing their passwords (argon2id) slows the start.
  let proc = await launchServer(bin, dir, 0, webRoot, demoStaff);
  // Demo passwords are printed on stderr while starting; that pipe may be read after stdout's.
  const wanted = demoStaff === 'none' ? 0 : demoStaff.split(',').length;
  const parse = () => Object.fromEntries([...proc.stderr.matchAll(/demo staff (\S+) password (\S+)/g)].map((m) => [m[1], m[2]]));
  for (let i = 0; i < 100 && Object.keys(parse()).length < wanted; i++) await new Promise((ok) => setTimeout(ok, 20));
  const passwords = parse();
  const url = proc.url;
  return {
    url,
    passwords,
    async restart(whileDown = async () => {}) {
      const exited = new Promise((ok) => proc.child.once('exit', ok));
      proc.child.kill('SIGTERM');
      await exited;
      await whileDown();
      proc = await launchServer(bin, dir, new URL(url).port, webRoot, 'none');  // the accounts are in the database
    },
    async stop() {
      proc.child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A phone on mobile data: Lighthouse's mobile profile ("slow 4G": 150 ms a request, 1.6 Mbit/s down,
// 750 kbit/s up), for CDP's Network.emulateNetworkConditions. Chromium applies it to what the page fetches
// from the network; the service worker's cache is not throttled, as on a phone.
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

// Playwright gives each launch a fresh, empty profile of its own. `camera`: a .y4m file (y4m.mjs) that
// Chromium plays as its only camera, granted without a prompt.
export async function launchBrowser({ camera } = {}) {
  const fakeCamera = camera ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${camera}`] : [];
  const browser = await chromium.launch({
    executablePath: process.env.KHIW_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-unsafe-swiftshader', ...fakeCamera],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

// One server (startServer's options) and one browser for a test file's tests: started before them,
// stopped after them.
export function serverAndBrowser(serverOptions = {}) {
  const real = {};
  before(async () => {
    real.server = await startServer(serverOptions);
    real.chrome = await launchBrowser();
  });
  after(async () => {
    await real.chrome?.close();
    await real.server?.stop();
  });
  return real;
}

// What the app showed, for a failure's message: its screen, bookings, outbox and refusal, the widgets
// drawn, the last press, the page's scroll and its clock.
export async function appShowed(page) {
  const shown = await page.evaluate(() => window.khiw && { screen: window.khiw.screen, mine: window.khiw.mine,
    outbox: window.khiw.outbox, refusal: window.khiw.refusal, widgets: Object.keys(window.khiw.widgets),
    pressed: window.khiw.pressed, scroll: [window.scrollX, window.scrollY], now: new Date().toISOString() })
    .catch(() => undefined);
  return `app showed: ${JSON.stringify(shown)?.slice(0, 3000)}`;
}

// Waits for the test build's published state to satisfy `predicate` (a function run in the page).
// On a timeout the error carries what the app showed then, so a failure in a long run can be read.
export async function waitForApp(page, predicate = 'window.khiw && window.khiw.ready', timeout = 30000) {
  try {
    await page.waitForFunction(predicate, null, { timeout });
  } catch (e) {
    // A new error: node prints an uncaught error's stack, written when Playwright made it, not its message.
    throw new Error(`${e.message}\nwaiting for: ${predicate}\n${await appShowed(page)}`, { cause: e });
  }
  return page.evaluate(() => window.khiw);
}

// Clicks the centre of a widget the app reported under `id`.
export async function clickWidget(page, id) {
  const rect = await page.evaluate((wid) => window.khiw.widgets[wid], id);
  if (!rect) throw new Error(`widget ${id} not on screen`);
  const [x, y, w, h] = rect;
  await page.mouse.click(x + w / 2, y + h / 2);
}

// Takes a real screenshot (of `clip`, or the whole page), decodes it in the page and returns
// `reduce(pixels, width, height, arg)` run there (pixels: RGBA bytes). `reduce` must be self-contained.
// Runs `reduce(pixels, width, height, arg)` in the page on a PNG's RGBA pixels (`reduce` must be
// self-contained: it is sent as source).
export async function reducePng(page, png, reduce, arg) {
  return page.evaluate(async ([b64, source, a]) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    return (0, eval)('(' + source + ')')(px, c.width, c.height, a);
  }, [png.toString('base64'), reduce.toString(), arg]);
}

export async function reduceScreenshot(page, clip, reduce, arg) {
  return reducePng(page, await page.screenshot(clip ? { clip } : {}), reduce, arg);
}

// Counts the pixels that differ from the top-left corner (the background), and the distinct colours seen.
export async function screenshotStats(page) {
  return reduceScreenshot(page, null, (px, width, height) => {
    const bg = [px[0], px[1], px[2]];
    let differing = 0;
    const colours = new Set();
    for (let i = 0; i < px.length; i += 4) {
      if (px[i] !== bg[0] || px[i + 1] !== bg[1] || px[i + 2] !== bg[2]) differing++;
      if (colours.size < 1000) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    }
    return { width, height, differing, colours: colours.size };
  });
}
