// Watch mode: re-analysis once the watched text (the target, or the widget's own text) has
// stopped changing for a moment, e.g. a live blog adding updates.

const DEFAULT_WATCH_MS = 400;

export class TextWatcher {
  #onChange;
  #delay;
  #observer = null;
  #timer = 0;
  #node = null;

  /**
   * onChange() runs after a burst of changes; delay() gives the debounce in ms (read at each
   * change, so a new `watch` value applies at once; not a positive number: DEFAULT_WATCH_MS).
   */
  constructor(onChange, delay) {
    this.#onChange = onChange;
    this.#delay = delay;
  }

  /** The node last asked to watch (watched or not). */
  get node() { return this.#node; }

  /** Watches `node` if `on`; either way, `node` is the one watched when watching is turned on. */
  watch(node, on) {
    this.stop();
    this.#node = node;
    if (!node || !on) return;
    this.#observer = new MutationObserver(() => this.#schedule());
    this.#observer.observe(node, { childList: true, subtree: true, characterData: true });
  }

  stop() {
    clearTimeout(this.#timer);
    this.#observer?.disconnect();
    this.#observer = null;
  }

  /**
   * Runs `change` (the widget's own edits of the host text) without waking the watcher; edits
   * the host made just before still count.
   */
  quietly(change) {
    const before = this.#observer?.takeRecords() ?? [];
    change();
    this.#observer?.takeRecords();
    if (before.length) this.#schedule();
  }

  #schedule() {
    clearTimeout(this.#timer);
    const ms = this.#delay();
    this.#timer = setTimeout(this.#onChange, Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_WATCH_MS);
  }
}
