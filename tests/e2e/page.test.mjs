// The page (dist/web/index.html) in Chromium: first load, pasting each seed with the highlights
// checked span by span against the result JSON the page exports, legend toggles, tooltips,
// click-to-highlight-all, exports, XSS probes, keyboard use, opt-in storage, the normalized
// view, uncertain entities dimmed, who said what (statements, their tooltip, the panel by
// speaker, the filter, the exports), the English interface, and screenshots (light/dark,
// desktop/phone).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  root, startServer, launchBrowser, recordRequests, foreignRequests, watchProblems, screenshotPath, plainDigits, realNews,
} from './support.mjs';
import { LOW_CONFIDENCE } from '../../web/lib/analysis-options.js';
import { speakerKey } from '../../web/lib/speaker-key.js';

const seedDir = path.join(root, 'tests/data');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(seedDir, f), 'utf8') }));

let server;
let browser;
let context;
let page;
let requests;
let problems;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  page = await context.newPage();
  requests = recordRequests(page);
  problems = await watchProblems(page);
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
});
after(async () => {
  await browser?.close();
  server?.close();
});

const runs = () => page.evaluate(() => Number(document.body.dataset.runs || 0));
async function waitForRun(previous) {
  await page.waitForFunction((n) => (Number(document.body.dataset.runs || 0) > n && document.body.dataset.state === 'idle') ||
    document.body.dataset.state === 'error', previous, { timeout: 30000 });
  assert.notEqual(await page.getAttribute('body', 'data-state'), 'error', await page.textContent('#status'));
}

/** Pastes text into the editor the way a user does: clipboard, select all, Ctrl+V. */
async function paste(text) {
  const n = await runs();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#input');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await waitForRun(n);
  assert.equal(await page.inputValue('#input'), text, 'the paste reached the editor');
}

async function downloadText(selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

async function exportedResult() {
  const { name, text } = await downloadText('#export-json');
  assert.equal(name, 'arabic-analysis.json');
  return JSON.parse(text);
}

// What the page must highlight for a result: one (category, start, end) per span.
function expectedSpans(result) {
  const cat = (t) => (['PER', 'LOC', 'ORG'].includes(t) ? t : 'NUM');
  const out = [];
  for (const h of result.hashtags) out.push(['hashtag', h.start, h.end]);
  for (const s of result.suspect_hashtags) out.push(['suspect', s.start, s.end]);
  for (const k of result.keywords) for (const o of k.occurrences) out.push(['keyword', o.start, o.end]);
  for (const e of result.entities) out.push([cat(e.type), e.start, e.end]);
  for (const list of [result.mentions, result.urls, result.cashtags]) for (const r of list) out.push(['social', r.start, r.end]);
  for (const q of result.quotes) out.push(['quote', q.content.start, q.content.end], ['quote', q.cue.start, q.cue.end]);
  return out.map((x) => x.join(':')).sort();
}

// The highlighted spans in the view: fragments of one span joined back together.
async function renderedSpans() {
  return page.$$eval('#view mark.hl', (marks) => {
    const bySpan = new Map();
    for (const m of marks) {
      const key = m.dataset.span;
      if (!bySpan.has(key)) bySpan.set(key, { cat: m.dataset.cat, start: Number(m.dataset.start), end: Number(m.dataset.end), text: '' });
      // A fragment's own text: its text nodes only (nested marks belong to their own span too).
      bySpan.get(key).text += m.textContent;
    }
    return [...bySpan.values()];
  });
}

test('first load analyzes the first sample (prints the time to the first result)', async () => {
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForFunction(() => Number(document.body.dataset.runs || 0) >= 1 || document.body.dataset.state === 'error',
    null, { timeout: 30000 });
  const ms = Date.now() - t0;
  assert.notEqual(await page.getAttribute('body', 'data-state'), 'error', await page.textContent('#status'));
  console.log(`# first load -> first result: ${ms} ms (status: ${await page.textContent('#status')})`);
  const input = await page.inputValue('#input');
  assert.equal(input, seeds[0].text, 'the first sample is loaded');
  assert.equal(await page.textContent('#view'), input, 'the highlighted view shows the whole text');
  assert.match(await page.textContent('#status'), /\d/, 'the time taken is shown');
  assert.ok(await page.$$eval('#keywords button.item', (b) => b.length) > 0, 'keywords panel is filled');
});

for (const seed of seeds) {
  test(`pasting ${seed.name}: every highlighted span is a result span and vice versa`, async () => {
    await paste(seed.text);
    const result = await exportedResult();
    assert.equal(await page.textContent('#view'), seed.text, 'no text lost or duplicated by highlighting');
    const rendered = await renderedSpans();
    for (const r of rendered) {
      assert.equal(r.text, seed.text.slice(r.start, r.end), `mark ${r.cat} ${r.start}-${r.end} shows its span`);
    }
    assert.deepEqual(rendered.map((r) => `${r.cat}:${r.start}:${r.end}`).sort(), expectedSpans(result));
    // The page's result is the JS API's result for the same text.
    const direct = await page.evaluate(async (text) => {
      const { createAnalyzer } = await import('./arabic-analyzer.js');
      const a = await createAnalyzer();
      return a.analyze(text);
    }, seed.text);
    for (const key of ['hashtags', 'suspect_hashtags', 'entities', 'mentions', 'urls', 'quotes', 'stats']) {
      assert.deepEqual(result[key], direct[key], key);
    }
    // Panels follow the result.
    assert.equal(await page.$$eval('#keywords button.item', (b) => b.length), result.keywords.length);
    // One entry per linked entity (group); unlinked ones (numbers, dates: group -1) per value.
    const groups = new Set(result.entities.map((e) => (e.group >= 0 ? `g${e.group}` : `${e.type}:${e.normalized}`)));
    assert.equal(await page.$$eval('#entities button.item', (b) => b.length), groups.size);
    assert.ok(await page.evaluate((n) => document.querySelector('#stats').textContent.includes(n.toLocaleString('ar')),
      result.stats.words), 'word count shown');
    assert.ok(rendered.length > 0, 'the seed gets highlights');
  });
}

test('seed facts: #الكلور is a highlighted hashtag, and overlapping spans nest without losing text', async () => {
  await paste(seeds[0].text);
  const tags = await page.$$eval('#view mark.hl-hashtag', (ms) => ms.map((m) => m.textContent));
  assert.ok(tags.includes('#الكلور'), `hashtags highlighted: ${tags.join(' ')}`);
  // Where an entity and a hashtag overlap, both are present: one nested in the other or split.
  const nested = await page.$$eval('#view mark.hl mark.hl', (ms) => ms.length);
  assert.ok(nested > 0, 'some spans overlap and are drawn nested');
});

test('legend toggles hide and show a category without touching the text', async () => {
  const cats = await page.$$eval('#legend button.chip', (bs) => bs.map((b) => b.dataset.cat));
  assert.deepEqual(cats, ['hashtag', 'keyword', 'PER', 'LOC', 'ORG', 'NUM', 'suspect', 'social', 'quote']);
  const bg = (sel) => page.$eval(sel, (m) => getComputedStyle(m).backgroundColor);
  const shown = await bg('#view mark.hl-hashtag');
  assert.notEqual(shown, 'rgba(0, 0, 0, 0)');
  await page.click('#legend [data-cat="hashtag"]');
  assert.equal(await page.getAttribute('#legend [data-cat="hashtag"]', 'aria-pressed'), 'false');
  assert.equal(await bg('#view mark.hl-hashtag'), 'rgba(0, 0, 0, 0)', 'hidden hashtags lose their colour');
  assert.notEqual(await bg('#view mark.hl-LOC'), 'rgba(0, 0, 0, 0)', 'other categories keep theirs');
  assert.equal(await page.textContent('#view'), seeds[0].text);
  // Keyboard works the same as the mouse.
  await page.focus('#legend [data-cat="hashtag"]');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#legend [data-cat="hashtag"]', 'aria-pressed'), 'true');
  assert.equal(await bg('#view mark.hl-hashtag'), shown);
});

test('hover shows a tooltip with type, normalized form, score and why, in the interface language', async () => {
  const result = await exportedResult();
  const top = result.keywords[0];
  const occ = top.occurrences[0];
  // The innermost mark at the keyword's first occurrence: hover its head fragment.
  const sel = `#view mark.hl-keyword[data-start="${occ.start}"][data-end="${occ.end}"]:not([data-frag])`;
  const tooltip = async () => {
    await page.mouse.move(0, 0);
    await page.hover(sel);
    await page.waitForSelector('#tooltip:not([hidden])');
    return page.textContent('#tooltip');
  };
  const tip = await tooltip();
  assert.ok(tip.includes(top.normalized), `tooltip "${tip}" names the normalized form`);
  assert.ok(tip.includes(Number(top.score).toFixed(2)), 'and the score');
  assert.equal(await page.getAttribute(sel, 'aria-describedby'), 'tooltip');
  // The first seed's top keyword is the hashtag of its title (#الكلور); why is data, worded
  // in the interface's language.
  assert.deepEqual([top.term, top.why.code], ['الكلور', 'hashtag_in_title']);
  const { count, sentences } = top.why;
  assert.ok(tip.includes(`وسم ورد في العنوان؛ ${count} مرات في ${sentences} جمل`), `Arabic why in "${tip}"`);
  assert.ok(!/occurrence|hashtag/.test(tip), 'no English in the Arabic interface');
  await page.click('#lang-toggle');
  const english = await tooltip();
  assert.ok(english.includes(`a hashtag, also in the title; ${count} occurrences in ${sentences} sentences`), `English why in "${english}"`);
  await page.click('#lang-toggle');
  await page.mouse.move(0, 0);
});

test('uncertain entities are dimmed and certain ones not; a tooltip gives the confidence in percent, in either language', async () => {
  // Real news, nothing forced: the first seed or repository article with people, places or
  // organizations of one type on both sides of the threshold.
  const names = (r) => r.entities.filter((e) => ['PER', 'LOC', 'ORG'].includes(e.type));
  let result;
  let low;
  let high;
  for (const text of [...seeds.map((s) => s.text), ...realNews()]) {
    await paste(text);
    result = await exportedResult();
    low = names(result).find((e) => e.confidence < LOW_CONFIDENCE);
    high = names(result).find((e) => e.confidence >= LOW_CONFIDENCE && e.type === low?.type);
    if (low && high) break;
  }
  assert.ok(low && high, 'a seed has an uncertain and a certain entity of one type');
  // Exactly the uncertain entities are dimmed.
  const dimmed = await page.$$eval('#view mark.hl-low:not([data-frag])', (ms) => ms.map((m) => `${m.dataset.start}:${m.dataset.end}`));
  const uncertain = names(result).filter((e) => e.confidence < LOW_CONFIDENCE).map((e) => `${e.start}:${e.end}`);
  assert.deepEqual(dimmed.sort(), uncertain.sort());
  const markOf = (e) => `#view mark.hl-${e.type}[data-start="${e.start}"][data-end="${e.end}"]:not([data-frag])`;
  const look = (e) => page.$eval(markOf(e), (m) => ({ bg: getComputedStyle(m).backgroundColor, line: getComputedStyle(m).borderBottomStyle }));
  const [lowLook, highLook] = [await look(low), await look(high)];
  assert.equal(lowLook.line, 'dashed', 'an uncertain entity is underlined dashed');
  assert.notEqual(highLook.line, 'dashed');
  assert.notEqual(lowLook.bg, highLook.bg, 'and paler than a certain one of its type');

  const tooltip = async (e) => {
    await page.mouse.move(0, 0);
    await page.hover(markOf(e));
    await page.waitForSelector('#tooltip:not([hidden])');
    return plainDigits(await page.textContent('#tooltip'));
  };
  const percent = (e) => Math.round(e.confidence * 100);
  let tip = await tooltip(low);
  assert.ok(tip.includes(`الثقة: ${percent(low)}% (غير مؤكد)`), `Arabic: ${tip}`);
  tip = await tooltip(high);
  assert.ok(tip.includes(`الثقة: ${percent(high)}%`) && !tip.includes('غير مؤكد'), `Arabic: ${tip}`);
  await page.click('#lang-toggle');
  tip = await tooltip(low);
  assert.ok(tip.includes(`Confidence: ${percent(low)}% (uncertain)`), `English: ${tip}`);
  tip = await tooltip(high);
  assert.ok(tip.includes(`Confidence: ${percent(high)}%`) && !tip.includes('uncertain'), `English: ${tip}`);
  await page.click('#lang-toggle');
  await page.mouse.move(0, 0);
  if (await page.inputValue('#input') !== seeds[0].text) await paste(seeds[0].text);   // where the next tests start
});

test('clicking an item highlights every occurrence, variants included, and steps through them', async () => {
  const result = await exportedResult();
  // Keyword from the panel: all its occurrences, first one current.
  const kw = result.keywords.find((k) => k.occurrences.length >= 2) || result.keywords[0];
  const index = result.keywords.indexOf(kw);
  await page.click(`#keywords button.item[data-item="kw:${index}"]`);
  const selected = await page.$$eval('#view mark.sel:not([data-frag])', (ms) => ms.map((m) => `${m.dataset.start}-${m.dataset.end}`));
  assert.deepEqual(selected.sort(), kw.occurrences.map((o) => `${o.start}-${o.end}`).sort());
  const current = () => page.$eval('#view mark.current:not([data-frag])', (m) => Number(m.dataset.start));
  assert.equal(await current(), kw.occurrences[0].start);
  assert.match(await page.textContent('#selection-label'), new RegExp(`1.*${kw.occurrences.length}|١.*`));
  await page.click(`#keywords button.item[data-item="kw:${index}"]`);
  assert.equal(await current(), kw.occurrences[1].start, 'a second click moves to the next occurrence');
  await page.waitForFunction(() => {
    const r = document.querySelector('#view mark.current').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });

  // An entity clicked in the text: every member of its group, whatever the spelling.
  const byGroup = new Map();
  for (const e of result.entities) {
    if (!(e.group >= 0)) continue;
    if (!byGroup.has(e.group)) byGroup.set(e.group, []);
    byGroup.get(e.group).push(e);
  }
  const groups = [...byGroup.values()].sort((a, b) => new Set(b.map((e) => e.text)).size - new Set(a.map((e) => e.text)).size || b.length - a.length);
  const group = groups[0];
  assert.ok(group && group.length >= 2, 'the seed has an entity mentioned twice');
  const first = group[0];
  // The click lands on the entity's own mark (a keyword nested inside it would take a click there).
  await page.dispatchEvent(`#view mark.hl:not(.hl-keyword):not(.hl-hashtag):not([data-frag])[data-start="${first.start}"][data-end="${first.end}"]`, 'click');
  const marked = await page.$$eval('#view mark.sel:not([data-frag])', (ms) => ms.map((m) => `${m.dataset.start}-${m.dataset.end}`));
  assert.deepEqual(marked.sort(), group.map((e) => `${e.start}-${e.end}`).sort());
  assert.equal(await current(), group[1].start, 'clicking an occurrence moves on to the next one');
  await page.click('#sel-clear');
  assert.equal(await page.$$eval('#view mark.sel', (ms) => ms.length), 0);
});

// The statements of a result by speaker, as the brief groups them: the speaker's entity group,
// else its text with spelling variants folded, else unattributed (key 'none').
function bySpeaker(result) {
  const groups = new Map();
  for (const q of result.quotes) {
    const s = q.speaker;
    const key = !s ? 'none' : s.group != null && s.group >= 0 ? `g${s.group}` : `t:${speakerKey(s.text)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(q);
  }
  return groups;
}

test('who said what: statements underlined at their offsets, the speaker in their tooltip, a panel by speaker that walks them, the filter, in both languages', async () => {
  // Real news, nothing forced: the first seed or repository article with an unattributed
  // statement and a speaker of two statements or more (found with the page's own JS API).
  const text = await page.evaluate(async (texts) => {
    const { createAnalyzer } = await import('./arabic-analyzer.js');
    const a = await createAnalyzer();
    return texts.find((t) => {
      const { quotes } = a.analyze(t);
      const count = (s) => quotes.filter((q) => q.speaker?.text === s.text).length;
      return quotes.some((q) => !q.speaker) && quotes.some((q) => q.speaker && count(q.speaker) >= 2);
    });
  }, [...seeds.map((s) => s.text), ...realNews()]);
  assert.ok(text, 'an article has an unattributed statement and a speaker with two');
  await paste(text);
  const result = await exportedResult();
  // Statements and cues are drawn exactly at the JSON's offsets, over their text.
  const drawn = await page.$$eval('#view mark.hl-quote:not([data-frag])', (ms) => ms.map((m) => `${m.classList.contains('hl-cue') ? 'cue' : 'content'}:${m.dataset.start}:${m.dataset.end}`));
  assert.deepEqual(drawn.sort(), result.quotes.flatMap((q) => [`content:${q.content.start}:${q.content.end}`, `cue:${q.cue.start}:${q.cue.end}`]).sort());
  for (const q of result.quotes) assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
  const statement = `#view mark.hl-quote:not(.hl-cue):not([data-frag])`;
  const underline = await page.$eval(statement, (m) => getComputedStyle(m).textDecorationLine);
  assert.equal(underline, 'underline', 'a statement is underlined');

  // The tooltip of a statement (focused: its own mark) and of its cue (hovered) names the speaker.
  const said = result.quotes.find((q) => q.speaker);
  const unsaid = result.quotes.find((q) => !q.speaker);
  const tipOf = async (q, cue, how) => {
    const span = cue ? q.cue : q.content;
    const sel = `#view mark.hl-quote${cue ? '.hl-cue' : ':not(.hl-cue)'}[data-start="${span.start}"][data-end="${span.end}"]:not([data-frag])`;
    await page.mouse.move(0, 0);
    if (how === 'hover') await page.hover(sel); else await page.focus(sel);
    await page.waitForSelector('#tooltip:not([hidden])');
    const tip = await page.textContent('#tooltip');
    await page.evaluate(() => document.activeElement?.blur());
    return tip;
  };
  const panelHead = async () => page.textContent('#quotes-title');
  for (const [lang, L] of [['ar', { speaker: 'القائل', cue: 'الإسناد', none: 'غير منسوب', title: 'من قال ماذا' }],
    ['en', { speaker: 'Speaker', cue: 'Attributed by', none: 'Unattributed', title: 'Who said what' }]]) {
    if (await page.getAttribute('html', 'lang') !== lang) await page.click('#lang-toggle');
    let tip = await tipOf(said, false, 'focus');
    assert.ok(tip.includes(`${L.speaker}: ${said.speaker.text}`) && tip.includes(`${L.cue}: ${said.cue.text}`), `${lang} statement: ${tip}`);
    tip = await tipOf(said, true, 'hover');
    assert.ok(tip.includes(`${L.speaker}: ${said.speaker.text}`), `${lang} cue: ${tip}`);
    tip = await tipOf(unsaid, false, 'focus');
    assert.ok(tip.includes(`${L.speaker}: ${L.none}`), `${lang} unattributed: ${tip}`);

    // The panel: one entry per speaker, its statements listed under it, the unattributed last.
    assert.equal(await panelHead(), L.title);
    const panel = await page.$$eval('#quotes li.speaker', (lis) => lis.map((li) => ({
      item: li.querySelector('button.item').dataset.item,
      label: li.querySelector('button.item .label').textContent,
      said: [...li.querySelectorAll('.said li')].map((s) => s.textContent),
    })));
    const groups = bySpeaker(result);
    assert.equal(panel.length, groups.size, 'one entry per speaker');
    const excerpt = (c) => (c.length > 160 ? c.slice(0, 40) : c);
    for (const entry of panel) {
      const quotes = groups.get(entry.item.replace(/^quote:/, ''));
      assert.ok(quotes, `${lang}: the entry ${entry.item} is a speaker of the result`);
      // Named by its fullest mention (the longest), or as unattributed.
      const names = quotes.map((q) => q.speaker?.text ?? L.none);
      assert.equal(entry.label, names.reduce((a, b) => (b.length > a.length ? b : a)));
      assert.equal(entry.said.length, quotes.length, `${entry.label}: its statements`);
      quotes.forEach((q, i) => assert.ok(entry.said[i].startsWith(excerpt(q.content.text)), `${entry.label}: ${entry.said[i]}`));
    }
    assert.equal(panel[panel.length - 1].label, L.none, 'the unattributed statements come last');
  }

  // Clicking a speaker walks its statements in the text, as other items walk their occurrences.
  const [key, quotes] = [...bySpeaker(result)].find(([k, qs]) => k !== 'none' && qs.length >= 2);
  const button = `#quotes button.item[data-item="quote:${key}"]`;
  await page.click(button);
  const selected = await page.$$eval('#view mark.sel:not([data-frag])', (ms) => ms.map((m) => `${m.dataset.start}-${m.dataset.end}`));
  assert.deepEqual(selected.sort(), quotes.map((q) => `${q.content.start}-${q.content.end}`).sort(), 'every statement of the speaker, and only those');
  const current = () => page.$eval('#view mark.current:not([data-frag])', (m) => Number(m.dataset.start));
  assert.equal(await current(), quotes[0].content.start);
  await page.click(button);
  assert.equal(await current(), quotes[1].content.start, 'a second click moves to the next statement');
  assert.match(plainDigits(await page.textContent('#selection-label')), new RegExp(`2 (of|من) ${quotes.length}`));
  // A cue clicked in the text stands for its statement: the next one becomes current.
  await page.dispatchEvent(`#view mark.hl-cue[data-start="${quotes[0].cue.start}"]:not([data-frag])`, 'click');
  assert.equal(await current(), quotes[1].content.start);
  await page.click('#sel-clear');

  // The legend's toggle hides statements and cues, and brings them back.
  const look = () => page.$eval(statement, (m) => getComputedStyle(m).textDecorationLine);
  const cueLook = () => page.$eval('#view mark.hl-cue', (m) => getComputedStyle(m).backgroundColor);
  const cueShown = await cueLook();
  assert.notEqual(cueShown, 'rgba(0, 0, 0, 0)', 'a cue is tinted');
  await page.click('#legend [data-cat="quote"]');
  assert.equal(await look(), 'none', 'hidden statements lose their underline');
  assert.equal(await cueLook(), 'rgba(0, 0, 0, 0)', 'and their cues their tint');
  await page.focus(statement);
  assert.equal(await page.isHidden('#tooltip'), true, 'a hidden statement has no tooltip');
  await page.click('#legend [data-cat="quote"]');
  assert.equal(await look(), 'underline');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('#lang-toggle');
  await page.mouse.move(0, 0);
  await paste(seeds[0].text);   // where the next tests start
});

test('keyboard: arrows move between highlights, focus shows the tooltip, Enter selects', async () => {
  await page.focus('#view mark.hl[tabindex="0"]');
  const firstStart = await page.evaluate(() => Number(document.activeElement.dataset.start));
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => ({ start: Number(document.activeElement.dataset.start), tag: document.activeElement.tagName }));
  assert.equal(second.tag, 'MARK');
  assert.ok(second.start >= firstStart);
  await page.waitForSelector('#tooltip:not([hidden])');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.ok(await page.$$eval('#view mark.sel', (ms) => ms.length) >= 1);
  await page.keyboard.press('Escape');
  assert.equal(await page.$$eval('#view mark.sel', (ms) => ms.length), 0);
});

test('exports: JSON result, keywords to the clipboard, annotated HTML', async () => {
  const result = await exportedResult();
  assert.equal(result.schema, 3);
  assert.ok(result.quotes.length > 0 && result.quotes.every((q) => q.content && q.cue && 'speaker' in q), 'the JSON carries who said what');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.click('#copy-keywords');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).length > 0);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, result.keywords.map((k) => k.term).join('\n'));
  const { name, text: html } = await downloadText('#export-html');
  assert.equal(name, 'arabic-analysis.html');
  assert.match(html, /^<!doctype html>/i);
  // The annotated file shows the same text (as text) with the same highlights.
  const check = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const body = doc.querySelector('.text');
    const statements = [...body.querySelectorAll('mark.hl-quote:not(.hl-cue)')];
    return {
      text: body.textContent, marks: body.querySelectorAll('mark').length, scripts: doc.querySelectorAll('script').length,
      statements: statements.length, titles: statements.map((m) => m.title),
      heading: doc.querySelector('h2')?.textContent,
      speakers: [...doc.querySelectorAll('.who-said-what > li')].map((li) => ({
        head: li.querySelector('strong').textContent, said: [...li.querySelectorAll('.said li')].map((s) => s.textContent),
      })),
    };
  }, html);
  assert.equal(check.text, await page.inputValue('#input'));
  assert.equal(check.marks, await page.$$eval('#view mark.hl', (ms) => ms.length));
  assert.equal(check.statements, await page.$$eval('#view mark.hl-quote:not(.hl-cue)', (ms) => ms.length));
  assert.equal(check.scripts, 0);
  // Statements are marked with their speaker, and who said what follows the text.
  for (const q of result.quotes.filter((x) => x.speaker)) {
    assert.ok(check.titles.some((t) => t.includes(`القائل: ${q.speaker.text}`) && t.includes(q.cue.text)), `a statement of ${q.speaker.text} is marked`);
  }
  assert.equal(check.heading, 'من قال ماذا');
  assert.equal(check.speakers.length, bySpeaker(result).size);
  assert.deepEqual(check.speakers.flatMap((s) => s.said).sort(), result.quotes.map((q) => q.content.text).sort());
  for (const [key, quotes] of bySpeaker(result)) {
    if (key === 'none') continue;
    assert.ok(check.speakers.some((s) => s.head.startsWith(quotes[0].speaker.text) || quotes.some((q) => s.head.startsWith(q.speaker.text))),
      `${quotes[0].speaker.text} is listed`);
  }
});

test('XSS probes in the text stay inert text everywhere', async () => {
  const probe = 'خبر عاجل <img src=x onerror=alert(1)> و<script>alert(2)</script> #وسم_تجريبي <b onclick="alert(3)">عريض</b> "><svg onload=alert(4)>';
  await paste(probe);
  assert.equal(await page.textContent('#view'), probe);
  assert.equal(await page.$$eval('#view img, #view script, #view b, #view svg, #tooltip *:not(div):not(span):not(strong)', (e) => e.length), 0);
  assert.equal(await page.$$eval('body img, body svg', (e) => e.length), 0, 'no element was created from the text');
  await page.hover('#view mark.hl-hashtag');
  const { text: html } = await downloadText('#export-html');
  assert.ok(!/<img|<script|<svg|<b[ >]/i.test(html), 'annotated HTML has the probes only as escaped text');
  assert.ok(html.includes('&lt;'), 'the < of the text are escaped');
  const exported = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return { text: doc.querySelector('.text').textContent, elements: doc.querySelectorAll('.text :not(mark)').length };
  }, html);
  assert.deepEqual(exported, { text: probe, elements: 0 });
  await page.click('#tab-norm');
  await page.waitForFunction(() => document.querySelector('#normalized').textContent.includes('onerror'));
  assert.equal(await page.$$eval('#normalized *', (e) => e.length), 0);
  await page.click('#tab-hl');
  await page.waitForTimeout(200);   // an onerror/onload would have fired by now
  assert.deepEqual(problems.filter((p) => p.startsWith('dialog')), []);
  assert.ok(!requests.some((u) => u.endsWith('/x')), 'the img was never requested');
});

test('a newer text always wins: a long analysis still running never overwrites it', async () => {
  const n = await runs();
  const long = Array(60).fill(seeds[1].text).join('\n\n');
  await page.fill('#input', long);
  await page.dispatchEvent('#input', 'paste');
  await page.waitForTimeout(30);
  await page.fill('#input', seeds[0].text);
  await page.dispatchEvent('#input', 'paste');
  await waitForRun(n);
  await page.waitForTimeout(1500);   // long enough for the long text's analysis to have come back
  assert.equal(await page.textContent('#view'), seeds[0].text);
  assert.equal(await page.inputValue('#input'), seeds[0].text);
});

test('a long text (about 190K units) is drawn in pieces, completely, with every span in place', async () => {
  const long = Array(40).fill(seeds[1].text).join('\n\n');
  await page.evaluate((t) => {
    const input = document.getElementById('input');
    input.value = t;
    input.dispatchEvent(new Event('paste'));
  }, long);
  const n = await runs();
  await waitForRun(n);
  assert.ok(await page.$$eval('#view > .chunk', (c) => c.length) > 2, 'drawn in pieces');
  assert.equal(await page.evaluate(() => document.getElementById('view').textContent.length), long.length);
  assert.ok(await page.evaluate((t) => document.getElementById('view').textContent === t, long));
  const result = await exportedResult();
  const rendered = await renderedSpans();
  assert.ok(rendered.every((r) => r.text === long.slice(r.start, r.end)));
  assert.deepEqual(rendered.map((r) => `${r.cat}:${r.start}:${r.end}`).sort(), expectedSpans(result));
});

test('odd input: NUL, unpaired surrogates and emoji stay in place and offsets stay right', async () => {
  // Built inside the page: the clipboard and the protocol would turn lone surrogates into U+FFFD.
  const n = await runs();
  await page.evaluate(() => {
    const input = document.getElementById('input');
    input.value = `#وسم\u0000 نص ${String.fromCharCode(0xD800)} ثم 👍🏽 #الغوطة_الشرقية ${String.fromCharCode(0xDC00)} نهاية`;
    input.dispatchEvent(new Event('paste'));
  });
  await waitForRun(n);
  const check = await page.evaluate(() => {
    const text = document.getElementById('input').value;
    const spans = [...document.querySelectorAll('#view mark.hl:not([data-frag])')].map((m) => {
      const parts = [...document.querySelectorAll(`#view mark[data-span="${m.dataset.span}"]`)].map((f) => f.textContent).join('');
      return { cat: m.dataset.cat, ok: parts === text.slice(Number(m.dataset.start), Number(m.dataset.end)), text: parts };
    });
    return { same: document.getElementById('view').textContent === text, lone: text.includes(String.fromCharCode(0xD800)), spans };
  });
  assert.equal(check.lone, true);
  assert.equal(check.same, true, 'the view shows the text unit for unit');
  assert.ok(check.spans.every((s) => s.ok), JSON.stringify(check.spans));
  assert.ok(check.spans.some((s) => s.cat === 'hashtag' && s.text === '#الغوطة_الشرقية'));
});

test('normalized view follows the profile switch', async () => {
  await paste(seeds[1].text);
  await page.click('#tab-norm');
  for (const profile of ['search', 'display', 'none']) {
    await page.selectOption('#profile', profile);
    const expected = await page.evaluate(async ({ text, profile: p }) => {
      const { createAnalyzer } = await import('./arabic-analyzer.js');
      return (await createAnalyzer()).normalize(text, { profile: p });
    }, { text: seeds[1].text, profile });
    await page.waitForFunction((e) => document.querySelector('#normalized').textContent === e, expected, { timeout: 10000 });
  }
  await page.click('#tab-hl');
});

test('nothing is stored unless the user opts in; opted in, the text survives a reload', async () => {
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.check('#remember');
  await page.fill('#input', seeds[0].text.slice(0, 400));
  await page.waitForFunction(() => (localStorage.getItem('arabic-analyzer.text') || '').length === 400, null, { timeout: 10000 });
  await page.reload();
  await page.waitForFunction(() => Number(document.body.dataset.runs || 0) >= 1, null, { timeout: 30000 });
  assert.equal(await page.inputValue('#input'), seeds[0].text.slice(0, 400));
  assert.equal(await page.isChecked('#remember'), true);
  await page.uncheck('#remember');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'opting out deletes what was kept');
});

// WCAG contrast of the text over every highlight colour (uncertain entities' paler ones too),
// the muted labels and the buttons.
function contrastReport() {
  const parse = (c) => {
    const v = c.match(/[\d.]+/g).map(Number);
    // color-mix() (uncertain entities) computes to color(srgb r g b / a), components in [0, 1].
    return c.startsWith('color(') ? [...v.slice(0, 3).map((x) => x * 255), ...v.slice(3)] : v;
  };
  const over = (fg, bg) => {   // alpha-composite fg (rgba) over an opaque bg
    const a = fg.length > 3 ? fg[3] : 1;
    return [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a));
  };
  const lum = (rgb) => {
    const [r, g, b] = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const card = parse(getComputedStyle(document.querySelector('#view-card')).backgroundColor);
  const out = [];
  for (const m of document.querySelectorAll('#view > mark.hl')) {
    const key = m.classList.contains('hl-low') ? `${m.dataset.cat} (uncertain)` : m.classList.contains('hl-cue') ? 'quote (cue)' : m.dataset.cat;
    if (out.some((o) => o.what === key)) continue;
    const cs = getComputedStyle(m);
    const bg = over(parse(cs.backgroundColor), card);
    out.push({ what: key, ratio: ratio(over(parse(cs.color), bg), bg) });
    // An underline that is the highlight itself (statements) is a graphic: 3:1 against the card.
    if (cs.textDecorationLine === 'underline') out.push({ what: `${key} underline`, ratio: ratio(over(parse(cs.textDecorationColor), bg), bg), min: 3 });
  }
  for (const sel of ['#status', '.privacy', '#legend .chip .count', '#export-json', '.tabs [aria-selected="true"]']) {
    const e = document.querySelector(sel);
    let bgEl = e;
    while (bgEl && parse(getComputedStyle(bgEl).backgroundColor)[3] === 0) bgEl = bgEl.parentElement;
    const bg = bgEl ? over(parse(getComputedStyle(bgEl).backgroundColor), card) : card;
    out.push({ what: sel, ratio: ratio(over(parse(getComputedStyle(e).color), bg), bg) });
  }
  return out.map((o) => ({ min: 4.5, ...o }));
}

test('contrast: text over every highlight colour and the interface labels is at least 4.5:1, statement underlines 3:1, in both themes', async () => {
  await paste(seeds[0].text);
  for (const theme of ['light', 'dark']) {
    if (await page.getAttribute('html', 'data-theme') !== theme) await page.click('#theme-toggle');
    const report = await page.evaluate(contrastReport);
    assert.ok(report.length >= 8, JSON.stringify(report));
    for (const what of ['quote', 'quote underline', 'quote (cue)']) assert.ok(report.some((o) => o.what === what), `${what} measured`);
    for (const { what, ratio, min } of report) assert.ok(ratio >= min, `${theme}: ${what} has contrast ${ratio.toFixed(2)}`);
  }
  await page.click('#theme-toggle');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
});

test('English interface, dark theme, and screenshots at desktop and phone widths', async () => {
  await paste(seeds[0].text);
  const top = (await exportedResult()).keywords[0].occurrences[0];   // the shot shows its tooltip
  await page.evaluate(() => {
    document.activeElement.blur();
    document.getElementById('input').scrollTop = 0;
    scrollTo(0, 0);
  });
  await page.mouse.move(5, 5);
  await page.$eval(`#view mark.hl-keyword[data-start="${top.start}"]:not([data-frag])`, (m) => m.focus({ preventScroll: true }));
  await page.waitForSelector('#tooltip:not([hidden])');
  await page.screenshot({ path: screenshotPath('page-desktop-light') });
  await page.click('#theme-toggle');
  await page.mouse.move(5, 890);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.screenshot({ path: screenshotPath('page-desktop-dark') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => document.getElementById('view-card').scrollIntoView());
  await page.screenshot({ path: screenshotPath('page-phone-dark') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling on a phone (${overflow}px)`);
  await page.click('#theme-toggle');
  await page.screenshot({ path: screenshotPath('page-phone-light') });
  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.textContent('h1'), 'Arabic article analyzer');
  assert.equal(await page.textContent('#view'), seeds[0].text, 'the text itself is unchanged');
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: screenshotPath('page-desktop-light-en') });
  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
});

test('no request left the page origin and nothing went wrong', () => {
  assert.deepEqual(foreignRequests(requests, server.url), []);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm came from the page origin');
  assert.ok(requests.some((u) => u.endsWith('.woff2')), 'the font came from the page origin');
  assert.deepEqual(problems, []);
});
