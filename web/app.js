// The page: the editor, analysis in a Web Worker (debounced while typing, at once on paste),
// the highlighted text with a legend, tooltips and click-to-find-all, the side panels, the
// normalized view, exports and the opt-in local storage.
//
// Safety: everything the user typed, and everything derived from it, reaches the DOM through
// textContent / text nodes / attribute setters only. No innerHTML anywhere.
import { AnalyzerClient, MAX_TEXT_UNITS } from './analyzer-client.js';
import { CATEGORY_KEYS, buildModel } from './lib/categories.js';
import { appendHighlighted, textDirection } from './lib/highlight.js';
import { showTooltip as showTip } from './lib/tooltip.js';
import { MarkIndex } from './lib/marks.js';
import { Selection } from './lib/selection.js';
import { pressItem } from './lib/item-buttons.js';
import { legendChips, toggleChip } from './lib/legend.js';
import { COLOURS, categoryRules, paletteRules, styleSheet } from './lib/palette.js';
import { LABELS, pickLang } from './lib/i18n.js';
import { renderKeywords, renderEntities, renderHashtags, renderStats } from './lib/panels.js';
import { annotatedHtml, copyText, download } from './lib/export.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const view = $('view');
const statusEl = $('status');
const tooltip = $('tooltip');
const legend = $('legend');

const STORE = { remember: 'arabic-analyzer.remember', text: 'arabic-analyzer.text', lang: 'arabic-analyzer.lang', theme: 'arabic-analyzer.theme' };
const ANALYZE_OPTIONS = { keywords: { top_k: 15 } };

const state = {
  lang: 'ar',
  theme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  text: '',
  result: null,
  model: null,
  ms: 0,
  hidden: new Set(),
  marks: new MarkIndex(),   // the marks of the drawn text
  heads: [],                // first fragment of every span, in text order
  runs: 0,
  charsPerMs: 300,          // updated from measured runs; drives the progress estimate
};
const L = () => LABELS[state.lang];
const selection = new Selection((m, flag, on) => m.classList.toggle(flag, on), state.marks);

document.adoptedStyleSheets = [...document.adoptedStyleSheets, styleSheet(
  paletteRules({ light: ':root', dark: ':root[data-theme="dark"]' }, [COLOURS]) +
  categoryRules((cat) => `.sw-${cat}`, '3px') + categoryRules((cat) => `mark.hl-${cat}`))];

// ---------- storage (opt-in only) ----------
function storage() {
  try { return window.localStorage; } catch { return null; }
}
const remembering = () => storage()?.getItem(STORE.remember) === '1';
function persist() {
  const s = storage();
  if (!s || !remembering()) return;
  try {
    s.setItem(STORE.text, input.value);
    s.setItem(STORE.lang, state.lang);
    s.setItem(STORE.theme, state.theme);
  } catch { /* quota: keeping the text is best effort */ }
}
function forget() {
  const s = storage();
  if (s) for (const key of Object.values(STORE)) s.removeItem(key);
}

// ---------- language and theme ----------
function applyLang() {
  const l = L();
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  document.title = `${l.title} — arabic-analyzer`;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = l[e.dataset.i18n];
  for (const e of document.querySelectorAll('[data-i18n-aria]')) e.setAttribute('aria-label', l[e.dataset.i18nAria]);
  for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = l[e.dataset.i18nPlaceholder];
  for (const o of $('profile').options) o.textContent = l.profiles[o.value];
  const lt = $('lang-toggle');
  lt.textContent = l.langToggle;
  lt.lang = state.lang === 'ar' ? 'en' : 'ar';
  lt.setAttribute('aria-label', l.langToggleLabel);
  applyTheme();
  buildLegend();
  renderSamples();
  if (state.result) renderResult();
  updateStatus();
  updateNotice();
}

function applyTheme() {
  document.documentElement.dataset.theme = state.theme;
  const b = $('theme-toggle');
  b.textContent = state.theme === 'dark' ? L().themeToLight : L().themeToDark;
  b.setAttribute('aria-pressed', String(state.theme === 'dark'));
}

// ---------- legend ----------
function buildLegend() {
  legend.replaceChildren(...legendChips(document, state.model?.spans ?? [], state.hidden, L()));
}

legend.addEventListener('click', (event) => {
  const chip = event.target.closest('button.chip');
  if (!chip) return;
  toggleChip(chip, state.hidden);
  applyHidden();
});

function applyHidden() {
  for (const cat of CATEGORY_KEYS) view.classList.toggle(`hide-${cat}`, state.hidden.has(cat));
  if (selection.item && state.hidden.has(selection.item.cat)) clearSelection();
  resetRoving();
  hideTooltip();
}

// ---------- highlighted text ----------
function makeMark(span, continued) {
  const m = document.createElement('mark');
  m.className = `hl hl-${span.cat}`;
  m.dataset.span = String(span.index);
  m.dataset.cat = span.cat;
  m.dataset.item = span.item;
  m.dataset.start = String(span.start);
  m.dataset.end = String(span.end);
  if (continued) m.dataset.frag = '1';
  return state.marks.add(span, m);
}

// Long texts are drawn in pieces of about CHUNK units cut after a line break, each in its own
// block (content-visibility lets the browser skip laying out the ones off screen), yielding to
// the event loop between pieces so the page keeps responding; a newer result cancels the rest.
const CHUNK = 30000;
let renderToken = 0;

function chunkCuts(text) {
  const cuts = [0];
  let pos = 0;
  while (text.length - pos > CHUNK * 1.5) {
    const nl = text.indexOf('\n', pos + CHUNK);
    if (nl < 0 || nl + 1 >= text.length) break;
    pos = nl + 1;
    cuts.push(pos);
  }
  cuts.push(text.length);
  return cuts;
}

async function renderText() {
  const token = ++renderToken;
  const { text } = state;
  state.marks = new MarkIndex();
  selection.redrawn(state.marks);
  state.heads = [];
  view.dir = textDirection(text);
  const cuts = chunkCuts(text);
  if (cuts.length <= 2) {
    const frag = document.createDocumentFragment();
    appendHighlighted(frag, text, state.model.spans, 0, text.length, makeMark);
    view.replaceChildren(frag);
  } else {
    view.replaceChildren();
    const sorted = state.model.spans.slice().sort((a, b) => a.start - b.start);
    const started = new Set();
    let next = 0;
    let carry = [];   // spans begun in an earlier piece that reach into this one
    let slice = performance.now();
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i];
      const to = cuts[i + 1];
      const local = carry.filter((s) => s.end > from);
      while (next < sorted.length && sorted[next].start < to) {
        if (sorted[next].end > from) local.push(sorted[next]);
        next++;
      }
      carry = local.filter((s) => s.end > to);
      const box = document.createElement('div');
      box.className = 'chunk';
      appendHighlighted(box, text, local, from, to, makeMark, started);
      view.append(box);
      if (performance.now() - slice > 40) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (token !== renderToken) return false;
        slice = performance.now();
      }
    }
  }
  state.heads = state.marks.heads();
  resetRoving();
  return true;
}

const isVisible = (m) => !state.hidden.has(m.dataset.cat);

function resetRoving() {
  let first = null;
  for (const m of state.heads) {
    m.tabIndex = -1;
    if (!first && isVisible(m)) first = m;
  }
  if (first) first.tabIndex = 0;
  view.tabIndex = first ? -1 : 0;
}

function focusMark(m) {
  for (const h of state.heads) if (h.tabIndex === 0) h.tabIndex = -1;
  m.tabIndex = 0;
  m.focus();
}

/** The innermost visible mark at an event target, and the chain of visible marks around it. */
const marksAt = (node) => state.marks.chainAt(node, (span) => !state.hidden.has(span.cat));
const spanOf = (mark) => state.marks.spanOf(mark);

// ---------- tooltip ----------
let tipFor = null;
function showTooltip(markEl) {
  const chain = marksAt(markEl);
  if (!chain.length) { hideTooltip(); return; }
  tooltip.lang = state.lang;
  tooltip.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  showTip(tooltip, markEl, chain.map(spanOf), L());
  if (tipFor && tipFor !== markEl) tipFor.removeAttribute('aria-describedby');
  tipFor = markEl;
  markEl.setAttribute('aria-describedby', 'tooltip');
}
function hideTooltip() {
  tooltip.hidden = true;
  if (tipFor) tipFor.removeAttribute('aria-describedby');
  tipFor = null;
}

view.addEventListener('mouseover', (e) => {
  const chain = marksAt(e.target);
  if (chain.length) showTooltip(chain[0]); else hideTooltip();
});
view.addEventListener('mouseleave', () => { if (!view.contains(document.activeElement)) hideTooltip(); });
view.addEventListener('focusin', (e) => { if (e.target.matches('mark.hl')) showTooltip(e.target); });
view.addEventListener('focusout', (e) => { if (!view.contains(e.relatedTarget)) hideTooltip(); });
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !tooltip.hidden) hideTooltip();
});
// The tooltip follows its mark when the page or the text view scrolls.
const followTip = () => { if (tipFor && !tooltip.hidden) showTooltip(tipFor); };
addEventListener('scroll', followTip, { passive: true });
view.addEventListener('scroll', followTip, { passive: true });

// ---------- selection: every occurrence of one item ----------
function clearSelection() {
  selection.clear();
  pressItem(document, null);
  $('selection').hidden = true;
}

function selectItem(itemId, fromSpan) {
  const item = state.model?.items.get(itemId);
  if (!item) return;
  if (selection.item !== item) {
    clearSelection();
    pressItem(document, itemId);
    if (state.hidden.has(item.cat)) {   // asking for an item shows its category
      state.hidden.delete(item.cat);
      legend.querySelector(`[data-cat="${item.cat}"]`)?.setAttribute('aria-pressed', 'true');
      applyHidden();
    }
  }
  selection.select(item, fromSpan);
  showOccurrence();
}

function stepSelection(delta) {
  if (!selection.item) return;
  selection.step(delta);
  showOccurrence();
}

function showOccurrence() {
  $('selection').hidden = false;
  $('selection-label').textContent = L().selection(selection.item.label, selection.pos + 1, selection.count);
}

view.addEventListener('click', (e) => {
  const chain = marksAt(e.target);
  if (!chain.length) return;
  selectItem(chain[0].dataset.item, spanOf(chain[0]));
});
view.addEventListener('keydown', (e) => {
  const current = e.target.closest?.('mark.hl');
  const visible = state.heads.filter(isVisible);
  if (!visible.length) return;
  const rtl = getComputedStyle(view).direction === 'rtl';
  const forward = { ArrowDown: 1, ArrowUp: -1, ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1 }[e.key];
  if (forward) {
    e.preventDefault();
    const i = current ? visible.indexOf(current) : -1;
    focusMark(visible[Math.max(0, Math.min(visible.length - 1, i + forward))]);
  } else if (e.key === 'Home' || e.key === 'End') {
    e.preventDefault();
    focusMark(e.key === 'Home' ? visible[0] : visible[visible.length - 1]);
  } else if ((e.key === 'Enter' || e.key === ' ') && current) {
    e.preventDefault();
    selectItem(current.dataset.item, spanOf(current));
  } else if (e.key === 'Escape') {
    clearSelection();
  }
});

document.querySelector('.side').addEventListener('click', (e) => {
  const b = e.target.closest('button.item');
  if (b) selectItem(b.dataset.item, null);
});
$('sel-next').addEventListener('click', () => stepSelection(1));
$('sel-prev').addEventListener('click', () => stepSelection(-1));
$('sel-clear').addEventListener('click', clearSelection);

// ---------- rendering a result ----------
async function renderResult() {
  const l = L();
  const selected = selection.item?.id;
  clearSelection();
  buildLegend();
  renderKeywords($('keywords'), state.model, l);
  renderEntities($('entities'), state.model, l);
  renderHashtags($('hashtags'), $('extra-tags'), state.model, l);
  renderStats($('stats'), state.result.stats, l, state.lang);
  if (!(await renderText())) return false;
  applyHidden();
  // Re-rendering (language switch) keeps the selection without jumping.
  const kept = state.model.items.get(selected) ?? null;
  selection.redrawn(state.marks, kept);
  if (kept) pressItem(document, selected);
  return true;
}

function clearResult() {
  state.result = null;
  state.model = null;
  clearSelection();
  view.replaceChildren();
  state.marks = new MarkIndex();
  selection.redrawn(state.marks);
  state.heads = [];
  for (const id of ['keywords', 'entities', 'hashtags', 'extra-tags', 'stats']) $(id).replaceChildren();
  $('normalized').replaceChildren();
  buildLegend();
}

// ---------- status and progress ----------
let statusOverride = null;
function updateStatus() {
  const l = L();
  let text;
  if (statusOverride) text = statusOverride;
  else if (state.error) text = `${l.error}: ${l.errors[state.error.code] ?? state.error.message}`;
  else if (state.busy) text = l.analyzing;
  else if (state.result) text = l.analyzedIn(state.ms);
  else if (!input.value.trim()) text = l.empty;
  else text = l.loading;
  statusEl.textContent = text;
  document.body.dataset.state = state.error ? 'error' : state.busy ? 'busy' : 'idle';
}

let progressTimer = 0;
function startProgress(length) {
  stopProgress();
  const t0 = performance.now();
  const expected = length / state.charsPerMs;
  progressTimer = setInterval(() => {
    const elapsed = performance.now() - t0;
    if (elapsed < 250) return;   // short texts finish before any progress is worth showing
    const pct = Math.min(95, Math.round((elapsed / Math.max(expected, 1)) * 100));
    $('progress').hidden = false;
    $('progress-bar').value = pct;
    $('progress-label').textContent = L().progress(pct.toLocaleString(state.lang), (elapsed / 1000).toFixed(1));
  }, 100);
}
function stopProgress() {
  clearInterval(progressTimer);
  $('progress').hidden = true;
}

// ---------- analysis ----------
const client = new AnalyzerClient();
let timer = 0;
let runToken = 0;

function schedule(immediate) {
  clearTimeout(timer);
  const n = input.value.length;
  // Longer texts wait a little longer after the last keystroke: each run costs more.
  const delay = immediate ? 0 : Math.min(1200, 250 + n / 4000);
  timer = setTimeout(run, delay);
}

async function run() {
  const text = input.value;
  const token = ++runToken;
  // A long analysis of an older text is abandoned rather than waited for.
  if (client.busyFor() > 500) client.restart();
  persist();
  if (!text.trim()) {
    state.text = text;
    state.error = null;
    state.busy = false;
    stopProgress();
    clearResult();
    updateStatus();
    return;
  }
  state.busy = true;
  updateStatus();
  startProgress(text.length);
  try {
    const { result, ms } = await client.analyze(text, ANALYZE_OPTIONS);
    if (token !== runToken) return;
    state.text = text;
    state.result = result;
    state.model = buildModel(result);
    state.ms = ms;
    state.error = null;
    if (text.length > 2000 && ms > 0) state.charsPerMs = text.length / ms;
    if (!(await renderResult()) || token !== runToken) return;
    if (!$('panel-norm').hidden) refreshNormalized();
    state.runs++;
    document.body.dataset.runs = String(state.runs);
  } catch (e) {
    if (e.code === 'superseded' || token !== runToken) return;
    state.error = e;   // the text stays in the editor: nothing typed is lost
  } finally {
    if (token === runToken) {
      state.busy = false;
      stopProgress();
      updateStatus();
    }
  }
}

// ---------- text over the limit ----------
// Text over the core's limit never enters the textarea: laying out tens of millions of
// characters froze the tab for about a minute, only for the analysis to refuse them. The
// refused text stays where it came from (the clipboard, the dragged selection).
let refusedUnits = 0;
function updateNotice() {
  const notice = $('notice');
  notice.hidden = refusedUnits === 0;
  notice.textContent = refusedUnits ? L().pasteTooLarge(refusedUnits.toLocaleString(state.lang),
    MAX_TEXT_UNITS.toLocaleString(state.lang)) : '';
}
/** Cancels an insertion of `units` code units that would take the editor over the limit. */
function refuseOversized(event, units) {
  const total = input.value.length - (input.selectionEnd - input.selectionStart) + units;
  if (total <= MAX_TEXT_UNITS) return false;
  event.preventDefault();
  refusedUnits = total;
  updateNotice();
  return true;
}
const insertedUnits = (data) => data?.getData('text/plain')?.length ?? 0;

input.addEventListener('paste', (e) => {
  if (refuseOversized(e, insertedUnits(e.clipboardData))) return;
  setTimeout(() => schedule(true), 0);
});
input.addEventListener('drop', (e) => refuseOversized(e, insertedUnits(e.dataTransfer)));
input.addEventListener('beforeinput', (e) => {
  // Other ways in (the context menu, drag and drop, input methods) all pass through here.
  const units = e.data != null ? e.data.length : insertedUnits(e.dataTransfer);
  if (units) refuseOversized(e, units);   // deletions always pass, even over the limit
});
input.addEventListener('input', () => {
  if (refusedUnits) { refusedUnits = 0; updateNotice(); }
  schedule(false);
});

// A worker that died took the running analysis with it; the status says so (state.error), and
// the restarted worker analyzes the next edit.
client.addEventListener('crash', (e) => {
  if (e.detail.restarted) return;
  state.error = { code: 'worker_failed', message: e.detail.message };
  updateStatus();
});

// ---------- normalized view ----------
let normToken = 0;
async function refreshNormalized() {
  const token = ++normToken;
  const text = input.value;
  try {
    const { result } = await client.normalize(text, { profile: $('profile').value });
    if (token === normToken) {
      $('normalized').dir = textDirection(result);
      $('normalized').textContent = result;
    }
  } catch (e) {
    if (e.code !== 'superseded' && token === normToken) $('normalized').textContent = `${L().error}: ${e.message}`;
  }
}
$('profile').addEventListener('change', refreshNormalized);

const tabs = [$('tab-hl'), $('tab-norm')];
function selectTab(tab) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (tab.id === 'tab-norm') refreshNormalized();
}
for (const t of tabs) {
  t.addEventListener('click', () => selectTab(t));
  t.addEventListener('keydown', (e) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const other = tabs[(tabs.indexOf(t) + 1) % tabs.length];
    selectTab(other);
    other.focus();
  });
}

// ---------- exports ----------
function flash(message) {
  statusOverride = message;
  updateStatus();
  setTimeout(() => { statusOverride = null; updateStatus(); }, 2000);
}
$('export-json').addEventListener('click', () => {
  if (!state.result) return;
  download(document, `${JSON.stringify(state.result, null, 2)}\n`, 'application/json', 'arabic-analysis.json');
});
$('copy-keywords').addEventListener('click', async () => {
  if (!state.result) return;
  const lines = state.result.keywords.map((k) => k.term).join('\n');
  if (await copyText(document, lines)) flash(L().copied);
});
$('export-html').addEventListener('click', () => {
  if (!state.result) return;
  download(document, annotatedHtml(state.text, state.model, state.hidden, L(), state.lang),
    'text/html;charset=utf-8', 'arabic-analysis.html');
});

// ---------- header, editor buttons ----------
$('lang-toggle').addEventListener('click', () => {
  state.lang = state.lang === 'ar' ? 'en' : 'ar';
  applyLang();
  persist();
});
$('theme-toggle').addEventListener('click', () => {
  state.theme = state.theme === 'dark' ? 'light' : 'dark';
  applyTheme();
  persist();
});
$('clear').addEventListener('click', () => {
  input.value = '';
  input.focus();
  schedule(true);
});
$('remember').addEventListener('change', (e) => {
  const s = storage();
  if (!s) return;
  if (e.target.checked) { s.setItem(STORE.remember, '1'); persist(); } else forget();
});

// ---------- samples ----------
let samples = [];
function renderSamples() {
  const box = $('sample-buttons');
  box.replaceChildren();
  samples.forEach((s, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'ghost small sample';
    b.dataset.file = s.file;
    b.textContent = `${L().sample} ${(i + 1).toLocaleString(state.lang)}`;
    b.title = s.title;
    b.addEventListener('click', () => loadSample(s));
    box.append(b);
  });
}
async function loadSample(s) {
  const res = await fetch(new URL(`samples/${s.file}`, document.baseURI));
  input.value = await res.text();
  schedule(true);
}

async function init() {
  const s = storage();
  const remembered = remembering();
  $('remember').checked = remembered;
  state.lang = pickLang(remembered ? s.getItem(STORE.lang) : document.documentElement.lang);
  if (remembered && s.getItem(STORE.theme)) state.theme = s.getItem(STORE.theme);
  if (remembered) input.value = s.getItem(STORE.text) || '';
  applyLang();
  try {
    const res = await fetch(new URL('samples/index.json', document.baseURI));
    samples = res.ok ? await res.json() : [];
  } catch {
    samples = [];
  }
  renderSamples();
  // A first visit shows the product working on the first sample.
  if (!input.value && samples.length) await loadSample(samples[0]);
  else schedule(true);
}
init();
