// The wasm heap does not grow across 10,000 analyses in one page session: every
// allocation the core makes for an analysis is freed, on the browser's own wasm engine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startServer, launchBrowser } from './support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.close(); });

test('10,000 analyses in one page leave the wasm heap where it was', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  const text = readFileSync(path.join(root, 'tests/data/003_068320e3f5882409.txt'), 'utf8');
  const { before, after, runs } = await page.evaluate(async (t) => {
    const { createAnalyzer } = await import('./arabic-analyzer.js');
    const a = await createAnalyzer();
    for (let i = 0; i < 50; i++) a.analyze(t);  // reach the steady state
    const before = a.memoryBytes();
    let runs = 0;
    for (let i = 0; i < 10000; i++, runs++) a.analyze(i % 2 ? t : t.slice(0, 1000));
    return { before, after: a.memoryBytes(), runs };
  }, text);
  assert.equal(runs, 10000);
  assert.equal(after.heapInUse, before.heapInUse, 'every allocation is freed');
  assert.equal(after.memory, before.memory, 'wasm memory did not grow');
  await page.close();
});
