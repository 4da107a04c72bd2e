// Word segmentation: Unicode's default word boundaries (UAX #29, "Word Boundaries"), applied
// to ICU's character properties, with the word kinds of ICU's root word break rules.
//
// The core does not use ICU's break iterator: for Arabic text it would pull locale,
// resource-bundle and dictionary code plus its rule data into the wasm. ICU stays the source
// of the Unicode facts (Word_Break, Extended_Pictographic, scripts: the properties through a
// table generated from ICU at build time, text/char_props.h); word_break.cpp applies
// the rules, each named after its UAX #29 rule number. Boundaries and kinds are those of
// ICU 72's `BreakIterator::createWordInstance(root)` without dictionaries: runs of Thai, Lao,
// Khmer, Myanmar, Chinese and Japanese stay one segment where ICU would consult its word
// lists (word_break.cpp lists every deliberate difference).
#pragma once

#include <cstdint>
#include <string_view>

#include "arabic_analyzer/text.h"

namespace aa {

// What a segment is, in the three groups of ICU's word rule statuses:
//   letter  a word: letters, kana, ideographs, and letters joined to digits ("A4", "2ème")
//            (ICU's UBRK_WORD_LETTER, _KANA, _IDEO)
//   number  a number: digits, with "," "." "'" between them ("1,234.5") (UBRK_WORD_NUMBER)
//   other   spaces, punctuation, symbols, emoji (UBRK_WORD_NONE)
// As in ICU the last character decides a mixed segment: "A4" is a number, "4A" a word.
enum class WordKind : uint8_t { other, number, letter };

struct WordSegment {
  Span span;  // UTF-16 code units
  WordKind kind = WordKind::other;
};

// Walks a text's word segments in order; together they cover the text. Linear in the
// text's length, no allocation. Unpaired surrogates are characters with no word-break
// property, as in ICU.
//
//   WordSegmenter words(text);
//   for (WordSegment s; words.next(s);) use(s);
class WordSegmenter {
 public:
  explicit WordSegmenter(std::u16string_view text) : text_(text) {}
  // The next segment; false at the end of the text.
  bool next(WordSegment& segment);

 private:
  std::u16string_view text_;
  size_t pos_ = 0;
  // The character at pos_ as the previous call classified it, when it ends at next_end_ > pos_
  // (saves a lookup per segment: about 13% of the time on Arabic news).
  size_t next_end_ = 0;
  uint32_t next_class_ = 0;
};

}  // namespace aa
