// The read-only view of one input that every extractor receives.
#pragma once

#include <string>
#include <string_view>
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

// The one way to turn input into a Document: lone surrogates replaced, search-normalized,
// tokenized. The analyzer, the benchmark and the entity trainers all prepare text here, so
// a stage sees at run time exactly what it was trained and measured on. Owns the search
// normalizer (`search()`), which the social stage and the analyzer's `normalize` use too; the
// lexicons' keys were search-normalized when they were built (tools/tables).
class DocumentBuilder {
 public:
  DocumentBuilder() = default;
  Document build(std::u16string_view text) const;
  const Normalizer& search() const { return search_; }

 private:
  Normalizer search_{Profile::search};
  Tokenizer tokenizer_;
};

}  // namespace aa
