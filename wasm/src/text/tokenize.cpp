#include "arabic_analyzer/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace aa {

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {
  UErrorCode ec = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), ec));
  if (U_FAILURE(ec)) impl_->words.reset();
}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

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

  icu::BreakIterator* bi = impl_->words.get();
  if (!bi) {  // no break data: whitespace split keeps the product usable
    size_t s = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || u_isUWhiteSpace(text[i])) {
        if (i > s) add_word(s, i, TokenKind::word);
        if (i < text.size()) on_separator(i, i + 1);
        s = i + 1;
      }
    }
  } else {
    UErrorCode ec = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, text.data(), int64_t(text.size()), &ec);
    bi->setText(&ut, ec);
    int32_t s = bi->first();
    for (int32_t e = bi->next(); e != icu::BreakIterator::DONE; s = e, e = bi->next()) {
      int32_t status = bi->getRuleStatus();
      if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
        add_word(size_t(s), size_t(e), TokenKind::number);
      } else if (status >= UBRK_WORD_LETTER) {
        // Split at underscores: hashtag word joiners, not part of a word.
        size_t ws = size_t(s);
        for (size_t k = size_t(s); k <= size_t(e); ++k) {
          if (k == size_t(e) || text[k] == u'_') {
            if (k > ws) add_word(ws, k, TokenKind::word);
            ws = k + 1;
          }
        }
      } else {
        on_separator(size_t(s), size_t(e));
      }
    }
    bi->setText(icu::UnicodeString());  // drop the reference to our buffer
    utext_close(&ut);
  }
  out.sentence_count = sentence + (sentence_open ? 1 : 0);
  out.line_count = line + 1;
  return out;
}

}  // namespace aa
