// Issue 10 in a real browser: the district map with live counts, where the citizen is (granted, denied,
// chosen), drag / wheel / pinch, the walk-in ticket with a QR that scans, and polling that stops while
// the page is hidden. Real server, real bundle; 390x844 touch and 1280x800 mouse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, decodeQr, onScreen, openPhone, tap, typeInto } from './citizen.mjs';
import { reduceScreenshot, serverAndBrowser, waitForApp } from './harness.mjs';

const real = serverAndBrowser();

// A house a few streets from the Bang Khae district office.
const BANG_KHAE = { latitude: 13.7099, longitude: 100.4093 };
const POLL_MS = 15000;

async function openMap(page) {
  await tap(page, 'walkin_start');
  await onScreen(page, 'nearby');
  await waitForApp(page, 'window.khiw.nearby.districts === 50 && window.khiw.nearby.live.loaded && ' +
    'window.khiw.widgets.marker_1040');
}

const nearby = (page) => page.evaluate(() => window.khiw.nearby);

// Pixels of one colour inside a widget's rectangle, from a real screenshot.
async function pixelsOf(page, id, rgb) {
  const [x, y, w, h] = await page.evaluate((wid) => window.khiw.widgets[wid], id);
  return reduceScreenshot(page, { x, y, width: w, height: h }, (px, width, height, [r, g, b]) => {
    let n = 0;
    for (let i = 0; i < px.length; i += 4) n += px[i] === r && px[i + 1] === g && px[i + 2] === b;
    return n;
  }, rgb);
}

test('located in Bang Khae: it is recommended; walk-ins there show up within one poll and move the recommendation',
  async () => {
    const { context, page, errors } = await openPhone(real.chrome, real.server.url,
      { geolocation: BANG_KHAE, permissions: ['geolocation'] });
    try {
      await openMap(page);
      assert.equal((await nearby(page)).source, '', 'nothing is asked on load');
      await tap(page, 'my_location');
      await waitForApp(page, 'window.khiw.nearby.source === "device"');
      assert.equal((await nearby(page)).recommended, '1040');
      // The district polygons are drawn: the land colour fills a good part of the map.
      assert.ok(await pixelsOf(page, 'map', [236, 234, 226]) > 10000);

      for (let i = 0; i < 20; i++) {
        const r = await api(real.server.url, '/api/walk-ins', { office_code: '1040', section_id: 'registration' });
        assert.equal(r.status, 200);
      }
      await waitForApp(page, 'window.khiw.widgets.marker_1040 && window.khiw.widgets.marker_1040[4] === "20"',
        POLL_MS + 5000);
      assert.notEqual((await nearby(page)).recommended, '1040', 'a 20-person line is not the best choice');
      await tap(page, 'marker_1040');
      await waitForApp(page, 'window.khiw.nearby.selected === "1040" && window.khiw.widgets.info_card_waiting');
      assert.equal(await page.evaluate(() => window.khiw.widgets.info_card_waiting[4]), '20');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

test('location denied: the district list appears and the choice is used and remembered', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);  // no permission: the browser refuses
  try {
    await openMap(page);
    await tap(page, 'my_location');
    await waitForApp(page, 'window.khiw.nearby.problem === "denied" && window.khiw.nearby.choosing_place');
    await tap(page, 'district_1040');
    await waitForApp(page, 'window.khiw.nearby.source === "district"');
    // The list, searched in English through the keyboard bridge: Bang Khae alone.
    await tap(page, 'mode_list');
    await typeInto(page, 'office_search', 'bang khae');
    await waitForApp(page, 'window.khiw.nearby.search === "bang khae" && window.khiw.widgets.row_1040 && ' +
      '!window.khiw.widgets.row_1001');
    await tap(page, 'mode_map');
    assert.equal(await page.evaluate(() => localStorage.getItem('khiw.district')), '1040');
    await page.reload();  // back on the map (the session keeps the screen), the district still chosen
    await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.screen === "nearby"');
    await waitForApp(page, 'window.khiw.nearby.districts === 50 && window.khiw.nearby.source === "district"');
  } finally {
    await context.close();
  }
});

test('mouse drag and wheel, and a two-finger pinch, move and zoom the map', async () => {
  const desktop = await real.chrome.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await desktop.newPage();
    await page.goto(real.server.url);
    await waitForApp(page, 'window.khiw && window.khiw.ready');
    const [bx, by, bw, bh] = await page.evaluate(() => window.khiw.widgets.walkin_start);
    await page.mouse.click(bx + bw / 2, by + bh / 2);
    await onScreen(page, 'nearby');
    await waitForApp(page, 'window.khiw.nearby.districts === 50 && window.khiw.widgets.map');
    const [x, y, w, h] = await page.evaluate(() => window.khiw.widgets.map);
    const before = (await nearby(page)).view;
    await page.mouse.move(x + w / 2, y + h / 2);
    await page.mouse.wheel(0, -300);
    await waitForApp(page, `window.khiw.nearby.view.zoom > ${before.zoom * 1.5}`);
    const zoomed = (await nearby(page)).view;
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x + w / 2 + 15 * i, y + h / 2, { steps: 1 });
    await page.mouse.up();
    await waitForApp(page, `window.khiw.nearby.view.lon < ${zoomed.lon}`);  // dragged right: looks further west
    assert.equal((await nearby(page)).selected, '', 'a drag is not a tap');
  } finally {
    await desktop.close();
  }

  const { context, page } = await openPhone(real.chrome, real.server.url);
  try {
    await openMap(page);
    const [x, y, w, h] = await page.evaluate(() => window.khiw.widgets.map);
    const zoom = (await nearby(page)).view.zoom;
    const cdp = await context.newCDPSession(page);
    const cx = x + w / 2, cy = y + h / 2;
    const fingers = (d) => [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let d = 30; d <= 100; d += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForApp(page, `window.khiw.nearby.view.zoom > ${zoom * 3}`);
    assert.equal((await nearby(page)).selected, '', 'a pinch is not a tap');
  } finally {
    await context.close();
  }
});

test('a walk-in ticket taken on the phone shows its number and a QR that scans to the server\'s ticket', async () => {
  const { context, page, errors } = await openPhone(real.chrome, real.server.url);
  try {
    await openMap(page);
    await tap(page, 'marker_1001');
    await waitForApp(page, 'window.khiw.nearby.selected === "1001" && window.khiw.widgets.walkin_here');
    await tap(page, 'walkin_here');
    await onScreen(page, 'walk_in');
    await tap(page, 'walkin_registration');
    await onScreen(page, 'walk_in_ticket');
    const ticket = await page.evaluate(() => window.khiw.walk_ins.tickets[0]);
    await waitForApp(page, 'window.khiw.widgets.info_walkin_number');
    assert.equal(await page.evaluate(() => window.khiw.widgets.info_walkin_number[4]), ticket.ticket);
    // In the large face (42 CSS px), whose atlas the app builds once its first frame is on screen.
    assert.ok(await page.evaluate(() => window.khiw.widgets.info_walkin_number[3]) >= 40, 'the number is large');
    assert.equal(await decodeQr(page, 'walkin_qr'), ticket.qr);
    const status = await fetch(`${real.server.url}api/walk-ins/1001/registration/${ticket.ticket}`).then((r) => r.json());
    assert.equal(status.ticket, ticket.ticket);
    assert.equal(status.state, 'remote');
    // Kept on the device with the bookings.
    await page.reload();
    await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.walk_ins.tickets.length === 1');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a hidden page stops polling the live counts and polls again at once when shown', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  try {
    const polls = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/live')) polls.push(Date.now()); });
    await openMap(page);
    const setVisible = (visible) => page.evaluate((v) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (v ? 'visible' : 'hidden') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, visible);
    await setVisible(false);
    await waitForApp(page, 'window.khiw.nearby.live.visible === false');
    const hiddenAt = polls.length;
    await page.waitForTimeout(POLL_MS + 3000);
    assert.equal(polls.length, hiddenAt, 'no poll while hidden');
    await setVisible(true);
    await page.waitForFunction((n) => window.khiw.nearby.live.visible, null);
    await page.waitForTimeout(1000);
    assert.equal(polls.length, hiddenAt + 1, 'one poll as soon as it is visible again');
  } finally {
    await context.close();
  }
});
