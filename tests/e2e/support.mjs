// Browser test support: serves dist/web on a free loopback port and launches Debian's
// Chromium through playwright-core, with the flags that keep it off the network.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = path.join(root, 'build/screenshots');

export async function startServer({ csp = false } = {}) {
  const args = [path.join(root, 'build-scripts/serve.mjs'), '--root', path.join(root, 'dist/web'), '--port', '0'];
  if (csp) args.push('--csp');
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let buf = '';
    proc.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/(http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { url, close: () => proc.kill() };
}

export async function launchBrowser() {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'aa-chromium-'));
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions', '--metrics-recording-only',
      `--user-data-dir=${userDataDir}`],
  });
}

// Records every request a page makes, to assert nothing leaves the page's origin.
export function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}
