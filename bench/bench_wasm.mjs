// The wasm benchmark under Node: prints progress lines and writes build/bench/node.json.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import twttr from 'twitter-text';
import { createRequire } from 'node:module';
import { runSuite, repeatTo } from './bench_core.mjs';
import { loadStages } from './bench_stages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createAnalyzer } = await import(path.join(root, 'dist/web/arabic-analyzer.js'));
const analyzer = await createAnalyzer();
// Emscripten's Node glue wants CommonJS globals (as web/arabic-analyzer.js provides them).
globalThis.require ??= createRequire(import.meta.url);
const benchCore = path.join(root, 'build/wasm/arabic-analyzer-bench-core');
const { default: createBenchCore } = await import(`${benchCore}.js`);
const stages = await loadStages(createBenchCore, { wasmBinary: readFileSync(`${benchCore}.wasm`) });
const seed = (f) => readFileSync(path.join(root, 'tests/data', f), 'utf8');
const article = seed('000_00fe2e4262b66faa.txt');
const corpus = repeatTo(article + '\n\n' + seed('003_068320e3f5882409.txt') + '\n\n', 1 << 20);

const report = runSuite({ analyzer, stages, twttr, corpus, article, log: (l) => console.log(`node: ${l}`) });
report.runtime = `node ${process.version}`;
report.peak_rss_bytes = process.resourceUsage().maxRSS * 1024;
mkdirSync(path.join(root, 'build/bench'), { recursive: true });
writeFileSync(path.join(root, 'build/bench/node.json'), JSON.stringify(report, null, 2));
