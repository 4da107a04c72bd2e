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

// Each list in size-budget.json must follow what its user loads, or the budget would not count
// a file added to it: every relative file that index.html, the stylesheet or a listed script
// names (link, script, url(), import, new URL) is listed.
const refsOf = (name, code) => {
  const patterns = name.endsWith('.html') ? /(?:href|src)="(\.?\.?\/?[^":]+)"/g
    : name.endsWith('.css') ? /url\(\s*["']?([^"')]+)["']?\s*\)/g
      : /(?:from\s*|import\s*\(\s*|new URL\(\s*)["'](\.\.?\/[^"']+)["']/g;
  return [...code.matchAll(patterns)].map(([, ref]) => ref).filter((ref) => !/^(data:|#|\/\/)/.test(ref));
};

for (const [budget, roots] of [['page', ['index.html', 'style.css']], ['widget', ['arabic-analyzer-widget.js']]]) {
  test(`the ${budget} budget counts every file the ${budget} loads`, () => {
    const listed = new Set(totals[budget].files);
    const seen = new Set();
    const queue = [...roots];
    while (queue.length) {
      const name = queue.shift();
      if (seen.has(name) || !/\.(js|html|css)$/.test(name)) continue;
      seen.add(name);
      assert.ok(listed.has(name), `${name} is loaded but missing from the ${budget} budget`);
      for (const ref of refsOf(name, readFileSync(path.join(distDir, name), 'utf8'))) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(name), ref));
        assert.ok(listed.has(target), `${name} loads ${target}, missing from the ${budget} budget`);
        queue.push(target);
      }
    }
    assert.ok(listed.has('arabic-analyzer-core.wasm'));
  });
}
