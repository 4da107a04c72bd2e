// The analyzed text, highlighted, in the page's #view: drawn in pieces when long, each category
// shown or hidden by a class on the view, and one tab stop for all the marks (the arrow keys,
// Home and End move between them; Enter or Space selects; Escape lets go of the selection).
import { CATEGORY_KEYS } from '../lib/categories.js';
import { appendHighlighted, textDirection } from '../lib/highlight.js';
import { MarkIndex } from '../lib/marks.js';
import { Selection } from '../lib/selection.js';

// Long texts are drawn in pieces of about CHUNK units cut after a line break, each in its own
// block (content-visibility lets the browser skip laying out the ones off screen), yielding to
// the event loop between pieces so the page keeps responding; a newer drawing cancels the rest.
const CHUNK = 30000;

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

function makeMark(span, continued) {
  const m = document.createElement('mark');
  m.className = `hl hl-${span.cat}`;
  m.dataset.span = String(span.index);
  m.dataset.cat = span.cat;
  m.dataset.item = span.item;
  m.dataset.start = String(span.start);
  m.dataset.end = String(span.end);
  if (continued) m.dataset.frag = '1';
  if (span.low) m.classList.add('hl-low');
  if (span.partOf) m.classList.add('hl-cue');
  return m;
}

export class TextView {
  /** The marks of the drawn text. */
  marks = new MarkIndex();
  /** The selected item's flags on those marks (classes `sel` and `current`). */
  selection = new Selection((m, flag, on) => m.classList.toggle(flag, on), this.marks);
  #view;
  #hidden;
  #heads = [];   // first fragment of every span, in text order
  #drawing = 0;

  /**
   * Draws in `view`; `hidden`: the set of hidden categories (the legend's); on.pick(mark)
   * selects a mark's item, on.dismiss() lets go of the selection.
   */
  constructor(view, hidden, on) {
    this.#view = view;
    this.#hidden = hidden;
    view.addEventListener('click', (e) => {
      const chain = this.chainAt(e.target);
      if (chain.length) on.pick(chain[0]);
    });
    view.addEventListener('keydown', (e) => this.#onKey(e, on));
  }

  /** The visible marks at `node`, innermost first: what a tooltip describes, what a click selects. */
  chainAt(node) { return this.marks.chainAt(node, (span) => !this.#hidden.has(span.cat)); }

  spanOf(mark) { return this.marks.spanOf(mark); }

  /** Draws `text` with `spans`; resolves false if a newer drawing started before it finished. */
  async render(text, spans) {
    const token = ++this.#drawing;
    this.#newMarks();
    const view = this.#view;
    view.dir = textDirection(text);
    const cuts = chunkCuts(text);
    const mark = (span, continued) => this.marks.add(span, makeMark(span, continued));
    if (cuts.length <= 2) {
      const frag = document.createDocumentFragment();
      appendHighlighted(frag, text, spans, 0, text.length, mark);
      view.replaceChildren(frag);
    } else {
      view.replaceChildren();
      const sorted = spans.slice().sort((a, b) => a.start - b.start);
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
        appendHighlighted(box, text, local, from, to, mark, started);
        view.append(box);
        if (performance.now() - slice > 40) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (token !== this.#drawing) return false;
          slice = performance.now();
        }
      }
    }
    this.#heads = this.marks.heads();
    this.resetRoving();
    return true;
  }

  /** Empties the view. */
  clear() {
    this.#view.replaceChildren();
    this.#newMarks();
  }

  /** Shows the categories not in `hidden` and hides the others. */
  showCategories() {
    for (const cat of CATEGORY_KEYS) this.#view.classList.toggle(`hide-${cat}`, this.#hidden.has(cat));
    this.resetRoving();
  }

  /** The tab stop goes to the first visible mark (or to the view when there is none). */
  resetRoving() {
    let first = null;
    for (const m of this.#heads) {
      m.tabIndex = -1;
      if (!first && this.#isVisible(m)) first = m;
    }
    if (first) first.tabIndex = 0;
    this.#view.tabIndex = first ? -1 : 0;
  }

  #newMarks() {
    this.marks = new MarkIndex();
    this.selection.redrawn(this.marks);
    this.#heads = [];
  }

  #isVisible(m) { return !this.#hidden.has(m.dataset.cat); }

  #focusMark(m) {
    for (const h of this.#heads) if (h.tabIndex === 0) h.tabIndex = -1;
    m.tabIndex = 0;
    m.focus();
  }

  #onKey(e, on) {
    const current = e.target.closest?.('mark.hl');
    const visible = this.#heads.filter((m) => this.#isVisible(m));
    if (!visible.length) return;
    const rtl = getComputedStyle(this.#view).direction === 'rtl';
    const forward = { ArrowDown: 1, ArrowUp: -1, ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1 }[e.key];
    if (forward) {
      e.preventDefault();
      const i = current ? visible.indexOf(current) : -1;
      this.#focusMark(visible[Math.max(0, Math.min(visible.length - 1, i + forward))]);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      this.#focusMark(e.key === 'Home' ? visible[0] : visible[visible.length - 1]);
    } else if ((e.key === 'Enter' || e.key === ' ') && current) {
      e.preventDefault();
      on.pick(current);
    } else if (e.key === 'Escape') {
      on.dismiss();
    }
  }
}
