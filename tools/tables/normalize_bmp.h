// The normalizer's per-code-point tables (wasm/src/normalize/tables.h) computed with ICU and
// data/arabic_charmap.inc for any set of steps: what gen_normalize_tables writes for the
// shipped profiles, and what tests/native/test_normalize_tables.cpp compares the shipped
// tables with, so an ICU upgrade or a rule change cannot drift from them unnoticed.
#pragma once

#include <cstdint>
#include <vector>

#include "arabic_analyzer/normalize.h"
#include "normalize/tables.h"

namespace aa::tables {

// The action (norm::Action with its NFKC bits) of any code point under `steps`; `to`
// receives the replacement of a kMap one.
uint8_t compute_action(char32_t c, const NormalizeSteps& steps, char32_t* to);

// compute_action over the whole BMP, flat: one entry per code point.
struct BmpTables {
  std::vector<uint8_t> actions;
  std::vector<char16_t> mapped;  // the replacement of a kMap code point, else 0
  std::vector<uint16_t> flat_index;

  // A view for Normalizer(steps, tables): the flat arrays behind an index of every block.
  NormalizeTables view() const {
    return {flat_index.data(), actions.data(), flat_index.data(), mapped.data()};
  }
};
BmpTables compute_bmp(const NormalizeSteps& steps);

}  // namespace aa::tables
