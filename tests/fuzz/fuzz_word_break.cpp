// libFuzzer target for word boundaries: WordSegmenter (text/word_break.cpp) and ICU's word
// break iterator (tests/reference) segment any UTF-16 input alike, lone surrogates included.
// Dictionary scripts (Thai, Lao, Khmer, Myanmar, Han, kana) need no mapping away: where ICU
// splits their runs with its word lists, compare_with_icu accepts the pieces if they keep
// the run's kind and every boundary outside the runs is the same.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "icu_word_segments.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::u16string text(size / 2, u'\0');
  for (size_t i = 0; i < text.size(); ++i) text[i] = char16_t(data[2 * i] | (data[2 * i + 1] << 8));
  std::string difference = aa_test::compare_with_icu(text).difference;
  if (!difference.empty()) {
    std::fprintf(stderr, "%s\n", difference.c_str());
    std::abort();
  }
  return 0;
}
