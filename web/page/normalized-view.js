// The "normalized" tab: the editor's text under the chosen normalization profile, fetched
// from the worker when the tab opens, the profile changes or a new analysis finishes.
import { textDirection } from '../lib/highlight.js';
import { LABELS } from '../lib/i18n.js';

export class NormalizedView {
  #client;
  #input;
  #profile;
  #output;
  #panel;
  #state;
  #token = 0;

  /**
   * `tabs`: [highlighted, normalized] tab buttons (each `aria-controls` its panel); `output`
   * shows the text, `profile` is the profile <select>; error labels in `state.lang`.
   */
  constructor(client, input, { tabs, profile, output }, state) {
    this.#client = client;
    this.#input = input;
    this.#profile = profile;
    this.#output = output;
    this.#panel = document.getElementById(tabs[1].getAttribute('aria-controls'));
    this.#state = state;
    profile.addEventListener('change', () => this.refresh());
    const select = (tab) => {
      for (const t of tabs) {
        const on = t === tab;
        t.setAttribute('aria-selected', String(on));
        t.tabIndex = on ? 0 : -1;
        document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
      }
      if (tab === tabs[1]) this.refresh();
    };
    for (const t of tabs) {
      t.addEventListener('click', () => select(t));
      t.addEventListener('keydown', (e) => {
        if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
        e.preventDefault();
        const other = tabs[(tabs.indexOf(t) + 1) % tabs.length];
        select(other);
        other.focus();
      });
    }
  }

  /** Whether the normalized tab is the one open. */
  get shown() { return !this.#panel.hidden; }

  async refresh() {
    const token = ++this.#token;
    const output = this.#output;
    try {
      const { result } = await this.#client.normalize(this.#input.value, { profile: this.#profile.value });
      if (token === this.#token) {
        output.dir = textDirection(result);
        output.textContent = result;
      }
    } catch (e) {
      if (e.code !== 'superseded' && token === this.#token) output.textContent = `${LABELS[this.#state.lang].error}: ${e.message}`;
    }
  }

  clear() { this.#output.replaceChildren(); }
}
