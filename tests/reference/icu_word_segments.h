// ICU's word break iterator, which the core used before arabic_analyzer/word_break.h, as the
// reference the native tests and the fuzzer compare WordSegmenter with (the native build
// keeps all of ICU; the wasm build no longer links the break iterator).
#pragma once

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "arabic_analyzer/text.h"
#include "arabic_analyzer/word_break.h"

namespace aa_test {

using Segments = std::vector<aa::WordSegment>;

inline Segments word_segments(std::u16string_view text) {
  Segments out;
  aa::WordSegmenter words(text);
  for (aa::WordSegment s; words.next(s);) out.push_back(s);
  return out;
}

// The old tokenizer's reading of ICU's rule statuses.
inline aa::WordKind kind_of_status(int32_t status) {
  if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return aa::WordKind::number;
  return status >= UBRK_WORD_LETTER ? aa::WordKind::letter : aa::WordKind::other;
}

inline Segments icu_word_segments(std::u16string_view text) {
  static const std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode ec = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), ec));
    if (U_FAILURE(ec)) {
      std::fprintf(stderr, "ICU word break iterator: %s\n", u_errorName(ec));
      std::abort();
    }
    return bi;
  }();
  UErrorCode ec = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, text.data(), int64_t(text.size()), &ec);
  words->setText(&ut, ec);
  Segments out;
  int32_t s = words->first();
  for (int32_t e = words->next(); e != icu::BreakIterator::DONE; s = e, e = words->next()) {
    out.push_back({{uint32_t(s), uint32_t(e)}, kind_of_status(words->getRuleStatus())});
  }
  words->setText(icu::UnicodeString());
  utext_close(&ut);
  return out;
}

// ICU's $dictionary set: where ICU's break iterator consults its word lists.
inline bool icu_dictionary_char(UChar32 c) {
  UErrorCode ec = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &ec);
  return u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT ||
         script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
         u_getIntPropertyValue(c, UCHAR_WORD_BREAK) == U_WB_KATAKANA ||
         (c >= 0xAC00 && c <= 0xD7A3);
}

inline const char* kind_name(aa::WordKind k) {
  return k == aa::WordKind::letter ? "letter" : k == aa::WordKind::number ? "number" : "other";
}

// The code points of text[from, to) in hex, for failure messages.
inline std::string code_points(std::u16string_view text, size_t from, size_t to) {
  std::string out;
  char buf[16];
  for (size_t i = from; i < to && i < text.size();) {
    std::snprintf(buf, sizeof buf, "%s%04X", out.empty() ? "" : " ",
                  unsigned(aa::next_code_point(text, i)));
    out += buf;
  }
  return out;
}

struct Comparison {
  std::string difference;        // the first one; empty when WordSegmenter and ICU agree
  size_t dictionary_pieces = 0;  // ICU segments that are pieces of one of ours
};

// WordSegmenter against ICU's break iterator on `text`. The one allowance: with its
// dictionary data, ICU splits a segment further next to dictionary-script characters (Thai,
// Lao, Khmer, Myanmar, Han, kana; see word_break.cpp), each piece keeping the segment's kind.
inline Comparison compare_with_icu(std::u16string_view text) {
  const Segments ours = word_segments(text), icu = icu_word_segments(text);
  auto describe = [&](const char* what, aa::Span span) {
    size_t from = span.start > 8 ? span.start - 8 : 0, to = span.end + 8;
    std::string s = std::string(what) + " at [" + std::to_string(span.start) + ", " +
                    std::to_string(span.end) + ") in [" + code_points(text, from, to) +
                    "] (from offset " + std::to_string(from) + ")\n  ours:";
    for (const auto& w : ours) {
      if (w.span.end > from && w.span.start < to) {
        s += " [" + std::to_string(w.span.start) + "," + std::to_string(w.span.end) + ")" +
             kind_name(w.kind);
      }
    }
    s += "\n  ICU: ";
    for (const auto& w : icu) {
      if (w.span.end > from && w.span.start < to) {
        s += " [" + std::to_string(w.span.start) + "," + std::to_string(w.span.end) + ")" +
             kind_name(w.kind);
      }
    }
    return s;
  };
  Comparison result;
  auto differ = [&](std::string what) {
    result.difference = std::move(what);
    return result;
  };
  uint32_t at = 0;
  for (const auto& w : ours) {
    if (w.span.start != at || w.span.empty())
      return differ(describe("segments do not tile the text", w.span));
    at = w.span.end;
  }
  if (at != text.size())
    return differ("segments end at " + std::to_string(at) + " of " + std::to_string(text.size()));
  auto near_dictionary_char = [&](uint32_t cut) {
    size_t i = cut, j = cut;
    return (cut > 0 && icu_dictionary_char(UChar32(aa::prev_code_point(text, i)))) ||
           (cut < text.size() && icu_dictionary_char(UChar32(aa::next_code_point(text, j))));
  };
  size_t k = 0;
  for (const auto& piece : icu) {
    while (k < ours.size() && ours[k].span.end <= piece.span.start) ++k;
    if (k == ours.size()) return differ(describe("ICU segment past our last", piece.span));
    const aa::WordSegment& w = ours[k];
    if (piece.span == w.span && piece.kind == w.kind) continue;
    if (piece.kind != w.kind) return differ(describe("kinds differ", piece.span));
    const bool inside = piece.span.start >= w.span.start && piece.span.end <= w.span.end;
    const bool dictionary_cuts =
        (piece.span.start == w.span.start || near_dictionary_char(piece.span.start)) &&
        (piece.span.end == w.span.end || near_dictionary_char(piece.span.end));
    if (!inside || !dictionary_cuts) return differ(describe("boundaries differ", piece.span));
    ++result.dictionary_pieces;
  }
  return result;
}

}  // namespace aa_test
