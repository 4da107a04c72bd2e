// Talks to the analyzer worker with promises. A newer request supersedes older pending ones
// (typing fires many), so stale results never overwrite fresh ones: superseded promises reject
// with code 'superseded'. restart() abandons a long-running analysis by replacing the worker.
//
// The worker and the wasm load relative to this module's URL, so the page and the widget work
// from any path. If a worker cannot be created (the module is served from another origin than
// the page, or a policy forbids workers) the analyzer runs in the page instead.

const here = import.meta.url;

function makeWorker(url) {
  try {
    return new Worker(url, { type: 'module' });
  } catch (e) {
    // Cross-origin scripts cannot be workers directly; a same-origin blob that imports the
    // module can (it needs CORS on the files and a policy allowing blob: workers).
    try {
      const src = `import ${JSON.stringify(String(url))};`;
      return new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })), { type: 'module' });
    } catch {
      return null;
    }
  }
}

export class AnalyzerClient {
  constructor(workerUrl = new URL('./analyzer-worker.js', here)) {
    this.workerUrl = workerUrl;
    this.nextId = 1;
    this.pending = new Map();
    this.busySince = 0;
    this.start();
  }

  start() {
    this.worker = makeWorker(this.workerUrl);
    if (!this.worker) { this.inPage = this.loadInPage(); return; }
    this.worker.onmessage = (event) => this.settle(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      // A worker that cannot start (e.g. blocked by a policy): fall back to the page.
      const queued = [...this.pending.entries()];
      this.worker.terminate();
      this.worker = null;
      this.pending.clear();
      this.inPage = this.loadInPage();
      for (const [, entry] of queued) this.runInPage(entry).catch(() => {});
    };
  }

  async loadInPage() {
    const { createAnalyzer } = await import(new URL('./arabic-analyzer.js', here).href);
    return createAnalyzer();
  }

  async runInPage(entry) {
    const analyzer = await this.inPage;
    const t0 = performance.now();
    try {
      const result = entry.type === 'normalize' ? analyzer.normalize(entry.text, entry.options)
        : analyzer.analyze(entry.text, entry.options);
      entry.resolve({ result, ms: performance.now() - t0 });
    } catch (e) {
      entry.reject(Object.assign(new Error(e.message), { code: e.code || 'internal' }));
    }
  }

  settle(data) {
    const entry = this.pending.get(data.id);
    if (!entry) return;
    this.pending.delete(data.id);
    if (this.pending.size === 0) this.busySince = 0;
    if (data.ok) entry.resolve({ result: data.result, ms: data.ms });
    else entry.reject(Object.assign(new Error(data.error.message), { code: data.error.code }));
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
        entry.reject(Object.assign(new Error('superseded'), { code: 'superseded' }));
      }
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const entry = { id, key, type, text, options, resolve, reject };
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
    this.worker.terminate();
    for (const entry of this.pending.values()) {
      entry.reject(Object.assign(new Error('superseded'), { code: 'superseded' }));
    }
    this.pending.clear();
    this.busySince = 0;
    this.start();
  }

  analyze(text, options, channel) { return this.request('analyze', text, options, channel); }
  normalize(text, options, channel) { return this.request('normalize', text, options, channel); }
}

let shared = null;
/** One client per page, shared by every widget on it. */
export function sharedClient() {
  if (!shared) shared = new AnalyzerClient();
  return shared;
}
