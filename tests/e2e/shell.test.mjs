// The page shell: paste a seed article, the worker analyzes it, hashtags are highlighted
// exactly where the result JSON says, and nothing leaves the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startServer, launchBrowser, recordRequests } from './support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.close(); });

test('pasting the first seed highlights its hashtags at the result spans', async () => {
  const page = await browser.newPage();
  const requests = recordRequests(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  const text = readFileSync(path.join(root, 'tests/data/000_00fe2e4262b66faa.txt'), 'utf8');
  await page.fill('#input', text);
  await page.click('#analyze');
  await page.waitForSelector('body[data-analyzed="true"]', { timeout: 30000 });
  const result = JSON.parse(await page.textContent('#json'));
  const marks = await page.$$eval('mark.hashtag', (ms) => ms.map((m) => ({
    start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent })));
  assert.ok(result.hashtags.length >= 1, 'the seed has hashtags');
  assert.deepEqual(marks, result.hashtags.map((h) => ({ start: h.start, end: h.end, text: text.slice(h.start, h.end) })));
  assert.ok(marks.some((m) => m.text === '#الكلور'));
  assert.deepEqual(errors, []);
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  await page.close();
});
