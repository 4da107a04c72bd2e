// Talks to the analyzer worker with promises. A newer request supersedes older pending ones
// (typing fires many), so stale results never overwrite fresh ones: superseded promises reject
// with code 'superseded'. restart() abandons a long-running analysis by replacing the worker.
//
// The worker and the wasm load relative to this module's URL, so the page and the widget work
// from any path. If a worker cannot be created (the module is served from another origin than
// the page, or a policy forbids workers) the analyzer runs in the page instead.
//
// A worker that dies after it started (a wasm trap, an uncaught error, memory exhausted) is
// replaced: its pending requests reject with code 'worker_crashed' and the client fires a
// 'crash' event ({ detail: { message, restarted } }) so the interface can say what happened.

const here = import.meta.url;

/** Longest text the core accepts, in UTF-16 code units (kMaxInputUnits in analyzer.h). */
export const MAX_TEXT_UNITS = 16 * 1024 * 1024;

// Crashes tolerated within CRASH_WINDOW_MS before the client stops restarting: a text that
// traps the core every time must not turn into an endless restart loop.
const MAX_RESTARTS = 3;
const CRASH_WINDOW_MS = 60_000;

// Sites that enforce Trusted Types (`require-trusted-types-for 'script'`) refuse a plain string
// as a worker URL. The policy only passes URLs this module built itself; the site's CSP lists
// it as `trusted-types arabic-analyzer`. Without Trusted Types (or if the site does not allow
// the name) this is null and plain strings are used.
const allowedScriptUrls = new Set();
const scriptUrlPolicy = (() => {
  try {
    return globalThis.trustedTypes?.createPolicy('arabic-analyzer', {
      createScriptURL(url) {
        if (!allowedScriptUrls.has(url)) throw new TypeError(`arabic-analyzer: refusing script URL ${url}`);
        return url;
      },
    }) ?? null;
  } catch {
    return null;
  }
})();

function scriptUrl(url) {
  const s = String(url);
  if (!scriptUrlPolicy) return s;
  allowedScriptUrls.add(s);
  return scriptUrlPolicy.createScriptURL(s);
}

// The worker's name tells it a compiled module will follow (see analyzer-worker.js).
const COMPILED_BY_CLIENT = 'arabic-analyzer+module';

// The wasm compiled once per page, in parallel with the worker's start-up (a new worker takes
// about 100 ms to run its first line; compiling takes as long). Null when the page cannot:
// no streaming compilation, a CSP without 'wasm-unsafe-eval', the file served from elsewhere
// without CORS. The worker then loads it itself, as before.
let compiledCore;
function compileCore() {
  compiledCore ??= (async () => {
    try {
      return await WebAssembly.compileStreaming(fetch(new URL('./arabic-analyzer-core.wasm', here)));
    } catch {
      return null;
    }
  })();
  return compiledCore;
}

function makeWorker(url) {
  try {
    return new Worker(scriptUrl(url), { type: 'module', name: COMPILED_BY_CLIENT });
  } catch {
    // Cross-origin scripts cannot be workers directly; a same-origin blob that imports the
    // module can (it needs CORS on the files and a policy allowing blob: workers).
    try {
      const src = `import ${JSON.stringify(String(url))};`;
      return new Worker(scriptUrl(URL.createObjectURL(new Blob([src], { type: 'text/javascript' }))),
        { type: 'module', name: COMPILED_BY_CLIENT });
    } catch {
      return null;
    }
  }
}

function codedError(code, message) {
  return Object.assign(new Error(message), { code });
}

export class AnalyzerClient extends EventTarget {
  constructor(workerUrl = new URL('./analyzer-worker.js', here)) {
    super();
    this.workerUrl = workerUrl;
    this.nextId = 1;
    this.pending = new Map();
    this.busySince = 0;
    this.crashes = [];
    this.start();
  }

  start() {
    this.started = false;   // true once the worker has loaded the core
    this.worker = makeWorker(this.workerUrl);
    if (!this.worker) { this.inPage = this.loadInPage(); return; }
    const worker = this.worker;
    compileCore().then((module) => worker.postMessage({ init: { module } }));
    this.worker.onmessage = (event) => this.onMessage(event.data);
    this.worker.onmessageerror = () => this.crashed('a message from the analyzer could not be read');
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.started) { this.crashed(event.message || 'the analyzer worker stopped'); return; }
      // A worker that cannot start (e.g. blocked by a policy): fall back to the page.
      const queued = [...this.pending.values()];
      this.worker.terminate();
      this.worker = null;
      this.pending.clear();
      this.inPage = this.loadInPage();
      for (const entry of queued) this.runInPage(entry).catch(() => {});
    };
  }

  onMessage(data) {
    if (data.ready) { this.started = true; return; }
    if (data.fatal) { this.crashed(data.fatal.message); return; }
    this.settle(data);
  }

  /** The worker died after it had started: fail what it held, start a new one, tell listeners. */
  crashed(message) {
    if (!this.worker) return;
    const error = codedError('worker_crashed', `The analyzer stopped unexpectedly (${message}).`);
    this.dropWorker(error);
    const now = performance.now();
    this.crashes = this.crashes.filter((t) => now - t < CRASH_WINDOW_MS).concat(now);
    const restarted = this.crashes.length <= MAX_RESTARTS;
    if (restarted) this.start();
    this.dispatchEvent(new CustomEvent('crash', { detail: { message: error.message, restarted } }));
  }

  async loadInPage() {
    const { createAnalyzer } = await import(new URL('./arabic-analyzer.js', here).href);
    const module = await compileCore();
    return createAnalyzer(module ? { module } : {});
  }

  async runInPage(entry) {
    const analyzer = await this.inPage;
    const t0 = performance.now();
    try {
      const result = entry.type === 'normalize' ? analyzer.normalize(entry.text, entry.options)
        : analyzer.analyze(entry.text, entry.options);
      entry.resolve({ result, ms: performance.now() - t0 });
    } catch (e) {
      entry.reject(codedError(e.code || 'internal', e.message));
    }
  }

  settle(data) {
    const entry = this.pending.get(data.id);
    if (!entry) return;
    this.pending.delete(data.id);
    if (this.pending.size === 0) this.busySince = 0;
    if (data.ok) entry.resolve({ result: data.result, ms: data.ms });
    else entry.reject(codedError(data.error.code, data.error.message));
  }

  /**
   * Sends one request. Within one channel (one editor, one widget) only the newest request of
   * each type matters: older pending ones are rejected with code 'superseded'.
   */
  request(type, text, options = {}, channel = 'default') {
    const key = `${type}:${channel}`;
    for (const [id, entry] of this.pending) {
      if (entry.key === key) {
        this.pending.delete(id);
        entry.reject(codedError('superseded', 'superseded'));
      }
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const entry = { id, key, type, text, options, resolve, reject };
      if (this.closed) { reject(codedError('closed', 'The analyzer was shut down.')); return; }
      if (!this.worker && !this.inPage) {
        reject(codedError('worker_crashed', 'The analyzer stopped repeatedly and was not restarted; reload the page.'));
        return;
      }
      if (!this.worker) { this.runInPage(entry); return; }
      this.pending.set(id, entry);
      if (!this.busySince) this.busySince = performance.now();
      this.worker.postMessage({ id, key, type, text, options });
    });
  }

  /** Milliseconds the worker has been busy, 0 when idle. */
  busyFor() { return this.busySince ? performance.now() - this.busySince : 0; }

  /** Drops whatever the worker is computing and starts a fresh one. */
  restart() {
    if (!this.worker) return;
    this.dropWorker(codedError('superseded', 'superseded'));
    this.start();
  }

  /** Stops the worker for good; later requests reject with code 'closed'. */
  close() {
    this.closed = true;
    this.dropWorker(codedError('closed', 'The analyzer was shut down.'));
  }

  /** Terminates the worker and rejects everything it held with `error`. */
  dropWorker(error) {
    this.worker?.terminate();
    this.worker = null;
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
    this.busySince = 0;
  }

  analyze(text, options, channel) { return this.request('analyze', text, options, channel); }
  normalize(text, options, channel) { return this.request('normalize', text, options, channel); }
}

// One client per page, shared by every widget on it; the last widget to let go stops it.
let shared = null;
let holders = 0;
let sharedWorkerUrl;

/**
 * Where the shared client starts its worker, for bundled apps that put analyzer-worker.js
 * (and the .wasm beside it) elsewhere than beside this module. Call before the first widget.
 */
export function setWorkerUrl(url) {
  sharedWorkerUrl = new URL(url, document.baseURI);
}

/** The page's shared client; each acquire is paired with a releaseSharedClient(). */
export function acquireSharedClient() {
  if (!shared) shared = new AnalyzerClient(sharedWorkerUrl);
  holders++;
  return shared;
}

/** Lets go of the shared client; with no holder left its worker is terminated. */
export function releaseSharedClient() {
  if (holders === 0) return;
  holders--;
  if (holders === 0 && shared) {
    shared.close();
    shared = null;
  }
}
