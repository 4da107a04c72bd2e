// Word boundaries in the wasm build: Unicode's WordBreakTest.txt against text/word_break.cpp
// compiled for wasm with ICU's wasm build and data, through the test-only module
// arabic-analyzer-test-core (cmake/wasm.cmake, tests/wasm/word_break_api.cpp). The native
// build runs the same cases and compares with ICU's break iterator (tests/native/test_word_break.cpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { distDir, root } from './support.mjs';

const WORD_BREAK_TEST = '/usr/share/unicode/auxiliary/WordBreakTest.txt';  // Debian's unicode-data
const wasmDir = process.env.AA_WASM_BUILD_DIR || path.join(root, 'build/wasm');

// ICU 72 takes U+003A COLON out of MidLetter (CLDR's root tailoring, see word_break.cpp) and
// so do we; U+00B7 MIDDLE DOT, MidLetter in UAX #29 as the colon is, stands in for it.
const COLON = 0x3a, COLON_STAND_IN = 0xb7;

// Lines like "÷ 0041 × 0308 ÷ 0020 ÷	#  comment": ÷ is a boundary, × none.
function readCases(file) {
  const cases = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    let text = '';
    const boundaries = [];
    for (const field of line.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean)) {
      if (field === '÷') boundaries.push(text.length);
      else if (field !== '×') {
        const cp = parseInt(field, 16);
        text += String.fromCodePoint(cp === COLON ? COLON_STAND_IN : cp);
      }
    }
    if (text) cases.push({ line, text, boundaries });
  }
  return cases;
}

let segmenter;  // one module instance for every test of this file
const loadSegmenter = () => (segmenter ??= instantiate());

// Returns text => [{ end, kind }], one item per segment.
async function instantiate() {
  // Emscripten's Node glue wants CommonJS globals (as web/arabic-analyzer.js provides them).
  globalThis.require ??= createRequire(import.meta.url);
  globalThis.__dirname ??= wasmDir;
  const base = path.join(wasmDir, 'arabic-analyzer-test-core');
  const { default: createCore } = await import(`${base}.js`);
  const core = await createCore({ wasmBinary: readFileSync(`${base}.wasm`) });
  return (text) => {
    const room = Math.max(text.length, 1);
    const textPtr = core._malloc(room * 2), outPtr = core._malloc(room * 8);
    try {
      const units = new Uint16Array(core.HEAPU8.buffer, textPtr, text.length);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      const n = core._aa_test_word_segments(textPtr, text.length, outPtr);
      const out = new Uint32Array(core.HEAPU8.buffer, outPtr, 2 * n);
      return Array.from({ length: n }, (_, k) => ({ end: out[2 * k], kind: ['other', 'number', 'letter'][out[2 * k + 1]] }));
    } finally {
      core._free(textPtr);
      core._free(outPtr);
    }
  };
}

test('every case of Unicode\'s WordBreakTest.txt', async (t) => {
  if (!existsSync(WORD_BREAK_TEST)) {
    assert.notEqual(process.env.CI, 'true', `${WORD_BREAK_TEST} not found (Debian package unicode-data)`);
    t.skip(`${WORD_BREAK_TEST} not found (Debian package unicode-data): skipped, not passed`);
    return;
  }
  const segments = await loadSegmenter();
  const cases = readCases(WORD_BREAK_TEST);
  const failures = cases.filter((c) => {
    const got = [0, ...segments(c.text).map((s) => s.end)];
    return JSON.stringify(got) !== JSON.stringify(c.boundaries);
  });
  t.diagnostic(`${cases.length - failures.length}/${cases.length} cases`);
  assert.ok(cases.length > 1000, `only ${cases.length} cases read`);
  assert.deepEqual(failures.map((c) => c.line), []);
});

test('kinds come from ICU\'s rule statuses, as natively', async () => {
  const segments = await loadSegmenter();
  const kinds = (text) => segments(text).map((s) => s.kind).join(' ');
  assert.equal(kinds('عام 2023'), 'letter other number');
  assert.equal(kinds('A4'), 'number');
  assert.equal(kinds('4A'), 'letter');
  assert.equal(kinds('#نيكي_هيلي'), 'other letter');
  assert.equal(kinds('@user'), 'letter');
  assert.equal(kinds('\u231a\u200d\u231a'), 'other');  // WB3c: Extended_Pictographic from char_props.inc (ICU's, at build time)
});

// The point of text/word_break.cpp: the product no longer links ICU's break iterator (with
// the locale, resource-bundle and dictionary code it pulls in) nor packs its data. Either
// would bring the class's name (RTTI) or the data path "brkitr" into the module's bytes.
test('the product wasm holds no ICU break iterator', () => {
  const wasm = readFileSync(path.join(distDir, 'arabic-analyzer-core.wasm')).toString('latin1');
  assert.match(wasm, /N6icu_\d+/, 'no ICU class names (RTTI) at all: then this test proves nothing');
  for (const trace of ['BreakIterator', 'BreakEngine', 'brkitr']) assert.ok(!wasm.includes(trace), `found ${trace}`);
});
