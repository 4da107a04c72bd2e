// The generated character properties (wasm/data/char_props.inc) are what ICU gives today,
// for every code point: an ICU upgrade fails here until `build-scripts/build-data.sh
// charprops` regenerates them.
#include <gtest/gtest.h>

#include "arabic_analyzer/text.h"
#include "char_props_icu.h"
#include "text/char_props.h"

namespace {

TEST(CharProps, EveryCodePointEqualsIcu) {
  size_t differ = 0;
  for (char32_t c = 0; c < aa::cp::kCodePoints; ++c) {
    if (aa::char_props(c) != aa::tables::icu_char_props(UChar32(c)) && differ++ < 5)
      ADD_FAILURE() << "U+" << std::hex << uint32_t(c);
  }
  EXPECT_EQ(differ, 0u);
}

TEST(CharProps, ArabicLettersAreArabicScriptAndAlphabetic) {
  EXPECT_TRUE(aa::is_arabic_letter(U'\u0627'));   // ا
  EXPECT_TRUE(aa::is_arabic_letter(U'\u06A9'));   // ک
  EXPECT_FALSE(aa::is_arabic_letter(U'\u0661'));  // ١: a digit
  EXPECT_FALSE(aa::is_arabic_letter(U'\u060C'));  // ،: Common script
  EXPECT_FALSE(aa::is_arabic_letter(U'a'));
  EXPECT_FALSE(aa::is_arabic_letter(0x110000));  // past the last code point
}

}  // namespace
