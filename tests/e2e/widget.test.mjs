// The <arabic-analyzer> widget in the example host page (web/examples/): in-place highlighting
// that keeps the host's markup, links, handlers and styles intact; the compact card; Shadow
// DOM isolation both ways; uncertain entities dimmed; who said what (statements in place, their
// tooltip, the card's speakers); the strict-CSP copy of the page; screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, recordRequests, foreignRequests, watchProblems, screenshotPath, servedSiteAndBrowser, plainDigits,
  realNews,
} from './support.mjs';
import { LOW_CONFIDENCE } from '../../web/lib/analysis-options.js';

const site = servedSiteAndBrowser();

// Host facts that must not change when the widget runs: structure (ignoring the widget's own
// aa-mark wrappers), text, link targets, and computed styles of the host's own elements.
async function hostSnapshot(page) {
  return page.evaluate(() => {
    const article = document.querySelector('#article');
    const skeleton = [...article.querySelectorAll('*')].filter((e) => e.tagName !== 'AA-MARK')
      .map((e) => `${e.tagName}#${e.id}.${e.className}`);
    const style = (sel, props) => {
      const cs = getComputedStyle(document.querySelector(sel));
      return props.map((p) => `${sel} ${p}=${cs.getPropertyValue(p)}`);
    };
    return {
      skeleton,
      text: article.textContent,
      href: document.querySelector('#host-link').getAttribute('href'),
      styles: [
        ...style('.headline', ['color', 'font-size', 'font-family', 'line-height']),
        ...style('.lead', ['font-weight', 'color']),
        ...style('#host-link', ['color', 'text-decoration-line']),
        ...style('#related mark', ['background-color', 'color']),
        ...style('#host-button', ['background-color', 'color', 'border-top-style', 'font-family']),
        ...style('#related', ['border-top-width', 'border-top-color', 'background-color']),
        ...style('#related li', ['list-style-type', 'color']),
        ...style('.story', ['font-size', 'line-height', 'background-color']),
      ],
    };
  });
}

async function waitForWidgets(page, n) {
  await page.waitForFunction((count) => (window.hostAnalyzed || []).length >= count, n, { timeout: 30000 });
}

// Hovers `selector` (the pointer moved away first) and returns the text of widget `id`'s
// tooltip, or null while it is hidden.
async function hoverTip(page, selector, id) {
  await page.mouse.move(0, 0);
  await page.hover(selector);
  return page.evaluate((w) => {
    const t = document.getElementById(w).shadowRoot.querySelector('.tip');
    return t.hidden ? null : t.textContent;
  }, id);
}

async function openExample(page, pathName) {
  await page.goto(new URL(pathName, site.server.url).href);
  await waitForWidgets(page, 2);
}

test('in-place mode highlights the article without breaking its markup, links, handlers or styles', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The host page as it is without the widget: the widget's script blocked.
  const plain = await context.newPage();
  await plain.route('**/arabic-analyzer-widget.js', (route) => route.abort());
  await plain.goto(new URL('examples/', site.server.url).href);
  await plain.waitForLoadState('load');
  const before = await hostSnapshot(plain);
  const originalHtml = await plain.$eval('#article', (a) => a.innerHTML);
  await plain.close();

  const page = await context.newPage();
  const requests = recordRequests(page);
  const problems = await watchProblems(page);
  const t0 = Date.now();
  await openExample(page, 'examples/');
  console.log(`# example page -> both widgets analyzed: ${Date.now() - t0} ms`);
  const afterSnap = await hostSnapshot(page);
  assert.deepEqual(afterSnap, before, 'host structure, text, links and styles unchanged');

  // Every highlight is a span of the result the widget announced, over exactly that text.
  const { result, text, marks } = await page.evaluate(() => {
    const entry = window.hostAnalyzed.find((a) => a.id === 'inline');
    const el = document.getElementById('inline');
    const bySpan = new Map();
    for (const m of document.querySelectorAll('#article aa-mark')) {
      const key = m.getAttribute('data-aa-span');
      if (!bySpan.has(key)) {
        bySpan.set(key, { cat: m.getAttribute('data-aa-cat'), start: Number(m.getAttribute('data-aa-start')), end: Number(m.getAttribute('data-aa-end')), text: '' });
      }
      bySpan.get(key).text += m.textContent;
    }
    return { result: entry.result, text: el.text, marks: [...bySpan.values()] };
  });
  assert.ok(marks.length > 0);
  for (const m of marks) assert.equal(m.text, text.slice(m.start, m.end).replaceAll('\n', ''), `${m.cat} ${m.start}-${m.end}`);
  const cat = (t) => (['PER', 'LOC', 'ORG'].includes(t) ? t : 'NUM');
  const expected = [
    ...result.hashtags.map((h) => `hashtag:${h.start}:${h.end}`),
    ...result.keywords.flatMap((k) => k.occurrences.map((o) => `keyword:${o.start}:${o.end}`)),
    ...result.entities.map((e) => `${cat(e.type)}:${e.start}:${e.end}`),
    ...result.quotes.flatMap((q) => [`quote:${q.content.start}:${q.content.end}`, `quote:${q.cue.start}:${q.cue.end}`]),
  ].sort();
  assert.deepEqual(marks.map((m) => `${m.cat}:${m.start}:${m.end}`).sort(), expected,
    'categories="entities,keywords,hashtags,quotes": exactly those spans, no suspect hashtags');
  const tags = await page.$$eval('#article aa-mark[data-aa-cat="hashtag"]', (ms) => ms.map((m) => m.textContent));
  assert.ok(tags.includes('#الكلور'));

  // The host's link handler still runs, from a click on highlighted text inside the link.
  const linkMarks = await page.$$('#host-link aa-mark');
  assert.ok(linkMarks.length > 0, 'the link text is highlighted inside the link');
  await linkMarks[0].click();
  assert.equal(await page.evaluate(() => window.hostLinkClicks), 1);
  await page.click('#host-button');
  assert.equal(await page.textContent('#host-log'), 'host button clicked');

  // Hover: the tooltip (in the widget's shadow root) describes the highlight.
  const entity = result.entities[0];
  await page.hover(`#article aa-mark[data-aa-start="${entity.start}"][data-aa-end="${entity.end}"]:not([data-aa-cat="keyword"])`);
  const tip = await page.evaluate(() => {
    const t = document.getElementById('inline').shadowRoot.querySelector('.tip');
    return t.hidden ? null : t.textContent;
  });
  assert.ok(tip && tip.includes(entity.normalized), `tooltip: ${tip}`);

  // Clicking an entity in the card marks all of its occurrences in the article.
  const groupCount = result.entities.filter((e) => e.group === entity.group).length;
  await page.evaluate((g) => {
    const root = document.getElementById('inline').shadowRoot;
    root.querySelector(`.item[data-item="ent:${g}"]`).click();
  }, entity.group);
  assert.equal(await page.$$eval('#article aa-mark[data-aa-sel]:not([data-aa-frag])', (ms) => ms.length), groupCount);

  // Keyboard: focusing an entry of the card shows its tooltip.
  await page.focus('#inline >> css=.item[data-item^="kw:"]');
  assert.ok(await page.evaluate(() => !document.getElementById('inline').shadowRoot.querySelector('.tip').hidden));
  assert.equal(await page.evaluate(() => document.getElementById('inline').shadowRoot.activeElement.dataset.item.startsWith('kw:')), true);

  // Legend toggle in the card hides one category in the article.
  await page.evaluate(() => document.getElementById('inline').shadowRoot.querySelector('.chip[data-cat="LOC"]').click());
  const locBg = await page.$eval('#article aa-mark[data-aa-cat="LOC"]', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(locBg, 'rgba(0, 0, 0, 0)');

  // clear() gives the host its original DOM back, node for node.
  await page.evaluate(() => document.getElementById('inline').clear());
  assert.equal(await page.$eval('#article', (a) => a.innerHTML), originalHtml);

  assert.deepEqual(foreignRequests(requests, site.server.url), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('card mode: top keywords, entities and hashtags in a Shadow DOM untouched by host styles', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await openExample(page, 'examples/');
  const card = await page.evaluate(() => {
    const el = document.getElementById('card');
    const root = el.shadowRoot;
    const entry = window.hostAnalyzed.find((a) => a.id === 'card');
    const kw = [...root.querySelectorAll('ul.kw .item .label')].map((e) => e.textContent);
    const tags = [...root.querySelectorAll('.item[data-item^="tag:"] .label')].map((e) => e.textContent);
    const ents = [...root.querySelectorAll('.item[data-item^="ent:"]')].length;
    const cs = (e) => getComputedStyle(e);
    const shadowCard = root.querySelector('.card');
    const shadowButton = root.querySelector('button');
    const shadowLi = root.querySelector('li');
    return {
      result: entry.result, text: entry.text, kw, tags, ents,
      cardBorder: cs(shadowCard).borderTopWidth, buttonFont: cs(shadowButton).fontFamily,
      buttonBg: cs(shadowButton).backgroundColor, liStyle: cs(shadowLi).listStyleType,
      lightText: el.textContent,
    };
  });
  assert.equal(card.text, card.lightText, 'the card analyzes its own text');
  assert.deepEqual(card.kw, card.result.keywords.slice(0, 5).map((k) => k.term), 'top="5" keywords in rank order');
  assert.deepEqual(card.tags, [...new Set(card.result.hashtags.map((h) => h.text))]);
  assert.ok(card.ents > 0 && card.result.entities.length > 0);
  assert.notEqual(card.cardBorder, '5px', 'host .card rule does not reach the widget');
  assert.ok(!card.buttonFont.includes('monospace'), 'host button rule does not reach the widget');
  assert.notEqual(card.buttonBg, 'rgb(0, 0, 0)');
  assert.equal(card.liStyle, 'none');

  // lang and theme attributes.
  await page.evaluate(() => {
    const el = document.getElementById('card');
    el.setAttribute('lang', 'en');
    el.setAttribute('theme', 'dark');
  });
  await page.waitForFunction(() => document.getElementById('card').shadowRoot.querySelector('h2').textContent === 'Arabic article analyzer');
  const dark = await page.evaluate(() => getComputedStyle(document.getElementById('card').shadowRoot.querySelector('.card')).backgroundColor);
  assert.equal(dark, 'rgb(28, 29, 35)');

  // XSS probe as the card's text: shown as text, never parsed.
  await page.evaluate(() => {
    const el = document.getElementById('card');
    el.textContent = '<img src=x onerror=alert(1)> <script>alert(2)</script> #وسم الرياض';
    return el.refresh();
  });
  const probe = await page.evaluate(() => {
    const root = document.getElementById('card').shadowRoot;
    return { imgs: root.querySelectorAll('img, script').length, text: root.querySelector('.text').textContent };
  });
  assert.deepEqual(probe, { imgs: 0, text: '<img src=x onerror=alert(1)> <script>alert(2)</script> #وسم الرياض' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('uncertain entities are dimmed in the host and in the card; a tooltip gives the confidence in percent', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems = await watchProblems(page);
  await openExample(page, 'examples/');
  const names = (r) => r.entities.filter((e) => ['PER', 'LOC', 'ORG'].includes(e.type));
  const shown = (e) => `${e.start}:${e.end}`;
  // A real article added to the host page, read in place by one widget and as the text of a
  // card by another: the first repository article with an uncertain and a certain name of one
  // type (realNews).
  const analyzeAdded = (text) => page.evaluate(async (t) => {
    document.getElementById('added')?.remove();
    window.hostAnalyzed = window.hostAnalyzed.filter((a) => !a.id.startsWith('added-'));
    const box = document.createElement('section');
    box.id = 'added';
    box.innerHTML = '<article id="added-article"><p></p></article>' +
      '<arabic-analyzer id="added-inline" for="#added-article" categories="entities"></arabic-analyzer>' +
      '<arabic-analyzer id="added-card" categories="all"></arabic-analyzer>';
    box.querySelector('p').textContent = t;
    box.querySelector('#added-card').textContent = t;
    document.querySelector('main').append(box);
    const both = () => ['added-inline', 'added-card'].every((id) => window.hostAnalyzed.some((a) => a.id === id));
    while (!both()) await new Promise((r) => setTimeout(r, 20));
    const of = (id) => window.hostAnalyzed.find((a) => a.id === id);
    return { result: of('added-inline').result, card: of('added-card') };
  }, text);
  let result;
  let card;
  let uncertain = [];
  for (const text of realNews()) {
    ({ result, card } = await analyzeAdded(text));
    uncertain = names(result).filter((e) => e.confidence < LOW_CONFIDENCE);
    if (uncertain.some((u) => names(result).some((e) => e.confidence >= LOW_CONFIDENCE && e.type === u.type))) break;
  }
  assert.ok(uncertain.length > 0, 'a repository article has an uncertain entity');
  // Its uncertain entities, and only those, are dimmed in place.
  const dimmed = await page.$$eval('#added-article aa-mark[data-aa-low]:not([data-aa-frag])',
    (ms) => ms.map((m) => `${m.getAttribute('data-aa-start')}:${m.getAttribute('data-aa-end')}`));
  assert.deepEqual(dimmed.sort(), uncertain.map(shown).sort());
  const low = uncertain.find((u) => names(result).some((e) => e.confidence >= LOW_CONFIDENCE && e.type === u.type));
  const high = names(result).find((e) => e.confidence >= LOW_CONFIDENCE && e.type === low.type);
  assert.ok(high, 'and a certain one of the same type');
  const markOf = (e) => `#added-article aa-mark[data-aa-cat="${e.type}"][data-aa-start="${e.start}"][data-aa-end="${e.end}"]:not([data-aa-frag])`;
  const look = (e) => page.$eval(markOf(e), (m) => ({ bg: getComputedStyle(m).backgroundColor, line: getComputedStyle(m).borderBottomStyle }));
  const [lowLook, highLook] = [await look(low), await look(high)];
  assert.equal(lowLook.line, 'dashed');
  assert.notEqual(highLook.line, 'dashed');
  assert.notEqual(lowLook.bg, highLook.bg);

  const tip = async (selector, widget) => plainDigits(await hoverTip(page, selector, widget));
  const percent = (e) => Math.round(e.confidence * 100);
  let text = await tip(markOf(low), 'added-inline');
  assert.ok(text.includes(`الثقة: ${percent(low)}% (غير مؤكد)`), `Arabic: ${text}`);
  text = await tip(markOf(high), 'added-inline');
  assert.ok(text.includes(`الثقة: ${percent(high)}%`) && !text.includes('غير مؤكد'), `Arabic: ${text}`);
  await page.evaluate(() => document.getElementById('added-inline').setAttribute('lang', 'en'));
  text = await tip(markOf(low), 'added-inline');
  assert.ok(text.includes(`Confidence: ${percent(low)}% (uncertain)`), `English: ${text}`);

  // The card's own text: the same marks, drawn in its Shadow DOM.
  const cardLow = names(card.result).filter((e) => e.confidence < LOW_CONFIDENCE);
  assert.ok(cardLow.length > 0, 'the card of the same article has an uncertain entity');
  await page.click('#added-card >> css=summary');
  const cardDimmed = await page.evaluate(() => {
    const bySpan = new Map();
    for (const m of document.getElementById('added-card').shadowRoot.querySelectorAll('.text mark.low')) {
      bySpan.set(m.dataset.span, (bySpan.get(m.dataset.span) || '') + m.textContent);
      if (getComputedStyle(m).borderBottomStyle !== 'dashed') return null;
    }
    return [...bySpan.values()];
  });
  assert.deepEqual(cardDimmed?.sort(), cardLow.map((e) => card.text.slice(e.start, e.end)).sort());
  text = await tip('#added-card >> css=.text mark.low', 'added-card');
  assert.ok(text.includes(`الثقة: ${percent(cardLow[0])}% (غير مؤكد)`), `card: ${text}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('who said what in the widget: statements underlined in place at their offsets, the speaker in their tooltip, the card by speaker walking them, the toggle, in both languages', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems = await watchProblems(page);
  await openExample(page, 'examples/');
  const { result, text } = await page.evaluate(() => {
    const w = document.getElementById('inline');
    return { result: w.result, text: w.text };
  });
  assert.ok(result.quotes.length > 0, 'the example article has statements');
  // In place: every statement and cue at the JSON's offsets, over exactly its text.
  const drawn = await page.evaluate(() => {
    const bySpan = new Map();
    for (const m of document.querySelectorAll('#article aa-mark[data-aa-cat="quote"]')) {
      const key = m.getAttribute('data-aa-span');
      if (!bySpan.has(key)) {
        bySpan.set(key, { cue: m.hasAttribute('data-aa-cue'), start: Number(m.getAttribute('data-aa-start')), end: Number(m.getAttribute('data-aa-end')), text: '' });
      }
      bySpan.get(key).text += [...m.childNodes].filter((n) => n.nodeType === 3 || n.getAttribute('data-aa-span') !== key).map((n) => n.textContent).join('');
    }
    return [...bySpan.values()];
  });
  assert.deepEqual(drawn.map((d) => `${d.cue ? 'cue' : 'content'}:${d.start}:${d.end}`).sort(),
    result.quotes.flatMap((q) => [`content:${q.content.start}:${q.content.end}`, `cue:${q.cue.start}:${q.cue.end}`]).sort());
  for (const d of drawn) assert.equal(d.text, text.slice(d.start, d.end).replaceAll('\n', ''));
  const statement = (q) => `#article aa-mark[data-aa-cat="quote"]:not([data-aa-cue]):not([data-aa-frag])[data-aa-start="${q.content.start}"]`;
  const said = result.quotes.find((q) => q.speaker);
  assert.equal(await page.$eval(statement(said), (m) => getComputedStyle(m).textDecorationLine), 'underline');

  // The tooltip of a cue names the speaker, in the widget's language.
  const tip = () => hoverTip(page, `#article aa-mark[data-aa-cue][data-aa-start="${said.cue.start}"]`, 'inline');
  const cardSpeakers = () => page.evaluate(() => {
    const root = document.getElementById('inline').shadowRoot;
    const title = [...root.querySelectorAll('h3')].find((h) => h.nextElementSibling?.classList.contains('who-said-what'));
    return {
      title: title?.textContent,
      speakers: [...root.querySelectorAll('.who-said-what > li')].map((li) => ({
        item: li.querySelector('.item').dataset.item, label: li.querySelector('.item .label').textContent, said: li.querySelectorAll('.said li').length,
      })),
    };
  });
  const linked = (s) => Number.isInteger(s?.group) && s.group >= 0;   // null >= 0 holds in JS
  const speakers = new Set(result.quotes.map((q) => (!q.speaker ? 'none' : linked(q.speaker) ? `g${q.speaker.group}` : q.speaker.text)));
  for (const [lang, L] of [['ar', { speaker: 'القائل', title: 'من قال ماذا' }], ['en', { speaker: 'Speaker', title: 'Who said what' }]]) {
    if (lang === 'en') {
      await page.evaluate(() => document.getElementById('inline').setAttribute('lang', 'en'));
      await page.waitForFunction(() => document.getElementById('inline').shadowRoot.querySelector('h2').textContent === 'Arabic article analyzer');
    }
    const t = await tip();
    assert.ok(t?.includes(`${L.speaker}: ${said.speaker.text}`) && t.includes(said.cue.text), `${lang} tooltip: ${t}`);
    // The card lists the speakers (top="5" by default: at most five), each with one statement.
    const card = await cardSpeakers();
    assert.equal(card.title, L.title);
    assert.equal(card.speakers.length, Math.min(5, speakers.size));
    assert.ok(card.speakers.every((s) => s.item.startsWith('quote:') && s.said === 1), JSON.stringify(card.speakers));
  }

  // A speaker of two statements or more, clicked in the card, walks them in the article.
  const groups = new Map();
  for (const q of result.quotes.filter((x) => linked(x.speaker))) {
    if (!groups.has(q.speaker.group)) groups.set(q.speaker.group, []);
    groups.get(q.speaker.group).push(q);
  }
  const [group, quotes] = [...groups].find(([, qs]) => qs.length >= 2);
  const click = () => page.evaluate((g) => document.getElementById('inline').shadowRoot.querySelector(`.item[data-item="quote:g${g}"]`).click(), group);
  await click();
  const flagged = (attr) => page.$$eval(`#article aa-mark[data-aa-cat="quote"][${attr}]:not([data-aa-frag])`, (ms) => ms.map((m) => Number(m.getAttribute('data-aa-start'))));
  assert.deepEqual((await flagged('data-aa-sel')).sort((a, b) => a - b), quotes.map((q) => q.content.start).sort((a, b) => a - b));
  assert.deepEqual(await flagged('data-aa-current'), [quotes[0].content.start]);
  await click();
  assert.deepEqual(await flagged('data-aa-current'), [quotes[1].content.start], 'a second click moves to the next statement');

  // The card's toggle hides the statements in the article.
  await page.evaluate(() => document.getElementById('inline').shadowRoot.querySelector('.chip[data-cat="quote"]').click());
  assert.equal(await page.$eval(statement(said), (m) => getComputedStyle(m).textDecorationLine), 'none');
  assert.equal(await tip(), null, 'a hidden statement has no tooltip');

  // Card mode: the card about its own text lists its speakers too.
  const own = await page.evaluate(() => {
    const w = document.getElementById('card');
    return { quotes: w.result.quotes, labels: [...w.shadowRoot.querySelectorAll('.who-said-what .item .label')].map((l) => l.textContent) };
  });
  assert.ok(own.quotes.length > 0, 'the card text has a statement');
  assert.ok(own.quotes.every((q) => own.labels.includes(q.speaker ? q.speaker.text : 'غير منسوب')), JSON.stringify(own));
  assert.deepEqual(problems, []);
  await page.close();
});

test('strict-CSP example: both modes work with no policy violation', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = await watchProblems(page);
  const requests = recordRequests(page);
  const response = await page.goto(new URL('examples/csp/', site.server.url).href);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await waitForWidgets(page, 2);
  assert.ok(await page.$$eval('#article aa-mark', (ms) => ms.length) > 0, 'in-place highlights');
  const bg = await page.$eval('#article aa-mark[data-aa-cat="hashtag"]', (m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the marks are styled (constructed stylesheet allowed)');
  assert.ok(await page.evaluate(() => document.getElementById('card').shadowRoot.querySelectorAll('.item').length) > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(problems, [], 'no CSP violation, no console error');
  assert.deepEqual(foreignRequests(requests, site.server.url), []);
  await page.close();
});

test('the page itself works under the strict CSP too', async () => {
  const cspServer = await startServer({ csp: true });
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const problems = await watchProblems(page);
  await page.goto(cspServer.url);
  await page.waitForFunction(() => Number(document.body.dataset.runs || 0) >= 1, null, { timeout: 30000 });
  assert.ok(await page.$$eval('#view mark.hl', (ms) => ms.length) > 0);
  await page.hover('#view mark.hl-hashtag');
  await page.waitForSelector('#tooltip:not([hidden])');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(download.suggestedFilename(), 'arabic-analysis.json');
  await page.waitForTimeout(300);
  assert.deepEqual(problems, []);
  await page.close();
  cspServer.close();
});

test('served from another origin (a CDN with CORS), the widget still works', async () => {
  const cdn = await startServer({ cors: true });
  const page = await site.browser.newPage();
  const problems = await watchProblems(page);
  const requests = recordRequests(page);
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  // 127.0.0.1 and localhost are different origins: host page on one, widget files on the other.
  const cdnBase = cdn.url.replace('127.0.0.1', 'localhost');
  await page.goto(`${new URL('examples/cross-origin.html', site.server.url).href}?from=${encodeURIComponent(cdnBase)}`);
  await page.waitForFunction(() => [...document.querySelectorAll('arabic-analyzer')].every((e) => e.dataset.state === 'ready'),
    null, { timeout: 30000 });
  assert.ok(requests.some((u) => u.startsWith(cdnBase) && u.endsWith('.wasm')), 'the wasm came from the other origin');
  assert.ok(workers.some((u) => u.startsWith('blob:')), 'analysis runs in a worker started from a same-origin blob');
  assert.ok(await page.$$eval('#article aa-mark[data-aa-cat="hashtag"]', (ms) => ms.map((m) => m.textContent).includes('#روسيا')));
  assert.ok(await page.evaluate(() => document.getElementById('card').shadowRoot.querySelectorAll('.item').length) > 0);
  assert.deepEqual(problems, []);
  await page.close();
  cdn.close();
});

test('screenshots of the widget: light and dark, desktop and phone', async () => {
  for (const [name, viewport, theme] of [
    ['widget-desktop-light', { width: 1280, height: 900 }, 'light'],
    ['widget-desktop-dark', { width: 1280, height: 900 }, 'dark'],
    ['widget-phone-light', { width: 390, height: 844 }, 'light'],
    ['widget-phone-dark', { width: 390, height: 844 }, 'dark'],
  ]) {
    // The example's host page and its widgets (theme="auto") both follow the system scheme.
    const page = await site.browser.newPage({ viewport, colorScheme: theme });
    await openExample(page, 'examples/');
    const cardBg = await page.evaluate(() => getComputedStyle(document.getElementById('card').shadowRoot.querySelector('.card')).backgroundColor);
    assert.equal(cardBg, theme === 'dark' ? 'rgb(28, 29, 35)' : 'rgb(255, 255, 255)');
    if (viewport.width < 600) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 1, `no horizontal scrolling on a phone (${overflow}px)`);
    }
    await page.screenshot({ path: screenshotPath(name), fullPage: viewport.width < 600 });
    await page.close();
  }
});
