// The JavaScript API of arabic-analyzer: a thin wrapper over the WebAssembly core.
//
//   import { createAnalyzer } from './arabic-analyzer.js';
//   const a = await createAnalyzer();
//   const result = a.analyze(text, { keywords: { top_k: 10 } });
//   const normalized = a.normalize(text, { profile: 'search' });
//   const { hashtags, mentions, urls } = a.extract(text);  // social entities only, fast
//
// Every offset in a result is a UTF-16 code-unit index into `text`, so
// text.slice(start, end) is the span. Works in browsers, Web Workers and Node.
// All memory that crosses into the core is allocated and freed here, on every path.
import createCore from './arabic-analyzer-core.js';

export class AnalyzerError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'AnalyzerError';
    this.code = code;
  }
}

// Emscripten 3.1.6's ES-module glue still reaches for CommonJS `require` and `__dirname`
// under Node; provide them (only if absent) before the core is instantiated.
async function provideNodeGlobals() {
  const { createRequire } = await import('node:module');
  globalThis.require ??= createRequire(import.meta.url);
  globalThis.__dirname ??= new URL('.', import.meta.url).pathname;
}

async function nodeWasmBinary() {
  // Node's fetch cannot load file: URLs, so read the module's bytes from disk.
  const { readFile } = await import('node:fs/promises');
  return readFile(new URL('./arabic-analyzer-core.wasm', import.meta.url));
}

// A short sentence that runs every stage (a person, a place, a date, a number, a quotation,
// a hashtag, a mention and a URL): analyzing it compiles the code a real text runs. V8
// compiles each wasm function on its first call, and a first article that pays for that
// while the optimizing compiler starts on its hot functions in the background takes several
// times as long as the second (docs/figures.md, "a first result at full speed in Node").
const WARM_UP = 'قال وزير الخارجية سامح شكري في القاهرة يوم 12 مارس 2024: «سنواصل العمل» بنسبة 5% #مصر @MfaEgypt https://example.com';

const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null &&
  typeof window === 'undefined';

/**
 * Loads the WebAssembly core. `options.module` (a compiled WebAssembly.Module of
 * arabic-analyzer-core.wasm), `options.wasmBinary` (bytes) or `options.locateFile` may be
 * given to control where the .wasm comes from; by default it is loaded from beside this file.
 * The analyzer is warmed up before it is returned (see `warmUp()`) unless
 * `options.warmUp === false`, for callers that warm it up when they are idle.
 */
export async function createAnalyzer(options = {}) {
  const moduleArgs = {};
  // Compiled elsewhere (the analyzer client compiles it while its worker starts up) or, in
  // Node, here at once: construction and warm-up hold the thread for longer anyway, and V8
  // validates the code sooner on this thread than in background tasks (docs/figures.md, same).
  const module = options.module ??
    (isNode && !options.wasmBinary ? new WebAssembly.Module(await nodeWasmBinary()) : null);
  if (module) {
    moduleArgs.instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module));
      return {};
    };
  } else if (options.wasmBinary) moduleArgs.wasmBinary = options.wasmBinary;
  if (isNode) await provideNodeGlobals();
  moduleArgs.locateFile = options.locateFile ||
    ((path) => new URL(path, import.meta.url).href);
  const core = await createCore(moduleArgs);
  const handle = core._aa_create();

  const decoder = new TextDecoder();
  // A result is a 4-byte little-endian length, then that many UTF-8 bytes.
  function readResult(ptr) {
    const length = new DataView(core.HEAPU8.buffer).getUint32(ptr, true);
    return decoder.decode(core.HEAPU8.subarray(ptr + 4, ptr + 4 + length));
  }

  // Copies a string (or options) into the wasm heap, calls fn, always frees.
  function withText(text, extra, fn) {
    if (typeof text !== 'string') throw new TypeError('text must be a string');
    const units = text.length;
    const textPtr = core._aa_malloc(Math.max(units * 2, 2));
    const extraBytes = extra == null ? null : new TextEncoder().encode(extra + '\0');
    const extraPtr = extraBytes ? core._aa_malloc(extraBytes.length) : 0;
    if (!textPtr || (extraBytes && !extraPtr)) {
      core._aa_free(textPtr);
      core._aa_free(extraPtr);
      throw new AnalyzerError('out_of_memory', 'Not enough memory for this text.');
    }
    let out = 0;
    try {
      // Views are taken after malloc: memory growth replaces the buffer.
      const heap16 = new Uint16Array(core.HEAPU8.buffer, textPtr, units);
      for (let i = 0; i < units; i++) heap16[i] = text.charCodeAt(i);
      if (extraBytes) core.HEAPU8.set(extraBytes, extraPtr);
      out = fn(textPtr, units, extraPtr);
      return out ? readResult(out) : null;
    } finally {
      core._aa_free(out);
      core._aa_free(extraPtr);
      core._aa_free(textPtr);
    }
  }

  const analyzer = {
    /** Analyzes one text; returns the result object (schema 3, see README). */
    analyze(text, analyzeOptions = {}) {
      // No options, no JSON: the core's defaults without compiling its JSON parser.
      const none = analyzeOptions == null || (analyzeOptions.constructor === Object &&
        Object.keys(analyzeOptions).length === 0);
      const json = withText(text, none ? null : JSON.stringify(analyzeOptions),
        (p, n, o) => core._aa_analyze(handle, p, n, o));
      const result = JSON.parse(json);
      if (result.error) throw new AnalyzerError(result.error.code, result.error.message);
      return result;
    },
    /**
     * Only hashtags, suspect_hashtags, mentions, urls (e-mails with email: true) and cashtags,
     * without the other stages: { schema, hashtags, suspect_hashtags, mentions, urls, cashtags }.
     */
    extract(text) {
      const result = JSON.parse(withText(text, null, (p, n) => core._aa_extract_social(handle, p, n, 0)));
      if (result.error) throw new AnalyzerError(result.error.code, result.error.message);
      return result;
    },
    /** The text under a normalization profile: 'search' (default), 'display' or 'none'. */
    normalize(text, { profile = 'search' } = {}) {
      const out = withText(text, String(profile), (p, n, o) => core._aa_normalize(handle, p, n, o));
      if (out === null) throw new AnalyzerError('bad_options', `Unknown profile '${profile}'.`);
      return out;
    },
    /** The spelling-variant key of one word: equal keys mark likely variant spellings. */
    variantKey(word) {
      return withText(word, null, (p, n) => core._aa_variant_key(handle, p, n, 0));
    },
    /** Heap bytes allocated by the core right now, and the wasm memory size (for leak checks). */
    memoryBytes() {
      return { heapInUse: core._aa_heap_in_use(), memory: core.HEAPU8.buffer.byteLength };
    },
    /** Frees the core's analyzer; the object must not be used afterwards. */
    destroy() {
      core._aa_destroy(handle);
    },
    /**
     * Analyzes a short built-in sentence, so that the first real text finds the code compiled;
     * returns that analysis (every stage finds something in it).
     */
    warmUp() {
      return analyzer.analyze(WARM_UP);
    },
  };
  if (options.warmUp !== false) analyzer.warmUp();
  return analyzer;
}
