// The legend: one toggle per category with its colour and how many highlights it has. Pressed
// means shown; a front-end hides the category's highlights when a chip is released.
import { CATEGORY_KEYS } from './categories.js';
import { el } from './el.js';

/** Highlights per category (a statement's cue is part of its statement, not one more). */
export function countByCategory(spans) {
  const counts = new Map();
  for (const s of spans) if (!s.partOf) counts.set(s.cat, (counts.get(s.cat) || 0) + 1);
  return counts;
}

/** A chip per category of `cats` (in legend order), pressed unless in `hidden`. */
export function legendChips(doc, spans, hidden, L, cats = CATEGORY_KEYS) {
  const counts = countByCategory(spans);
  const wanted = new Set(cats);
  return CATEGORY_KEYS.filter((cat) => wanted.has(cat)).map((cat) => {
    const b = el(doc, 'button', `chip chip-${cat}`);
    b.type = 'button';
    b.dataset.cat = cat;
    b.setAttribute('aria-pressed', String(!hidden.has(cat)));
    const sw = el(doc, 'span', `swatch sw-${cat}`);
    sw.setAttribute('aria-hidden', 'true');
    const label = el(doc, 'span', '', L.cat[cat]);
    const count = el(doc, 'span', 'count', String(counts.get(cat) || 0));
    b.append(sw, label, count);
    return b;
  });
}

/** Flips category `cat` in `hidden` and its chip; returns true if the category is now hidden. */
export function toggleChip(chip, hidden) {
  const cat = chip.dataset.cat;
  if (hidden.has(cat)) hidden.delete(cat); else hidden.add(cat);
  chip.setAttribute('aria-pressed', String(!hidden.has(cat)));
  return hidden.has(cat);
}
