// Find-all: selecting an item (from a panel's entry or a mark in the text) flags every one of
// its occurrences; the selection bar says which one is current and walks them.
import { itemLabel, pressItem } from '../lib/item-buttons.js';
import { LABELS } from '../lib/i18n.js';

export class FindAll {
  #bar;
  #selection;
  #state;
  #reveal;

  /**
   * `bar`: { box, label, next, prev, clear } of the selection bar; `side`: the panels, whose
   * item buttons select; `selection`: lib/selection.js's, over the text view's marks;
   * reveal(cat) shows a hidden category when one of its items is asked for.
   */
  constructor(bar, side, selection, state, reveal) {
    this.#bar = bar;
    this.#selection = selection;
    this.#state = state;
    this.#reveal = reveal;
    side.addEventListener('click', (e) => {
      const b = e.target.closest('button.item');
      if (b) this.select(b.dataset.item, null);
    });
    bar.next.addEventListener('click', () => this.step(1));
    bar.prev.addEventListener('click', () => this.step(-1));
    bar.clear.addEventListener('click', () => this.clear());
  }

  /** The selected item, or null. */
  get item() { return this.#selection.item; }

  /** Selects item `itemId`, or moves to its next occurrence (after `fromSpan`, if given). */
  select(itemId, fromSpan) {
    const item = this.#state.model?.items.get(itemId);
    if (!item) return;
    if (this.#selection.item !== item) {
      this.clear();
      pressItem(document, itemId);
      this.#reveal(item.cat);   // asking for an item shows its category
    }
    this.#selection.select(item, fromSpan);
    this.#showOccurrence();
  }

  step(delta) {
    if (!this.#selection.item) return;
    this.#selection.step(delta);
    this.#showOccurrence();
  }

  clear() {
    this.#selection.clear();
    pressItem(document, null);
    this.#bar.box.hidden = true;
  }

  #showOccurrence() {
    const s = this.#selection;
    const L = LABELS[this.#state.lang];
    this.#bar.box.hidden = false;
    this.#bar.label.textContent = L.selection(itemLabel(s.item, L), s.pos + 1, s.count);
  }
}
