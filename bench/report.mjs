// Prints the benchmark tables from build/bench/{native,node,chromium,cli}.json side by side,
// then the product's goals beside this run's figures, and writes build/bench/report.json.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { STAGES } from './bench_core.mjs';
import { measure } from '../build-scripts/size-budget.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'build/bench');
const load = (f) => (existsSync(path.join(dir, f)) ? JSON.parse(readFileSync(path.join(dir, f), 'utf8')) : null);
const native = load('native.json');
const node = load('node.json');
const chromium = load('chromium.json');

const nativeStage = {};
let nativeArticleUs = null;
const nativeScaling = [];
for (const b of native?.benchmarks ?? []) {
  if (b.name.startsWith('BM_stage/')) nativeStage[STAGES[Number(b.name.split('/')[1])]] = b.bytes_per_second / 1048576;
  if (b.name.startsWith('BM_article')) nativeArticleUs = b.real_time;
  if (b.name.startsWith('BM_scaling/')) {
    const bytes = Number(b.name.split('/')[1]);
    nativeScaling.push({ bytes, ms_per_mb: b.real_time / (bytes / 1048576) });
  }
}
const f = (x, d = 2) => (x == null ? '-' : x.toFixed(d));
const pad = (s, n) => String(s).padStart(n);
console.log(`\nMachine: ${os.cpus()[0].model}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
console.log('\nThroughput, MB/s of UTF-8 input (seed articles repeated to 1 MB)');
console.log(`${'stage'.padEnd(22)}${pad('native', 10)}${pad('wasm/node', 11)}${pad('wasm/chrome', 13)}${pad('wasm:native', 13)}`);
for (const s of STAGES) {
  const n = nativeStage[s], w = node?.stages[s]?.mb_per_s, c = chromium?.stages[s]?.mb_per_s;
  console.log(`${s.padEnd(22)}${pad(f(n), 10)}${pad(f(w), 11)}${pad(f(c), 13)}${pad(n && w ? f(w / n) : '-', 13)}`);
}
console.log(`${'analyze (JS API)'.padEnd(22)}${pad('', 10)}${pad(f(node?.api.analyze.mb_per_s), 11)}${pad(f(chromium?.api.analyze.mb_per_s), 13)}`);
console.log('\nOne 4 KB article (first seed), whole analysis');
console.log(`  native: ${f(nativeArticleUs / 1000, 3)} ms   wasm/node: ${f(node?.api.article.ms, 3)} ms   wasm/chromium: ${f(chromium?.api.article.ms, 3)} ms` +
  `   (${f(chromium?.api.article.articles_per_s ?? node?.api.article.articles_per_s, 0)} articles/s)`);
console.log('\nPeers on the same text (MB/s)');
console.log(`  hashtags+mentions+URLs: ours wasm/node ${f(node?.stages.extract?.mb_per_s)} (JS API incl. marshalling ${f(node?.api.extract.mb_per_s)}), ` +
  `twitter-text/node ${f(node?.peers.twitter_text?.mb_per_s)}; ours wasm/chromium ${f(chromium?.stages.extract?.mb_per_s)} ` +
  `(JS API ${f(chromium?.api.extract.mb_per_s)}), twitter-text/chromium ${f(chromium?.peers.twitter_text?.mb_per_s)}`);
console.log(`  normalization: ours wasm/node ${f(node?.api.normalize.mb_per_s)} (full search profile + offset map in core: ${f(node?.stages.normalize?.mb_per_s)}), ` +
  `regex JS/node ${f(node?.peers.regex_normalize.mb_per_s)}; chromium ours ${f(chromium?.api.normalize.mb_per_s)}, regex ${f(chromium?.peers.regex_normalize.mb_per_s)}`);
console.log('\nScaling: whole analysis, ms per MB (flat = linear)');
const sizes = (node?.scaling ?? []).map((s) => s.bytes);
for (const [i, b] of sizes.entries()) {
  const n = nativeScaling[i];
  console.log(`  ${pad(b, 9)} bytes  native ${pad(f(n?.ms_per_mb, 1), 8)}  wasm/node ${pad(f(node.scaling[i].ms_per_mb, 1), 8)}  wasm/chromium ${pad(f(chromium?.scaling[i]?.ms_per_mb, 1), 8)}`);
}
console.log('\nMemory');
console.log(`  native peak RSS (benchmark process): ${native?.peak_rss_kb ? (native.peak_rss_kb / 1024).toFixed(0) + ' MiB' : '-'}` +
  `   node peak RSS: ${node ? (node.peak_rss_bytes / 2 ** 20).toFixed(0) + ' MiB' : '-'}` +
  `   wasm memory after the 10 MB run: ${node ? (node.wasm_memory_bytes / 2 ** 20).toFixed(0) + ' MiB' : '-'}`);
// The product's goals beside what this run measured (goals, not gates: these machines are shared).
const cli = load('cli.json');
const transfer = measure(path.join(root, 'dist/web')).totals;
const goal = (value, target, unit, better) => `${value == null ? '-' : value}${unit} (goal ${better} ${target}${unit}: ` +
  `${value == null ? 'not measured' : (better === '>=' ? value >= target : value <= target) ? 'met' : 'not met'})`;
console.log('\nGoals (page, widget, start-up)');
console.log(`  whole analysis native: ${goal(nativeStage.whole == null ? null : Number(f(nativeStage.whole)), 17, ' MB/s', '>=')}`);
console.log(`  whole analysis through \`arabic-analyzer analyze --jsonl\`: ${goal(cli ? Number(f(cli.mb_per_s)) : null, 12, ' MB/s', '>=')}`);
console.log(`  whole analysis wasm in Chromium: ${goal(chromium ? Number(f(chromium.stages.whole?.mb_per_s)) : null, 10, ' MB/s', '>=')}`);
console.log(`  page transfer: ${goal(transfer.page.gzip, transfer.page.goal, ' B gzipped', '<=')}`);
console.log(`  widget transfer: ${goal(transfer.widget.gzip, transfer.widget.goal, ' B gzipped', '<=')}`);
for (const name of ['page', 'widget']) {
  const cold = chromium?.[`${name}_cold_load_to_first_result_ms`], warm = chromium?.[`${name}_warm_load_to_first_result_ms`];
  console.log(`  ${name} load to first result (Chromium, localhost): cold ${goal(cold, 400, ' ms', '<=')}, warm ${goal(warm, 150, ' ms', '<=')}`);
}
writeFileSync(path.join(dir, 'report.json'), JSON.stringify({ machine: { cpu: os.cpus()[0].model, cores: os.cpus().length }, nativeStage, nativeArticleUs, nativeScaling, node, chromium, cli, transfer }, null, 2));
console.log(`\nReport: ${path.relative(root, path.join(dir, 'report.json'))}`);
