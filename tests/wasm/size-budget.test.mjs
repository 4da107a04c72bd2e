// The transfer budget of the built site: a reader of a news site pays the widget's bytes on
// every page view, so a change that makes the page or the widget heavier than its ceiling in
// build-scripts/size-budget.json fails here, not silently in production.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measure } from '../../build-scripts/size-budget.mjs';
import { distDir } from './support.mjs';

const { totals } = measure(distDir);

for (const [name, t] of Object.entries(totals)) {
  test(`${name} transfer is within its ceiling`, () => {
    assert.ok(t.gzip <= t.ceiling, `${name}: ${t.gzip} bytes gzipped, ceiling ${t.ceiling}`);
  });
}

// The widget's list in size-budget.json must follow its imports, or the budget would not
// count a module added to it: every relative module or worker URL a listed file names is listed.
test('the widget budget counts every file the widget loads', () => {
  const listed = new Set(totals.widget.files);
  const refs = /(?:from\s*|import\s*\(\s*|new URL\(\s*)["'](\.\.?\/[^"']+)["']/g;
  for (const name of listed) {
    if (!name.endsWith('.js')) continue;
    const code = readFileSync(path.join(distDir, name), 'utf8');
    for (const [, ref] of code.matchAll(refs)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(name), ref));
      assert.ok(listed.has(target), `${name} loads ${target}, missing from the widget budget`);
    }
  }
  assert.ok(listed.has('arabic-analyzer-core.wasm'));
});
