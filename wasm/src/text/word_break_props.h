// The character properties UAX #29 word boundaries need (text/word_break.cpp), one byte per
// code point, as a table used in place: computed at build time with ICU by
// tools/tables/gen_word_break_props.cpp (wasm/data/word_break_props.inc). Asking ICU at run
// time (u_getIntPropertyValue, u_hasBinaryProperty) links every property ICU has, with its
// data and code (normalization, case, bidi and layout properties, sets): about 40 KB of the
// gzipped wasm. tests/native/test_word_break.cpp compares the segmenter with ICU's break
// iterator on every code point.
//
// A two-stage lookup, as ICU's own property tries: a code point's block is found through an
// index, and identical blocks are stored once.
#pragma once

#include <cstdint>

namespace aa::wbp {

constexpr uint8_t kWordBreakMask = 0x1F;     // Word_Break (ICU's UWordBreakValues)
constexpr uint8_t kIdeographic = 0x20;       // Ideographic
constexpr uint8_t kComplexContext = 0x40;    // Line_Break=Complex_Context, but not
                                             // Grapheme_Cluster_Break=Control
constexpr uint8_t kExtPictographic = 0x80;   // Extended_Pictographic

constexpr unsigned kBlockBits = 8;
constexpr unsigned kBlockSize = 1u << kBlockBits;
constexpr char32_t kCodePoints = 0x110000;
constexpr unsigned kBlocks = kCodePoints >> kBlockBits;  // entries of the index

}  // namespace aa::wbp
