// The JavaScript API over the wasm core: what a page author relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { getAnalyzer, checkSpans, readText, distDir } from './support.mjs';

test('analyze returns schema 3 with every array present', async () => {
  const a = await getAnalyzer();
  const r = a.analyze('نص قصير');
  assert.equal(r.schema, 3);
  for (const key of ['hashtags', 'suspect_hashtags', 'mentions', 'urls', 'keywords', 'entities', 'quotes']) {
    assert.ok(Array.isArray(r[key]), key);
  }
  assert.equal(typeof r.stats.words, 'number');
});

test('lone surrogates become U+FFFD without shifting offsets', async () => {
  const a = await getAnalyzer();
  const text = '\ud800 أُمم \udc00';
  assert.equal(a.normalize(text, { profile: 'none' }), '\ufffd أُمم \ufffd');
  const r = a.analyze(text);
  assert.deepEqual(checkSpans(r, text), []);
});

test('astral characters keep UTF-16 offsets exact in normalize', async () => {
  const a = await getAnalyzer();
  assert.equal(a.normalize('😀أ😀', { profile: 'search' }), '😀ا😀');
});

test('unknown profile and bad options are clear errors, not crashes', async () => {
  const a = await getAnalyzer();
  assert.throws(() => a.normalize('x', { profile: 'nope' }), { code: 'bad_options' });
  assert.throws(() => a.analyze('x', { keywords: { top_k: 'ten' } }), { code: 'bad_options' });
  assert.throws(() => a.analyze(42), TypeError);
});

test('an input over the documented limit gets input_too_large', async () => {
  const a = await getAnalyzer();
  const big = 'ا'.repeat(16 * 1024 * 1024 + 1);
  assert.throws(() => a.analyze(big), { code: 'input_too_large' });
  // The analyzer is still usable afterwards.
  assert.equal(a.analyze('سلام').schema, 3);
});

test('the wasm heap does not grow across repeated analyses', async () => {
  const a = await getAnalyzer();
  const text = readText('tests/data/000_00fe2e4262b66faa.txt');
  for (let i = 0; i < 50; i++) a.analyze(text);  // warm up: reach the steady-state heap
  const before = a.memoryBytes();
  for (let i = 0; i < 10000; i++) a.analyze(text);
  const after = a.memoryBytes();
  assert.equal(after.heapInUse, before.heapInUse, 'every allocation is freed');
  assert.equal(after.memory, before.memory, 'wasm memory did not grow');
});

test('the first analyses of a fresh analyzer run in the memory it started with', async () => {
  // The first result must not also pay for growing the wasm memory (and the JS views over it):
  // the initial memory (INITIAL_MEMORY, cmake/wasm.cmake) holds the data, the analyzer and an
  // article's analysis.
  const { createAnalyzer } = await import(path.join(distDir, 'arabic-analyzer.js'));
  const a = await createAnalyzer({ warmUp: false });
  const start = a.memoryBytes().memory;
  a.warmUp();
  assert.equal(a.memoryBytes().memory, start, 'warm-up');
  for (const f of ['tests/data/000_00fe2e4262b66faa.txt', 'tests/data/003_068320e3f5882409.txt']) {
    a.analyze(readText(f));
    assert.equal(a.memoryBytes().memory, start, f);
  }
  a.destroy();
});

test('the warm-up runs every stage, leaks nothing and changes no later result', async () => {
  // createAnalyzer() warms up by default; the worker asks it not to and calls warmUp() when idle.
  const { createAnalyzer } = await import(path.join(distDir, 'arabic-analyzer.js'));
  const text = readText('tests/data/000_00fe2e4262b66faa.txt');
  const cold = await createAnalyzer({ warmUp: false });
  const coldResult = cold.analyze(text);
  const r = cold.warmUp();
  const heap = cold.memoryBytes().heapInUse;
  cold.warmUp();
  assert.equal(cold.memoryBytes().heapInUse, heap);
  const types = new Set(r.entities.map((e) => e.type));
  for (const type of ['PER', 'LOC', 'DATE', 'PERCENT']) assert.ok(types.has(type), type);
  for (const key of ['hashtags', 'mentions', 'urls', 'keywords', 'quotes']) assert.ok(r[key].length > 0, key);
  const warm = await createAnalyzer();
  assert.deepEqual(warm.analyze(text), coldResult);
  cold.destroy();
  warm.destroy();
});

test('native and wasm agree byte for byte on the seed articles', async () => {
  const { execFileSync } = await import('node:child_process');
  const path = await import('node:path');
  const { root } = await import('./support.mjs');
  const a = await getAnalyzer();
  for (const f of ['tests/data/000_00fe2e4262b66faa.txt', 'tests/data/003_068320e3f5882409.txt']) {
    const native = JSON.parse(execFileSync(path.join(root, 'build/native/arabic-analyzer'), ['analyze', path.join(root, f)], { encoding: 'utf8' }));
    assert.deepEqual(a.analyze(readText(f)), native);
  }
});
