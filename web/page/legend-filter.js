// The page's legend: a chip per category with its count; releasing a chip hides that
// category's highlights (the set `hidden`, shared with the text view and the export).
import { legendChips, toggleChip } from '../lib/legend.js';
import { LABELS } from '../lib/i18n.js';

export class LegendFilter {
  #legend;
  #state;
  #changed;

  /** Draws in `legend` for `state` (model, hidden, lang); changed() runs after a category is shown or hidden. */
  constructor(legend, state, changed) {
    this.#legend = legend;
    this.#state = state;
    this.#changed = changed;
    legend.addEventListener('click', (event) => {
      const chip = event.target.closest('button.chip');
      if (!chip) return;
      toggleChip(chip, state.hidden);
      changed();
    });
  }

  /** Draws the chips for the current result (counts of zero without one). */
  build() {
    const { model, hidden, lang } = this.#state;
    this.#legend.replaceChildren(...legendChips(document, model?.spans ?? [], hidden, LABELS[lang]));
  }

  /** Shows category `cat` if it was hidden. */
  reveal(cat) {
    if (!this.#state.hidden.has(cat)) return;
    this.#state.hidden.delete(cat);
    this.#legend.querySelector(`[data-cat="${cat}"]`)?.setAttribute('aria-pressed', 'true');
    this.#changed();
  }
}
