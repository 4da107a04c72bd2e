// The tooltip of the page's highlighted text: what the marks under the pointer (or the focused
// mark) are, kept beside its mark while the page or the view scrolls, gone on Escape.
import { showTooltip } from '../lib/tooltip.js';
import { LABELS } from '../lib/i18n.js';

export class ViewTooltip {
  #tip;
  #textView;
  #state;
  #for = null;   // the mark described

  /** `tip`: the tooltip element; `view`: the element `textView` draws in; labels in `state.lang`. */
  constructor(tip, view, textView, state) {
    this.#tip = tip;
    this.#textView = textView;
    this.#state = state;
    view.addEventListener('mouseover', (e) => {
      const chain = textView.chainAt(e.target);
      if (chain.length) this.show(chain[0]); else this.hide();
    });
    view.addEventListener('mouseleave', () => { if (!view.contains(document.activeElement)) this.hide(); });
    view.addEventListener('focusin', (e) => { if (e.target.matches('mark.hl')) this.show(e.target); });
    view.addEventListener('focusout', (e) => { if (!view.contains(e.relatedTarget)) this.hide(); });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !tip.hidden) this.hide();
    });
    const follow = () => { if (this.#for && !tip.hidden) this.show(this.#for); };
    addEventListener('scroll', follow, { passive: true });
    view.addEventListener('scroll', follow, { passive: true });
  }

  /** Describes the visible marks at `mark` (innermost first). */
  show(mark) {
    const chain = this.#textView.chainAt(mark);
    if (!chain.length) { this.hide(); return; }
    const { lang } = this.#state;
    this.#tip.lang = lang;
    this.#tip.dir = lang === 'ar' ? 'rtl' : 'ltr';
    showTooltip(this.#tip, mark, chain.map((m) => this.#textView.spanOf(m)), LABELS[lang]);
    if (this.#for && this.#for !== mark) this.#for.removeAttribute('aria-describedby');
    this.#for = mark;
    mark.setAttribute('aria-describedby', this.#tip.id);
  }

  hide() {
    this.#tip.hidden = true;
    if (this.#for) this.#for.removeAttribute('aria-describedby');
    this.#for = null;
  }
}
