// The wasm benchmark in a browser Web Worker (as the page runs the analyzer).
import { createAnalyzer } from '../arabic-analyzer.js';
import createBenchCore from './arabic-analyzer-bench-core.js';
import { runSuite, repeatTo } from './bench_core.mjs';
import { loadStages } from './bench_stages.mjs';
import './twitter-text.bundle.js';

self.onmessage = async () => {
  try {
    const analyzer = await createAnalyzer();
    const stages = await loadStages(createBenchCore);  // its .wasm beside this file
    const get = async (f) => (await fetch(`../samples/${f}`)).text();
    const article = await get('000_00fe2e4262b66faa.txt');
    const corpus = repeatTo(article + '\n\n' + (await get('003_068320e3f5882409.txt')) + '\n\n', 1 << 20);
    const report = runSuite({ analyzer, stages, twttr: globalThis.twttr, corpus, article,
      log: (line) => self.postMessage({ log: line }) });
    report.runtime = navigator.userAgent;
    self.postMessage({ report });
  } catch (e) {
    self.postMessage({ error: String(e && e.stack || e) });
  }
};
