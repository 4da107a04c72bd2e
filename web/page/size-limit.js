// Text over the core's limit never enters the textarea: laying out tens of millions of
// characters froze the tab for about a minute, only for the analysis to refuse them. The
// refused text stays where it came from (the clipboard, the dragged selection), and a notice
// says how long it was. An insertion refused here is a cancelled event (defaultPrevented).
import { MAX_TEXT_UNITS } from '../analyzer-client.js';
import { LABELS } from '../lib/i18n.js';

const insertedUnits = (data) => data?.getData('text/plain')?.length ?? 0;

export class SizeLimit {
  #input;
  #notice;
  #state;
  #refused = 0;   // length the editor would have had with the refused text; 0: nothing refused

  /** Guards `input`; `notice` shows a refusal in the language of `state.lang`. */
  constructor(input, notice, state) {
    this.#input = input;
    this.#notice = notice;
    this.#state = state;
    input.addEventListener('paste', (e) => this.#refuseOversized(e, insertedUnits(e.clipboardData)));
    input.addEventListener('drop', (e) => this.#refuseOversized(e, insertedUnits(e.dataTransfer)));
    input.addEventListener('beforeinput', (e) => {
      // Other ways in (the context menu, drag and drop, input methods) all pass through here.
      const units = e.data != null ? e.data.length : insertedUnits(e.dataTransfer);
      if (units) this.#refuseOversized(e, units);   // deletions always pass, even over the limit
    });
    input.addEventListener('input', () => {
      if (this.#refused) { this.#refused = 0; this.showNotice(); }
    });
  }

  /** Shows (or hides) the notice, in the current language. */
  showNotice() {
    const lang = this.#state.lang;
    this.#notice.hidden = this.#refused === 0;
    this.#notice.textContent = this.#refused ? LABELS[lang].pasteTooLarge(this.#refused.toLocaleString(lang),
      MAX_TEXT_UNITS.toLocaleString(lang)) : '';
  }

  /** Cancels an insertion of `units` code units that would take the editor over the limit. */
  #refuseOversized(event, units) {
    const input = this.#input;
    const total = input.value.length - (input.selectionEnd - input.selectionStart) + units;
    if (total <= MAX_TEXT_UNITS) return;
    event.preventDefault();
    this.#refused = total;
    this.showNotice();
  }
}
