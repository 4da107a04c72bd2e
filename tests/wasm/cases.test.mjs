// Runs the shared behaviour cases (tests/cases/*.json) against the wasm build.
// The native build runs the same files in tests/native/test_cases.cpp.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { root, getAnalyzer, readText, checkSpans, checkExpectations } from './support.mjs';

const dir = path.join(root, 'tests/cases');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const cases = JSON.parse(readText(path.join(dir, file)));
  for (const c of cases) {
    test(`cases_${path.basename(file, '.json')}.${c.name}`, async () => {
      const a = await getAnalyzer();
      const input = (c.input_file ? readText(c.input_file) : (c.input ?? '')).repeat(c.repeat ?? 1);
      if (c.op === 'normalize' || c.op === 'variant_key') {
        const run = (t) => (c.op === 'variant_key' ? a.variantKey(t) : a.normalize(t, { profile: c.profile ?? 'search' }));
        const got = run(input);
        if ('expect' in c) assert.equal(got, c.expect);
        if ('same_as' in c) assert.equal(got, run(c.same_as));
        return;
      }
      assert.equal(c.op, 'analyze');
      if ('error' in c) {
        assert.throws(() => a.analyze(input, c.options ?? {}), { name: 'AnalyzerError', code: c.error });
        return;
      }
      const result = a.analyze(input, c.options ?? {});
      assert.deepEqual(checkSpans(result, input), []);
      assert.deepEqual(checkExpectations(c, result), []);
    });
  }
}
