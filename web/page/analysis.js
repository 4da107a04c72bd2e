// When and how the editor's text is analyzed: debounced while typing (longer texts wait
// longer), at once on paste; only the newest text's result is drawn, and a long analysis of an
// older text is abandoned rather than waited for. The text never leaves the editor on a
// failure: the status says what went wrong.
import { ANALYZE_OPTIONS } from '../lib/analysis-options.js';
import { buildModel } from '../lib/categories.js';

export class AnalysisRuns {
  #client;
  #input;
  #state;
  #on;
  #timer = 0;
  #token = 0;

  /**
   * Analyzes `input`'s text with `client` into `state` (text, result, model, ms, error, busy,
   * charsPerMs, runs). `on`: persist() before each run; clear() for an empty text; render()
   * draws the new result and resolves false if it was superseded; rendered() after it;
   * status and progress (status.js's).
   */
  constructor(client, input, state, on) {
    this.#client = client;
    this.#input = input;
    this.#state = state;
    this.#on = on;
  }

  schedule(immediate) {
    clearTimeout(this.#timer);
    const n = this.#input.value.length;
    // Longer texts wait a little longer after the last keystroke: each run costs more.
    const delay = immediate ? 0 : Math.min(1200, 250 + n / 4000);
    this.#timer = setTimeout(() => this.#run(), delay);
  }

  async #run() {
    const { status, progress } = this.#on;
    const state = this.#state;
    const text = this.#input.value;
    const token = ++this.#token;
    if (this.#client.busyFor() > 500) this.#client.restart();
    this.#on.persist();
    if (!text.trim()) {
      state.text = text;
      state.error = null;
      state.busy = false;
      progress.stop();
      this.#on.clear();
      status.update();
      return;
    }
    state.busy = true;
    status.update();
    progress.start(text.length);
    try {
      const { result, ms } = await this.#client.analyze(text, ANALYZE_OPTIONS);
      if (token !== this.#token) return;
      state.text = text;
      state.result = result;
      state.model = buildModel(result);
      state.ms = ms;
      state.error = null;
      if (text.length > 2000 && ms > 0) state.charsPerMs = text.length / ms;
      if (!(await this.#on.render()) || token !== this.#token) return;
      this.#on.rendered();
      state.runs++;
      document.body.dataset.runs = String(state.runs);
    } catch (e) {
      if (e.code === 'superseded' || token !== this.#token) return;
      state.error = e;   // the text stays in the editor: nothing typed is lost
    } finally {
      if (token === this.#token) {
        state.busy = false;
        progress.stop();
        status.update();
      }
    }
  }
}
