// The selected item and its current occurrence. Selecting an item flags every fragment of
// every occurrence ('sel') and makes the next occurrence current ('current'), so repeated
// clicks on its entry, or on its marks, walk a reader through the text; the walk wraps around.
// How a flag shows is the front-end's: the page sets classes, the widget sets data-aa-*
// attributes, which a host page's own CSS cannot match by accident.

export class Selection {
  /** flag(mark, 'sel' | 'current', on) shows a flag; `marks` is the MarkIndex of the drawn text. */
  constructor(flag, marks) {
    this.flag = flag;
    this.marks = marks;
    this.item = null;
    this.pos = -1;   // the current occurrence, an index into item.spans; -1: none yet
  }

  get count() { return this.item ? this.item.spans.length : 0; }

  /** Unflags everything and forgets the item. */
  clear() {
    if (this.item) this.show(false);
    this.item = null;
    this.pos = -1;
  }

  /**
   * Selects `item`, or moves on within it if it is already selected. `fromSpan`: the occurrence
   * the reader clicked in the text (a cue stands for its statement); the one after it becomes
   * current.
   */
  select(item, fromSpan) {
    if (item !== this.item) {
      this.clear();
      this.item = item;
      this.show(true);
    }
    if (fromSpan) this.pos = item.spans.indexOf(fromSpan.partOf ?? fromSpan);
    this.step(1);
  }

  /** Moves the current occurrence by `delta` (wrapping) and scrolls it into view. */
  step(delta) {
    const n = this.count;
    if (!n) return;
    this.flagCurrent(false);
    this.pos = (this.pos + delta + n) % n;
    this.flagCurrent(true);
    const head = this.marks.of(this.item.spans[this.pos])[0];
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    head?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }

  /**
   * The text was drawn again (new marks, maybe a new model): `item` (the same item of the new
   * model, or null) stays selected with no current occurrence, so nothing scrolls.
   */
  redrawn(marks, item = null) {
    this.marks = marks;
    this.item = item;
    this.pos = -1;
    if (item) this.show(true);
  }

  show(on) {
    for (const m of this.marks.ofItem(this.item)) {
      this.flag(m, 'sel', on);
      if (!on) this.flag(m, 'current', false);
    }
  }

  flagCurrent(on) {
    const span = this.item.spans[this.pos];
    if (span) for (const m of this.marks.of(span)) this.flag(m, 'current', on);
  }
}
