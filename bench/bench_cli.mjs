// Batch throughput of the native CLI: `arabic-analyzer analyze --jsonl` over the seed articles
// as 2,400 one-line documents (about 10 MB of text), best of three runs; MB/s counts the
// documents' UTF-8 text, like the other benchmarks. Writes build/bench/cli.json.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = ['000_00fe2e4262b66faa.txt', '003_068320e3f5882409.txt']
  .map((f) => readFileSync(path.join(root, 'tests/data', f), 'utf8'));
const docs = Array.from({ length: 2400 }, (_, i) => seeds[i % seeds.length]);
const input = docs.map((text, i) => JSON.stringify({ id: String(i), text })).join('\n') + '\n';
const textBytes = docs.reduce((n, t) => n + Buffer.byteLength(t), 0);

const cli = path.join(root, 'build/native/arabic-analyzer');
let best = Infinity;
for (let run = 0; run < 3; run++) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cli, ['analyze', '--jsonl'], { input, maxBuffer: 1 << 30 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`arabic-analyzer exited with ${r.status}: ${r.stderr}`);
  const lines = r.stdout.toString().trimEnd().split('\n').length;
  if (lines !== docs.length) throw new Error(`expected ${docs.length} result lines, got ${lines}`);
  best = Math.min(best, s);
}
const report = { documents: docs.length, text_bytes: textBytes, seconds: best, mb_per_s: textBytes / 1048576 / best };
console.log(`cli: analyze --jsonl, ${docs.length} documents (${(textBytes / 1048576).toFixed(1)} MB of text): ` +
  `${report.mb_per_s.toFixed(2)} MB/s, ${(1000 * best / docs.length).toFixed(3)} ms per document`);
mkdirSync(path.join(root, 'build/bench'), { recursive: true });
writeFileSync(path.join(root, 'build/bench/cli.json'), JSON.stringify(report, null, 2));
