// Types of the JavaScript API (arabic-analyzer.js). Every offset is a UTF-16 code-unit index
// into the analyzed string, half-open: text.slice(start, end) is the span.

/** Normalization profiles: 'search' folds spelling variants, 'display' only cleans. */
export type Profile = 'none' | 'display' | 'search';

// Each option's doc states its range and default as "low..high (default value)", the same
// values as the README's "Analysis options" table; an integer outside its range, or a value of
// another type, makes analyze throw an AnalyzerError with code 'bad_options'.
export interface KeywordOptions {
  /** How many keywords to return, 0..1000 (default 10). */
  top_k?: number;
  /** Fewest words in a keyphrase, 1..8, at most max_words (default 1). */
  min_words?: number;
  /** Most words in a keyphrase, min_words..8 (default 4). */
  max_words?: number;
  /** Whether multi-word keyphrases are formed; false gives single words only (default true). */
  phrases?: boolean;
}

export interface AnalyzeOptions {
  /** Profile of `normalized` in the result (default 'search'). */
  profile?: Profile;
  /** Whether the result carries `normalized`; false leaves it empty (default true). */
  include_normalized?: boolean;
  keywords?: KeywordOptions;
}

export interface Span {
  start: number;
  end: number;
}

export interface Hashtag extends Span {
  /** As written, with its # (or ＃). */
  text: string;
  /** Without the #. */
  tag: string;
  /** Search-normalized tag, underscores as spaces. */
  normalized: string;
}

export interface SuspectHashtag extends Span {
  text: string;
  /** Why it looks like a mistyped hashtag, e.g. 'hash_after_word' (محافظة#). */
  reason: string;
}

export interface Mention extends Span {
  text: string;
  name: string;
}

export interface Url extends Span {
  text: string;
  /** True for an e-mail address. */
  email: boolean;
}

export interface Cashtag extends Span {
  text: string;
  symbol: string;
}

/** Why a keyword ranks, as data (the page and the widget word it in Arabic or English). */
export interface KeywordWhy {
  /** The strongest signal: a hashtag (also in the title), a name the article gives (also in the title), the title, or repetition. */
  code: 'hashtag_in_title' | 'hashtag' | 'name_in_title' | 'name' | 'in_title' | 'repeated' | 'once';
  /** For a name: the kind of entity. */
  entity?: 'PER' | 'LOC' | 'ORG';
  /** Occurrences (for a name: mentions under any of its names). */
  count: number;
  /** Distinct sentences it occurs in. */
  sentences: number;
  /** How rare it is in general text, 0 (in most documents) .. 1 (never seen). */
  background: number;
}

export interface Keyword {
  /** The most frequent surface form. */
  term: string;
  normalized: string;
  /** In [0, 1], the first keyword scores 1. */
  score: number;
  count: number;
  occurrences: Span[];
  why: KeywordWhy;
}

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'NUM' | 'PERCENT' | 'DATE';

export interface Entity extends Span {
  text: string;
  type: EntityType;
  /** Search-normalized, clitics stripped: the linking key. */
  normalized: string;
  /**
   * In [0, 1]. For PER/LOC/ORG the calibrated probability that span and type are both right
   * (on news like ANERcorp's); the page and the widget dim those under 0.5.
   */
  confidence: number;
  /** Mentions of the same entity share a group id (>= 0); -1 for none. */
  group: number;
  /** Which layer found it. */
  source: 'gazetteer' | 'rule' | 'model' | 'link' | 'number';
}

export interface Stats {
  characters: number;
  words: number;
  sentences: number;
  /** Share of letters that are Arabic, in [0, 1]. */
  arabic_share: number;
  reading_minutes: number;
}

/** A span of the original text with that text. */
export interface TextSpan extends Span {
  text: string;
}

/** The source of a statement: the fullest noun phrase naming it; for a pronoun subject (وأضاف), its latest mention before the cue. */
export interface QuoteSpeaker extends TextSpan {
  /** The `group` of the person (else organization) entity the phrase contains, or null. */
  group: number | null;
}

/** An attributed statement ("who said what"). */
export interface Quote {
  /** direct: words between quotation marks; indirect: a clause after أن/إن/بأن or a colon, or attributed by بحسب، وفقا لـ، نقلا عن. */
  kind: 'direct' | 'indirect';
  /** What was said: between the marks (direct), or the clause, final punctuation excluded. */
  content: TextSpan;
  /** The reporting verb or source phrase as written, with its clitics (وأضاف، بحسب). */
  cue: TextSpan;
  /** null: a passive cue, or a pronoun subject with no earlier mention. */
  speaker: QuoteSpeaker | null;
}

/** The result of analyze() (schema 3), the same object the CLI prints. */
export interface AnalysisResult {
  schema: 3;
  profile: Profile;
  normalized: string;
  hashtags: Hashtag[];
  suspect_hashtags: SuspectHashtag[];
  mentions: Mention[];
  urls: Url[];
  cashtags: Cashtag[];
  keywords: Keyword[];
  entities: Entity[];
  /** Attributed statements, in text order (by content start). */
  quotes: Quote[];
  stats: Stats;
}

/** The result of extract(): the social entities only. */
export interface ExtractResult {
  schema: 3;
  hashtags: Hashtag[];
  suspect_hashtags: SuspectHashtag[];
  mentions: Mention[];
  urls: Url[];
  cashtags: Cashtag[];
}

/** Codes of AnalyzerError. */
export type AnalyzerErrorCode = 'input_too_large' | 'bad_options' | 'out_of_memory' | 'internal';

export class AnalyzerError extends Error {
  constructor(code: AnalyzerErrorCode, message: string);
  readonly name: 'AnalyzerError';
  readonly code: AnalyzerErrorCode;
}

export interface CreateAnalyzerOptions {
  /** arabic-analyzer-core.wasm already compiled (e.g. in another thread): only instantiated. */
  module?: WebAssembly.Module;
  /** The .wasm bytes, if the caller has them already. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where a core file lives, by name (default: beside arabic-analyzer.js). */
  locateFile?: (path: string) => string;
  /**
   * false: return without the warm-up analysis (call `warmUp()` when idle). Default true: the
   * first `analyze()` then runs at full speed instead of compiling the core's code as it goes.
   */
  warmUp?: boolean;
}

export interface Analyzer {
  /** @throws {AnalyzerError} */
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** @throws {AnalyzerError} */
  extract(text: string): ExtractResult;
  /** @throws {AnalyzerError} code 'bad_options' for an unknown profile */
  normalize(text: string, options?: { profile?: Profile }): string;
  /** The spelling-variant key of one word: equal keys mark likely variant spellings. */
  variantKey(word: string): string;
  memoryBytes(): { heapInUse: number; memory: number };
  /** Analyzes a short built-in sentence so that the next text finds the core's code compiled. */
  warmUp(): AnalysisResult;
  /** Frees the core; the analyzer must not be used afterwards. */
  destroy(): void;
}

/** Loads the WebAssembly core (in browsers, workers and Node 20+). */
export function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;
