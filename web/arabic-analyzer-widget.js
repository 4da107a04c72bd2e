// <arabic-analyzer>: the embeddable widget. One module script, one custom element:
//
//   <script type="module" src="https://example.org/aa/arabic-analyzer-widget.js"></script>
//   <arabic-analyzer for="#article"></arabic-analyzer>        highlights inside #article, in place
//   <arabic-analyzer>نص المقال…</arabic-analyzer>             a compact card about its own text
//
// Attributes, each mirrored by a property: for (a CSS selector), categories (comma list:
// hashtags, keywords, persons, places, organizations, dates, suspect, links; or PER, LOC, ORG,
// NUM, entities), theme (light | dark | auto), lang (ar | en), top (how many keywords the card
// lists, default 5), watch (re-analyze when the text changes; its value is the debounce in ms).
// Events: `analyzed` (detail: { result, ms, text }) after every analysis; `error` (detail:
// {code, message}); `select` when an item is selected. destroy() (or removing the element)
// puts the host's text back and, with no widget left, stops the analyzer's worker.
// Styling from the host: CSS custom properties for every colour (--aa-person-color, ...) and
// `part`s (card, header, title, status, legend, chip, section-title, list, item, text, tooltip).
//
// In-place mode only splits the host's text nodes and wraps ranges of them in <aa-mark>
// elements: existing elements, attributes, links and event handlers stay as they were, and
// removing the widget (or calling clear()) puts the original text nodes back. Styles: the card
// lives in a Shadow DOM; the marks get one constructed stylesheet adopted by the document,
// scoped to aa-mark, so neither side's CSS leaks into the other. No inline styles or scripts,
// no eval: it runs under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
// The worker and the wasm load relative to this file (import.meta.url).
import { acquireSharedClient, releaseSharedClient } from './analyzer-client.js';
import { buildModel, itemsOf, CATEGORY_KEYS } from './lib/categories.js';
import { appendHighlighted, textDirection } from './lib/highlight.js';
import { showTooltip } from './lib/tooltip.js';
import { MarkIndex } from './lib/marks.js';
import { Selection } from './lib/selection.js';
import { itemButton, noneEntry, pressItem, scoreBar } from './lib/item-buttons.js';
import { legendChips, toggleChip } from './lib/legend.js';
import { COLOURS, categoryRules, paletteRules, styleSheet } from './lib/palette.js';
import { LABELS, pickLang } from './lib/i18n.js';
import { el } from './lib/el.js';

const DEFAULT_CATEGORIES = ['hashtag', 'keyword', 'PER', 'LOC', 'ORG', 'NUM'];
const CATEGORY_ALIASES = {
  hashtag: ['hashtag'], hashtags: ['hashtag'], keyword: ['keyword'], keywords: ['keyword'],
  per: ['PER'], person: ['PER'], persons: ['PER'], people: ['PER'],
  loc: ['LOC'], place: ['LOC'], places: ['LOC'], org: ['ORG'], organization: ['ORG'], organizations: ['ORG'],
  num: ['NUM'], date: ['NUM'], dates: ['NUM'], number: ['NUM'], numbers: ['NUM'],
  entities: ['PER', 'LOC', 'ORG', 'NUM'], suspect: ['suspect'], social: ['social'], links: ['social'], mentions: ['social'],
  all: CATEGORY_KEYS,
};

function parseCategories(value) {
  if (!value) return new Set(DEFAULT_CATEGORIES);
  const out = new Set();
  for (const word of value.split(/[\s,]+/)) {
    for (const c of CATEGORY_ALIASES[word.toLowerCase()] || []) out.add(c);
  }
  return out.size ? out : new Set(DEFAULT_CATEGORIES);
}

// Host-document rules: only aa-mark elements, low specificity colours; `color: inherit` keeps the
// host's text colour, so the host's typography is untouched. The palette is declared on every
// mark, so a custom property the host sets on any ancestor reaches it.
const HOST_CSS = `
${paletteRules({ light: 'aa-mark', dark: 'aa-mark[data-aa-theme="dark"]', auto: 'aa-mark[data-aa-theme="auto"]' }, [COLOURS])}
aa-mark { color: inherit; border-radius: .2em; cursor: pointer; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
${categoryRules((cat) => `aa-mark[data-aa-cat="${cat}"]`)}
aa-mark[data-aa-sel] { outline: 2px solid var(--aa-sel); }
aa-mark[data-aa-current] { outline: 3px solid var(--aa-sel); }
aa-mark[data-aa-off] { background: none; border-bottom: 0; outline: 0; cursor: inherit; }
`;

const CARD_CSS = `
${paletteRules({ light: ':host', dark: ':host([theme="dark"])', auto: ':host([theme="auto"])' })}
:host {
  display: block; contain: content; color: var(--aa-fg); font: 400 1rem/1.7 "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", Tahoma, sans-serif;
  text-align: start;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.card { background: var(--aa-card); border: 1px solid var(--aa-border); border-radius: .75rem; padding: .75rem .9rem; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
h2 { font-size: 1.05rem; margin: 0; }
h3 { font-size: .95rem; margin: .6rem 0 .2rem; color: var(--aa-muted); }
.status { color: var(--aa-muted); font-size: .85rem; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem; margin: .4rem 0; }
button { font: inherit; color: inherit; cursor: pointer; }
:focus-visible { outline: 3px solid var(--aa-focus); outline-offset: 2px; }
.chip { display: inline-flex; gap: .3rem; align-items: center; background: transparent; border: 1px solid var(--aa-border); border-radius: 999px; padding: 0 .55rem; font-size: .85rem; }
.chip[aria-pressed="false"] { opacity: .6; text-decoration: line-through; }
.swatch { width: .8rem; height: .8rem; border-radius: .2rem; border: 1px solid var(--aa-border); display: inline-block; flex-shrink: 0; }
${categoryRules((cat) => `.sw-${cat}`, '3px')}
.chip[aria-pressed="false"] .swatch { background: transparent; }
ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem; }
ul.kw { display: grid; gap: .1rem; }
.item { display: inline-flex; gap: .35rem; align-items: center; border: 1px solid var(--aa-border); background: transparent; border-radius: .4rem; padding: 0 .45rem; font-size: .92rem; }
ul.kw .item { display: flex; width: 100%; border-color: transparent; }
.item[aria-pressed="true"] { border-color: var(--aa-sel); }
.item .count { color: var(--aa-muted); font-size: .8rem; }
.label { flex: 1 1 auto; text-align: start; }
.bar { flex: 0 0 3.5rem; height: .4rem; border-radius: 999px; background: var(--aa-bar); overflow: hidden; }
.fill { display: block; height: 100%; background: var(--aa-keyword-line); }
.none { color: var(--aa-muted); font-size: .9rem; }
details { margin-top: .5rem; }
summary { cursor: pointer; color: var(--aa-muted); }
.text { white-space: pre-wrap; line-height: 2; margin-top: .3rem; }
.text mark { color: inherit; border-radius: .2em; background: transparent; }
${categoryRules((cat) => `.text .m-${cat}`)}
${CATEGORY_KEYS.map((cat) => `.text.off-${cat} .m-${cat}`).join(', ')} { background: none; border-bottom: 0; }
.text mark[data-aa-sel] { outline: 2px solid var(--aa-sel); }
.tip { position: fixed; z-index: 2147483000; max-width: min(22rem, 92vw); background: var(--aa-card); color: var(--aa-fg); border: 1px solid var(--aa-border);
  border-radius: .5rem; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: .35rem .6rem; font-size: .88rem; line-height: 1.55; pointer-events: none; top: 0; left: 0; }
.tip[hidden] { display: none; }
.tip-block + .tip-block { border-top: 1px solid var(--aa-border); margin-top: .25rem; padding-top: .25rem; }
.tip-block strong { display: block; }
.tip-label { color: var(--aa-muted); }
`;

let hostSheetAdopted = false;
let widgetCount = 0;
function adoptHostSheet() {
  if (hostSheetAdopted) return;
  hostSheetAdopted = true;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, styleSheet(HOST_CSS)];
}
let cardSheet = null;
const getCardSheet = () => (cardSheet ??= styleSheet(CARD_CSS));

// Elements whose text is not article text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'SELECT', 'ARABIC-ANALYZER', 'CODE', 'PRE']);
const INLINE = new Set(['inline', 'inline-block', 'contents', 'inline-flex', 'inline-grid', 'ruby', 'none']);

/**
 * The text of a host element as the analyzer should see it, and where each text node sits in it.
 * Block boundaries and <br> become "\n" (belonging to no node), so words of two paragraphs
 * never run together. Returns { text, parts: [{ node, start, end }] }.
 */
function collectText(root) {
  let text = '';
  const parts = [];
  const breakLine = () => { if (text && !text.endsWith('\n')) text += '\n'; };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.data) continue;
        parts.push({ node: child, start: text.length, end: text.length + child.data.length });
        text += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || child.hidden) continue;
        if (tag === 'BR') { text += '\n'; continue; }
        const display = getComputedStyle(child).display;
        if (display === 'none') continue;
        const block = !INLINE.has(display);
        if (block) breakLine();
        walk(child);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  return { text, parts };
}

/** Spans overlapping [from, to) from a list sorted by start (all spans are short). */
function spansIn(sorted, from, to, maxLen) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {   // first span that could reach `from`
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start + maxLen <= from) lo = mid + 1; else hi = mid;
  }
  const out = [];
  for (let i = lo; i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end > from) out.push(sorted[i]);
  return out;
}

const DEFAULT_WATCH_MS = 400;

/** Names `e` as a part the host page can style (`arabic-analyzer::part(name)`). */
function parted(e, name) {
  e.setAttribute('part', name);
  return e;
}

class ArabicAnalyzerElement extends HTMLElement {
  static get observedAttributes() { return ['for', 'categories', 'theme', 'lang', 'top', 'watch']; }

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [getCardSheet()];
    this.wrapped = [];           // [{ original, inserted: [nodes] }] in the host element
    this.marks = new MarkIndex();   // the marks of the host element, or of the card's text
    // Flags as attributes: a host page's CSS cannot match them by accident, as it could a class.
    this.selection = new Selection((m, flag, on) => m.toggleAttribute(`data-aa-${flag}`, on), this.marks);
    this.hiddenCats = new Set();
    this.result = null;
    this.token = 0;
    this.channel = `widget-${++widgetCount}`;
    this.ready = false;
    this.onHostOver = this.onHostOver.bind(this);
    this.onHostOut = this.onHostOut.bind(this);
    this.onHostClick = this.onHostClick.bind(this);
    this.client = null;
    this.observer = null;
    this.watchTimer = 0;
  }

  // ---------- properties mirroring the attributes (`lang` is HTMLElement's own) ----------
  /** CSS selector of the element to highlight in place; null: the widget's own text. */
  get for() { return this.getAttribute('for'); }
  set for(value) { this.setOrRemove('for', value); }
  /** Categories shown, as written in the attribute (e.g. ['persons', 'places']). */
  get categories() {
    const value = this.getAttribute('categories');
    return value ? value.split(/[\s,]+/).filter(Boolean) : ['hashtags', 'keywords', 'entities'];
  }
  set categories(value) { this.setOrRemove('categories', Array.isArray(value) ? value.join(',') : value); }
  /** 'light' (default), 'dark' or 'auto'. */
  get theme() { return this.getAttribute('theme') || 'light'; }
  set theme(value) { this.setOrRemove('theme', value); }
  /** How many keywords the card lists. */
  get top() { return Math.max(1, Math.floor(Number(this.getAttribute('top'))) || 5); }
  set top(value) { this.setOrRemove('top', value == null ? null : String(value)); }
  /** Re-analyze when the text changes (debounced by the attribute's value in ms, default 400). */
  get watch() { return this.hasAttribute('watch'); }
  set watch(value) { this.toggleAttribute('watch', Boolean(value)); }

  setOrRemove(name, value) {
    if (value == null || value === false) this.removeAttribute(name); else this.setAttribute(name, String(value));
  }

  get labels() { return LABELS[this.langCode]; }
  get langCode() { return pickLang(this.getAttribute('lang') || document.documentElement.lang); }
  get categorySet() { return parseCategories(this.getAttribute('categories')); }

  connectedCallback() {
    if (!this.hasAttribute('theme')) this.setAttribute('theme', 'light');
    this.ready = true;
    this.client = acquireSharedClient();
    this.renderShell();
    // The target may come later in the document than the widget.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.refresh(), { once: true });
    } else {
      queueMicrotask(() => this.refresh());
    }
  }

  disconnectedCallback() {
    this.ready = false;
    this.token++;   // an analysis still running is dropped
    this.unwatch();
    this.clear();
    this.detachTarget();
    if (this.client) {
      this.client = null;
      releaseSharedClient();
    }
  }

  /** Removes the widget: the host's text is restored and, with no widget left, the worker stops. */
  destroy() {
    if (this.isConnected) this.remove(); else this.disconnectedCallback();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.ready || !this.isConnected || oldValue === newValue) return;
    if (name === 'watch') { this.observe(this.watchedNode); return; }
    if (name === 'theme') {
      if (this.hasAttribute('for')) for (const m of this.marks.all()) this.themeMark(m);
      return;
    }
    this.renderShell();
    if (name === 'lang' && this.result) { this.renderCard(); return; }
    this.refresh();
  }

  /** Re-reads the text (of the target or of the element) and analyzes it again. */
  async refresh() {
    if (!this.client) return;
    const token = ++this.token;
    const target = this.target();
    let text;
    this.clear();
    this.observe(this.hasAttribute('for') ? target : this);
    if (this.hasAttribute('for')) {
      if (!target) { this.fail({ code: 'no_target', message: `No element matches ${this.getAttribute('for')}` }); return; }
      const collected = collectText(target);
      this.collected = collected;
      text = collected.text;
    } else {
      text = this.textContent;
    }
    this.text = text;
    this.setStatus(this.labels.analyzing);
    let response;
    try {
      response = await this.client.analyze(text, { keywords: { top_k: 15 } }, this.channel);
    } catch (e) {
      if (e.code === 'superseded' && token !== this.token) return;
      if (token === this.token) this.fail(e);
      return;
    }
    if (token !== this.token) return;
    this.result = response.result;
    this.ms = response.ms;
    this.model = buildModel(this.result);
    if (this.hasAttribute('for')) this.highlightTarget(target);
    this.renderCard();
    this.setAttribute('data-state', 'ready');
    this.dispatchEvent(new CustomEvent('analyzed', { detail: { result: this.result, ms: this.ms, text }, bubbles: true, composed: true }));
  }

  fail(e) {
    this.setAttribute('data-state', 'error');
    this.setStatus(`${this.labels.error}: ${this.labels.errors[e.code] ?? e.message}`);
    this.dispatchEvent(new CustomEvent('error', { detail: { code: e.code, message: e.message }, bubbles: true, composed: true }));
  }

  // ---------- watch mode ----------
  /** Watches `node` (the target, or the widget's own text) if the `watch` attribute is set. */
  observe(node) {
    this.unwatch();
    this.watchedNode = node;
    if (!node || !this.hasAttribute('watch')) return;
    this.observer = new MutationObserver(() => this.scheduleRefresh());
    this.observer.observe(node, { childList: true, subtree: true, characterData: true });
  }

  unwatch() {
    clearTimeout(this.watchTimer);
    this.observer?.disconnect();
    this.observer = null;
  }

  scheduleRefresh() {
    clearTimeout(this.watchTimer);
    const ms = Number(this.getAttribute('watch'));
    this.watchTimer = setTimeout(() => this.refresh(), Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_WATCH_MS);
  }

  /**
   * Runs `change` (the widget's own edits of the host text) without waking the watcher; edits
   * the host made just before still count.
   */
  quietly(change) {
    const before = this.observer?.takeRecords() ?? [];
    change();
    this.observer?.takeRecords();
    if (before.length) this.scheduleRefresh();
  }

  target() {
    const sel = this.getAttribute('for');
    if (!sel) return null;
    try { return document.querySelector(sel); } catch { return null; }
  }

  // ---------- in-place highlighting ----------
  themeMark(m) {
    m.setAttribute('data-aa-theme', this.getAttribute('theme') || 'light');
  }

  highlightTarget(target) {
    adoptHostSheet();
    this.attachTarget(target);
    const cats = this.categorySet;
    const spans = this.model.spans.filter((s) => cats.has(s.cat)).sort((a, b) => a.start - b.start);
    const maxLen = spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
    const { text, parts } = this.collected;
    this.newMarks();
    const makeMark = (span, continued) => {
      const m = document.createElement('aa-mark');
      m.setAttribute('data-aa-cat', span.cat);
      m.setAttribute('data-aa-span', String(span.index));
      m.setAttribute('data-aa-start', String(span.start));
      m.setAttribute('data-aa-end', String(span.end));
      if (continued) m.setAttribute('data-aa-frag', '');
      this.themeMark(m);
      if (this.hiddenCats.has(span.cat)) m.setAttribute('data-aa-off', '');
      return this.marks.add(span, m);
    };
    const started = new Set();   // a span crossing text nodes: later pieces are marked continued
    this.quietly(() => {
      for (const part of parts) {
        const local = spansIn(spans, part.start, part.end, maxLen);
        // A node the host changed while the analysis ran keeps its new text (watch mode
        // analyzes it next); only nodes still holding the analyzed text are wrapped.
        if (!local.length || part.node.parentNode == null || part.node.data !== text.slice(part.start, part.end)) continue;
        const frag = document.createDocumentFragment();
        appendHighlighted(frag, text, local, part.start, part.end, makeMark, started);
        const inserted = [...frag.childNodes];
        part.node.replaceWith(frag);
        this.wrapped.push({ original: part.node, inserted });
      }
    });
  }

  /** Removes every highlight from the host element, restoring its original text nodes. */
  clear() {
    this.quietly(() => {
      for (const { original, inserted } of this.wrapped.reverse()) {
        const present = inserted.filter((n) => n.parentNode);
        if (!present.length) continue;
        // The host may have edited text inside the marks (watch mode): its edit is kept.
        const current = present.map((n) => n.textContent).join('');
        if (original.data !== current) original.data = current;
        present[0].parentNode.insertBefore(original, present[0]);
        for (const n of present) n.remove();
      }
    });
    this.wrapped = [];
    this.newMarks();
    this.hideTip();
  }

  /** Starts a new drawing of the text: the selection's flags went with the old marks. */
  newMarks() {
    this.marks = new MarkIndex();
    this.selection.redrawn(this.marks);
    pressItem(this.root, null);
  }

  attachTarget(target) {
    if (this.attached === target) return;
    this.detachTarget();
    this.attached = target;
    target.addEventListener('mouseover', this.onHostOver);
    target.addEventListener('mouseout', this.onHostOut);
    target.addEventListener('click', this.onHostClick);
  }

  detachTarget() {
    if (!this.attached) return;
    this.attached.removeEventListener('mouseover', this.onHostOver);
    this.attached.removeEventListener('mouseout', this.onHostOut);
    this.attached.removeEventListener('click', this.onHostClick);
    this.attached = null;
  }

  /** The visible marks at `node`, innermost first. */
  chainAt(node) {
    return this.marks.chainAt(node, (span) => !this.hiddenCats.has(span.cat));
  }

  onHostOver(e) {
    const chain = this.chainAt(e.target);
    if (chain.length) this.showTip(chain[0], chain.map((m) => this.marks.spanOf(m)));
    else this.hideTip();
  }

  onHostOut(e) {
    if (!this.chainAt(e.relatedTarget).length) this.hideTip();
  }

  onHostClick(e) {
    // Only marks react, and a click inside a host link still follows the link.
    const chain = this.chainAt(e.target);
    if (!chain.length) return;
    const span = this.marks.spanOf(chain[0]);
    this.selectItem(span.item, span);
  }

  showTip(anchor, spans) {
    const tip = this.root.querySelector('.tip');
    if (tip) showTooltip(tip, anchor, spans, this.labels, 6);
  }

  hideTip() {
    const tip = this.root.querySelector('.tip');
    if (tip) tip.hidden = true;
  }

  /** Marks every occurrence of an item (variant spellings of an entity included) and scrolls to the next. */
  selectItem(itemId, fromSpan) {
    const item = this.model?.items.get(itemId);
    if (!item) return;
    pressItem(this.root, itemId);
    if (!this.marks.ofItem(item).length) { this.selection.clear(); return; }
    this.selection.select(item, fromSpan);
    this.dispatchEvent(new CustomEvent('select', { detail: { item: itemId, occurrence: this.selection.pos, count: this.selection.count } }));
  }

  // ---------- the card ----------
  renderShell() {
    const L = this.labels;
    const doc = document;
    const card = parted(el(doc, 'section', 'card'), 'card');
    card.setAttribute('aria-label', L.title);
    card.lang = this.langCode;
    card.dir = this.langCode === 'ar' ? 'rtl' : 'ltr';
    const header = parted(el(doc, 'header'), 'header');
    const status = parted(el(doc, 'span', 'status', L.loading), 'status');
    status.setAttribute('role', 'status');
    header.append(parted(el(doc, 'h2', '', L.title), 'title'), status);
    const tip = parted(el(doc, 'div', 'tip'), 'tooltip');
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    card.append(header, el(doc, 'div', 'body'));
    this.root.replaceChildren(card, tip);
  }

  setStatus(text) {
    const s = this.root.querySelector('.status');
    if (s) s.textContent = text;
  }

  renderCard() {
    const L = this.labels;
    const doc = document;
    const body = this.root.querySelector('.body');
    if (!body) return;
    this.setStatus(L.analyzedIn(this.ms ?? 0));
    body.replaceChildren();
    const cats = this.categorySet;

    // Legend with toggles (for the highlighted text, in place or in the card).
    const legend = parted(el(doc, 'div', 'legend'), 'legend');
    legend.setAttribute('role', 'group');
    legend.setAttribute('aria-label', L.legend);
    for (const chip of legendChips(doc, this.model.spans, this.hiddenCats, L, cats)) {
      chip.addEventListener('click', () => this.toggleCategory(chip));
      legend.append(parted(chip, 'chip'));
    }
    body.append(legend);

    const entry = (it, extra) => {
      const b = parted(itemButton(doc, it, L, extra), 'item');
      b.addEventListener('click', () => this.selectItem(it.id, null));
      // Keyboard users get the same tooltip as a hover on a highlight gives.
      b.addEventListener('focus', () => this.showTip(b, [it.spans[0]]));
      b.addEventListener('blur', () => this.hideTip());
      const li = el(doc, 'li');
      li.append(b);
      return li;
    };
    const section = (title, items, extraOf = () => null, className = '') => {
      const ul = parted(el(doc, 'ul', className), 'list');
      for (const it of items) ul.append(entry(it, extraOf(it)));
      if (!ul.children.length) ul.append(noneEntry(doc, L));
      body.append(parted(el(doc, 'h3', '', title), 'section-title'), ul);
    };
    const top = this.top;
    if (cats.has('keyword')) {
      section(L.keywords, itemsOf(this.model, (i) => i.kind === 'keyword').slice(0, top),
        (it) => scoreBar(doc, it.record.score), 'kw');
    }
    if (['PER', 'LOC', 'ORG', 'NUM'].some((c) => cats.has(c))) {
      section(L.entities, itemsOf(this.model, (i) => i.kind === 'entity' && cats.has(i.cat))
        .sort((a, b) => b.count - a.count).slice(0, top * 2));
    }
    if (cats.has('hashtag')) section(L.hashtags, itemsOf(this.model, (i) => i.kind === 'hashtag'));

    if (!this.hasAttribute('for')) {
      // The card's own text, highlighted, folded away by default.
      const details = el(doc, 'details');
      const text = parted(el(doc, 'div', 'text'), 'text');
      text.dir = textDirection(this.text);
      for (const c of this.hiddenCats) text.classList.add(`off-${c}`);
      const spans = this.model.spans.filter((s) => cats.has(s.cat));
      this.newMarks();
      appendHighlighted(text, this.text, spans, 0, this.text.length, (span) => {
        const m = el(doc, 'mark', `m-${span.cat}`);
        m.dataset.item = span.item;
        m.dataset.span = String(span.index);
        return this.marks.add(span, m);
      });
      text.addEventListener('mouseover', this.onHostOver);
      text.addEventListener('mouseleave', () => this.hideTip());
      details.append(el(doc, 'summary', '', L.viewTitle), text);
      body.append(details);
    }
  }

  toggleCategory(chip) {
    const off = toggleChip(chip, this.hiddenCats);
    const cat = chip.dataset.cat;
    if (this.hasAttribute('for')) {
      for (const m of this.marks.all()) if (this.marks.spanOf(m).cat === cat) m.toggleAttribute('data-aa-off', off);
    }
    this.root.querySelector('.text')?.classList.toggle(`off-${cat}`, off);
    this.hideTip();
  }
}

if (!customElements.get('arabic-analyzer')) customElements.define('arabic-analyzer', ArabicAnalyzerElement);
export { ArabicAnalyzerElement };
