// In-place mode: the host's text nodes are split and ranges of them wrapped in <aa-mark>
// elements. Existing elements, attributes, links and event handlers stay as they were, and
// restore() puts the original text nodes back. The marks' styles are one constructed
// stylesheet adopted by the document and scoped to aa-mark, so neither side's CSS leaks into
// the other (the card keeps its own in a Shadow DOM).
import { appendHighlighted } from '../lib/highlight.js';
import { COLOURS, categoryRules, cueRule, paletteRules, styleSheet, uncertainRules } from '../lib/palette.js';
import { spansIn } from './host-text.js';

// Only aa-mark elements, low specificity colours; `color: inherit` keeps the host's text
// colour, so the host's typography is untouched. The palette is declared on every mark, so a
// custom property the host sets on any ancestor reaches it.
const HOST_CSS = `
${paletteRules({ light: 'aa-mark', dark: 'aa-mark[data-aa-theme="dark"]', auto: 'aa-mark[data-aa-theme="auto"]' }, [COLOURS])}
aa-mark { color: inherit; border-radius: .2em; cursor: pointer; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
${categoryRules((cat) => `aa-mark[data-aa-cat="${cat}"]`)}
${uncertainRules((cat) => `aa-mark[data-aa-cat="${cat}"][data-aa-low]:not([data-aa-off])`)}
${cueRule('aa-mark[data-aa-cue]:not([data-aa-off])')}
aa-mark[data-aa-sel] { outline: 2px solid var(--aa-sel); }
aa-mark[data-aa-current] { outline: 3px solid var(--aa-sel); }
aa-mark[data-aa-off] { background: none; border-bottom: 0; text-decoration: none; outline: 0; cursor: inherit; }
`;

let hostSheetAdopted = false;
function adoptHostSheet() {
  if (hostSheetAdopted) return;
  hostSheetAdopted = true;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, styleSheet(HOST_CSS)];
}

export function setMarkTheme(mark, theme) {
  mark.setAttribute('data-aa-theme', theme);
}

/** An <aa-mark> for (a fragment of) `span`; `off`: its category is hidden. */
export function hostMark(span, continued, theme, off) {
  const m = document.createElement('aa-mark');
  m.setAttribute('data-aa-cat', span.cat);
  m.setAttribute('data-aa-span', String(span.index));
  m.setAttribute('data-aa-start', String(span.start));
  m.setAttribute('data-aa-end', String(span.end));
  if (continued) m.setAttribute('data-aa-frag', '');
  if (span.low) m.setAttribute('data-aa-low', '');
  if (span.partOf) m.setAttribute('data-aa-cue', '');
  setMarkTheme(m, theme);
  if (off) m.setAttribute('data-aa-off', '');
  return m;
}

/** The marks one widget drew into its host element, and the text nodes they replaced. */
export class InPlaceMarks {
  #wrapped = [];   // [{ original, inserted: [nodes] }] in document order

  /**
   * Wraps `spans` over the text nodes of `collected` (collectText's result) with
   * makeMark(span, continued), as appendHighlighted does.
   */
  draw({ text, parts }, spans, makeMark) {
    adoptHostSheet();
    const sorted = spans.slice().sort((a, b) => a.start - b.start);
    const maxLen = sorted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
    const started = new Set();   // a span crossing text nodes: later pieces are marked continued
    for (const part of parts) {
      const local = spansIn(sorted, part.start, part.end, maxLen);
      // A node the host changed while the analysis ran keeps its new text (watch mode
      // analyzes it next); only nodes still holding the analyzed text are wrapped.
      if (!local.length || part.node.parentNode == null || part.node.data !== text.slice(part.start, part.end)) continue;
      const frag = document.createDocumentFragment();
      appendHighlighted(frag, text, local, part.start, part.end, makeMark, started);
      const inserted = [...frag.childNodes];
      part.node.replaceWith(frag);
      this.#wrapped.push({ original: part.node, inserted });
    }
  }

  /** Puts the original text nodes back in place of the marks. */
  restore() {
    for (const { original, inserted } of this.#wrapped.reverse()) {
      const present = inserted.filter((n) => n.parentNode);
      if (!present.length) continue;
      // The host may have edited text inside the marks (watch mode): its edit is kept.
      const current = present.map((n) => n.textContent).join('');
      if (original.data !== current) original.data = current;
      present[0].parentNode.insertBefore(original, present[0]);
      for (const n of present) n.remove();
    }
    this.#wrapped = [];
  }
}
