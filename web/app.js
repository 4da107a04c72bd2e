// The page: the editor, analysis in a Web Worker (debounced while typing, at once on paste),
// the highlighted text with a legend, tooltips and click-to-find-all, the side panels (who said
// what among them), the
// normalized view, exports and the opt-in local storage. This file makes those parts (in
// page/, over the lib/ the widget shares) and connects them; it holds the page's state.
//
// Safety: everything the user typed, and everything derived from it, reaches the DOM through
// textContent / text nodes / attribute setters only. No innerHTML anywhere.
import { AnalyzerClient } from './analyzer-client.js';
import { pressItem } from './lib/item-buttons.js';
import { COLOURS, categoryRules, cueRule, paletteRules, styleSheet, uncertainRules } from './lib/palette.js';
import { pickLang } from './lib/i18n.js';
import { recall, keep, setRemembering } from './page/storage.js';
import { labelPage, showTheme } from './page/language.js';
import { TextView } from './page/text-view.js';
import { ViewTooltip } from './page/view-tooltip.js';
import { LegendFilter } from './page/legend-filter.js';
import { FindAll } from './page/find-all.js';
import { renderPanels, clearPanels } from './page/panels.js';
import { StatusLine, Progress } from './page/status.js';
import { AnalysisRuns } from './page/analysis.js';
import { SizeLimit } from './page/size-limit.js';
import { NormalizedView } from './page/normalized-view.js';
import { connectExports } from './page/exports.js';
import { Samples } from './page/samples.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const view = $('view');

const state = {
  lang: 'ar',
  theme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  text: '',        // the text of `result`
  result: null,
  model: null,     // lib/categories.js's view of `result`
  ms: 0,
  error: null,
  busy: false,
  hidden: new Set(),   // categories whose highlights the legend hides
  runs: 0,
  charsPerMs: 300,     // updated from measured runs; drives the progress estimate
};

document.adoptedStyleSheets = [...document.adoptedStyleSheets, styleSheet(
  paletteRules({ light: ':root', dark: ':root[data-theme="dark"]' }, [COLOURS]) +
  categoryRules((cat) => `.sw-${cat}`, '3px', true) + categoryRules((cat) => `mark.hl-${cat}`) +
  uncertainRules((cat) => `mark.hl-${cat}.hl-low`) + cueRule('mark.hl-quote.hl-cue'))];

const client = new AnalyzerClient();
const sizeLimit = new SizeLimit(input, $('notice'), state);
const textView = new TextView(view, state.hidden, {
  pick: (mark) => findAll.select(mark.dataset.item, textView.spanOf(mark)),
  dismiss: () => findAll.clear(),
});
const { selection } = textView;
const tooltip = new ViewTooltip($('tooltip'), view, textView, state);
const legend = new LegendFilter($('legend'), state, applyHidden);
const findAll = new FindAll({ box: $('selection'), label: $('selection-label'), next: $('sel-next'), prev: $('sel-prev'), clear: $('sel-clear') },
  document.querySelector('.side'), selection, state, (cat) => legend.reveal(cat));
const panels = { keywords: $('keywords'), entities: $('entities'), quotes: $('quotes'), hashtags: $('hashtags'), extraTags: $('extra-tags'), stats: $('stats') };
const status = new StatusLine($('status'), state, () => !input.value.trim());
const progress = new Progress({ box: $('progress'), bar: $('progress-bar'), label: $('progress-label') }, state);
const normalized = new NormalizedView(client, input, { tabs: [$('tab-hl'), $('tab-norm')], profile: $('profile'), output: $('normalized') }, state);
const kept = () => ({ text: input.value, lang: state.lang, theme: state.theme });   // what storage keeps
const persist = () => keep(kept());
const runs = new AnalysisRuns(client, input, state, {
  persist, clear: clearResult, render: renderResult, status, progress,
  rendered: () => { if (normalized.shown) normalized.refresh(); },
});
const samples = new Samples($('sample-buttons'), state, (text) => {
  input.value = text;
  runs.schedule(true);
});
connectExports({ json: $('export-json'), keywords: $('copy-keywords'), html: $('export-html') }, state, (m) => status.flash(m));

function applyHidden() {
  textView.showCategories();
  if (findAll.item && state.hidden.has(findAll.item.cat)) findAll.clear();
  tooltip.hide();
}

async function renderResult() {
  const selected = findAll.item?.id;
  findAll.clear();
  legend.build();
  renderPanels(panels, state);
  if (!(await textView.render(state.text, state.model.spans))) return false;
  applyHidden();
  // Re-rendering (language switch) keeps the selection without jumping.
  const kept = state.model.items.get(selected) ?? null;
  selection.redrawn(textView.marks, kept);
  if (kept) pressItem(document, selected);
  return true;
}

function clearResult() {
  state.result = null;
  state.model = null;
  findAll.clear();
  textView.clear();
  clearPanels(panels);
  normalized.clear();
  legend.build();
}

function applyLang() {
  labelPage(state.lang);
  showTheme(state.theme, state.lang);
  legend.build();
  samples.render();
  if (state.result) renderResult();
  status.update();
  sizeLimit.showNotice();
}

// Listened to after SizeLimit's listeners, which cancel an insertion over the limit.
input.addEventListener('paste', (e) => { if (!e.defaultPrevented) setTimeout(() => runs.schedule(true), 0); });
input.addEventListener('input', () => runs.schedule(false));

// A worker that died took the running analysis with it; the status says so (state.error), and
// the restarted worker analyzes the next edit.
client.addEventListener('crash', (e) => {
  if (e.detail.restarted) return;
  state.error = { code: 'worker_failed', message: e.detail.message };
  status.update();
});

$('lang-toggle').addEventListener('click', () => {
  state.lang = state.lang === 'ar' ? 'en' : 'ar';
  applyLang();
  persist();
});
$('theme-toggle').addEventListener('click', () => {
  state.theme = state.theme === 'dark' ? 'light' : 'dark';
  showTheme(state.theme, state.lang);
  persist();
});
$('clear').addEventListener('click', () => {
  input.value = '';
  input.focus();
  runs.schedule(true);
});
$('remember').addEventListener('change', (e) => {
  setRemembering(e.target.checked, kept());
});

async function init() {
  const last = recall();
  $('remember').checked = last != null;
  state.lang = pickLang(last ? last.lang : document.documentElement.lang);
  if (last?.theme) state.theme = last.theme;
  if (last) input.value = last.text;
  applyLang();
  await samples.fetchList();
  // A first visit shows the product working on the first sample.
  if (input.value || !(await samples.loadFirst())) runs.schedule(true);
}
init();
