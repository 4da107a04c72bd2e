// The normalizer's generated tables (wasm/data/normalize_tables.inc) are what ICU and
// arabic_charmap.inc give today: an ICU upgrade or a rule change fails here until
// `build-scripts/build-data.sh normalize` regenerates them.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>

#include "arabic_analyzer/normalize.h"
#include "normalize/tables.h"
#include "normalize_bmp.h"

namespace {

using aa::norm::kActionMask;
using aa::norm::kMap;

TEST(NormalizeTables, EveryProfileEqualsTheIcuComputation) {
  for (aa::Profile p : aa::kProfiles) {
    const aa::tables::BmpTables expected = aa::tables::compute_bmp(aa::steps_for(p));
    const aa::NormalizeTables& shipped = aa::profile_tables(p);
    size_t differ = 0;
    for (char32_t c = 0; c < 0x10000; ++c) {
      bool same = shipped.action(char16_t(c)) == expected.actions[c] &&
                  ((expected.actions[c] & kActionMask) != kMap ||
                   shipped.mapped_to(char16_t(c)) == expected.mapped[c]);
      if (!same && differ++ < 5)
        ADD_FAILURE() << aa::profile_name(p) << ": U+" << std::hex << uint32_t(c);
    }
    EXPECT_EQ(differ, 0u) << aa::profile_name(p);
  }
}

// Outside the BMP the normalizer decides at the character (norm::astral_action, and NFKC
// wherever ICU says a character is not inert); that shortcut must agree with the full
// computation everywhere.
TEST(NormalizeTables, AstralShortcutEqualsTheIcuComputation) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  ASSERT_TRUE(U_SUCCESS(ec));
  for (aa::Profile p : aa::kProfiles) {
    const aa::NormalizeSteps steps = aa::steps_for(p);
    size_t differ = 0;
    for (char32_t c = 0x10000; c <= 0x10FFFF; ++c) {
      char32_t want_to = c, got_to = c;
      const uint8_t want = aa::tables::compute_action(c, steps, &want_to);
      const uint8_t got = aa::norm::astral_action(c, steps.fold_case, &got_to);
      const bool got_nfkc = steps.nfkc && !nfkc->isInert(UChar32(c));
      if ((want & kActionMask) != got || (got == kMap && want_to != got_to) ||
          ((want & aa::norm::kNeedsNfkc) != 0) != got_nfkc) {
        if (differ++ < 5) ADD_FAILURE() << aa::profile_name(p) << ": U+" << std::hex << uint32_t(c);
      }
    }
    EXPECT_EQ(differ, 0u) << aa::profile_name(p);
  }
}

// Steps that no shipped profile enables are still individually switchable, over tables
// computed for them.
TEST(NormalizeSteps, HamzaCarriersWhenEnabled) {
  aa::NormalizeSteps steps = aa::steps_for(aa::Profile::search);
  steps.hamza_carriers = true;
  const aa::tables::BmpTables tables = aa::tables::compute_bmp(steps);
  const aa::NormalizeTables view = tables.view();
  EXPECT_EQ(aa::Normalizer(steps, view).normalize_text(u"مسؤول رئيس"), u"مسءول رءيس");
}

TEST(NormalizeSteps, EachStepAloneChangesOnlyItsCharacters) {
  aa::NormalizeSteps only;
  only.teh_marbuta_to_heh = true;
  const aa::tables::BmpTables teh = aa::tables::compute_bmp(only);
  const aa::NormalizeTables teh_view = teh.view();
  EXPECT_EQ(aa::Normalizer(only, teh_view).normalize_text(u"مدينةُ أ"), u"مدينهُ أ");
  aa::NormalizeSteps digits;
  digits.digits_to_ascii = true;
  const aa::tables::BmpTables ascii = aa::tables::compute_bmp(digits);
  const aa::NormalizeTables ascii_view = ascii.view();
  EXPECT_EQ(aa::Normalizer(digits, ascii_view).normalize_text(u"٢٠١٧، ۱۴"), u"2017، 14");
}

}  // namespace
