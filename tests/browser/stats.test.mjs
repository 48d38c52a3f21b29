// Issue 13's citizen and director sides against the real server (with a settable clock): a citizen whose
// booking was served rates the visit from their ticket; the office's director sees the rating in the day
// summary and downloads its CSV, which parses and is the API's own; the public open-data page shows it.
// Both browsers' clocks are set to the booking's day, as the server's is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAndBrowser, waitForApp } from './harness.mjs';
import { api, bangkok, fillBooking, firstOpenDate, onScreen, openDesk, openPhone, openServedTicket, serveBooking, tap, typeInto,
  validId } from './citizen.mjs';

const real = serverAndBrowser({ testClock: true, demoStaff: '1001' });

async function staffAuth() {
  const { status, body } = await api(real.server.url, '/api/staff/login',
    { username: 'staff1001', password: real.server.passwords.staff1001 });
  assert.equal(status, 200);
  return { Authorization: 'Bearer ' + body.token };
}

// RFC 4180 as the server writes it: CRLF rows, quoted fields with doubled quotes.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; ++i; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('a served citizen rates the visit; the director sees it in the day summary and downloads the API\'s CSV', async () => {
  const url = real.server.url;
  const date = await firstOpenDate(url, '1001', 'registration', 0);
  const citizen = await openPhone(real.chrome, url);
  await fillBooking(citizen.page, { service: 'idcard_lost', date, slot: 0, id: validId(31) });
  await tap(citizen.page, 'confirm');
  const booked = await waitForApp(citizen.page, 'window.khiw.screen === "ticket" && window.khiw.mine.length > 0');
  const code = booked.mine[0].code;

  // The service, at the counter, on the booking's day; the citizen's app learns it is done and asks for a rating.
  const serviceDay = new Date(bangkok(date, 9, 0) * 1000);
  assert.deepEqual(await serveBooking(url, '1001', date, code, 'staff1001', real.server.passwords.staff1001),
    [200, 200, 200, 200]);
  await citizen.page.clock.setSystemTime(serviceDay);
  await openServedTicket(citizen.page, code);
  await tap(citizen.page, 'rate_star_4');
  await typeInto(citizen.page, 'rating_comment', 'เร็วดี ขอบคุณค่ะ');
  await tap(citizen.page, 'rating_send');
  await waitForApp(citizen.page, `window.khiw.mine.find((b) => b.code === ${JSON.stringify(code)}).rating === "rated"`);
  assert.equal((await api(url, '/api/ratings', { booking: { code, secret: 'x'.repeat(32) }, stars: 5 })).status, 404);

  // The director, at an office PC on the same day: the summary counts the rating; its CSV is the API's.
  const context = await real.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true,
    acceptDownloads: true });
  await context.clock.setSystemTime(serviceDay);
  const page = await context.newPage();
  await openDesk(page, url, 'staff1001', real.server.passwords.staff1001);
  await tap(page, 'open_day_summary');
  await onScreen(page, 'day_summary');
  const shown = await waitForApp(page, 'window.khiw.widgets.info_summary_totals_served');
  assert.equal(shown.widgets.info_summary_totals_served[4], '1');
  assert.match(shown.widgets.info_summary_totals_stars[4], /4/);

  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, 'summary_csv')]);
  assert.equal(download.suggestedFilename(), `khiw-1001-${date}-${date}.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  const fromApi = await fetch(`${url}api/counter/1001/summary?from=${date}&to=${date}&format=csv`, { headers: await staffAuth() });
  assert.equal(csv, await fromApi.text());
  const [header, ...rows] = parseCsv(csv);
  const registration = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
    .find((r) => r.section_id === 'registration' && r.date === date);
  assert.equal(registration.served, '1');
  assert.equal(registration.ratings, '1');
  assert.equal(registration.mean_stars, '4.0');
  assert.equal(registration.comments, 'เร็วดี ขอบคุณค่ะ');
  await context.close();

  // Anyone: the open-data page shows the office's day without the comment.
  const open = await real.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  await open.clock.setSystemTime(serviceDay);
  const publicPage = await open.newPage();
  await publicPage.goto(url + '#open-data');
  await onScreen(publicPage, 'open_data');
  const daily = await api(url, `/api/open-data/daily?date=${date}`);
  assert.equal(daily.status, 200);
  assert.ok(!JSON.stringify(daily.body).includes('ขอบคุณ'), 'no comment in the open data');
  await waitForApp(publicPage, 'window.khiw.widgets.open_data_office_1001');
  await tap(publicPage, 'open_data_office_1001');
  const section = await waitForApp(publicPage, 'window.khiw.widgets.info_open_data_1001_registration_served');
  assert.equal(section.widgets.info_open_data_1001_registration_served[4], '1');
  await open.close();
  await citizen.context.close();
});
