// The wasm benchmark in headless Chromium (Debian's), in a Web Worker, plus cold and warm
// loads of the real page and of the widget's example host page to their first result
// (bench/chromium_loads.mjs). Writes build/bench/chromium.json.
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
const { measureLoads, printLoads } = await import(path.join(root, 'bench/chromium_loads.mjs'));
const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.error(`chromium: ${m.text()}`); });
  await page.goto(`${server.url}bench/`);
  const report = await page.evaluate(() => window.benchDone);
  for (const line of await page.evaluate(() => window.benchLog)) console.log(`chromium: ${line}`);

  // Five rounds of each load (a fresh context per round), reported as medians: single loads on
  // a shared 2-core machine scatter by a factor of two.
  const ROUNDS = 5;
  const loads = await measureLoads(browser, server.url, ROUNDS);
  printLoads(loads, ROUNDS, 'chromium: ');
  for (const [name, r] of Object.entries(loads)) {
    report[`${name}_cold_load_to_first_result_ms`] = r.cold;
    report[`${name}_warm_load_to_first_result_ms`] = r.warm;
    report[`${name}_load_phases`] = { cold: r.cold_phases, warm: r.warm_phases };
  }
  writeFileSync(path.join(root, 'build/bench/chromium.json'), JSON.stringify(report, null, 2));
} finally {
  await browser.close();
  server.close();
}
