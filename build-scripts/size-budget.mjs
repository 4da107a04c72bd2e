// Prints the transfer size of dist/web file by file, and the page's and the widget's totals
// against their budgets (build-scripts/size-budget.json); with --check, exits 1 when a total
// is over its ceiling. usage: node build-scripts/size-budget.mjs [DIST_WEB=dist/web] [--check]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

// Every file a first visit of the page may download: precompressed copies, docs, the
// examples and the sample articles are not part of it.
function pageFiles(dir) {
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
  return walk(dir)
    .map((f) => path.relative(dir, f))
    .filter((f) => !/^(examples|samples)\//.test(f) && !/\.(gz|br|md)$/.test(f))
    .sort();
}

export function measure(dir) {
  const budget = JSON.parse(readFileSync(path.join(here, 'size-budget.json'), 'utf8'));
  const files = pageFiles(dir).map((name) => {
    const data = readFileSync(path.join(dir, name));
    return { name, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  const sum = (list) => list.reduce((s, f) => s + f.gzip, 0);
  const byName = new Map(files.map((f) => [f.name, f]));
  const missing = budget.widget.files.filter((n) => !byName.has(n));
  if (missing.length) throw new Error(`widget files missing from ${dir}: ${missing.join(', ')}`);
  const totals = {
    page: { ...budget.page, gzip: sum(files) },
    widget: { ...budget.widget, gzip: sum(budget.widget.files.map((n) => byName.get(n))) },
  };
  return { files, totals };
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist/web';
  const { files, totals } = measure(dir);
  const all = totals.page.gzip;
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
