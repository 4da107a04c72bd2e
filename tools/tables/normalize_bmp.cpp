#include "normalize_bmp.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <iterator>

namespace aa::tables {
namespace {

using namespace norm;

struct CharRule {
  bool NormalizeSteps::*step;
  char32_t first;
  char32_t last;
  char32_t to;  // 0 = delete
};

constexpr CharRule kRules[] = {
#define AA_DELETE(step, first, last) {&NormalizeSteps::step, first, last, 0},
#define AA_MAP(step, from, to) {&NormalizeSteps::step, from, from, to},
#include "../../wasm/data/arabic_charmap.inc"
#undef AA_DELETE
#undef AA_MAP
};

struct Range {
  char32_t first, last;
};
constexpr Range kNoNfkc[] = {
#define AA_DELETE(step, first, last)
#define AA_MAP(step, from, to)
#define AA_NO_NFKC(first, last) {first, last},
#include "../../wasm/data/arabic_charmap.inc"
#undef AA_DELETE
#undef AA_MAP
#undef AA_NO_NFKC
};

bool nfkc_excluded(char32_t c) {
  for (const Range& r : kNoNfkc) {
    if (c >= r.first && c <= r.last) return true;
  }
  return false;
}

bool is_line_break(char32_t c) {
  return c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

// The first rule of arabic_charmap.inc whose step is on and whose range holds `c` decides;
// failing one, white space and case folding do.
uint8_t classify(char32_t c, const NormalizeSteps& steps, char32_t* to) {
  for (const CharRule& r : kRules) {
    if (!(steps.*(r.step)) || c < r.first || c > r.last) continue;
    if (r.to == 0) return r.step == &NormalizeSteps::strip_controls ? kDrop : kDropMark;
    *to = r.to;
    return kMap;
  }
  if (steps.collapse_whitespace && u_isUWhiteSpace(UChar32(c)))
    return is_line_break(c) ? kLineBreak : kSpace;
  if (steps.fold_case) {
    UChar32 f = u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT);
    if (f != UChar32(c)) {
      *to = char32_t(f);
      return kMap;
    }
  }
  return kKeep;
}

// kNeedsNfkc / kNfkcAlone of `c`.
uint8_t nfkc_bits(char32_t c, const icu::Normalizer2& nfkc) {
  if ((c >= 0xD800 && c <= 0xDFFF) || nfkc_excluded(c) || nfkc.isInert(UChar32(c))) return 0;
  UErrorCode ec = U_ZERO_ERROR;
  const icu::UnicodeString one = icu::UnicodeString(UChar32(c));
  return nfkc.normalize(one, ec) == one && U_SUCCESS(ec) ? kNeedsNfkc | kNfkcAlone : kNeedsNfkc;
}

}  // namespace

uint8_t compute_action(char32_t c, const NormalizeSteps& steps, char32_t* to) {
  uint8_t a = classify(c, steps, to);
  if (steps.nfkc) {
    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
    if (U_SUCCESS(ec)) a |= nfkc_bits(c, *nfkc);
  }
  return a;
}

BmpTables compute_bmp(const NormalizeSteps& steps) {
  BmpTables t;
  t.actions.resize(0x10000);
  t.mapped.resize(0x10000);
  for (char32_t c = 0; c < 0x10000; ++c) {
    char32_t to = c;
    uint8_t a = compute_action(c, steps, &to);
    // A BMP character mapped outside the BMP would not fit the table; none is, and keeping
    // it is the safe way out if a rule ever did.
    if ((a & kActionMask) == kMap && to > 0xFFFF) a = uint8_t(a & ~kActionMask);
    t.actions[c] = a;
    t.mapped[c] = (a & kActionMask) == kMap ? char16_t(to) : char16_t(0);
  }
  for (unsigned b = 0; b < kBlocks; ++b) t.flat_index.push_back(uint16_t(b * kBlockSize));
  return t;
}

}  // namespace aa::tables
