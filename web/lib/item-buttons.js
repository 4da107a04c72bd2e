// The entries a reader clicks to select an item (a keyword, a linked entity, a hashtag, ...) in
// the page's side panels and the widget's card. Each is a real <button> carrying data-item, so
// clicks and the keyboard work the same for every kind, and `aria-pressed` tells which item is
// selected.
import { el } from './el.js';

/** What an item is called: its label, or for the statements of no named source, "unattributed". */
export function itemLabel(item, L) {
  return item.label ?? L.unattributed;
}

/** A button for `item`: its colour swatch, its label, `extra` (a score bar, a subtype) and its count. */
export function itemButton(doc, item, L, extra) {
  const b = el(doc, 'button', `item item-${item.cat}`);
  b.type = 'button';
  b.dataset.item = item.id;
  b.setAttribute('aria-pressed', 'false');
  const sw = el(doc, 'span', `swatch sw-${item.cat}`);
  sw.setAttribute('aria-hidden', 'true');
  const label = el(doc, 'span', 'label', itemLabel(item, L));
  label.dir = 'auto';   // a label is one short phrase: auto costs nothing here
  b.append(sw, label);
  if (extra) b.append(extra);
  const count = el(doc, 'span', 'count', `×${item.count}`);
  count.setAttribute('aria-label', L.occurrences(item.count));
  b.append(count);
  return b;
}

/** A keyword's score (0 to 1) as a filled bar; decoration only, the score is said elsewhere. */
export function scoreBar(doc, score) {
  const bar = el(doc, 'span', 'bar');
  bar.setAttribute('aria-hidden', 'true');
  const fill = el(doc, 'span', 'fill');
  fill.style.width = `${Math.max(0, Math.min(1, Number(score) || 0)) * 100}%`;   // CSSOM: allowed by the CSP
  bar.append(fill);
  return bar;
}

/** The entry of an empty list. */
export function noneEntry(doc, L) {
  return el(doc, 'li', 'none', L.none);
}

/** Presses the buttons of item `id` under `root` and releases the others (null: all). */
export function pressItem(root, id) {
  for (const b of root.querySelectorAll('button.item')) b.setAttribute('aria-pressed', String(b.dataset.item === id));
}
