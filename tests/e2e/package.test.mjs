// The npm package as a new user gets it: the tarball `npm pack` made in the build
// (dist/arabic-analyzer-*.tgz) installed into a fresh project, a small app bundled with
// esbuild, served, and run in Chromium (the API and the widget from the bundle); and the
// package's type declarations checked against a sample consumer with tsc.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, startServer, launchBrowser, watchProblems } from './support.mjs';

const SAMPLE = 'وقالت السفيرة الأميركية لدى الأمم المتحدة نيكي هيلي إن روسيا أخرت تبني الإعلان في مجلس الأمن. #سوريا';

let project;
let browser;
let server;

before(() => {
  const tarballs = readdirSync(path.join(root, 'dist')).filter((f) => /^arabic-analyzer-.*\.tgz$/.test(f));
  assert.equal(tarballs.length, 1, 'build-scripts/build.sh packs exactly one tarball into dist/');
  project = mkdtempSync(path.join(os.tmpdir(), 'aa-consumer-'));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // A local tarball without dependencies installs with no registry access.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error',
    path.join(root, 'dist', tarballs[0])], { cwd: project, stdio: 'pipe' });
});
after(async () => {
  await browser?.close();
  server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

test('installed and bundled with esbuild, the API and the widget work in Chromium', async () => {
  const src = path.join(project, 'src');
  const out = path.join(project, 'public');
  mkdirSync(src);
  mkdirSync(out);
  writeFileSync(path.join(src, 'app.js'), `
import { createAnalyzer, AnalyzerError } from 'arabic-analyzer';
import 'arabic-analyzer/widget';

const analyzer = await createAnalyzer();
const text = document.getElementById('article').textContent;
const result = analyzer.analyze(text);
let tooLarge = '';
try { analyzer.analyze('x'.repeat(16 * 1024 * 1024 + 1)); } catch (e) { tooLarge = e instanceof AnalyzerError ? e.code : 'other'; }
window.apiResult = { people: result.entities.filter((e) => e.type === 'PER').map((e) => text.slice(e.start, e.end)),
  hashtags: result.hashtags.map((h) => h.text), tooLarge };
const widget = document.createElement('arabic-analyzer');
widget.for = '#article';
widget.addEventListener('analyzed', (e) => { window.widgetResult = e.detail.result; });
document.body.append(widget);
`);
  execFileSync(path.join(root, 'node_modules/.bin/esbuild'), ['src/app.js', '--bundle', '--format=esm',
    '--platform=browser', '--outfile=public/app.js', '--log-level=error'], { cwd: project, stdio: 'pipe' });
  // What the package README asks of a bundled app: the worker and the wasm beside the bundle.
  const installed = path.join(project, 'node_modules/arabic-analyzer');
  for (const f of ['analyzer-worker.js', 'arabic-analyzer-core.wasm']) copyFileSync(path.join(installed, f), path.join(out, f));
  writeFileSync(path.join(out, 'index.html'), `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><script type="module" src="app.js"></script></head><body><article id="article"><p>${SAMPLE}</p></article></body></html>`);
  assert.ok(!readdirSync(out).includes('arabic-analyzer.js'), 'only the bundle, the worker and the wasm are served');

  server = await startServer({ dir: out });
  browser = await launchBrowser();
  const page = await browser.newPage();
  const problems = await watchProblems(page);
  await page.goto(server.url);
  await page.waitForFunction(() => window.apiResult && window.widgetResult, null, { timeout: 30000 });
  const api = await page.evaluate(() => window.apiResult);
  assert.ok(api.people.some((p) => p.includes('هيلي')), `people: ${api.people}`);
  assert.deepEqual(api.hashtags, ['#سوريا']);
  assert.equal(api.tooLarge, 'input_too_large');
  assert.ok(await page.$$eval('#article aa-mark[data-aa-cat="PER"]', (ms) => ms.length) > 0, 'the widget highlighted in place');
  assert.equal(page.workers().length, 1, 'the widget analyzed in the package worker');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the type declarations check a sample consumer with tsc, and reject misuse', () => {
  const src = path.join(project, 'ts');
  mkdirSync(src, { recursive: true });
  writeFileSync(path.join(src, 'consumer.ts'), `
import { createAnalyzer, AnalyzerError, type AnalysisResult, type EntityType } from 'arabic-analyzer';
import { AnalyzerClient, MAX_TEXT_UNITS } from 'arabic-analyzer/client';
import type { ArabicAnalyzerElement, AnalyzedDetail } from 'arabic-analyzer/widget';

export async function main(text: string): Promise<EntityType[]> {
  const analyzer = await createAnalyzer();
  const result: AnalysisResult = analyzer.analyze(text, { keywords: { top_k: 5 } });
  const firstKeyword: string | undefined = result.keywords[0]?.term;
  try { analyzer.normalize(text, { profile: 'search' }); } catch (e) {
    if (e instanceof AnalyzerError && e.code === 'bad_options') return [];
  }
  const client = new AnalyzerClient();
  client.addEventListener('crash', (e) => console.warn(e.detail.message, e.detail.restarted));
  const { ms } = await client.analyze(text.slice(0, MAX_TEXT_UNITS));
  const widget = document.querySelector('arabic-analyzer');
  if (widget) {
    const w: ArabicAnalyzerElement = widget;
    w.top = 3;
    w.categories = ['persons', 'places'];
    w.watch = true;
    w.addEventListener('analyzed', (e) => { const d: AnalyzedDetail = e.detail; console.log(d.result.entities.length, ms); });
  }
  return firstKeyword ? result.entities.map((e) => e.type) : [];
}

export async function misuse(): Promise<void> {
  const analyzer = await createAnalyzer();
  // @ts-expect-error an unknown profile
  analyzer.normalize('x', { profile: 'loud' });
  // @ts-expect-error entity offsets are numbers
  const start: string = analyzer.analyze('x').entities[0].start;
  // @ts-expect-error widget theme values are closed
  document.querySelector('arabic-analyzer')!.theme = 'purple';
  console.log(start);
}
`);
  writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext',
      lib: ['es2022', 'dom'], skipLibCheck: false },
    include: ['ts/*.ts'],
  }));
  try {
    execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', project], { cwd: project, stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});
