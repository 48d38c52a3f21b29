// Counter mode against the real server (with a settable clock): a citizen books on a phone; a clerk at an
// office PC, whose camera films the citizen's ticket screenshot, scans them in, calls and serves them; a
// late citizen gets a walk-in ticket instead; staff of another office can neither read nor act on this
// office; every action is in the audit log under the clerk's name; a clerk whose computer clock is wrong is
// told so at the login.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pngToY4m } from './y4m.mjs';
import { launchBrowser, serverAndBrowser, waitForApp } from './harness.mjs';
import { api, bangkok, fillBooking, firstOpenDate, onScreen, openDesk, openPhone, tap, typeInto, validId } from './citizen.mjs';

const real = serverAndBrowser({ testClock: true, demoStaff: '1001,1002' });

const OFFICE_PC = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, hasTouch: true };

const setClock = (now) => api(real.server.url, '/api/test/clock', { now });

async function staffLogin(username) {
  const { status, body } = await api(real.server.url, '/api/staff/login', { username, password: real.server.passwords[username] });
  assert.equal(status, 200);
  return body.token;
}

// The clerk's browser (by default in the test's browser): counter mode from /#counter, logged in, set up
// as registration counter 1.
async function openCounter(chrome = real.chrome) {
  const context = await chrome.browser.newContext({ ...OFFICE_PC, permissions: ['camera'] });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDesk(page, real.server.url, 'staff1001', real.server.passwords.staff1001);
  await waitForApp(page, 'window.khiw.screen === "counter_desk" && window.khiw.counter.queue_status === "ready" && window.khiw.counter.live');
  return { context, page, errors };
}

async function checkInTyped(page, code) {
  await tap(page, 'open_check_in');
  await onScreen(page, 'counter_check_in');
  await typeInto(page, 'counter_code', code);
  await tap(page, 'find_code');
  return waitForApp(page, 'window.khiw.counter.check_in.step !== "idle"');
}

test('a citizen books on a phone; the clerk scans them in, calls and serves them; the ticket turns served', async () => {
  const citizen = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1001', 'registration', 0);
  await fillBooking(citizen.page, { service: 'idcard_lost', date, slot: 0, id: validId(21) });
  await tap(citizen.page, 'confirm');
  const booked = await waitForApp(citizen.page, 'window.khiw.screen === "ticket" && window.khiw.mine.length > 0');
  const code = booked.mine[0].code;

  // The clerk's camera films the citizen's phone: a video made from the ticket's screenshot.
  const dir = mkdtempSync(join(tmpdir(), 'khiw-camera-'));
  const [x, y, w, h] = await citizen.page.evaluate(() => window.khiw.widgets.ticket_qr);
  pngToY4m(await citizen.page.screenshot({ clip: { x: x - 16, y: y - 16, width: w + 32, height: h + 32 } }),
    join(dir, 'ticket.y4m'));
  const office = await launchBrowser({ camera: join(dir, 'ticket.y4m') });
  // Closed whatever happens: a browser left open keeps this file's process, and the whole run, alive.
  try {
    await setClock(bangkok(date, 8, 5));  // the day of the booking, five minutes into its slot
    const clerk = await openCounter(office);
    assert.ok((await clerk.page.evaluate(() => window.khiw.counter.roster)) >= 1, 'today\'s bookings are listed');
    await tap(clerk.page, 'open_check_in');
    await onScreen(clerk.page, 'counter_check_in');
    const found = await waitForApp(clerk.page, 'window.khiw.counter.check_in.step === "found"');
    assert.equal(await clerk.page.evaluate(() => window.khiwScanner.stats().via), 'zbar');
    assert.equal(await clerk.page.evaluate(() => document.querySelectorAll('video').length), 0,
      'the camera stops once the citizen is found');
    assert.equal(found.counter.check_in.found, code);
    await tap(clerk.page, 'shown_0');
    await tap(clerk.page, 'confirm_check_in');
    const checkedIn = await waitForApp(clerk.page, 'window.khiw.counter.check_in.step === "checked_in"');
    const ticket = checkedIn.counter.check_in.ticket;
    assert.match(ticket, /^A\d{3}$/);

    await tap(clerk.page, 'back');
    await waitForApp(clerk.page, `window.khiw.screen === "counter_desk" && window.khiw.counter.line.includes(${JSON.stringify(ticket)})`);
    await tap(clerk.page, 'act_call_next');
    await waitForApp(clerk.page, `window.khiw.counter.serving === ${JSON.stringify(ticket)}`);
    await tap(clerk.page, 'act_done');
    await waitForApp(clerk.page, 'window.khiw.counter.serving === "" && window.khiw.counter.ops === 0');

    // The citizen's own ticket, refreshed from the server, now says served.
    await tap(citizen.page, 'back');
    await tap(citizen.page, 'mine_start');
    await waitForApp(citizen.page, `window.khiw.mine.some((b) => b.code === ${JSON.stringify(code)} && b.state === "done")`);
    assert.deepEqual(clerk.errors, []);
    assert.deepEqual(citizen.errors, []);
  } finally {
    await citizen.context.close();
    await office.close();
    rmSync(dir, { recursive: true, force: true });
  }

  // Every action of the clerk is in the office's audit log under their name.
  const audit = await api(real.server.url, '/api/counter/1001/audit', undefined,
    { Authorization: 'Bearer ' + await staffLogin('staff1001') });
  assert.equal(audit.status, 200);
  const byClerk = audit.body.entries.filter((e) => e.actor_id === 'staff1001').map((e) => e.action);
  for (const action of ['check_in', 'call_next', 'done']) assert.ok(byClerk.includes(action), `${action} in ${byClerk}`);
});

test('a citizen more than 15 minutes late is refused with the reason and given a walk-in ticket instead', async () => {
  const date = await firstOpenDate(real.server.url, '1001', 'registration', 1);
  await setClock(bangkok(date, 0, 1) - 86400);  // the day before: bookable
  const made = await api(real.server.url, '/api/bookings', {
    office_code: '1001', section_id: 'registration', service_id: 'idcard_lost', date, slot: 1,
    national_id: validId(22), name: 'สมหญิง มาสาย' }, { 'Idempotency-Key': 'late-citizen-1' });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  await setClock(bangkok(date, 9, 20));  // slot 1 began at 09:00

  const clerk = await openCounter();
  const late = await checkInTyped(clerk.page, made.body.booking.code);
  assert.equal(late.counter.check_in.step, "refused");
  assert.equal(late.counter.check_in.error, 'too_late');
  await tap(clerk.page, 'walk_in_instead');
  const issued = await waitForApp(clerk.page, 'window.khiw.counter.check_in.step === "walk_in_issued"');
  assert.match(issued.counter.check_in.ticket, /^W\d{3}$/);
  const queue = await api(real.server.url, '/api/counter/1001/registration/queue', undefined,
    { Authorization: 'Bearer ' + await staffLogin('staff1001') });
  assert.ok(queue.body.line.includes(issued.counter.check_in.ticket), 'the walk-in ticket is in the line');
  assert.deepEqual(clerk.errors, []);
  await clerk.context.close();
});

test('staff of another office can neither read nor act on this office', async () => {
  const other = { Authorization: 'Bearer ' + await staffLogin('staff1002') };
  for (const [path, body] of [['/api/counter/1001/registration/queue'], ['/api/counter/1001/roster'],
    ['/api/counter/1001/registration/call-next', { counter: 1 }], ['/api/counter/1001/registration/walk-in', {}]]) {
    const res = await api(real.server.url, path, body, other);
    assert.equal(res.status, 403, path);
    assert.equal(res.body.error, 'forbidden_office', path);
  }
});

// A clerk's PC whose clock runs a month ahead: by that clock the login's session has already ended, so the
// desk would open and close again at once. The clerk is told to set the clock, in Thai and in English.
test('a clerk whose computer clock is wrong is told to set it, and stays at the login', async () => {
  const context = await real.chrome.browser.newContext(OFFICE_PC);
  await context.addInitScript(() => {
    const deviceNow = Date.now;
    Date.now = () => deviceNow() + 30 * 86400e3;
  });
  const page = await context.newPage();
  await page.goto(real.server.url + '#counter');
  await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.screen === "staff_login"');
  await typeInto(page, 'staff_username', 'staff1001');
  await typeInto(page, 'staff_password', real.server.passwords.staff1001);
  await tap(page, 'staff_login');
  let app = await waitForApp(page, 'window.khiw.counter.login_error === "device_clock" && window.khiw.widgets.error_login');
  assert.equal(app.screen, 'staff_login');
  assert.equal(app.counter.logged_in, false);
  assert.match(app.widgets.error_login[4], /นาฬิกาของเครื่องนี้ไม่ตรงกับของระบบ/);
  await tap(page, 'lang_toggle');
  app = await waitForApp(page, 'window.khiw.lang === "en" && window.khiw.widgets.error_login');
  assert.match(app.widgets.error_login[4], /This device's clock does not match the server's/);
  await context.close();
});
