// The wasm benchmark in headless Chromium (Debian's), in a Web Worker, plus cold and warm
// loads of the real page and of the widget's example host page to their first result. Writes
// build/bench/chromium.json.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.join(root, 'build/bench/site');
mkdirSync(site, { recursive: true });
cpSync(path.join(root, 'dist/web'), site, { recursive: true });
mkdirSync(path.join(site, 'bench'), { recursive: true });
cpSync(path.join(root, 'bench/browser'), path.join(site, 'bench'), { recursive: true });
for (const f of ['bench_core.mjs', 'bench_stages.mjs']) cpSync(path.join(root, 'bench', f), path.join(site, 'bench', f));
for (const ext of ['js', 'wasm']) {
  cpSync(path.join(root, `build/wasm/arabic-analyzer-bench-core.${ext}`), path.join(site, `bench/arabic-analyzer-bench-core.${ext}`));
}
execFileSync(path.join(root, 'node_modules/.bin/esbuild'), [path.join(root, 'bench/twitter-text-entry.mjs'),
  '--bundle', '--format=esm', '--log-level=warning', `--outfile=${path.join(site, 'bench/twitter-text.bundle.js')}`]);

process.env.AA_WEB_ROOT = site;  // read by tests/e2e/support.mjs at import
const { startServer, launchBrowser } = await import(path.join(root, 'tests/e2e/support.mjs'));
const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.error(`chromium: ${m.text()}`); });
  await page.goto(`${server.url}bench/`);
  const report = await page.evaluate(() => window.benchDone);
  for (const line of await page.evaluate(() => window.benchLog)) console.log(`chromium: ${line}`);

  // Load of the real page to its own first result (the page loads the first sample and
  // analyzes it in its worker; body[data-runs] counts runs): cold in a fresh context (empty
  // cache), then warm, a second visit in the same context (HTTP cache, revalidated with 304s).
  // Each load to its first result, cold in a fresh context (empty cache), then warm: a second
  // visit in the same context (HTTP cache, revalidated with 304s). The page: its own first
  // sample analyzed in its worker (body[data-runs] counts runs). The widget: the example host
  // page, until both of its <arabic-analyzer> elements show a result (data-state="ready").
  const loads = {
    page: { url: server.url, done: () => Number(document.body.dataset.runs || 0) >= 1 },
    widget: {
      url: `${server.url}examples/`,
      done: () => [...document.querySelectorAll('arabic-analyzer')].every((w) => w.dataset.state === 'ready'),
    },
  };
  // Five rounds of each (a fresh context per round), reported as medians: single loads on a
  // shared 2-core machine scatter by a factor of two.
  const ROUNDS = 5;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, { url, done }] of Object.entries(loads)) {
    const colds = [], warms = [];
    for (let round = 0; round < ROUNDS; ++round) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const firstResult = async () => {
        const t0 = Date.now();
        await tab.goto(url);
        await tab.waitForFunction(done, null, { timeout: 60000, polling: 5 });
        return Date.now() - t0;
      };
      colds.push(await firstResult());
      warms.push(await firstResult());
      await context.close();
    }
    report[`${name}_cold_load_to_first_result_ms`] = median(colds);
    report[`${name}_warm_load_to_first_result_ms`] = median(warms);
    console.log(`chromium: ${name} load to first result, median of ${ROUNDS}: cold ${median(colds)} ms ` +
      `(${colds.join(', ')}), warm ${median(warms)} ms (${warms.join(', ')})`);
  }
  writeFileSync(path.join(root, 'build/bench/chromium.json'), JSON.stringify(report, null, 2));
} finally {
  await browser.close();
  server.close();
}
