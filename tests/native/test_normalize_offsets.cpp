// Property tests of the normalization offset map, on random and real text: every
// normalized unit maps inside the original, never splits a surrogate pair, and the
// original pieces re-normalize to exactly the units they produced.
#include <gtest/gtest.h>

#include <random>

#include "arabic_analyzer/normalize.h"
#include "test_support.h"

namespace {

using aa::Normalizer;
using aa::Profile;
using aa::Span;

// Characters that exercise every step: letters, marks, tatweel, controls, presentation
// forms and ligatures (expansions), whitespace runs, astral letters, case, digits.
const std::u16string kAlphabet[] = {
    u"ا", u"أ", u"ب",  u"ة",      u"ى",      u"ي",      u"ؤ",       u"ی",      u"ک",     u"َ",  u"ّ",
    u"ً",  u"ٰ",  u"ـ",  u"\u200f", u"\u200c", u"\u2067", u"\u00ad",  u"ﻻ",      u"ﷲ",     u"ﷺ", u"ﻷ",
    u"ﻣ", u" ", u"  ", u"\n",     u"\t",     u"\u00a0", u"😀",       u"𝐀",      u"A",     u"z", u"٣",
    u"۴", u"،", u"؟",  u"#",      u"_",      u"\u0654", u"e\u0301", u"\ufffd", u"\u0000"};

std::u16string random_text(std::mt19937& rng, size_t pieces) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kAlphabet) - 1);
  std::u16string s;
  for (size_t i = 0; i < pieces; ++i) s += kAlphabet[pick(rng)];
  return s;
}

bool splits_pair(const std::u16string& t, uint32_t k) {
  return k > 0 && k < t.size() && aa::is_trail(t[k]) && aa::is_lead(t[k - 1]);
}

// Checks the map of `n` against `original` and returns the first problem found.
std::string check_map(const Normalizer& normalizer, const std::u16string& original) {
  aa::Normalized n = normalizer.normalize(original);
  if (n.map.size() != n.text.size()) return "map size differs from text size";
  std::u16string rebuilt;
  uint32_t covered = 0;  // original offset up to which pieces have been accounted for
  size_t i = 0;
  while (i < n.text.size()) {
    Span u = n.map.unit(i);
    if (u.start >= u.end || u.end > original.size()) return "unit outside the original";
    if (splits_pair(original, u.start) || splits_pair(original, u.end))
      return "unit splits a surrogate pair";
    if (u.start < covered) return "units overlap or go backwards";
    if (n.map.to_normalized(u.start) > i) return "inverse map points past the unit";
    // The gap before this piece produced nothing.
    if (!normalizer.normalize_text(std::u16string_view(original).substr(covered, u.start - covered))
             .empty()) {
      return "a gap in the map produced text";
    }
    size_t j = i;
    while (j < n.text.size() && n.map.unit(j) == u) ++j;
    std::u16string piece =
        normalizer.normalize_text(std::u16string_view(original).substr(u.start, u.size()));
    if (piece != n.text.substr(i, j - i)) return "a piece does not re-normalize to its units";
    rebuilt += piece;
    covered = u.end;
    i = j;
  }
  if (!normalizer.normalize_text(std::u16string_view(original).substr(covered)).empty())
    return "the tail produced text";
  if (rebuilt != n.text) return "pieces do not rebuild the text";
  return "";
}

class OffsetProperty : public testing::TestWithParam<Profile> {};

TEST_P(OffsetProperty, RandomText) {
  Normalizer normalizer(GetParam());
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    std::u16string text = random_text(rng, 1 + round % 40);
    std::string why = check_map(normalizer, text);
    ASSERT_EQ(why, "") << "input: " << aa::utf16_to_utf8(text);
  }
}

TEST_P(OffsetProperty, SeedArticles) {
  Normalizer normalizer(GetParam());
  for (const char* f :
       {"tests/data/000_00fe2e4262b66faa.txt", "tests/data/003_068320e3f5882409.txt"}) {
    std::u16string text = aa::utf8_to_utf16(aa_test::read_file(aa_test::source_path(f)));
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(check_map(normalizer, text), "") << f;
  }
}

INSTANTIATE_TEST_SUITE_P(Profiles, OffsetProperty,
                         testing::Values(Profile::none, Profile::display, Profile::search),
                         [](const auto& info) {
                           return std::string(aa::profile_name(info.param));
                         });

TEST(OffsetMap, SpanEndingOnALetterCoversItsMarks) {
  Normalizer n(Profile::search);
  std::u16string text = u"شكَّلت غطاء";
  aa::Normalized r = n.normalize(text);
  ASSERT_EQ(r.text, u"شكلت غطاء");
  // "شك" in the normalized text covers the kaf's fatha and shadda in the original.
  EXPECT_EQ(r.map.to_original({0, 2}), (Span{0, 4}));
  EXPECT_EQ(r.map.to_original({0, 4}), (Span{0, 6}));
}

TEST(OffsetMap, ExpansionMapsEveryUnitToTheWholeLigature) {
  Normalizer n(Profile::search);
  std::u16string text = u"قال ﷲ";
  aa::Normalized r = n.normalize(text);
  ASSERT_EQ(r.text, u"قال الله");
  EXPECT_EQ(r.map.to_original({4, 8}), (Span{4, 5}));
  EXPECT_EQ(r.map.to_original({5, 6}), (Span{4, 5}));
  EXPECT_EQ(r.map.to_normalized(4), 4u);
}

TEST(OffsetMap, AstralCharactersAreNeverSplit) {
  Normalizer n(Profile::search);
  std::u16string text = u"😀أ";
  aa::Normalized r = n.normalize(text);
  ASSERT_EQ(r.text, u"😀ا");
  EXPECT_EQ(r.map.to_original({1, 2}), (Span{0, 2}));
  EXPECT_EQ(r.map.to_original({2, 3}), (Span{2, 3}));
}

TEST(OffsetMap, CollapsedWhitespaceCoversTheWholeRun) {
  Normalizer n(Profile::search);
  aa::Normalized r = n.normalize(u"أ \u200f\t\n  ب");
  ASSERT_EQ(r.text, u"ا\nب");
  EXPECT_EQ(r.map.to_original({1, 2}), (Span{1, 7}));
}

// Linear time is measured by the benchmark; this guards against crashes and state bugs on
// large degenerate inputs (10 MB of one character).
TEST(NormalizeLarge, TenMegabytesOfOneCharacter) {
  Normalizer n(Profile::search);
  for (char16_t c : {u'ـ', u'\u064e', u' ', u'#', u'ﷺ'}) {
    std::u16string text(5u << 20, c);
    aa::Normalized r = n.normalize(text);
    EXPECT_EQ(r.map.size(), r.text.size());
    if (!r.text.empty()) EXPECT_LE(r.map.unit(r.text.size() - 1).end, text.size());
  }
}

}  // namespace
