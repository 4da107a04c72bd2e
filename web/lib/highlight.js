// Builds highlighted DOM from a string and spans, using text nodes only (never HTML parsing),
// so nothing the user pasted can become markup.
//
// Overlapping spans nest: the text is cut at every span boundary, and each piece is wrapped in
// the chain of spans covering it, outermost first (earlier start, then longer, then lower
// priority). Consecutive pieces reuse the open wrappers they share, so a span is one element
// unless another span crosses its boundary; then it is split into fragments that carry the same
// data-span index (data-frag="1" on the continuations). Every character of the text appears
// exactly once, in order.

function outerFirst(a, b) {
  return a.start - b.start || b.end - a.end || a.prio - b.prio || a.index - b.index;
}

/**
 * Appends to `parent` the text text.slice(from, to) with the spans that intersect it wrapped by
 * makeMark(span, continued) (which returns an element). Offsets of spans are absolute in `text`.
 */
export function appendHighlighted(parent, text, spans, from = 0, to = text.length, makeMark, started = new Set()) {
  // `started`: span indexes that already have an element (pass the same set when one text is
  // rendered in several pieces, so a span crossing two pieces is marked continued in the second).
  const doc = parent.ownerDocument;
  // Boundaries inside [from, to).
  const cuts = new Set([from, to]);
  const relevant = [];
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    relevant.push(s);
    cuts.add(Math.max(s.start, from));
    cuts.add(Math.min(s.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  relevant.sort((a, b) => a.start - b.start);
  let next = 0;                 // next span in `relevant` to become active
  let active = [];              // spans covering the current piece
  const stack = [];             // [{span, el}] currently open wrappers, outermost first

  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p];
    const b = points[p + 1];
    if (a >= b) continue;
    active = active.filter((s) => s.end > a);
    while (next < relevant.length && relevant[next].start <= a) {
      if (relevant[next].end > a) active.push(relevant[next]);
      next++;
    }
    const chain = active.slice().sort(outerFirst);
    let keep = 0;
    while (keep < stack.length && keep < chain.length && stack[keep].span === chain[keep]) keep++;
    stack.length = keep;
    for (let i = keep; i < chain.length; i++) {
      const span = chain[i];
      const el = makeMark(span, started.has(span.index));
      started.add(span.index);
      (stack.length ? stack[stack.length - 1].el : parent).appendChild(el);
      stack.push({ span, el });
    }
    (stack.length ? stack[stack.length - 1].el : parent).appendChild(doc.createTextNode(text.slice(a, b)));
  }
}

// Direction of a text from its first strong character (the rule of dir="auto"). Set explicitly:
// dir="auto" on a container makes Chromium re-resolve direction on every node inserted into
// it, which turns rendering a long highlighted text quadratic.
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
const STRONG = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\p{L}/u;
export function textDirection(text) {
  const m = STRONG.exec(text);
  return !m || RTL_CHAR.test(m[0]) ? 'rtl' : 'ltr';   // no letter at all: the Arabic default
}
