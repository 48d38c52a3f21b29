// A citizen's hands on a phone: taps on named widgets (scrolling them into view first), typing through
// the app's text bridge, and the API calls a test needs to set the scene or check the server's side.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appShowed, waitForApp } from './harness.mjs';

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

export async function openPhone(chrome, url, options = {}) {
  const context = await chrome.browser.newContext({ ...PHONE, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.ref_ready');
  return { context, page, errors };
}

export const onScreen = (page, screen) => waitForApp(page, `window.khiw && window.khiw.screen === ${JSON.stringify(screen)}`);

async function wheel(page, dy) {
  const { width, height } = page.viewportSize();
  await page.mouse.move(width / 2, height / 2);
  await page.mouse.wheel(0, dy);
  const frame = await page.evaluate(() => window.khiw.frame);
  await page.waitForFunction((f) => window.khiw.frame > f + 2, frame);
}

// Waits until the app has drawn widget `id`, scrolling the screen (wheel at its centre) until it is in view.
// Long lists submit only their visible rows, so a widget not drawn yet is looked for further down.
export async function revealWidget(page, id) {
  await page.waitForFunction(() => window.khiw && window.khiw.ready, null, { timeout: 15000 });
  const height = page.viewportSize().height;
  const seen = [];
  for (let i = 0; i < 60; i++) {
    const rect = await page.evaluate((wid) => window.khiw.widgets[wid], id);
    seen.push(rect ? rect.slice(0, 4).join(',') : 'none');
    // Whole in the viewport and in its window: not scrolled under the chrome, where a tap lands on the title.
    if (rect && rect[1] >= 0 && rect[1] + rect[3] <= height && rect[6] >= rect[3] - 0.5) return rect;
    if (!rect && i === 0) {
      // Drawn soon after a screen change, or further down a list.
      const drawn = await page.waitForFunction((wid) => window.khiw.widgets[wid], id, { timeout: 3000 })
        .then(() => true, () => false);
      if (drawn) continue;
    }
    await wheel(page, !rect || rect[5] <= rect[1] ? 300 : -300);  // cut at the top: up
  }
  throw new Error(`widget ${id} never came into view (at ${seen.slice(-3).join(' | ')}); ${await appShowed(page)}`);
}

// Where widget `id` is once it has stayed put for a frame: an answer arriving as the test reads its place
// may move the layout (a status line above it), and a tap at the old place would land on something else.
async function settledWidget(page, id) {
  for (let i = 0; i < 20; i++) {
    const rect = await revealWidget(page, id);
    const frame = await page.evaluate(() => window.khiw.frame);
    await page.waitForFunction((f) => window.khiw.frame > f, frame);
    const again = await page.evaluate((wid) => window.khiw.widgets[wid], id);
    if (again && again.slice(0, 4).every((v, k) => v === rect[k])) return again;
  }
  throw new Error(`widget ${id} kept moving; ${await appShowed(page)}`);
}

export async function tap(page, id) {
  for (let attempt = 0; attempt < 2; attempt++) {
    const [x, y, w, h] = await settledWidget(page, id);
    const frame = await page.evaluate(() => window.khiw.frame);
    await page.touchscreen.tap(x + w / 2, y + h / 2);
    // The press reaches the app a frame or more later (later still on a busy machine). One that went down on
    // a widget stays, whichever (a map marker presses the map); one that reached no widget at all (the layout
    // moved under the finger after all) did nothing: tap again. A disabled widget takes no press either.
    const pressed = await page.waitForFunction((f) => window.khiw.pressed_frame > f, frame, { timeout: 3000 })
      .then(() => true, () => false);
    // The next frames apply the tap; callers then wait for the state they expect.
    const now = await page.evaluate(() => window.khiw.frame);
    await page.waitForFunction((f) => window.khiw.frame > f + 1, now);
    if (pressed || !(await page.evaluate((wid) => window.khiw.widgets[wid], id))) return;
  }
}

export async function typeInto(page, field, text) {
  await tap(page, field);
  await page.waitForFunction((f) => document.activeElement && document.activeElement.id === 'text-agent' &&
    window.khiw.focused === f, field);
  await page.keyboard.insertText(text);
}

// A clerk's page from /#counter to the desk of `username`'s office, registration counter 1.
export async function openDesk(page, url, username, password) {
  await page.goto(url + '#counter');
  await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.screen === "staff_login"');
  await typeInto(page, 'staff_username', username);
  await typeInto(page, 'staff_password', password);
  await tap(page, 'staff_login');
  await onScreen(page, 'counter_setup');
  await tap(page, 'desk_section_registration');
  await tap(page, 'desk_counter_1');
  await tap(page, 'desk_open');
  await onScreen(page, 'counter_desk');
}

// A national ID with a valid mod-11 check digit, different for each n.
export function validId(n) {
  const first12 = String(110000000000 + n * 7919).padStart(12, '1').slice(0, 12);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}

export async function api(url, path, body, headers = {}) {
  const res = await fetch(url + path.replace(/^\//, ''), body === undefined ? { headers } : {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

// Bangkok wall-clock time on `date` (YYYY-MM-DD) as unix seconds (UTC+7, no DST), for the test clock.
export const bangkok = (date, hh, mm) =>
  Date.parse(`${date}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00+07:00`) / 1000;

// Booking `code` served at `office`'s registration counter 1 on `date` by clerk `username`, logged in then
// (a session lasts a working day): checked in at 08:05, called and done; the server's test clock is left
// at 09:00. The four answers' statuses.
export async function serveBooking(url, office, date, code, username, password) {
  await api(url, '/api/test/clock', { now: bangkok(date, 8, 5) });
  const login = await api(url, '/api/staff/login', { username, password });
  const auth = { Authorization: 'Bearer ' + login.body.token };
  const act = (action, body) => api(url, `/api/counter/${office}/registration/${action}`, body, auth);
  const checkIn = await act('check-in', { code });
  const called = await act('call-next', { counter: 1 });
  const done = await act('done', { ticket: called.body.ticket });
  await api(url, '/api/test/clock', { now: bangkok(date, 9, 0) });
  return [login.status, checkIn.status, called.status, done.status];
}

// From a booking's ticket back to my bookings, which refresh and show `code` served, and into its ticket
// again, where the rating card waits.
export async function openServedTicket(page, code) {
  await tap(page, 'back');
  await tap(page, 'mine_start');
  await waitForApp(page, `window.khiw.mine.some((b) => b.code === ${JSON.stringify(code)} && b.state === "done")`);
  await tap(page, 'mine_' + code);
  await onScreen(page, 'ticket');
}

// The first date with a free seat in slot `slot` at the office section.
export async function firstOpenDate(url, office, section, slot = 0) {
  const { body } = await api(url, `/api/availability?office=${office}&section=${section}`);
  const day = body.dates.find((d) => d.slots[slot].bookable && d.slots[slot].remaining > 0);
  return day.date;
}

export async function seatsLeft(url, office, section, date, slot) {
  const { body } = await api(url, `/api/availability?office=${office}&section=${section}`);
  return body.dates.find((d) => d.date === date).slots[slot].remaining;
}

// From the start screen to the office section's list of services, by tapping.
export async function openServices(page, office = '1001', section = 'registration') {
  await tap(page, 'book_start');
  await onScreen(page, 'offices');
  await tap(page, `office_${office}`);
  await onScreen(page, 'sections');
  await tap(page, `section_${section}`);
  await onScreen(page, 'services');
}

// From the start screen to the details form for a service, date and slot, by tapping.
export async function openDetails(page, { office = '1001', section = 'registration', service = 'idcard_renew_expired',
  date, slot = 0 }) {
  await openServices(page, office, section);
  await tap(page, `service_${service}`);
  await onScreen(page, 'date');
  await tap(page, `date_${date}`);
  await onScreen(page, 'slot');
  await tap(page, `slot_${slot}`);
  await onScreen(page, 'details');
}

// Walks the booking path by tapping, up to the review screen.
export async function fillBooking(page, { name = 'สมชาย ใจดี', id, ...choice }) {
  await openDetails(page, choice);
  await typeInto(page, 'name', name);
  await typeInto(page, 'national_id', id);
  await tap(page, 'details_next');
  await onScreen(page, 'consent');
  await tap(page, 'consent_agree');
  await waitForApp(page, 'window.khiw.draft.consent === true');
  await tap(page, 'consent_next');
  await onScreen(page, 'review');
}

// The device's saved bookings as IndexedDB holds them (what survives a reload).
export async function storedBookings(page) {
  return page.evaluate(() => new Promise((ok, fail) => {
    const open = indexedDB.open('khiw');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('records').objectStore('records').get('bookings');
      get.onsuccess = () => ok(get.result ? JSON.parse(get.result).bookings : []);
      get.onerror = () => fail(get.error);
    };
  }));
}

// Decodes the QR drawn under widget `id` from a screenshot with zbarimg (what a counter scanner sees).
export async function decodeQr(page, id) {
  const [x, y, w, h] = await revealWidget(page, id);
  const png = await page.screenshot({ clip: { x, y, width: w, height: h } });
  const file = join(mkdtempSync(join(tmpdir(), 'khiw-qr-')), 'qr.png');
  writeFileSync(file, png);
  return execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }).trim();
}
