// Faults a user of the page can hit: pasting more than the core's limit, and the analyzer's
// worker dying. In both the page must stay responsive and say what happened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchProblems, waitForWorkers, servedSiteAndBrowser } from './support.mjs';

const LIMIT = 16 * 1024 * 1024;
// Generous: today's failure was a freeze of about a minute.
const RESPONSIVE_MS = 10000;

const site = servedSiteAndBrowser();

async function openPage(context) {
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await page.goto(site.server.url);
  await page.waitForFunction(() => Number(document.body.dataset.runs || 0) >= 1, null, { timeout: 30000 });
  return { page, problems };
}

// A click on the language toggle is answered when the page's script runs: its label changes.
async function clickAnsweredWithin(page, ms) {
  const before = await page.textContent('#lang-toggle');
  const t0 = Date.now();
  await page.click('#lang-toggle', { timeout: ms });
  await page.waitForFunction((b) => document.getElementById('lang-toggle').textContent !== b, before, { timeout: ms });
  return Date.now() - t0;
}

test('pasting more than the limit is refused at once, with the limit stated, and the page stays responsive', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page, problems } = await openPage(context);
  const before = await page.inputValue('#input');
  await page.evaluate((n) => navigator.clipboard.writeText('ب'.repeat(n)), LIMIT + 1000);
  await page.focus('#input');
  const t0 = Date.now();
  await page.keyboard.press('Control+V');
  await page.waitForSelector('#notice:not([hidden])', { timeout: RESPONSIVE_MS });
  const notice = await page.textContent('#notice');
  assert.match(notice, /16[,٬]777[,٬]216|١٦[,٬]٧٧٧[,٬]٢١٦/, `the notice states the limit: ${notice}`);
  assert.ok(Date.now() - t0 < RESPONSIVE_MS, 'refused without a freeze');
  assert.equal(await page.inputValue('#input'), before, 'the editor keeps the text it had');
  const clickMs = await clickAnsweredWithin(page, RESPONSIVE_MS);
  assert.ok(clickMs < RESPONSIVE_MS, `a click is answered (${clickMs} ms)`);
  // The notice follows the interface language, and goes once the user edits the text.
  assert.match(await page.textContent('#notice'), /limit/);
  await page.type('#input', ' ');
  await page.waitForSelector('#notice', { state: 'hidden' });

  // Dropping such a text is refused the same way.
  await page.evaluate((n) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'ت'.repeat(n));
    document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, LIMIT + 1);
  await page.waitForSelector('#notice:not([hidden])', { timeout: RESPONSIVE_MS });

  // A paste within the limit still works and is analyzed.
  await page.evaluate(() => navigator.clipboard.writeText(' وزار الرئيس الفرنسي إيمانويل ماكرون بيروت.'));
  await page.focus('#input');
  await page.keyboard.press('End');
  const runs = await page.evaluate(() => Number(document.body.dataset.runs));
  await page.keyboard.press('Control+V');
  await page.waitForFunction((r) => Number(document.body.dataset.runs) > r, runs, { timeout: 30000 });
  assert.ok((await page.inputValue('#input')).endsWith('ماكرون بيروت.'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a worker that dies mid-analysis: the page says so, stays responsive, and analyzes the next edit', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await openPage(context);
  assert.equal(page.workers().length, 1);
  await page.workers()[0].evaluate(() => {
    self.onmessage = () => { throw new WebAssembly.RuntimeError('unreachable executed'); };
  });
  await page.focus('#input');
  await page.keyboard.press('End');
  await page.keyboard.type(' تجربة');
  await page.waitForFunction(() => document.body.dataset.state === 'error', null, { timeout: RESPONSIVE_MS });
  assert.match(await page.textContent('#status'), /توقف المحلل على نحو غير متوقع/);
  const clickMs = await clickAnsweredWithin(page, RESPONSIVE_MS);
  assert.ok(clickMs < RESPONSIVE_MS);
  assert.match(await page.textContent('#status'), /stopped unexpectedly/, 'the message follows the interface language');

  const runs = await page.evaluate(() => Number(document.body.dataset.runs));
  await page.focus('#input');
  await page.keyboard.press('End');
  await page.keyboard.type(' ثانية');
  await page.waitForFunction((r) => Number(document.body.dataset.runs) > r, runs, { timeout: 30000 });
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'idle');
  await waitForWorkers(page, 1);   // the dead one is gone, a replacement runs
  assert.deepEqual(problems.filter((p) => !p.includes('unreachable executed')), []);
  await context.close();
});

// The page compiles the wasm while its worker starts and hands the compiled module over. If
// the page cannot (here: its request for the wasm fails), the worker loads the wasm itself
// and the reader still gets a result.
test('when the page cannot compile the wasm, its worker loads it and the page still analyzes', async () => {
  const context = await site.browser.newContext();
  let wasmRequests = 0;
  await context.route('**/arabic-analyzer-core.wasm', (route) => {
    wasmRequests += 1;
    return wasmRequests === 1 ? route.abort() : route.continue();
  });
  const { page, problems } = await openPage(context);
  assert.ok(wasmRequests >= 2, `the worker fetched the wasm after the page's attempt failed (${wasmRequests} requests)`);
  assert.ok(await page.locator('#keywords li').count() > 0, 'the first sample has keywords');
  assert.deepEqual(problems.filter((p) => !/arabic-analyzer-core\.wasm|Failed to fetch|net::ERR_FAILED/.test(p)), []);
  await context.close();
});

test('the wasm is downloaded once per page: the worker instantiates the module the page compiled', async () => {
  const context = await site.browser.newContext();
  let wasmRequests = 0;
  await context.route('**/arabic-analyzer-core.wasm', (route) => { wasmRequests += 1; return route.continue(); });
  const { problems } = await openPage(context);
  assert.equal(wasmRequests, 1);
  assert.deepEqual(problems, []);
  await context.close();
});
