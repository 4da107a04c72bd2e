// Cold and warm loads of the real page and of the widget's example host page to their first
// result in headless Chromium, with where the time went (phases). Used by bench_chromium.mjs;
// run alone it measures just the loads of an assembled site:
// usage: node bench/chromium_loads.mjs [SITE_DIR] [ROUNDS]   (default dist/web, 5)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// What a load waits for, in milliseconds since navigation start, recorded in the page without
// changing it: the wasm compiled (compileStreaming resolved), the worker's core loaded (its
// {ready} message), the first result back from the worker (and how long the worker spent on
// that analysis), `drawn` when the page or the widgets marked their result as shown, and
// `done` when the benchmark saw that.
function recordPhases() {
  const phases = (window.aaPhases = {});
  const mark = (name) => { phases[name] ??= performance.now(); };
  new MutationObserver(() => {
    const widgets = [...document.querySelectorAll('arabic-analyzer')];
    if (document.body?.dataset.runs || (widgets.length && widgets.every((w) => w.dataset.state === 'ready'))) mark('drawn');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-runs', 'data-state'] });
  const compileStreaming = WebAssembly.compileStreaming;
  WebAssembly.compileStreaming = function (...args) {
    return compileStreaming.apply(this, args).then((module) => { mark('compiled'); return module; });
  };
  window.Worker = class extends window.Worker {
    constructor(...args) {
      super(...args);
      mark('worker');
      this.addEventListener('message', ({ data }) => {
        if (data?.ready) mark('ready');
        if (data?.ok && phases.analyze == null) { mark('result'); phases.analyze = data.ms; }
      });
    }
  };
}

function readPhases() {
  const nav = performance.getEntriesByType('navigation')[0];
  const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
  return {
    dom_ready: nav?.domContentLoadedEventEnd, wasm_fetched: wasm?.responseEnd, ...window.aaPhases,
    done: performance.now(),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// How long the first visit stays on the page before the second. A returning visitor comes
// back after reading the first result, and by then Chromium has stored the wasm's compiled code
// in its code cache, which it writes about a second after the module ran. Measured on this
// machine (page warm, median of 5): 190 ms when the second visit follows the first result at
// once (the module compiled again), 138 ms after 1 s, 127 ms after 3 s.
export const VISIT_DWELL_MS = 2000;

/**
 * Loads the page and the widget host page of the site at `baseUrl` `rounds` times each, every
 * round in a fresh context: cold (empty cache), then warm (a second visit in the same context
 * VISIT_DWELL_MS after the first result: HTTP cache revalidated with 304s, and the code cache
 * Chromium wrote). Returns
 * { page: { cold, warm, coldPhases, warmPhases }, widget: ... } with medians in ms.
 */
export async function measureLoads(browser, baseUrl, rounds = 5) {
  const loads = {
    // The page: its own first sample analyzed in its worker (body[data-runs] counts runs).
    page: { url: baseUrl, done: () => Number(document.body.dataset.runs || 0) >= 1 },
    // The widget: until both of the host page's <arabic-analyzer> elements show a result.
    widget: {
      url: `${baseUrl}examples/`,
      done: () => [...document.querySelectorAll('arabic-analyzer')].every((w) => w.dataset.state === 'ready'),
    },
  };
  const out = {};
  for (const [name, { url, done }] of Object.entries(loads)) {
    const samples = { cold: [], warm: [] };
    for (let round = 0; round < rounds; ++round) {
      const context = await browser.newContext();
      await context.addInitScript(recordPhases);
      const tab = await context.newPage();
      for (const visit of ['cold', 'warm']) {
        const t0 = Date.now();
        await tab.goto(url);
        await tab.waitForFunction(done, null, { timeout: 60000, polling: 5 });
        const ms = Date.now() - t0;
        samples[visit].push({ ms, phases: await tab.evaluate(readPhases) });
        if (visit === 'cold') await tab.waitForTimeout(VISIT_DWELL_MS);
      }
      await context.close();
    }
    out[name] = {};
    for (const [visit, runs] of Object.entries(samples)) {
      out[name][visit] = median(runs.map((r) => r.ms));
      out[name][`${visit}_runs`] = runs.map((r) => r.ms);
      const keys = Object.keys(runs[0].phases).filter((k) => runs.every((r) => r.phases[k] != null));
      out[name][`${visit}_phases`] = Object.fromEntries(keys.map((k) => [k, Math.round(median(runs.map((r) => r.phases[k])))]));
    }
  }
  return out;
}

export function printLoads(loads, rounds, prefix = '') {
  for (const [name, r] of Object.entries(loads)) {
    console.log(`${prefix}${name} load to first result, median of ${rounds}: cold ${r.cold} ms ` +
      `(${r.cold_runs.join(', ')}), warm ${r.warm} ms (${r.warm_runs.join(', ')}; ` +
      `${VISIT_DWELL_MS} ms after the first visit's result)`);
    for (const visit of ['cold', 'warm']) {
      const phases = Object.entries(r[`${visit}_phases`]).map(([k, v]) => `${k} ${v}`).join(', ');
      console.log(`${prefix}  ${visit} phases (ms since navigation; analyze = time in the worker): ${phases}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = path.resolve(process.argv[2] || path.join(root, 'dist/web'));
  const rounds = Number(process.argv[3] || 5);
  const { startServer, launchBrowser } = await import(path.join(root, 'tests/e2e/support.mjs'));
  const server = await startServer({ dir: site });
  const browser = await launchBrowser();
  try {
    printLoads(await measureLoads(browser, server.url, rounds), rounds);
  } finally {
    await browser.close();
    server.close();
  }
}
