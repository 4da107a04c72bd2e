// <arabic-analyzer>: the embeddable widget. One module script, one custom element:
//
//   <script type="module" src="https://example.org/aa/arabic-analyzer-widget.js"></script>
//   <arabic-analyzer for="#article"></arabic-analyzer>        highlights inside #article, in place
//   <arabic-analyzer>نص المقال…</arabic-analyzer>             a compact card about its own text
//
// Attributes, each mirrored by a property: for (a CSS selector), categories (comma list:
// hashtags, keywords, persons, places, organizations, dates, suspect, links; or PER, LOC, ORG,
// NUM, entities), theme (light | dark | auto), lang (ar | en), top (how many keywords the card
// lists, default 5), watch (re-analyze when the text changes; its value is the debounce in ms).
// Read-only: result (the last result) and text (the text it came from).
// Events: `analyzed` (detail: { result, ms, text }) after every analysis; `error` (detail:
// {code, message}); `select` when an item is selected. destroy() (or removing the element)
// puts the host's text back and, with no widget left, stops the analyzer's worker.
// Styling from the host: CSS custom properties for every colour (--aa-person-color, ...) and
// `part`s (card, header, title, status, legend, chip, section-title, list, item, text, tooltip).
//
// In-place mode only splits the host's text nodes and wraps ranges of them in <aa-mark>
// elements: existing elements, attributes, links and event handlers stay as they were, and
// removing the widget (or calling clear()) puts the original text nodes back. Styles: the card
// lives in a Shadow DOM; the marks get one constructed stylesheet adopted by the document,
// scoped to aa-mark, so neither side's CSS leaks into the other. No inline styles or scripts,
// no eval: it runs under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
// The worker and the wasm load relative to analyzer-client.js (import.meta.url), which sits
// beside this file. This file is the one host pages load and only registers the element; the
// element and its parts are in widget/ (web/README.md lists them).
import { ArabicAnalyzerElement } from './widget/element.js';

if (!customElements.get('arabic-analyzer')) customElements.define('arabic-analyzer', ArabicAnalyzerElement);
export { ArabicAnalyzerElement };
