// The citizen's booking path on a 390x844 touch phone, against the real server and the real bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAndBrowser, waitForApp } from './harness.mjs';
import { api, decodeQr, fillBooking, firstOpenDate, onScreen, openDetails, openPhone, seatsLeft, storedBookings, tap,
  typeInto, validId } from './citizen.mjs';

const real = serverAndBrowser();

const booked = (page) => waitForApp(page, 'window.khiw.screen === "ticket" && window.khiw.mine.length > 0');

test('book on a phone: QR scans to the server payload, survives a reload, and can be cancelled', async () => {
  const { context, page, errors } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1001', 'registration', 0);
  const before = await seatsLeft(real.server.url, '1001', 'registration', date, 0);
  await fillBooking(page, { service: 'idcard_lost', date, slot: 0, id: validId(1) });
  await tap(page, 'confirm');
  const app = await booked(page);
  const mine = app.mine[0];
  assert.equal(mine.state, 'confirmed');

  // The QR on screen is exactly what the server signed for this booking.
  const [stored] = await storedBookings(page);
  const lookup = await api(real.server.url, '/api/bookings/lookup', { code: stored.booking.code, secret: stored.secret });
  assert.equal(lookup.status, 200);
  assert.equal(await decodeQr(page, 'ticket_qr'), lookup.body.qr);
  assert.equal(mine.qr, lookup.body.qr);
  assert.equal(lookup.body.booking.name, 'สมชาย ใจดี');
  assert.equal(JSON.stringify(stored).includes(validId(1)), false, 'the national ID is not kept on the device');
  assert.equal(await seatsLeft(real.server.url, '1001', 'registration', date, 0), before - 1);

  // Tick a document, reload: the ticket and the tick are still there.
  await tap(page, 'doc_0');
  await waitForApp(page, 'window.khiw.mine[0].ticks[0] === true');
  await page.reload();
  const again = await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.screen === "ticket"');
  assert.equal(again.open_code, stored.booking.code);
  assert.equal(again.mine[0].ticks[0], true);

  // Cancel (asked once): the server says cancelled and the seat is free again.
  await tap(page, 'cancel_booking');
  await tap(page, 'cancel_yes');
  await waitForApp(page, 'window.khiw.mine[0].state === "cancelled"');
  const after = await api(real.server.url, '/api/bookings/lookup', { code: stored.booking.code, secret: stored.secret });
  assert.equal(after.body.booking.state, 'cancelled');
  assert.equal(await seatsLeft(real.server.url, '1001', 'registration', date, 0), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a slot filled meanwhile: slot-full message, alternatives, and an alternative books', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1002', 'registration', 2);
  await fillBooking(page, { office: '1002', date, slot: 2, id: validId(2) });
  // Others take every seat of that slot through the API while the citizen reads the review screen.
  const left = await seatsLeft(real.server.url, '1002', 'registration', date, 2);
  for (let i = 0; i < left; i++) {
    const r = await api(real.server.url, '/api/bookings', { office_code: '1002', section_id: 'registration',
      service_id: 'idcard_renew_expired', date, slot: 2, national_id: validId(100 + i), name: `Other ${i}` },
    { 'Idempotency-Key': `fill-${i}` });
    assert.equal(r.status, 201);
  }
  await tap(page, 'confirm');
  const refused = await waitForApp(page, 'window.khiw.refusal === "slot_full" && window.khiw.alternatives.length > 0');
  assert.equal(refused.screen, 'review');
  assert.equal(refused.draft.name, 'สมชาย ใจดี', 'nothing has to be typed again');
  const alt = refused.alternatives[0];
  await tap(page, `alt_${alt.date}_${alt.slot}`);
  await waitForApp(page, `window.khiw.draft.slot === ${alt.slot} && window.khiw.send === "idle"`);
  await tap(page, 'confirm');
  const app = await booked(page);
  const [stored] = await storedBookings(page);
  assert.equal(stored.booking.date, alt.date);
  assert.equal(stored.booking.slot, alt.slot);
  assert.equal(app.mine[0].state, 'confirmed');
  await context.close();
});

test('a wrong check digit is explained next to the ID field, in Thai and then in English', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1003', 'registration', 0);
  await openDetails(page, { office: '1003', date });
  const wrong = validId(3).slice(0, 12) + String((Number(validId(3)[12]) + 1) % 10);
  await typeInto(page, 'national_id', wrong);
  let app = await waitForApp(page, 'window.khiw.widgets.error_national_id');
  const [, fieldY, , fieldH] = app.widgets.national_id;
  const [, errorY] = app.widgets.error_national_id;
  assert.ok(errorY >= fieldY + fieldH - 1 && errorY < fieldY + fieldH + 60, 'the message sits under the field');
  assert.equal(app.widgets.error_national_id[4], 'เลขประจำตัวประชาชนไม่ถูกต้อง กรุณาตรวจสอบอีกครั้ง');
  await tap(page, 'lang_toggle');
  app = await waitForApp(page, 'window.khiw.lang === "en" && window.khiw.widgets.error_national_id');
  assert.equal(app.widgets.error_national_id[4], 'This national ID number is not valid. Please check it.');
  assert.equal(app.draft.name, '', 'the toggle kept the draft');
  await context.close();
});

test('a Thai name typed with an IME composition is stored exactly', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1004', 'registration', 0);
  await openDetails(page, { office: '1004', date });
  await typeInto(page, 'name', 'นางสาว');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.insertText', { text: ' ' });
  await cdp.send('Input.imeSetComposition', { text: 'น้ำ', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: 'น้ำฝ', selectionStart: 4, selectionEnd: 4 });
  await cdp.send('Input.insertText', { text: 'น้ำฝน' });
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('น ใจดี');
  const name = 'นางสาว น้ำฝน ใจดี';
  await waitForApp(page, `window.khiw.draft.name === ${JSON.stringify(name)}`);
  await typeInto(page, 'national_id', validId(4));
  await tap(page, 'details_next');
  await tap(page, 'consent_agree');
  await tap(page, 'consent_next');
  await onScreen(page, 'review');
  await tap(page, 'confirm');
  await booked(page);
  const [stored] = await storedBookings(page);
  const lookup = await api(real.server.url, '/api/bookings/lookup', { code: stored.booking.code, secret: stored.secret });
  assert.equal(lookup.body.booking.name, name);
  await context.close();
});

test('the calendar file holds the Bangkok start time and two alarms; the QR image downloads', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1005', 'registration', 4);
  await fillBooking(page, { office: '1005', date, slot: 4, id: validId(5) });
  await tap(page, 'confirm');
  await booked(page);
  const [ics] = await Promise.all([page.waitForEvent('download'), tap(page, 'add_calendar')]);
  assert.match(ics.suggestedFilename(), /\.ics$/);
  const text = readFileSync(await ics.path(), 'utf8');
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  assert.ok(unfolded.includes('BEGIN:VCALENDAR\r\n'), 'CRLF lines');
  assert.ok(unfolded.includes(`DTSTART;TZID=Asia/Bangkok:${date.replaceAll('-', '')}T130000`), unfolded);
  assert.ok(unfolded.includes('TZOFFSETTO:+0700'));
  assert.equal((unfolded.match(/BEGIN:VALARM/g) ?? []).length, 2);
  assert.ok(unfolded.includes('TRIGGER:-P1D') && unfolded.includes('TRIGGER:-PT2H'));
  assert.ok(unfolded.includes('LOCATION:สำนักงานเขต'));
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);

  const [png] = await Promise.all([page.waitForEvent('download'), tap(page, 'save_qr')]);
  const bytes = readFileSync(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  await context.close();
});

test('a double tap on confirm and a lost answer each leave exactly one booking', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1006', 'registration', 1);
  const before = await seatsLeft(real.server.url, '1006', 'registration', date, 1);
  await fillBooking(page, { office: '1006', date, slot: 1, id: validId(6) });
  // The server gets the request and books, but the answer never reaches the app.
  await page.route('**/api/bookings', async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  const [x, y, w, h] = await page.evaluate(() => window.khiw.widgets.confirm);
  await page.touchscreen.tap(x + w / 2, y + h / 2);
  await page.touchscreen.tap(x + w / 2, y + h / 2);
  // With no answer the request waits in the offline queue under its key; the queue's resend returns the
  // booking the server already made.
  await booked(page);
  assert.equal(await seatsLeft(real.server.url, '1006', 'registration', date, 1), before - 1, 'still one booking');
  assert.equal((await storedBookings(page)).length, 1);
  await context.close();
});

test('the browser back button steps back through the flow and keeps what was typed', async () => {
  const { context, page } = await openPhone(real.chrome, real.server.url);
  const date = await firstOpenDate(real.server.url, '1007', 'registration', 0);
  await fillBooking(page, { office: '1007', date, id: validId(7), name: 'Somchai Jaidee' });
  await page.goBack();
  await onScreen(page, 'consent');
  await page.goBack();
  const app = await onScreen(page, 'details');
  assert.equal(app.draft.name, 'Somchai Jaidee');
  await tap(page, 'back');
  await onScreen(page, 'slot');
  await context.close();
});
