// Word tokenization of search-normalized text, with sentence numbering.
//
// Word boundaries come from ICU's word break iterator (UAX #29), which already knows
// Arabic letters, combining marks and digits; underscores (hashtag word joiners) are split
// on afterwards so #نيكي_هيلي contributes the words نيكي and هيلي.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "arabic_analyzer/normalize.h"

namespace aa {

enum class TokenKind : uint8_t { word, number, punct, symbol };

struct Token {
  Span norm;  // in the normalized text
  Span orig;  // in the original text (via the offset map)
  TokenKind kind = TokenKind::word;
  uint32_t sentence = 0;      // index of the sentence (0-based)
  uint32_t line = 0;          // index of the line (0-based); line 0 is usually the title
  bool arabic = false;        // the word contains Arabic-script letters
  bool break_before = false;  // punctuation or a line break separates it from the previous word
};

struct Tokenized {
  std::vector<Token> tokens;  // words and numbers only; punctuation is folded into break_before
  uint32_t sentence_count = 0;
  uint32_t line_count = 0;
};

// Holds an ICU break iterator: reuse one per thread.
class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  Tokenized tokenize(const Normalized& normalized) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace aa
