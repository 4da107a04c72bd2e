// The character properties the core asks of a code point while it walks text (word
// boundaries, text/word_break.cpp; Arabic letters, is_arabic_letter), as a table used in
// place: computed at build time with ICU by tools/tables/gen_char_props.cpp
// (wasm/data/char_props.inc). Asking ICU at run time (u_getIntPropertyValue,
// u_hasBinaryProperty, uscript_getScript) links every property ICU has, with its data and
// code (normalization, case, bidi and layout properties, sets, script vectors): about 60 KB
// of the gzipped wasm. tests/native/test_char_props.cpp compares the table with ICU on every
// code point, and tests/native/test_word_break.cpp the segmenter with ICU's break iterator.
//
// A two-stage lookup, as ICU's own property tries: a code point's block is found through an
// index, and identical blocks are stored once.
#pragma once

#include <cstdint>

namespace aa {
namespace cp {

constexpr uint16_t kWordBreakMask = 0x1F;      // Word_Break (ICU's UWordBreakValues)
constexpr uint16_t kIdeographic = 1 << 5;      // Ideographic
constexpr uint16_t kComplexContext = 1 << 6;   // Line_Break=Complex_Context, but not
                                               // Grapheme_Cluster_Break=Control
constexpr uint16_t kExtPictographic = 1 << 7;  // Extended_Pictographic
constexpr uint16_t kArabicLetter = 1 << 8;     // Alphabetic and Script=Arabic
constexpr uint16_t kHan = 1 << 9;              // Script=Han
constexpr uint16_t kHiragana = 1 << 10;        // Script=Hiragana

constexpr unsigned kBlockBits = 8;
constexpr unsigned kBlockSize = 1u << kBlockBits;
constexpr char32_t kCodePoints = 0x110000;
constexpr unsigned kBlocks = kCodePoints >> kBlockBits;  // entries of the index

// The table (text/char_props.cpp).
extern const uint16_t kPropIndex[kBlocks];  // offset of each block in kPropBlocks
extern const uint16_t kPropBlocks[];

}  // namespace cp

// The cp::k* bits of `c` (< cp::kCodePoints).
inline uint16_t char_props(char32_t c) {
  return cp::kPropBlocks[cp::kPropIndex[c >> cp::kBlockBits] + (c & (cp::kBlockSize - 1))];
}

}  // namespace aa
