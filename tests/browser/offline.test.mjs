// Booking with no connection on a 390x844 touch phone, against the real server and the real bundle: the
// booking waits on the device, and once online it is confirmed exactly once (with a QR that scans) or
// refused with other slots to pick; lost answers, reloads and a server that is gone lose nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, startServer, waitForApp } from './harness.mjs';
import { api, decodeQr, fillBooking, firstOpenDate, onScreen, openPhone, seatsLeft, storedBookings, tap, validId }
  from './citizen.mjs';

const real = serverAndBrowser();

const waiting = (page) => waitForApp(page, 'window.khiw.screen === "pending_booking" && ' +
  'window.khiw.outbox.bookings.length === 1 && window.khiw.outbox.bookings[0].state === "waiting"');
const confirmed = (page) => waitForApp(page, 'window.khiw.screen === "ticket" && window.khiw.mine.length === 1 && ' +
  'window.khiw.outbox.bookings.length === 0 && window.khiw.outbox.ops === 0', 45000);

// Confirms at the review screen with the network gone: the booking waits, marked not confirmed.
async function confirmOffline(context, page) {
  await context.setOffline(true);
  await waitForApp(page, 'window.khiw.outbox.connection === "offline"');
  await tap(page, 'confirm');
  const app = await waiting(page);
  assert.ok(app.widgets.info_pending_waiting, 'says "waiting for connection — not confirmed yet"');
  assert.equal(app.mine.length, 0);
}

// Fills every seat of a slot through the API, as other citizens would.
async function fillSlot(office, date, slot, firstId) {
  for (let i = 0; (await seatsLeft(real.server.url, office, 'registration', date, slot)) > 0; i++) {
    const r = await api(real.server.url, '/api/bookings', {
      office_code: office, section_id: 'registration', service_id: 'idcard_renew_expired', date, slot,
      name: 'Other Citizen', national_id: validId(firstId + i),
    }, { 'Idempotency-Key': `fill-${office}-${date}-${slot}-${i}` });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  }
}

test('book offline, back online: exactly one booking, and the ticket QR scans to the server payload', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1011', 'registration', 2);
  const before = await seatsLeft(real.server.url, '1011', 'registration', date, 2);
  await fillBooking(page, { office: '1011', date, slot: 2, id: validId(111) });
  await confirmOffline(context, page);
  assert.equal(await seatsLeft(real.server.url, '1011', 'registration', date, 2), before, 'nothing reached the server');

  await context.setOffline(false);
  const app = await confirmed(page);
  assert.equal(await seatsLeft(real.server.url, '1011', 'registration', date, 2), before - 1, 'exactly one booking');
  const [stored] = await storedBookings(page);
  const lookup = await api(real.server.url, '/api/bookings/lookup', { code: stored.booking.code, secret: stored.secret });
  assert.equal(await decodeQr(page, 'ticket_qr'), lookup.body.qr);
  assert.equal(app.outbox.connection, 'online');
  await context.close();
});

test('a slot others fill meanwhile: the refusal says why and offers other slots; one tap rebooks', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1012', 'registration', 3);
  await fillBooking(page, { office: '1012', date, slot: 3, id: validId(121) });
  await confirmOffline(context, page);
  await fillSlot('1012', date, 3, 200);

  await context.setOffline(false);
  const app = await waitForApp(page, 'window.khiw.outbox.bookings.length === 1 && ' +
    'window.khiw.outbox.bookings[0].state === "refused" && window.khiw.outbox.alternatives.length > 0 && ' +
    'window.khiw.outbox.alternatives_loading === 0');
  assert.equal(app.outbox.bookings[0].refusal, 'slot_full');
  assert.equal(app.widgets.info_pending_refused[4], 'slot_full');
  const offices = new Set(app.outbox.alternatives.map((a) => a.office));
  assert.ok(offices.has('1012') && offices.size > 1, 'slots at that office and at nearby ones');
  assert.ok(!app.outbox.alternatives.some((a) => a.office === '1012' && a.date === date && a.slot === 3));

  const pick = app.outbox.alternatives.find((a) => a.office !== '1012');
  const before = await seatsLeft(real.server.url, pick.office, 'registration', pick.date, pick.slot);
  await tap(page, `rebook_${pick.office}_${pick.date}_${pick.slot}`);
  await waitForApp(page, 'window.khiw.screen === "ticket" && window.khiw.mine.length === 1');
  assert.equal(await seatsLeft(real.server.url, pick.office, 'registration', pick.date, pick.slot), before - 1);
  const [stored] = await storedBookings(page);
  assert.equal(stored.booking.office_code, pick.office);
  await context.close();
});

test('the server applies a sync but the answer is cut: the retry leaves exactly one booking', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1013', 'registration', 1);
  const before = await seatsLeft(real.server.url, '1013', 'registration', date, 1);
  await fillBooking(page, { office: '1013', date, slot: 1, id: validId(131) });
  await confirmOffline(context, page);
  // A proxy in the path: the request reaches the server, the response never comes back (once).
  let cut = 0;
  await page.route('**/api/sync', async (route) => {
    if (cut++ > 0) return route.continue();
    await route.fetch();
    await route.abort('connectionreset');
  });
  await context.setOffline(false);
  await confirmed(page);
  assert.ok(cut >= 2, 'the sync was sent again after the cut');
  assert.equal(await seatsLeft(real.server.url, '1013', 'registration', date, 1), before - 1, 'still one booking');
  assert.equal((await storedBookings(page)).length, 1);
  await context.close();
});

test('a reload with operations pending keeps them, and they sync', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1014', 'registration', 0);
  const before = await seatsLeft(real.server.url, '1014', 'registration', date, 0);
  await fillBooking(page, { office: '1014', date, slot: 0, id: validId(141) });
  // The server cannot be reached (the page still thinks it is online): bookings and syncs fail.
  await page.route('**/api/bookings', (route) => route.abort('connectionrefused'));
  await page.route('**/api/sync', (route) => route.abort('connectionrefused'));
  await tap(page, 'confirm');
  await waiting(page);
  await page.reload();
  await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.outbox.bookings.length === 1');
  assert.equal(await seatsLeft(real.server.url, '1014', 'registration', date, 0), before);
  await page.unroute('**/api/bookings');
  await page.unroute('**/api/sync');
  // Back online (the online event also cuts the pause earned by the failures).
  await context.setOffline(true);
  await context.setOffline(false);
  await waitForApp(page, 'window.khiw.mine.length === 1 && window.khiw.outbox.ops === 0', 45000);
  assert.equal(await seatsLeft(real.server.url, '1014', 'registration', date, 0), before - 1);
  await context.close();
});

test('offline with the server gone: a reload opens the app and shows my bookings with their QR codes', async () => {
  const own = await startServer();
  const { context, page } = await openPhone(real.chrome, own.url);
  try {
    const date = await firstOpenDate(own.url, '1015', 'registration', 0);
    await fillBooking(page, { office: '1015', date, slot: 0, id: validId(151) });
    await tap(page, 'confirm');
    await waitForApp(page, 'window.khiw.screen === "ticket" && window.khiw.mine.length === 1');
    const qr = await decodeQr(page, 'ticket_qr');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    await context.setOffline(true);
    await own.stop();
    await page.reload();
    await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.ref_ready && window.khiw.mine.length === 1');
    await tap(page, 'back');
    await onScreen(page, 'start');
    await tap(page, 'mine_start');
    await onScreen(page, 'my_bookings');
    const [stored] = await storedBookings(page);
    await tap(page, `mine_${stored.booking.code}`);
    await onScreen(page, 'ticket');
    assert.equal(await decodeQr(page, 'ticket_qr'), qr);
    assert.equal((await waitForApp(page)).outbox.connection, 'offline');
  } finally {
    await context.close();
    await own.stop();
  }
});
