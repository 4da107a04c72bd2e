// The wasm benchmark suite, shared by Node (bench/bench_wasm.mjs) and Chromium
// (bench/browser/bench-worker.js) so both run exactly the same measurements:
// per-stage throughput of the wasm core (the same stages as the native benchmark), the
// whole analysis through the public JS API, the 1 KB..10 MB scaling series, and the peers
// a page could use instead (twitter-text, plain-JavaScript regex normalization).

export const STAGES = ['normalize', 'tokenize', 'extract', 'numbers', 'keywords', 'entities', 'quotes', 'json', 'whole'];

const now = () => performance.now();
const MB = 1024 * 1024;
const utf8Bytes = (s) => new TextEncoder().encode(s).length;

// Runs fn until at least minMs have passed (and at least minReps times); returns ms per call.
function timeIt(fn, { minMs = 300, minReps = 3 } = {}) {
  fn();  // warm-up
  let reps = 0;
  const t0 = now();
  let t = t0;
  while (reps < minReps || t - t0 < minMs) {
    fn();
    reps++;
    t = now();
  }
  return (t - t0) / reps;
}

export function repeatTo(text, bytes) {
  let out = '';
  while (utf8Bytes(out) < bytes) out += text;
  return out;
}

// The regex normalization most web pages use (alef, ya, ta marbuta, diacritics, tatweel).
export function regexNormalize(text) {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

// `stages` is the bench-only module's hook (bench_stages.mjs); `analyzer` the product API.
export function runSuite({ analyzer, stages, twttr, corpus, article, scaling = true, log = () => {} }) {
  const bytes = utf8Bytes(corpus);
  const report = { input_bytes: bytes, stages: {}, api: {}, peers: {}, scaling: [] };

  const prepared = stages.prepare(corpus);
  for (const [i, name] of STAGES.entries()) {
    const ms = timeIt(() => prepared.run(i, 1));
    report.stages[name] = { ms, mb_per_s: bytes / MB / (ms / 1000) };
    log(`wasm stage ${name}: ${report.stages[name].mb_per_s.toFixed(2)} MB/s`);
  }
  prepared.free();

  const apiMs = timeIt(() => analyzer.analyze(corpus));
  report.api.analyze = { ms: apiMs, mb_per_s: bytes / MB / (apiMs / 1000) };
  const articleMs = timeIt(() => analyzer.analyze(article), { minMs: 500, minReps: 20 });
  report.api.article = { ms: articleMs, articles_per_s: 1000 / articleMs, bytes: utf8Bytes(article) };
  const extractMs = timeIt(() => analyzer.extract(corpus));
  report.api.extract = { ms: extractMs, mb_per_s: bytes / MB / (extractMs / 1000) };
  const normMs = timeIt(() => analyzer.normalize(corpus));
  report.api.normalize = { ms: normMs, mb_per_s: bytes / MB / (normMs / 1000) };
  log(`wasm API analyze: ${report.api.analyze.mb_per_s.toFixed(2)} MB/s, ${articleMs.toFixed(3)} ms/article`);

  if (twttr) {
    const ttMs = timeIt(() => {
      twttr.extractHashtagsWithIndices(corpus);
      twttr.extractMentionsWithIndices(corpus);
      twttr.extractUrlsWithIndices(corpus);
    });
    report.peers.twitter_text = { ms: ttMs, mb_per_s: bytes / MB / (ttMs / 1000) };
    log(`twitter-text hashtags+mentions+urls: ${report.peers.twitter_text.mb_per_s.toFixed(2)} MB/s`);
  }
  const reMs = timeIt(() => regexNormalize(corpus));
  report.peers.regex_normalize = { ms: reMs, mb_per_s: bytes / MB / (reMs / 1000) };

  if (scaling) {
    for (const size of [1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20]) {
      const text = repeatTo(article + '\n\n', size);
      const ms = timeIt(() => analyzer.analyze(text), { minMs: 200, minReps: 2 });
      const b = utf8Bytes(text);
      report.scaling.push({ bytes: b, ms, ms_per_mb: ms / (b / MB) });
      log(`scaling ${b} bytes: ${(ms / (b / MB)).toFixed(1)} ms/MB`);
    }
  }
  const mem = analyzer.memoryBytes();
  report.wasm_memory_bytes = mem.memory;
  return report;
}
