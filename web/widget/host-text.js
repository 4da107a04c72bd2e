// Reading a host element's text the way the analyzer should see it, and finding which spans of
// the result fall on each of its text nodes (the in-place marks are drawn node by node).

// Elements whose text is not article text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'SELECT', 'ARABIC-ANALYZER', 'CODE', 'PRE']);
const INLINE = new Set(['inline', 'inline-block', 'contents', 'inline-flex', 'inline-grid', 'ruby', 'none']);

/** The element a `for` selector names, or null (none, or not a valid selector). */
export function findTarget(selector) {
  if (!selector) return null;
  try { return document.querySelector(selector); } catch { return null; }
}

/**
 * The text of a host element as the analyzer should see it, and where each text node sits in it.
 * Block boundaries and <br> become "\n" (belonging to no node), so words of two paragraphs
 * never run together. Returns { text, parts: [{ node, start, end }] }.
 */
export function collectText(root) {
  let text = '';
  const parts = [];
  const breakLine = () => { if (text && !text.endsWith('\n')) text += '\n'; };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.data) continue;
        parts.push({ node: child, start: text.length, end: text.length + child.data.length });
        text += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || child.hidden) continue;
        if (tag === 'BR') { text += '\n'; continue; }
        const display = getComputedStyle(child).display;
        if (display === 'none') continue;
        const block = !INLINE.has(display);
        if (block) breakLine();
        walk(child);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  return { text, parts };
}

/** Spans overlapping [from, to) from a list sorted by start (all spans are short). */
export function spansIn(sorted, from, to, maxLen) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {   // first span that could reach `from`
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start + maxLen <= from) lo = mid + 1; else hi = mid;
  }
  const out = [];
  for (let i = lo; i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end > from) out.push(sorted[i]);
  return out;
}
