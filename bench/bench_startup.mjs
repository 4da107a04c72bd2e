// Start-up cost of the wasm analyzer in Node: createAnalyzer(), the first analyze() and the
// second one, each run in a fresh process (V8 compiles the module's code lazily, so only a
// new process shows what a page or worker pays on its first text), and `ready`: create and
// the first analysis together, the wait for a first result (createAnalyzer's warm-up moves
// compilation from the first analysis into create). Prints the median of RUNS runs (default 5).
// usage: node bench/bench_startup.mjs [RUNS] [TEXT_FILE]   (needs dist/web from build.sh)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');

async function once(textFile) {
  const text = readFileSync(textFile, 'utf8');
  const t0 = performance.now();
  const { createAnalyzer } = await import(path.join(root, 'dist/web/arabic-analyzer.js'));
  const t1 = performance.now();
  const analyzer = await createAnalyzer();
  const t2 = performance.now();
  analyzer.analyze(text);
  const t3 = performance.now();
  analyzer.analyze(text);
  const t4 = performance.now();
  console.log(JSON.stringify({ import: t1 - t0, create: t2 - t1, first: t3 - t2, second: t4 - t3, ready: t3 - t1 }));
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

if (process.argv[2] === '--once') {
  await once(process.argv[3]);
} else {
  const runs = Number(process.argv[2] || 5);
  const textFile = path.resolve(process.argv[3] || path.join(root, 'tests/data/000_00fe2e4262b66faa.txt'));
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(JSON.parse(execFileSync(process.execPath, [here, '--once', textFile], { encoding: 'utf8' })));
  }
  for (const key of Object.keys(samples[0])) {
    const all = samples.map((s) => s[key].toFixed(1)).join(' ');
    console.log(`${key.padEnd(7)} median ${median(samples.map((s) => s[key])).toFixed(1)} ms  (runs: ${all})`);
  }
}
