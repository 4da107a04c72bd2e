// Runs the analyzer off the main thread. Messages in: {id, key, type: 'analyze'|'normalize', text, options};
// out: {id, ok: true, result, ms} or {id, ok: false, error: {code, message}}; once, {ready: true}
// when the core has loaded; and {fatal: {message}} when the core trapped, after which this
// worker is useless (a trapped wasm instance may hold broken state) and the client replaces it.
//
// Requests are not run the moment they arrive: the run is scheduled as a later task, so
// messages already queued behind it (a user typing fast) are read first and only the newest
// request of each key (type + channel: one editor, one widget) is computed. The client has
// already dropped the older ones.
//
// Started by the analyzer client (worker name COMPILED_BY_CLIENT), it waits for one
// {init: {module}} message: the client compiles the wasm while this worker starts up, which
// would otherwise come after it. module is null when the page could not compile it (then this
// worker loads the wasm itself). Started any other way, it loads the wasm at once.
import { createAnalyzer } from './arabic-analyzer.js';

const COMPILED_BY_CLIENT = 'arabic-analyzer+module';
let receiveModule;
const compiled = self.name === COMPILED_BY_CLIENT ? new Promise((resolve) => { receiveModule = resolve; }) : null;
const ready = (compiled ?? Promise.resolve(null))
  .then((module) => createAnalyzer({ ...(module ? { module } : {}), warmUp: false }));
const latest = new Map();   // key -> newest message
let scheduled = false;

// The warm-up (Analyzer.warmUp) waits for idle time here: a worker that is ready before any
// text has arrived spends that time compiling the code an analysis runs, but a text already
// waiting is analyzed first instead of after it.
ready.then((analyzer) => {
  self.postMessage({ ready: true });
  setTimeout(() => {
    if (scheduled || latest.size) return;
    try {
      analyzer.warmUp();
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) trapped(e);
    }
  }, 0);
}, () => {});

// A trapped wasm instance may hold broken state: the client replaces this worker.
function trapped(e) {
  self.postMessage({ fatal: { message: String(e.message || e) } });
  self.onmessage = null;
}

async function runLatest() {
  scheduled = false;
  let analyzer;
  try {
    analyzer = await ready;
  } catch (e) {
    for (const { id } of latest.values()) {
      self.postMessage({ id, ok: false, error: { code: 'load_failed', message: String(e.message || e) } });
    }
    latest.clear();
    return;
  }
  const batch = [...latest.values()];
  latest.clear();
  for (const { id, type, text, options } of batch) {
    try {
      const t0 = performance.now();
      const result = type === 'normalize' ? analyzer.normalize(text, options) : analyzer.analyze(text, options);
      self.postMessage({ id, ok: true, result, ms: performance.now() - t0 });
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        // A trap (unreachable, out-of-bounds access, stack exhaustion) or an Emscripten abort.
        trapped(e);
        return;
      }
      self.postMessage({ id, ok: false, error: { code: e.code || 'internal', message: String(e.message || e) } });
    }
  }
}

self.onmessage = (event) => {
  if (event.data.init) {
    receiveModule?.(event.data.init.module ?? null);
    return;
  }
  latest.set(event.data.key ?? event.data.type, event.data);
  if (!scheduled) {
    scheduled = true;
    setTimeout(runLatest, 0);
  }
};
