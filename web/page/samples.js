// The sample articles (dist/web/samples/, listed in index.json by the build): one button each,
// and a first visit shows the product working on the first one.
import { LABELS } from '../lib/i18n.js';

export class Samples {
  #box;
  #state;
  #onText;
  #list = [];

  /** Buttons go in `box`, labelled in `state.lang`; onText(text) receives a loaded sample. */
  constructor(box, state, onText) {
    this.#box = box;
    this.#state = state;
    this.#onText = onText;
  }

  /** Fetches the list of samples (none if it cannot be had) and draws the buttons. */
  async fetchList() {
    try {
      const res = await fetch(new URL('samples/index.json', document.baseURI));
      this.#list = res.ok ? await res.json() : [];
    } catch {
      this.#list = [];
    }
    this.render();
  }

  render() {
    const { lang } = this.#state;
    this.#box.replaceChildren();
    this.#list.forEach((s, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'ghost small sample';
      b.dataset.file = s.file;
      b.textContent = `${LABELS[lang].sample} ${(i + 1).toLocaleString(lang)}`;
      b.title = s.title;
      b.addEventListener('click', () => this.load(s));
      this.#box.append(b);
    });
  }

  /** Loads the first sample; false if there is none. */
  async loadFirst() {
    if (!this.#list.length) return false;
    await this.load(this.#list[0]);
    return true;
  }

  async load(sample) {
    if (sample.text != null) {   // the first sample comes with the list (assemble-web.sh)
      this.#onText(sample.text);
      return;
    }
    const res = await fetch(new URL(`samples/${sample.file}`, document.baseURI));
    this.#onText(await res.text());
  }
}
