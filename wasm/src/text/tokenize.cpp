#include "arabic_analyzer/tokenize.h"

#include "arabic_analyzer/word_break.h"

namespace aa {

namespace {

// Punctuation that ends a sentence. The comma does not, but like every other punctuation
// mark it still stops a keyphrase (Token::break_before).
bool ends_sentence(char32_t c) {
  return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == 0x061F || c == 0x061B ||
         c == 0x06D4 || c == 0x2026;
}

}  // namespace

Tokenized Tokenizer::tokenize(const Normalized& n) const {
  Tokenized out;
  const std::u16string_view text(n.text);
  if (text.empty()) return out;
  uint32_t sentence = 0, line = 0;
  bool pending_break = true;   // separator seen since the previous word
  bool sentence_open = false;  // the current sentence has a word
  auto add_word = [&](size_t s, size_t e, TokenKind kind) {
    Token t;
    t.norm = {uint32_t(s), uint32_t(e)};
    t.orig = n.map.to_original(t.norm);
    t.kind = kind;
    t.sentence = sentence;
    t.line = line;
    t.break_before = pending_break;
    for (size_t k = s; k < e;) {
      if (is_arabic_letter(next_code_point(text, k))) {
        t.arabic = true;
        break;
      }
    }
    out.tokens.push_back(t);
    pending_break = false;
    sentence_open = true;
  };
  auto on_separator = [&](size_t s, size_t e) {
    for (size_t k = s; k < e;) {
      char32_t c = next_code_point(text, k);
      if (c == u' ' || c == u'\t') continue;
      pending_break = true;
      bool newline = c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
      if (newline) ++line;
      if ((newline || ends_sentence(c)) && sentence_open) {
        ++sentence;
        sentence_open = false;
      }
    }
  };

  WordSegmenter words(text);
  for (WordSegment w; words.next(w);) {
    const size_t s = w.span.start, e = w.span.end;
    switch (w.kind) {
      case WordKind::number: add_word(s, e, TokenKind::number); break;
      case WordKind::letter:
        // Split at underscores: hashtag word joiners, not part of a word.
        for (size_t ws = s, k = s; k <= e; ++k) {
          if (k == e || text[k] == u'_') {
            if (k > ws) add_word(ws, k, TokenKind::word);
            ws = k + 1;
          }
        }
        break;
      case WordKind::other: on_separator(s, e); break;
    }
  }
  out.sentence_count = sentence + (sentence_open ? 1 : 0);
  out.line_count = line + 1;
  return out;
}

}  // namespace aa
