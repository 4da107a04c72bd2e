// Browser test support: serves dist/web on a free loopback port and launches Debian's
// Chromium through playwright-core, with the flags that keep it off the network.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = path.join(root, 'build/screenshots');

// AA_WEB_ROOT serves another assembled copy (build-scripts/assemble-web.sh OUT) instead of dist/web.
export const webRoot = process.env.AA_WEB_ROOT || path.join(root, 'dist/web');

export async function startServer({ csp = false, cors = false, dir = webRoot } = {}) {
  const args = [path.join(root, 'build-scripts/serve.mjs'), '--root', dir, '--port', '0'];
  if (csp) args.push('--csp');
  if (cors) args.push('--cors');
  // stderr is piped, not inherited: an orphaned server holding the test runner's stderr
  // would keep the runner waiting forever after a failed test.
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stderr.on('data', (d) => process.stderr.write(d));
  const stop = () => { try { proc.kill(); } catch { /* already gone */ } };
  process.once('exit', stop);
  const url = await new Promise((resolve, reject) => {
    let buf = '';
    proc.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/(http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  // From here nothing of the server keeps a test file's process alive; the exit hook stops it.
  proc.unref();
  proc.stdout.unref();
  proc.stderr.unref();
  return { url, close: stop };
}

export async function launchBrowser() {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions', '--metrics-recording-only',
      '--no-default-browser-check', '--disable-domain-reliability', '--disable-client-side-phishing-detection'],
  });
}

// Records every request a page makes, to assert nothing leaves the page's origin.
export function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

// Requests that left the page's origin (data: and blob: URLs never leave the machine).
export function foreignRequests(urls, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

// Everything a page reports as going wrong: uncaught errors, console errors, CSP violations
// (the securitypolicyviolation event, from the document and from the page's workers' console).
export async function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') problems.push(`worker console: ${m.text()}`); }));
  await page.exposeFunction('__aaReportViolation', (v) => problems.push(`csp: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__aaReportViolation(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return problems;
}

// Interface text as a test compares it: bidi marks dropped, Arabic-Indic digits and the Arabic
// percent sign as ASCII (whether Intl writes them for 'ar' depends on the browser's locale data).
export function plainDigits(text) {
  return String(text).replace(/[\u061c\u200e\u200f]/g, '').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replaceAll('\u066a', '%');
}

// Real news kept in the repository: the ANERcorp articles of the quote gold set (CC BY-SA
// 4.0, tools/quotes_eval/gold/README.md). Tests that need a text with some property (an
// uncertain name) search these instead of writing one, so a retrained model never meets a
// text made for it.
export function realNews() {
  const file = new URL('../../tools/quotes_eval/gold/quotes_gold.jsonl', import.meta.url);
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line).text);
}

export function screenshotPath(name) {
  return path.join(screenshotDir, `${name}.png`);
}

// Waits until the page runs exactly n workers (a terminated one leaves the list a moment later).
export async function waitForWorkers(page, n, ms = 10000) {
  for (const t0 = Date.now(); page.workers().length !== n; await page.waitForTimeout(50)) {
    if (Date.now() - t0 > ms) throw new Error(`${page.workers().length} workers, expected ${n}`);
  }
}

// The fixture most test files share: the site served and one browser, for all their tests.
// Returns an object whose `server` and `browser` are set once the tests start.
export function servedSiteAndBrowser() {
  const fixture = { server: null, browser: null };
  before(async () => {
    fixture.server = await startServer();
    fixture.browser = await launchBrowser();
  });
  after(async () => {
    await fixture.browser?.close();
    fixture.server?.close();
  });
  return fixture;
}
