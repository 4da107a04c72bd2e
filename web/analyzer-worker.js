// Runs the analyzer off the main thread. Messages in: {id, type: 'analyze'|'normalize', text, options};
// out: {id, ok: true, result, ms} or {id, ok: false, error: {code, message}}.
import { createAnalyzer } from './arabic-analyzer.js';

const ready = createAnalyzer();

self.onmessage = async (event) => {
  const { id, type, text, options } = event.data;
  try {
    const analyzer = await ready;
    const t0 = performance.now();
    const result = type === 'normalize' ? analyzer.normalize(text, options) : analyzer.analyze(text, options);
    self.postMessage({ id, ok: true, result, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, ok: false, error: { code: e.code || 'internal', message: String(e.message || e) } });
  }
};
