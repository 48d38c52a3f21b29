// The waiting hall's board (/#board/<office>) against the real server (with a settable clock): a call made
// by staff shows within a second; after the server restarts the board says it lost the connection, then
// reconnects and shows the current state; calls are announced one at a time, a recall again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { serverAndBrowser, waitForApp } from './harness.mjs';
import { api, bangkok, firstOpenDate } from './citizen.mjs';

const real = serverAndBrowser({ testClock: true, demoStaff: '1001' });

const TV = { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 };

async function staff() {
  const { body } = await api(real.server.url, '/api/staff/login', { username: 'staff1001', password: real.server.passwords.staff1001 });
  return (action, payload) => api(real.server.url, `/api/counter/1001/registration/${action}`, payload,
    { Authorization: 'Bearer ' + body.token, 'Idempotency-Key': randomUUID() });
}

const serving = (page) => page.evaluate(() => (window.khiw.board.board?.sections ?? [])
  .flatMap((s) => s.serving.map((c) => `${c.ticket}@${c.counter}`)));

async function openBoard() {
  const context = await real.chrome.browser.newContext(TV);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(real.server.url + '#board/1001');
  await waitForApp(page, 'window.khiw && window.khiw.ready && window.khiw.screen === "board" && window.khiw.board.live');
  return { context, page, errors };
}

test('a call shows on the board within a second, and each call is announced once, in turn', async () => {
  const date = await firstOpenDate(real.server.url, '1001', 'registration', 0);
  await api(real.server.url, '/api/test/clock', { now: bangkok(date, 9, 0) });
  const act = await staff();
  const tickets = [];
  for (let i = 0; i < 3; i++) tickets.push((await act('walk-in', {})).body.ticket);
  const { context, page, errors } = await openBoard();
  try {
    assert.deepEqual(await serving(page), []);
    const called = (await act('call-next', { counter: 1 })).body.ticket;
    assert.equal(called, tickets[0]);
    await page.waitForFunction((t) => window.khiw.board.board?.sections[0]?.serving.some((c) => c.ticket === t), called,
      { timeout: 1000 });
    assert.deepEqual(await page.evaluate(() => window.khiw.board.board.sections[0].next), tickets.slice(1));

    // Two calls and a recall close together (a second apart: the test clock stands still otherwise, and
    // calls in one second have no order): three announcements, never two at once.
    await api(real.server.url, '/api/test/clock', { now: bangkok(date, 9, 0) + 1 });
    await act('call-next', { counter: 2 });
    await api(real.server.url, '/api/test/clock', { now: bangkok(date, 9, 0) + 2 });
    await act('recall', { counter: 1, ticket: called });
    await page.waitForFunction(() => window.khiwAnnouncer && window.khiwAnnouncer.log.filter((e) => e.end > 0).length === 3,
      null, { timeout: 15000 });
    const log = await page.evaluate(() => window.khiwAnnouncer.log);
    assert.deepEqual(log.map((e) => `${e.ticket}@${e.counter}`), [`${called}@1`, `${tickets[1]}@2`, `${called}@1`]);
    for (let i = 1; i < log.length; i++) assert.ok(log[i].start >= log[i - 1].end, 'two announcements overlapped');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('after a server restart the board says it lost the connection, then shows the current state', async () => {
  const date = await firstOpenDate(real.server.url, '1001', 'registration', 0);
  const now = bangkok(date, 10, 0);
  await api(real.server.url, '/api/test/clock', { now });
  const { context, page } = await openBoard();
  try {
    const connection = () => page.evaluate(() => window.khiw.widgets.board_connection?.[4]);
    assert.match(await connection(), /Live/);
    await real.server.restart(async () => {
      await page.waitForFunction(() => !window.khiw.board.live, null, { timeout: 10000 });
      assert.match(await connection(), /Connection lost/);
    });
    await api(real.server.url, '/api/test/clock', { now: now + 60 });  // the test clock starts again at the real time
    const act = await staff();
    const waiting = (await act('walk-in', {})).body.ticket;
    const atOne = (await page.evaluate(() => window.khiw.board.board?.sections[0]?.serving ?? [])).find((c) => c.counter === 1);
    if (atOne) await act('done', { ticket: atOne.ticket });
    const before = await serving(page);
    const called = (await act('call-next', { counter: 1 })).body.ticket;
    assert.ok(called, 'someone was waiting to be called');
    assert.ok(waiting);
    await page.waitForFunction((t) => window.khiw.board.live &&
      window.khiw.board.board?.sections[0]?.serving.some((c) => c.ticket === t), called, { timeout: 20000 });
    assert.notDeepEqual(await serving(page), before);
    assert.match(await connection(), /Live/);
  } finally {
    await context.close();
  }
});
