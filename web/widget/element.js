// The <arabic-analyzer> element: its attributes and properties, its life cycle (a shared
// worker client, released when the last widget goes), one analysis at a time of its target's
// or its own text, and the reader's interactions (tooltips, selecting items, toggling
// categories) in the host element and the card. Internals are private (#): the public surface
// is what package/arabic-analyzer-widget.d.ts declares, plus the custom-element callbacks.
import { acquireSharedClient, releaseSharedClient } from '../analyzer-client.js';
import { ANALYZE_OPTIONS } from '../lib/analysis-options.js';
import { buildModel } from '../lib/categories.js';
import { MarkIndex } from '../lib/marks.js';
import { Selection } from '../lib/selection.js';
import { pressItem } from '../lib/item-buttons.js';
import { toggleChip } from '../lib/legend.js';
import { LABELS, pickLang, prepareNumbers } from '../lib/i18n.js';
import { collectText, findTarget } from './host-text.js';
import { InPlaceMarks, hostMark, setMarkTheme } from './in-place.js';
import { TextWatcher } from './watcher.js';
import { categoryWords, parseCategories } from './categories-attribute.js';
import {
  cardSheet, renderShell, renderCard, setStatus, showCardTip, hideCardTip, showCategoryInCard,
} from './card.js';

let widgetCount = 0;

export class ArabicAnalyzerElement extends HTMLElement {
  static get observedAttributes() { return ['for', 'categories', 'theme', 'lang', 'top', 'watch']; }

  #root = this.attachShadow({ mode: 'open' });
  #inPlace = new InPlaceMarks();
  #marks = new MarkIndex();   // the marks of the host element, or of the card's text
  // Flags as attributes: a host page's CSS cannot match them by accident, as it could a class.
  #selection = new Selection((m, flag, on) => m.toggleAttribute(`data-aa-${flag}`, on), this.#marks);
  #watcher = new TextWatcher(() => this.refresh(), () => Number(this.getAttribute('watch')));
  #hiddenCats = new Set();
  #channel = `widget-${++widgetCount}`;   // the shared client's queue for this widget
  #token = 0;
  #ready = false;
  #client = null;
  #collected = null;
  #attached = null;   // the target element listened to
  #targetListeners = null;
  #result = null;
  #model = null;
  #text = null;
  #ms = 0;

  constructor() {
    super();
    this.#root.adoptedStyleSheets = [cardSheet()];
  }

  // ---------- properties mirroring the attributes (`lang` is HTMLElement's own) ----------
  /** CSS selector of the element to highlight in place; null: the widget's own text. */
  get for() { return this.getAttribute('for'); }
  set for(value) { this.#setOrRemove('for', value); }
  /** Categories shown, as written in the attribute (e.g. ['persons', 'places']). */
  get categories() { return categoryWords(this.getAttribute('categories')); }
  set categories(value) { this.#setOrRemove('categories', Array.isArray(value) ? value.join(',') : value); }
  /** 'light' (default), 'dark' or 'auto'. */
  get theme() { return this.getAttribute('theme') || 'light'; }
  set theme(value) { this.#setOrRemove('theme', value); }
  /** How many keywords the card lists. */
  get top() { return Math.max(1, Math.floor(Number(this.getAttribute('top'))) || 5); }
  set top(value) { this.#setOrRemove('top', value == null ? null : String(value)); }
  /** Re-analyze when the text changes (debounced by the attribute's value in ms, default 400). */
  get watch() { return this.hasAttribute('watch'); }
  set watch(value) { this.toggleAttribute('watch', Boolean(value)); }

  /** The last result, or null. */
  get result() { return this.#result; }
  /** The text the latest refresh() read; in `for` mode the target's, "\n" at block boundaries. */
  get text() { return this.#text; }

  #setOrRemove(name, value) {
    if (value == null || value === false) this.removeAttribute(name); else this.setAttribute(name, String(value));
  }

  get #labels() { return LABELS[this.#langCode]; }
  get #langCode() { return pickLang(this.getAttribute('lang') || document.documentElement.lang); }

  connectedCallback() {
    if (!this.hasAttribute('theme')) this.setAttribute('theme', 'light');
    this.#ready = true;
    this.#client = acquireSharedClient();
    renderShell(this.#root, this.#labels, this.#langCode);
    // Once the first request is sent (refresh sends it before its first await), the number
    // formats the card needs are prepared while the worker analyzes.
    const start = () => {
      this.refresh();
      setTimeout(() => prepareNumbers(this.#langCode), 0);
    };
    // The target may come later in the document than the widget.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start, { once: true });
    } else {
      queueMicrotask(start);
    }
  }

  disconnectedCallback() {
    this.#ready = false;
    this.#token++;   // an analysis still running is dropped
    this.#watcher.stop();
    this.clear();
    this.#detachTarget();
    if (this.#client) {
      this.#client = null;
      releaseSharedClient();
    }
  }

  /** Removes the widget: the host's text is restored and, with no widget left, the worker stops. */
  destroy() {
    if (this.isConnected) this.remove(); else this.disconnectedCallback();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#ready || !this.isConnected || oldValue === newValue) return;
    if (name === 'watch') { this.#watcher.watch(this.#watcher.node, this.hasAttribute('watch')); return; }
    if (name === 'theme') {
      if (this.hasAttribute('for')) for (const m of this.#marks.all()) setMarkTheme(m, this.theme);
      return;
    }
    renderShell(this.#root, this.#labels, this.#langCode);
    if (name === 'lang' && this.#result) { this.#renderCard(); return; }
    this.refresh();
  }

  /** Re-reads the text (of the target or of the element) and analyzes it again. */
  async refresh() {
    if (!this.#client) return;
    const token = ++this.#token;
    const inPlace = this.hasAttribute('for');
    const target = findTarget(this.getAttribute('for'));
    this.clear();
    this.#watcher.watch(inPlace ? target : this, this.hasAttribute('watch'));
    if (inPlace && !target) { this.#fail({ code: 'no_target', message: `No element matches ${this.getAttribute('for')}` }); return; }
    if (inPlace) this.#collected = collectText(target);
    const text = inPlace ? this.#collected.text : this.textContent;
    this.#text = text;
    setStatus(this.#root, this.#labels.analyzing);
    let response;
    try {
      response = await this.#client.analyze(text, ANALYZE_OPTIONS, this.#channel);
    } catch (e) {
      if (e.code === 'superseded' && token !== this.#token) return;
      if (token === this.#token) this.#fail(e);
      return;
    }
    if (token !== this.#token) return;
    this.#result = response.result;
    this.#ms = response.ms;
    this.#model = buildModel(this.#result);
    if (inPlace) this.#highlightTarget(target);
    this.#renderCard();
    this.setAttribute('data-state', 'ready');
    this.dispatchEvent(new CustomEvent('analyzed', { detail: { result: this.#result, ms: this.#ms, text }, bubbles: true, composed: true }));
  }

  #fail(e) {
    this.setAttribute('data-state', 'error');
    setStatus(this.#root, `${this.#labels.error}: ${this.#labels.errors[e.code] ?? e.message}`);
    this.dispatchEvent(new CustomEvent('error', { detail: { code: e.code, message: e.message }, bubbles: true, composed: true }));
  }

  // ---------- in-place highlighting ----------
  #highlightTarget(target) {
    this.#attachTarget(target);
    const cats = parseCategories(this.getAttribute('categories'));
    const theme = this.theme;
    this.#newMarks();
    const makeMark = (span, continued) =>
      this.#marks.add(span, hostMark(span, continued, theme, this.#hiddenCats.has(span.cat)));
    this.#watcher.quietly(() => this.#inPlace.draw(this.#collected, this.#model.spans.filter((s) => cats.has(s.cat)), makeMark));
  }

  /** Removes every highlight from the host element, restoring its original text nodes. */
  clear() {
    this.#watcher.quietly(() => this.#inPlace.restore());
    this.#newMarks();
    hideCardTip(this.#root);
  }

  /** Starts a new drawing of the text: the selection's flags went with the old marks. */
  #newMarks() {
    this.#marks = new MarkIndex();
    this.#selection.redrawn(this.#marks);
    pressItem(this.#root, null);
  }

  #attachTarget(target) {
    if (this.#attached === target) return;
    this.#detachTarget();
    this.#attached = target;
    this.#targetListeners = new AbortController();
    const options = { signal: this.#targetListeners.signal };
    target.addEventListener('mouseover', this.#onHostOver, options);
    target.addEventListener('mouseout', this.#onHostOut, options);
    target.addEventListener('click', this.#onHostClick, options);
  }

  #detachTarget() {
    this.#targetListeners?.abort();
    this.#attached = null;
  }

  /** The visible marks at `node`, innermost first. */
  #chainAt(node) {
    return this.#marks.chainAt(node, (span) => !this.#hiddenCats.has(span.cat));
  }

  #onHostOver = (e) => {
    const chain = this.#chainAt(e.target);
    if (chain.length) showCardTip(this.#root, chain[0], chain.map((m) => this.#marks.spanOf(m)), this.#labels);
    else hideCardTip(this.#root);
  };

  #onHostOut = (e) => {
    if (!this.#chainAt(e.relatedTarget).length) hideCardTip(this.#root);
  };

  #onHostClick = (e) => {
    // Only marks react, and a click inside a host link still follows the link.
    const chain = this.#chainAt(e.target);
    if (!chain.length) return;
    const span = this.#marks.spanOf(chain[0]);
    this.#selectItem(span.item, span);
  };

  /** Marks every occurrence of an item (variant spellings of an entity included) and scrolls to the next. */
  #selectItem(itemId, fromSpan) {
    const item = this.#model?.items.get(itemId);
    if (!item) return;
    pressItem(this.#root, itemId);
    if (!this.#marks.ofItem(item).length) { this.#selection.clear(); return; }
    this.#selection.select(item, fromSpan);
    this.dispatchEvent(new CustomEvent('select', { detail: { item: itemId, occurrence: this.#selection.pos, count: this.#selection.count } }));
  }

  // ---------- the card ----------
  #renderCard() {
    const ownText = !this.hasAttribute('for');
    if (ownText) this.#newMarks();   // the card's text is drawn again
    renderCard(this.#root, {
      labels: this.#labels, model: this.#model, categories: parseCategories(this.getAttribute('categories')),
      hidden: this.#hiddenCats, top: this.top, ms: this.#ms, text: ownText ? this.#text : null,
    }, {
      select: (itemId) => this.#selectItem(itemId, null),
      toggle: (chip) => this.#toggleCategory(chip),
      tip: (anchor, spans) => showCardTip(this.#root, anchor, spans, this.#labels),
      untip: () => hideCardTip(this.#root),
      hover: this.#onHostOver,
      mark: (span, m) => this.#marks.add(span, m),
    });
  }

  #toggleCategory(chip) {
    const off = toggleChip(chip, this.#hiddenCats);
    const cat = chip.dataset.cat;
    if (this.hasAttribute('for')) {
      for (const m of this.#marks.all()) if (this.#marks.spanOf(m).cat === cat) m.toggleAttribute('data-aa-off', off);
    }
    showCategoryInCard(this.#root, cat, off);
    hideCardTip(this.#root);
  }
}
