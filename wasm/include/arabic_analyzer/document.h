// The read-only view of one input that every extractor receives.
#pragma once

#include <string>
#include <vector>

#include "arabic_analyzer/normalize.h"
#include "arabic_analyzer/tokenize.h"

namespace aa {

struct Document {
  std::u16string original;  // the input, unpaired surrogates replaced by U+FFFD (same length)
  Normalized search;        // search-profile view with its offset map
  Tokenized words;          // tokens of `search`

  // The original text of a span, as UTF-8.
  std::string original_utf8(Span s) const {
    return utf16_to_utf8(std::u16string_view(original).substr(s.start, s.size()));
  }
  std::u16string_view normalized_text(const Token& t) const {
    return std::u16string_view(search.text).substr(t.norm.start, t.norm.size());
  }
};

}  // namespace aa
