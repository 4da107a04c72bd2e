// Prints the transfer size of dist/web file by file, and the page's and the widget's totals
// against their budgets (build-scripts/size-budget.json); with --check, exits 1 when a total
// is over its ceiling. usage: node build-scripts/size-budget.mjs [DIST_WEB=dist/web] [--check]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

// Every file of the site but the precompressed copies, docs, examples and sample articles (the
// sample list, which carries the first one, is in):
// printed one by one so a new heavy file shows even before a budget lists it.
function siteFiles(dir) {
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
  return walk(dir)
    .map((f) => path.relative(dir, f))
    .filter((f) => !/^examples\//.test(f) && !/^samples\/.*\.txt$/.test(f) && !/\.(gz|br|md)$/.test(f))
    .sort();
}

// Each budget's total is the sum of the files it lists (what its user's browser downloads).
export function measure(dir) {
  const budget = JSON.parse(readFileSync(path.join(here, 'size-budget.json'), 'utf8'));
  const files = siteFiles(dir).map((name) => {
    const data = readFileSync(path.join(dir, name));
    return { name, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  const byName = new Map(files.map((f) => [f.name, f]));
  const totals = {};
  for (const name of ['page', 'widget']) {
    const missing = budget[name].files.filter((n) => !byName.has(n));
    if (missing.length) throw new Error(`${name} files missing from ${dir}: ${missing.join(', ')}`);
    totals[name] = { ...budget[name], gzip: budget[name].files.reduce((s, n) => s + byName.get(n).gzip, 0) };
  }
  return { files, totals };
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist/web';
  const { files, totals } = measure(dir);
  const all = files.reduce((s, f) => s + f.gzip, 0);
  console.log(`${'file (dist/web)'.padEnd(48)} ${'bytes'.padStart(10)} ${'gzip -9'.padStart(10)} ${'share'.padStart(7)}`);
  for (const f of files) {
    console.log(`${f.name.padEnd(48)} ${String(f.bytes).padStart(10)} ${String(f.gzip).padStart(10)} ${(100 * f.gzip / all).toFixed(1).padStart(6)}%`);
  }
  let over = false;
  for (const [name, t] of Object.entries(totals)) {
    const goal = t.gzip <= t.goal ? 'goal met' : `goal ${t.goal} not met by ${t.gzip - t.goal}`;
    const gate = t.gzip <= t.ceiling ? `within ceiling ${t.ceiling}` : `OVER CEILING ${t.ceiling} by ${t.gzip - t.ceiling}`;
    console.log(`${name} transfer: ${t.gzip} bytes gzipped (${gate}; ${goal})`);
    over ||= t.gzip > t.ceiling;
  }
  if (check && over) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
