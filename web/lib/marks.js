// Which marks draw which span, both ways, for one drawn text (the page's view, the widget's host
// element or its card). A span crossing another span's boundary (or, in a host page, an element
// boundary) is drawn as several fragments; they are kept together so that selecting, flagging
// and hiding act on the whole occurrence. Marks are found through this index, not through
// attributes, so the page's <mark data-span> and the widget's <aa-mark data-aa-span> work alike.

export class MarkIndex {
  constructor() {
    this.bySpan = new Map();        // span index -> [mark...], fragments in text order
    this.spans = new WeakMap();     // mark -> span
  }

  /** Records `mark` as (a fragment of) `span`'s drawing; returns the mark (for makeMark callbacks). */
  add(span, mark) {
    let list = this.bySpan.get(span.index);
    if (!list) { list = []; this.bySpan.set(span.index, list); }
    list.push(mark);
    this.spans.set(mark, span);
    return mark;
  }

  /** The span a mark draws, or undefined for an element of no span in this text. */
  spanOf(mark) { return this.spans.get(mark); }

  /** The fragments of one span. */
  of(span) { return this.bySpan.get(span.index) || []; }

  /** Every fragment of every occurrence of an item. */
  ofItem(item) { return item.spans.flatMap((s) => this.of(s)); }

  /** Every mark. */
  all() { return [...this.bySpan.values()].flat(); }

  /**
   * The first fragment of every span, in text order: the marks were created in document order
   * (appendHighlighted opens elements as it goes), and a span's first mark is its head.
   */
  heads() { return [...this.bySpan.values()].map((list) => list[0]); }

  /**
   * The marks around a node whose span passes `visible`, innermost first: what a tooltip
   * describes and what a click selects (the innermost). Nested spans draw nested marks, so the
   * ancestors are the chain.
   */
  chainAt(node, visible) {
    const chain = [];
    for (let e = node?.nodeType === 1 ? node : node?.parentElement; e; e = e.parentElement) {
      const span = this.spans.get(e);
      if (span && visible(span)) chain.push(e);
    }
    return chain;
  }
}
