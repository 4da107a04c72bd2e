// What the page says about the analysis: the status line (loading, analyzing, done in N ms,
// an error, a short confirmation) and, for a long text, a progress bar with an estimate.
import { LABELS } from '../lib/i18n.js';

export class StatusLine {
  #line;
  #state;
  #isEmpty;
  #override = null;

  /** Says in `line` what `state` (error, busy, result, ms, lang) is; isEmpty(): no text to analyze. */
  constructor(line, state, isEmpty) {
    this.#line = line;
    this.#state = state;
    this.#isEmpty = isEmpty;
  }

  update() {
    const state = this.#state;
    const l = LABELS[state.lang];
    let text;
    if (this.#override) text = this.#override;
    else if (state.error) text = `${l.error}: ${l.errors[state.error.code] ?? state.error.message}`;
    else if (state.busy) text = l.analyzing;
    else if (state.result) text = l.analyzedIn(state.ms);
    else if (this.#isEmpty()) text = l.empty;
    else text = l.loading;
    this.#line.textContent = text;
    document.body.dataset.state = state.error ? 'error' : state.busy ? 'busy' : 'idle';
  }

  /** Says `message` for two seconds. */
  flash(message) {
    this.#override = message;
    this.update();
    setTimeout(() => { this.#override = null; this.update(); }, 2000);
  }
}

export class Progress {
  #parts;
  #state;
  #timer = 0;

  /** `parts`: { box, bar, label }; the estimate uses `state.charsPerMs`, the labels `state.lang`. */
  constructor(parts, state) {
    this.#parts = parts;
    this.#state = state;
  }

  /** Starts estimating an analysis of `length` code units. */
  start(length) {
    this.stop();
    const t0 = performance.now();
    const expected = length / this.#state.charsPerMs;
    this.#timer = setInterval(() => {
      const elapsed = performance.now() - t0;
      if (elapsed < 250) return;   // short texts finish before any progress is worth showing
      const pct = Math.min(95, Math.round((elapsed / Math.max(expected, 1)) * 100));
      const { box, bar, label } = this.#parts;
      const { lang } = this.#state;
      box.hidden = false;
      bar.value = pct;
      label.textContent = LABELS[lang].progress(pct.toLocaleString(lang), (elapsed / 1000).toFixed(1));
    }, 100);
  }

  stop() {
    clearInterval(this.#timer);
    this.#parts.box.hidden = true;
  }
}
