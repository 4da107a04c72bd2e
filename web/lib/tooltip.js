// Where a tooltip goes: below its anchor, or above it when the viewport has no room below,
// centred on it and kept `margin` px inside the viewport. The tooltip is position: fixed, so
// viewport coordinates are its coordinates. Set through CSSOM properties, which a strict
// `style-src 'self'` allows (a style attribute it would refuse).
import { fillTooltip } from './describe.js';

export function placeTooltip(tip, anchor, margin) {
  const r = anchor.getBoundingClientRect();
  const t = tip.getBoundingClientRect();
  let top = r.bottom + margin;
  if (top + t.height > innerHeight - margin) top = Math.max(margin, r.top - t.height - margin);
  const left = Math.max(margin, Math.min(r.left + r.width / 2 - t.width / 2, innerWidth - t.width - margin));
  tip.style.top = `${Math.round(top)}px`;
  tip.style.left = `${Math.round(left)}px`;
}

/** Describes `spans` (innermost first) in `tip`, shows it and places it at `anchor`. */
export function showTooltip(tip, anchor, spans, L, margin = 8) {
  fillTooltip(tip, spans, L);
  tip.hidden = false;
  placeTooltip(tip, anchor, margin);   // measured once shown: a hidden tooltip has no size
}
