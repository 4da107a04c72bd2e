// Talks to the analyzer worker with promises; a newer request supersedes older pending ones
// (typing fires many), so stale results never overwrite fresh ones.
export class AnalyzerClient {
  constructor(workerUrl = new URL('./analyzer-worker.js', import.meta.url)) {
    this.worker = new Worker(workerUrl, { type: 'module' });
    this.nextId = 1;
    this.pending = new Map();
    this.worker.onmessage = (event) => {
      const { id } = event.data;
      const entry = this.pending.get(id);
      if (!entry) return;
      this.pending.delete(id);
      if (event.data.ok) entry.resolve({ result: event.data.result, ms: event.data.ms });
      else entry.reject(Object.assign(new Error(event.data.error.message), { code: event.data.error.code }));
    };
    this.worker.onerror = (event) => {
      for (const entry of this.pending.values()) entry.reject(new Error(event.message || 'worker failed'));
      this.pending.clear();
    };
  }

  request(type, text, options = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, type, text, options });
    });
  }

  analyze(text, options) { return this.request('analyze', text, options); }
  normalize(text, options) { return this.request('normalize', text, options); }
}
