// What a normalization profile does to each code point of the Basic Multilingual Plane, as
// tables used in place: computed at build time from ICU and data/arabic_charmap.inc by
// tools/tables (wasm/data/normalize_tables.inc), so constructing a Normalizer computes
// nothing. tests/native/test_normalize_tables.cpp recomputes them with ICU and compares.
//
// Each table is a two-stage lookup, as ICU's own property tries: a code point's block of 64
// is found through an index, and identical blocks are stored once (most of the BMP is
// "keep", and the profiles share most blocks).
#pragma once

#include <cstdint>

#include "arabic_analyzer/normalize.h"

namespace aa {
namespace norm {

enum Action : uint8_t {
  kKeep = 0,
  kMap = 1,        // replaced by the mapped table's code unit
  kDropMark = 2,   // removed; its source span joins the preceding kept character
  kDrop = 3,       // removed, leaving a gap in the map
  kSpace = 4,      // whitespace, collapsed with its neighbours
  kLineBreak = 5,  // whitespace that breaks a line; a collapsed run containing one becomes "\n"
};
constexpr uint8_t kActionMask = 0x0F;
constexpr uint8_t kNeedsNfkc = 0x80;  // not NFKC-inert: normalize its segment through ICU
constexpr uint8_t kNfkcAlone = 0x40;  // ...but unchanged by NFKC when it stands alone (e.g. ا)

constexpr unsigned kBlockBits = 6;
constexpr unsigned kBlockSize = 1u << kBlockBits;
constexpr unsigned kBlocks = 0x10000u >> kBlockBits;  // entries of an index

// Outside the BMP no rule of arabic_charmap.inc applies and no character is whitespace, so
// only case folding changes a code point; NFKC is decided by ICU at the character. The
// generator's test compares this with the full computation for every astral code point.
uint8_t astral_action(char32_t c, bool fold_case, char32_t* to);

}  // namespace norm

// A view of one profile's tables (or of tables a tool computed for other steps).
struct NormalizeTables {
  const uint16_t* action_index;  // [norm::kBlocks]: offset of the block in `actions`
  const uint8_t* actions;        // norm::Action, with kNeedsNfkc / kNfkcAlone
  const uint16_t* mapped_index;  // [norm::kBlocks]: offset of the block in `mapped`
  const char16_t* mapped;        // the replacement of a kMap code point

  uint8_t action(char16_t c) const {
    return actions[action_index[c >> norm::kBlockBits] + (c & (norm::kBlockSize - 1))];
  }
  char16_t mapped_to(char16_t c) const {
    return mapped[mapped_index[c >> norm::kBlockBits] + (c & (norm::kBlockSize - 1))];
  }
};

// The generated tables of a shipped profile.
const NormalizeTables& profile_tables(Profile profile);

}  // namespace aa
