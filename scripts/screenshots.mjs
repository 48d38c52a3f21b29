// Screenshots of every screen, phone (390x844) and desktop (1280x800), Thai and English, into
// bench/out/screens/ — to look at before calling a screen done.
// Usage: node scripts/screenshots.mjs [counter]   (counter: the staff screens and the hall's board only)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser, startServer, waitForApp } from '../tests/browser/harness.mjs';
import { PHONE, api, bangkok, fillBooking, firstOpenDate, onScreen, openServedTicket, openServices, serveBooking, tap,
  typeInto, validId } from '../tests/browser/citizen.mjs';

const out = resolve(import.meta.dirname, '../bench/out/screens');
mkdirSync(out, { recursive: true });
const onlyCounter = process.argv[2] === 'counter';
const server = await startServer({ testClock: true, demoStaff: '1040' });
const chrome = await launchBrowser();
const DEVICES = {
  phone: PHONE,
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, hasTouch: true },
};

async function shot(page, device, lang, name) {
  await page.waitForFunction(() => window.khiw.frame > 0);
  await page.screenshot({ path: join(out, `${device}-${lang}-${name}.png`) });
}

// Some life on the map: people waiting at a few offices (remote walk-in tickets through the API).
const BANG_KHAE = { latitude: 13.7099, longitude: 100.4093 };
for (const [office, count] of [['1040', 8], ['1022', 18], ['1001', 3]]) {
  for (let i = 0; i < count; i++) {
    await fetch(server.url + 'api/walk-ins', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ office_code: office, section_id: 'registration' }) });
  }
}

// The offline path: seats from the last answer, a booking that waits, then a refusal with other slots.
async function bookOffline(context, page, device, lang, idNumber) {
  await tap(page, 'back');
  await onScreen(page, 'start');
  const date = await firstOpenDate(server.url, '1040', 'registration', 5);
  await openServices(page, '1040');
  await context.setOffline(true);
  await tap(page, 'service_idcard_renew_expired');
  await waitForApp(page, 'window.khiw.seats_offline && window.khiw.outbox.connection === "offline"');
  await shot(page, device, lang, '13-date-offline');
  await tap(page, `date_${date}`);
  await tap(page, 'slot_5');
  await onScreen(page, 'details');
  await typeInto(page, 'name', 'นายสมชาย ใจดี');
  await typeInto(page, 'national_id', validId(idNumber));
  await tap(page, 'details_next');
  await tap(page, 'consent_agree');
  await tap(page, 'consent_next');
  await onScreen(page, 'review');
  await shot(page, device, lang, '14-review-offline');
  await tap(page, 'confirm');
  await onScreen(page, 'pending_booking');
  await shot(page, device, lang, '15-pending-waiting');
  await tap(page, 'back');
  await tap(page, 'mine_start');
  await onScreen(page, 'my_bookings');
  await shot(page, device, lang, '16-my-bookings-pending');
  // Others take every seat of that slot meanwhile; back online, the booking is refused.
  for (let i = 0; ; i++) {
    const res = await fetch(server.url + 'api/bookings', { method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `shot-${idNumber}-${i}` },
      body: JSON.stringify({ office_code: '1040', section_id: 'registration', service_id: 'idcard_renew_expired',
        date, slot: 5, name: 'Other Citizen', national_id: validId(idNumber * 10 + i) }) });
    if (res.status !== 201) break;
  }
  await tap(page, `pending_${(await waitForApp(page)).outbox.bookings[0].key}`);
  await context.setOffline(false);
  await waitForApp(page, 'window.khiw.outbox.alternatives.length > 0 && window.khiw.outbox.alternatives_loading === 0');
  await shot(page, device, lang, '17-pending-refused');
}

// Counter mode at Bang Khae on a booking day: citizens booked, some checked in, one at counter 1.
async function counterScene() {
  // A day with room for three in the first slot (the citizen screens above booked into it).
  const { body: availability } = await api(server.url, '/api/availability?office=1040&section=registration');
  const date = availability.dates.find((d) => d.slots[0].bookable && d.slots[0].remaining >= 3 &&
    d.slots[1].remaining >= 1).date;
  const codes = [];
  const names = ['นายสมชาย ใจดี', 'นางสาวน้ำฝน แสงทอง', 'Mr John Smith', 'นางมาลี ศรีสุข'];
  for (let i = 0; i < names.length; i++) {
    const made = await api(server.url, '/api/bookings', { office_code: '1040', section_id: 'registration',
      service_id: i % 2 ? 'house_reg_copy' : 'idcard_renew_expired', date, slot: i < 3 ? 0 : 1,
      national_id: validId(900 + i), name: names[i], ...(i % 2 ? { mobile: '0812345678',
        pre_service: { laser_code: 'JC1-1234567-89', copies: 1, pickup_date: date } } : {}) },
    { 'Idempotency-Key': `screens-${i}` });
    if (made.status !== 201) throw new Error(`counter scene booking ${i}: ${made.status} ${JSON.stringify(made.body)}`);
    codes.push(made.body.booking.code);
  }
  await api(server.url, '/api/test/clock', { now: Date.parse(`${date}T08:10:00+07:00`) / 1000 });
  const login = await api(server.url, '/api/staff/login', { username: 'staff1040', password: server.passwords.staff1040 });
  const auth = { Authorization: 'Bearer ' + login.body.token };
  for (const code of codes.slice(0, 2)) await api(server.url, '/api/counter/1040/registration/check-in', { code }, auth);
  for (let i = 0; i < 2; i++) await api(server.url, '/api/counter/1040/registration/walk-in', {}, auth);
  await api(server.url, '/api/counter/1040/registration/call-next', { counter: 1 }, auth);
  return codes;
}

async function counterScreens(codes) {
  for (const [device, options] of Object.entries(DEVICES)) {
    for (const lang of ['th', 'en']) {
      const context = await chrome.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.url + '#counter');
      await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.screen === "staff_login"');
      if (lang === 'en') {
        await tap(page, 'lang_toggle');
        await waitForApp(page, 'window.khiw.lang === "en"');
      }
      await typeInto(page, 'staff_username', 'staff1040');
      await typeInto(page, 'staff_password', server.passwords.staff1040);
      await shot(page, device, lang, '20-staff-login');
      await tap(page, 'staff_login');
      await onScreen(page, 'counter_setup');
      await tap(page, 'desk_section_registration');
      await tap(page, 'desk_counter_1');
      await shot(page, device, lang, '21-counter-setup');
      await tap(page, 'desk_open');
      await waitForApp(page, 'window.khiw.counter.queue_status === "ready" && window.khiw.counter.live && ' +
        'window.khiw.counter.roster > 0');
      await shot(page, device, lang, '22-counter-desk');
      await tap(page, 'open_check_in');
      await onScreen(page, 'counter_check_in');
      await shot(page, device, lang, '23-check-in-scan');
      await typeInto(page, 'counter_code', codes[2]);
      await tap(page, 'find_code');
      await waitForApp(page, 'window.khiw.counter.check_in.step === "found"');
      if (await page.evaluate(() => window.khiw.widgets.shown_0)) await tap(page, 'shown_0');
      await tap(page, 'priority_elderly');
      await shot(page, device, lang, '24-check-in-found');
      await tap(page, 'next_citizen');
      await typeInto(page, 'counter_code', codes[3]);
      await tap(page, 'find_code');
      await waitForApp(page, 'window.khiw.counter.check_in.step !== "idle"');
      await shot(page, device, lang, '25-check-in-documents');
      await tap(page, 'back');
      await onScreen(page, 'counter_desk');
      await tap(page, 'open_day_summary');
      await waitForApp(page, 'window.khiw.screen === "day_summary" && window.khiw.widgets.info_summary_totals_served');
      await shot(page, device, lang, '26-day-summary');
      const open = await context.newPage();  // the same device: its language
      await open.goto(server.url + '#open-data');
      await waitForApp(open, 'window.khiw && window.khiw.screen === "open_data" && window.khiw.widgets.open_data_office_1040');
      await shot(open, device, lang, '27-open-data');
      await tap(open, 'open_data_office_1040');
      await waitForApp(open, 'window.khiw.widgets.info_open_data_1040_registration_served');
      await shot(open, device, lang, '28-open-data-office');
      await context.close();
    }
  }
}

// The rating card on the ticket of a booking served today (each device and language a day later: the
// server's clock moves to the booking's morning for its service, the page's to after it).
async function ratingScreens() {
  let i = 0;
  for (const [device, options] of Object.entries(DEVICES)) {
    for (const lang of ['th', 'en']) {
      const date = await firstOpenDate(server.url, '1040', 'registration', 0);
      const context = await chrome.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.ref_ready');
      if (lang === 'en') await tap(page, 'lang_toggle');
      await fillBooking(page, { office: '1040', service: 'idcard_lost', date, slot: 0, id: validId(700 + i++) });
      await tap(page, 'confirm');
      const code = (await waitForApp(page, 'window.khiw.screen === "ticket" && window.khiw.mine.length > 0')).mine[0].code;
      const served = await serveBooking(server.url, '1040', date, code, 'staff1040', server.passwords.staff1040);
      if (served.some((status) => status !== 200)) throw new Error(`serving ${code} answered ${served}`);
      await page.clock.setSystemTime(new Date(bangkok(date, 9, 0) * 1000));
      await openServedTicket(page, code);
      await tap(page, 'rate_star_4');
      await shot(page, device, lang, '18-rating');
      await context.close();
    }
  }
}

// The hall's board on a 1080p and a 720p TV, after the counter scene and some life in a second section.
async function boardScreens() {
  const login = await api(server.url, '/api/staff/login', { username: 'staff1040', password: server.passwords.staff1040 });
  const auth = { Authorization: 'Bearer ' + login.body.token };
  const act = (section, action, body) => api(server.url, `/api/counter/1040/${section}/${action}`, body, auth);
  for (let i = 0; i < 5; i++) await act('revenue', 'walk-in', {});
  const missed = await act('revenue', 'call-next', { counter: 1 });
  await act('revenue', 'no-show', { ticket: missed.body.ticket });
  await act('revenue', 'call-next', { counter: 1 });
  await act('revenue', 'call-next', { counter: 2 });
  await act('registration', 'pause', { counter: 2, reason: 'พักกลางวัน' });
  for (const [name, viewport] of [['tv1080', { width: 1920, height: 1080 }], ['tv720', { width: 1280, height: 720 }]]) {
    const context = await chrome.browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(server.url + '#board/1040');
    await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.board.live && window.khiw.board.board.sections.length > 1');
    await shot(page, name, 'th-en', '30-board');
    await context.close();
  }
}

let n = 0;
try {
  for (const [device, options] of Object.entries(onlyCounter ? {} : DEVICES)) {
    for (const lang of ['th', 'en']) {
      const context = await chrome.browser.newContext({ ...options, acceptDownloads: true,
        geolocation: BANG_KHAE, permissions: ['geolocation'] });
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.ref_ready');
      if (lang === 'en') {
        await tap(page, 'lang_toggle');
        await waitForApp(page, 'window.khiw.lang === "en"');
      }
      await shot(page, device, lang, '01-start');
      await tap(page, 'walkin_start');
      await onScreen(page, 'nearby');
      await waitForApp(page, 'window.khiw.nearby.districts === 50 && window.khiw.nearby.live.loaded && ' +
        'window.khiw.widgets.marker_1040');
      await shot(page, device, lang, '02a-map');
      await tap(page, 'my_location');
      await waitForApp(page, 'window.khiw.nearby.source === "device"');
      await tap(page, 'mode_list');
      await waitForApp(page, 'window.khiw.nearby.mode === "list"');
      await shot(page, device, lang, '02b-list');
      await tap(page, 'mode_map');
      await tap(page, 'marker_1040');
      await waitForApp(page, 'window.khiw.nearby.selected === "1040" && window.khiw.widgets.walkin_here');
      await shot(page, device, lang, '02c-office-card');
      await tap(page, 'walkin_here');
      await onScreen(page, 'walk_in');
      await shot(page, device, lang, '02d-walk-in-sections');
      await tap(page, 'walkin_registration');
      await onScreen(page, 'walk_in_ticket');
      await shot(page, device, lang, '02e-walk-in-ticket');
      await tap(page, 'back');
      await openServices(page, '1040');
      await shot(page, device, lang, '05-services');
      await tap(page, 'back');
      await onScreen(page, 'sections');
      await shot(page, device, lang, '04-sections');
      await tap(page, 'back');
      await onScreen(page, 'offices');
      await shot(page, device, lang, '03-offices');
      await tap(page, 'office_1040');
      await tap(page, 'section_registration');
      await tap(page, 'service_house_reg_copy');
      await onScreen(page, 'date');
      await waitForApp(page, 'window.khiw.availability_status === "ready"');
      await shot(page, device, lang, '06-date');
      const date = await firstOpenDate(server.url, '1040', 'registration', 0);
      await tap(page, `date_${date}`);
      await onScreen(page, 'slot');
      await shot(page, device, lang, '07-slot');
      await tap(page, 'slot_0');
      await onScreen(page, 'details');
      await typeInto(page, 'name', 'นางสาวน้ำฝน ใจดี');
      await typeInto(page, 'national_id', validId(500 + n).slice(0, 12) + '9');
      await tap(page, 'details_next');
      await shot(page, device, lang, '08-details-errors');
      await typeInto(page, 'national_id', '');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.insertText(validId(500 + n));
      await typeInto(page, 'mobile', '0812345678');
      await typeInto(page, 'laser_code', 'JC1-1234567-89');
      await tap(page, 'pickup_office');
      await typeInto(page, 'pickup_office_search', lang === 'th' ? 'บาง' : 'bang');
      await shot(page, device, lang, '08b-pickup-offices');
      await tap(page, 'pickup_office_1031');
      await waitForApp(page, 'window.khiw.draft.pickup_office === "1031"');
      await shot(page, device, lang, '08c-pickup-chosen');
      await tap(page, `pickup_${date}`);
      await tap(page, 'details_next');
      await onScreen(page, 'consent');
      await shot(page, device, lang, '09-consent');
      await tap(page, 'consent_agree');
      await tap(page, 'consent_next');
      await onScreen(page, 'review');
      await shot(page, device, lang, '10-review');
      await tap(page, 'confirm');
      await waitForApp(page, 'window.khiw.screen === "ticket" && window.khiw.mine.length > 0');
      await shot(page, device, lang, '11-ticket');
      await tap(page, 'back');
      await tap(page, 'mine_start');
      await onScreen(page, 'my_bookings');
      await shot(page, device, lang, '12-my-bookings');
      await bookOffline(context, page, device, lang, 600 + n);
      await context.close();
      n++;
    }
  }
  await counterScreens(await counterScene());
  await boardScreens();
  if (!onlyCounter) await ratingScreens();
  console.log(`screenshots in ${out}`);
} finally {
  await chrome.close();
  await server.stop();
}
