// The widget as a host page drives it: properties mirroring attributes, the `analyzed` event,
// selecting an item and walking its occurrences, colours and parts from the host's CSS, watch
// mode on changing text, destroy() freeing the worker, Trusted Types, and a worker that dies
// mid-analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchProblems, waitForWorkers, servedSiteAndBrowser } from './support.mjs';

const site = servedSiteAndBrowser();

const STORY = 'وقالت السفيرة الأميركية لدى الأمم المتحدة نيكي هيلي إن روسيا أخرت تبني الإعلان في مجلس الأمن. ' +
  'ويعاني سكان #الغوطة_الشرقية من حصار يفرضه النظام السوري منذ عام 2013.';
const UPDATE = 'وفي باريس، التقى الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية الروسي سيرغي لافروف.';

// A host page of the widget's origin with nothing but the widget module and an article.
const HOST_HTML = '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">' +
  '<script type="module" src="/arabic-analyzer-widget.js"></script></head><body></body></html>';

async function hostPage() {
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems = await watchProblems(page);
  await page.route('**/host-under-test.html', (route) => route.fulfill({ contentType: 'text/html', body: HOST_HTML }));
  await page.goto(new URL('host-under-test.html', site.server.url).href);
  await page.evaluate(() => customElements.whenDefined('arabic-analyzer'));
  await page.evaluate((story) => {
    const article = document.createElement('article');
    article.id = 'story';
    const p = document.createElement('p');
    p.textContent = story;
    article.append(p);
    document.body.append(article);
    window.analyzed = [];
    document.addEventListener('analyzed', (e) => window.analyzed.push({ id: e.target.id, text: e.detail.text, result: e.detail.result }));
  }, STORY);
  return { page, problems };
}

async function addWidget(page, attrs) {
  await page.evaluate((a) => {
    const w = document.createElement('arabic-analyzer');
    for (const [k, v] of Object.entries(a)) w.setAttribute(k, v);
    document.body.append(w);
  }, attrs);
}

const analyzedCount = (page, id) => page.evaluate((i) => window.analyzed.filter((a) => a.id === i).length, id);

test('properties mirror the attributes and change what the card shows', async () => {
  const { page, problems } = await hostPage();
  await addWidget(page, { id: 'w', top: '5' });
  await page.evaluate((story) => { document.getElementById('w').textContent = story; }, STORY);
  await page.evaluate(() => document.getElementById('w').refresh());
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready');

  const mirrored = await page.evaluate(() => {
    const w = document.getElementById('w');
    w.top = 2;
    w.theme = 'dark';
    w.categories = ['persons', 'hashtags'];
    w.watch = true;
    w.lang = 'en';
    const fromProps = ['top', 'theme', 'categories', 'watch', 'lang'].map((a) => w.getAttribute(a));
    w.setAttribute('top', '3');
    w.removeAttribute('watch');
    return { fromProps, top: w.top, watch: w.watch, categories: w.categories, theme: w.theme, for: w.for };
  });
  assert.deepEqual(mirrored, {
    fromProps: ['2', 'dark', 'persons,hashtags', '', 'en'], top: 3, watch: false,
    categories: ['persons', 'hashtags'], theme: 'dark', for: null,
  });
  // The card follows: English labels, only the chosen categories in its legend.
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready' &&
    document.getElementById('w').shadowRoot.querySelector('h2').textContent === 'Arabic article analyzer');
  const chips = await page.evaluate(() => [...document.getElementById('w').shadowRoot.querySelectorAll('.chip')].map((c) => c.dataset.cat));
  assert.deepEqual(chips.sort(), ['PER', 'hashtag']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the analyzed event carries the result, with offsets into the analyzed text', async () => {
  const { page, problems } = await hostPage();
  await addWidget(page, { id: 'w', for: '#story' });
  await page.waitForFunction(() => window.analyzed.length >= 1, null, { timeout: 30000 });
  const { text, result } = await page.evaluate(() => window.analyzed[0]);
  assert.equal(text.trim(), STORY);
  const people = result.entities.filter((e) => e.type === 'PER').map((e) => e.text);
  assert.ok(people.some((p) => p.includes('هيلي')), `people: ${people}`);
  for (const e of result.entities) assert.equal(text.slice(e.start, e.end), e.text);
  assert.deepEqual(result.hashtags.map((h) => h.text), ['#الغوطة_الشرقية']);
  // The property gives the same object's data.
  assert.equal(await page.evaluate(() => document.getElementById('w').result.entities.length), result.entities.length);
  assert.deepEqual(problems, []);
  await page.close();
});

test('selecting an item walks its occurrences: select events, the current mark, clicks in the text', async () => {
  const { page, problems } = await hostPage();
  await page.evaluate((story) => {   // every item twice
    const p = document.createElement('p');
    p.textContent = story;
    document.getElementById('story').append(p);
    window.selected = [];
    document.addEventListener('select', (e) => window.selected.push(e.detail), true);
  }, STORY);
  await addWidget(page, { id: 'w', for: '#story' });
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready', null, { timeout: 30000 });
  const tags = await page.$$eval('#story aa-mark[data-aa-cat="hashtag"]:not([data-aa-frag])', (ms) => ms.map((m) => Number(m.dataset.aaStart)));
  assert.equal(tags.length, 2);
  const id = await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('.item[data-item^="tag:"]').dataset.item);
  const click = () => page.evaluate((i) => document.getElementById('w').shadowRoot.querySelector(`.item[data-item="${i}"]`).click(), id);
  const state = () => page.evaluate(() => ({
    current: [...document.querySelectorAll('#story aa-mark[data-aa-current]:not([data-aa-frag])')].map((m) => Number(m.dataset.aaStart)),
    selected: document.querySelectorAll('#story aa-mark[data-aa-sel]:not([data-aa-frag])').length,
    pressed: [...document.getElementById('w').shadowRoot.querySelectorAll('.item[aria-pressed="true"]')].map((b) => b.dataset.item),
    last: window.selected.at(-1),
  }));
  await click();
  assert.deepEqual(await state(), { current: [tags[0]], selected: 2, pressed: [id], last: { item: id, occurrence: 0, count: 2 } });
  await click();
  assert.deepEqual((await state()).current, [tags[1]], 'a second click moves on');
  // A click on the current occurrence in the text moves on to the next one, wrapping around.
  await page.dispatchEvent(`#story aa-mark[data-aa-cat="hashtag"][data-aa-start="${tags[1]}"]`, 'click');
  assert.deepEqual((await state()).last, { item: id, occurrence: 0, count: 2 });
  assert.deepEqual((await state()).current, [tags[0]]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('colours from CSS custom properties and parts from the host stylesheet', async () => {
  const { page, problems } = await hostPage();
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('#story { --aa-person-color: rgb(1, 2, 3); } arabic-analyzer::part(title) { color: rgb(4, 5, 6); } ' +
      'arabic-analyzer { --aa-background: rgb(7, 8, 9); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  await addWidget(page, { id: 'w', for: '#story' });
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready', null, { timeout: 30000 });
  const colours = await page.evaluate(() => {
    const w = document.getElementById('w');
    return {
      person: getComputedStyle(document.querySelector('#story aa-mark[data-aa-cat="PER"]')).backgroundColor,
      place: getComputedStyle(document.querySelector('#story aa-mark[data-aa-cat="LOC"]')).backgroundColor,
      title: getComputedStyle(w.shadowRoot.querySelector('[part="title"]')).color,
      card: getComputedStyle(w.shadowRoot.querySelector('[part="card"]')).backgroundColor,
    };
  });
  assert.equal(colours.person, 'rgb(1, 2, 3)');
  assert.notEqual(colours.place, 'rgb(1, 2, 3)', 'other categories keep the theme colour');
  assert.equal(colours.title, 'rgb(4, 5, 6)');
  assert.equal(colours.card, 'rgb(7, 8, 9)');
  assert.deepEqual(problems, []);
  await page.close();
});

test('watch mode: a live update is analyzed once the burst of changes settles, newest text wins', async () => {
  const { page, problems } = await hostPage();
  await addWidget(page, { id: 'w', for: '#story', watch: '150' });
  await page.waitForFunction(() => window.analyzed.length >= 1, null, { timeout: 30000 });
  // The widget's own highlighting must not wake the watcher.
  await page.waitForTimeout(600);
  assert.equal(await analyzedCount(page, 'w'), 1, 'highlighting does not trigger another analysis');

  // A live blog: three updates in quick succession, the last replacing the second.
  await page.evaluate((update) => {
    const story = document.getElementById('story');
    const add = (t) => { const p = document.createElement('p'); p.textContent = t; story.append(p); return p; };
    add('تحديث أول: اجتماع طارئ.');
    const second = add('تحديث ثان قيد الكتابة');
    second.textContent = update;
  }, UPDATE);
  await page.waitForFunction(() => window.analyzed.length >= 2, null, { timeout: 30000 });
  await page.waitForTimeout(600);
  assert.equal(await analyzedCount(page, 'w'), 2, 'one analysis for the whole burst');
  const last = await page.evaluate(() => window.analyzed.at(-1));
  assert.ok(last.text.includes(UPDATE) && !last.text.includes('قيد الكتابة'), 'the newest text was analyzed');
  const marked = await page.$$eval('#story p:last-child aa-mark[data-aa-cat="PER"]', (ms) => ms.map((m) => m.textContent).join(' '));
  assert.match(marked, /ماكرون/);
  // The host edits text the widget has highlighted (a mark's text): the edit stays, and is analyzed.
  await page.evaluate(() => { document.querySelector('#story aa-mark[data-aa-cat="PER"]').textContent = 'أنطونيو غوتيريش'; });
  await page.waitForFunction(() => window.analyzed.length >= 3, null, { timeout: 30000 });
  const edited = await page.evaluate(() => ({ last: window.analyzed.at(-1).text, dom: document.getElementById('story').textContent }));
  assert.ok(edited.last.includes('أنطونيو غوتيريش') && edited.dom.includes('أنطونيو غوتيريش'), 'the host edit is kept and analyzed');
  assert.ok(!edited.dom.includes('نيكي هيلي'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('destroy() restores the host text and stops the worker once no widget is left', async () => {
  const { page, problems } = await hostPage();
  const original = await page.$eval('#story', (a) => a.innerHTML);
  await addWidget(page, { id: 'a', for: '#story' });
  await addWidget(page, { id: 'b' });
  await page.waitForFunction(() => document.getElementById('a').dataset.state === 'ready', null, { timeout: 30000 });
  assert.equal(page.workers().length, 1, 'one worker shared by both widgets');
  const closed = new Promise((resolve) => page.workers()[0].once('close', resolve));

  await page.evaluate(() => document.getElementById('a').destroy());
  assert.equal(await page.$eval('#story', (a) => a.innerHTML), original, 'host markup back as it was');
  assert.equal(page.workers().length, 1, 'the other widget still holds the worker');
  await page.evaluate(() => document.getElementById('b').remove());
  await Promise.race([closed, page.waitForTimeout(10000).then(() => { throw new Error('worker still running'); })]);
  await waitForWorkers(page, 0);

  // A widget added later starts a fresh worker and works.
  await addWidget(page, { id: 'c', for: '#story' });
  await page.waitForFunction(() => document.getElementById('c').dataset.state === 'ready', null, { timeout: 30000 });
  await waitForWorkers(page, 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('under Trusted Types (strict-CSP example) the widget runs in a worker with no violation', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = await watchProblems(page);
  const response = await page.goto(new URL('examples/csp/', site.server.url).href);
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'; trusted-types arabic-analyzer/);
  await page.waitForFunction(() => (window.hostAnalyzed || []).length >= 2, null, { timeout: 30000 });
  assert.equal(page.workers().length, 1, 'the worker started through the Trusted Types policy (no main-thread fallback)');
  assert.ok(await page.$$eval('#article aa-mark', (ms) => ms.length) > 0);
  assert.deepEqual(problems, [], 'no Trusted Types or CSP violation');
  // The page's own script cannot use the analyzer's policy for other URLs.
  const refused = await page.evaluate(() => {
    try { new Worker('data:text/javascript,1'); return false; } catch (e) { return e instanceof TypeError; }
  });
  assert.ok(refused, 'Trusted Types are really enforced on this page');

  await page.close();
});

test('a worker that dies mid-analysis is replaced and the widget says so', async () => {
  const { page, problems } = await hostPage();
  await addWidget(page, { id: 'w', for: '#story', lang: 'en' });
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready', null, { timeout: 30000 });
  // Make the running worker trap on its next message, as a wasm trap escaping the core would.
  await page.workers()[0].evaluate(() => {
    self.onmessage = () => { throw new WebAssembly.RuntimeError('unreachable executed'); };
  });
  const t0 = Date.now();
  await page.evaluate(() => { document.getElementById('w').refresh(); });
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'error', null, { timeout: 10000 });
  const status = await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('[part="status"]').textContent);
  assert.match(status, /stopped unexpectedly and was restarted/);
  assert.ok(Date.now() - t0 < 10000);
  // The replacement worker analyzes the next request.
  await page.evaluate(() => { document.getElementById('w').refresh(); });
  await page.waitForFunction(() => document.getElementById('w').dataset.state === 'ready', null, { timeout: 30000 });
  await waitForWorkers(page, 1);
  assert.deepEqual(problems.filter((p) => !p.includes('unreachable executed')), []);
  await page.close();
});
