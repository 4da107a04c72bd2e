// Types of the <arabic-analyzer> custom element (arabic-analyzer-widget.js).
import type { AnalysisResult } from './arabic-analyzer.js';
import type { ClientErrorCode } from './analyzer-client.js';

/** Names accepted in the `categories` attribute / property. */
export type WidgetCategory = 'hashtags' | 'keywords' | 'persons' | 'people' | 'places' | 'organizations' |
  'dates' | 'numbers' | 'suspect' | 'links' | 'mentions' | 'entities' | 'all' |
  /** Attributed statements (the result's `quotes`): underlined, the speaker in their tooltip, "who said what" in the card. */
  'quotes' | 'statements' |
  'PER' | 'LOC' | 'ORG' | 'NUM';

export type WidgetTheme = 'light' | 'dark' | 'auto';

export interface AnalyzedDetail {
  result: AnalysisResult;
  /** Milliseconds the core took. */
  ms: number;
  /** The analyzed text; in `for` mode the target's text with "\n" at block boundaries. */
  text: string;
}

export interface WidgetErrorDetail {
  code: ClientErrorCode | 'no_target';
  message: string;
}

export interface SelectDetail {
  item: string;
  occurrence: number;
  count: number;
}

export interface ArabicAnalyzerEventMap extends HTMLElementEventMap {
  analyzed: CustomEvent<AnalyzedDetail>;
  error: CustomEvent<WidgetErrorDetail> & ErrorEvent;
  select: CustomEvent<SelectDetail>;
}

export class ArabicAnalyzerElement extends HTMLElement {
  /** CSS selector of the element to highlight in place; null: the widget's own text. */
  for: string | null;
  /** Categories shown (the attribute as a list). Setting accepts a list or a comma string. */
  get categories(): string[];
  set categories(value: WidgetCategory[] | string | null);
  theme: WidgetTheme;
  /**
   * Interface language, HTMLElement's own `lang` (the attribute): 'en…' gives English, anything
   * else Arabic; unset, the document's language decides.
   */
  lang: string;
  /** How many keywords the card lists (default 5). */
  top: number;
  /** Re-analyze when the text changes (debounce: the attribute's value in ms, default 400). */
  watch: boolean;
  /** The last result, or null. */
  readonly result: AnalysisResult | null;
  /**
   * The text the latest refresh() read, as the `analyzed` event gives it (`result`'s offsets
   * index it once that analysis is done): in `for` mode the target's text with "\n" at block
   * boundaries. null before the first.
   */
  readonly text: string | null;
  /** Re-reads the text and analyzes it again. */
  refresh(): Promise<void>;
  /** Removes the in-place highlights. */
  clear(): void;
  /** Removes the widget; with no widget left on the page the analyzer's worker stops. */
  destroy(): void;
  addEventListener<K extends keyof ArabicAnalyzerEventMap>(type: K,
    listener: (this: ArabicAnalyzerElement, event: ArabicAnalyzerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'arabic-analyzer': ArabicAnalyzerElement;
  }
}
