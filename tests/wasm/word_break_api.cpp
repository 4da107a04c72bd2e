// C ABI of the test-only wasm module arabic-analyzer-test-core (cmake/wasm.cmake): the word
// segmenter compiled for wasm, with ICU's wasm build and data, for tests/wasm/word-break.test.mjs.
// Not in the product module.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <cstdint>

#include "arabic_analyzer/word_break.h"

extern "C" {

// Writes each segment's end offset and kind (0 other, 1 number, 2 letter) to `out`, which
// has room for 2 * length values; returns the number of segments.
EMSCRIPTEN_KEEPALIVE size_t aa_test_word_segments(const char16_t* text, size_t length,
                                                  uint32_t* out) {
  aa::WordSegmenter words(std::u16string_view(text, length));
  size_t n = 0;
  for (aa::WordSegment s; words.next(s); ++n) {
    out[2 * n] = s.span.end;
    out[2 * n + 1] = uint32_t(s.kind);
  }
  return n;
}

}  // extern "C"
