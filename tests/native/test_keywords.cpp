// Properties of the keyword list that hold for any input (the shared cases in
// tests/cases/keywords.json pin the behaviour on concrete texts).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/clitics.h"
#include "test_support.h"

namespace {

const aa::Analyzer& analyzer() {
  static const aa::Analyzer a;
  return a;
}

std::vector<std::string> inputs() {
  return {aa_test::read_file(aa_test::source_path("tests/data/000_00fe2e4262b66faa.txt")),
          aa_test::read_file(aa_test::source_path("tests/data/003_068320e3f5882409.txt"))};
}

aa::Result analyze(const std::string& text, aa::KeywordOptions k) {
  aa::AnalyzeOptions o;
  o.keywords = k;
  return analyzer().analyze_utf8(text, o);
}

TEST(Keywords, ScoresInUnitIntervalAndListSortedByScore) {
  for (const std::string& text : inputs()) {
    aa::Result r = analyze(text, {50, 1, 4, true});
    ASSERT_FALSE(r.keywords.empty());
    for (size_t i = 0; i < r.keywords.size(); ++i) {
      EXPECT_GT(r.keywords[i].score, 0.0);
      EXPECT_LE(r.keywords[i].score, 1.0);
      if (i) EXPECT_GE(r.keywords[i - 1].score, r.keywords[i].score) << r.keywords[i].term;
    }
  }
}

TEST(Keywords, CountMatchesOccurrencesAndSpansAreOrderedAndDistinct) {
  for (const std::string& text : inputs()) {
    for (const aa::Keyword& k : analyze(text, {50, 1, 4, true}).keywords) {
      EXPECT_EQ(size_t(k.count), k.occurrences.size()) << k.term;
      for (size_t i = 1; i < k.occurrences.size(); ++i) {
        EXPECT_LT(k.occurrences[i - 1].start, k.occurrences[i].start) << k.term;
      }
      EXPECT_FALSE(k.why.code.empty());
      EXPECT_EQ(k.why.count, k.count) << k.term;
    }
  }
}

TEST(Keywords, NoTwoKeywordsShareAGroupingKey) {
  for (const std::string& text : inputs()) {
    auto ks = analyze(text, {100, 1, 4, true}).keywords;
    std::vector<std::string> keys;
    for (const auto& k : ks) keys.push_back(k.normalized);
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(std::adjacent_find(keys.begin(), keys.end()), keys.end());
  }
}

TEST(Keywords, PhraseLengthOptionsAreRespected) {
  for (const std::string& text : inputs()) {
    for (auto [lo, hi] : {std::pair{1, 1}, {2, 3}, {3, 4}}) {
      for (const aa::Keyword& k : analyze(text, {30, lo, hi, true}).keywords) {
        int words = 1 + int(std::count(k.normalized.begin(), k.normalized.end(), ' '));
        EXPECT_GE(words, lo) << k.normalized;
        EXPECT_LE(words, hi) << k.normalized;
      }
    }
  }
}

TEST(Keywords, DeterministicAcrossRunsAndExtractors) {
  const std::string text = inputs()[0];
  aa::Analyzer other;
  auto a = analyze(text, {30, 1, 4, true}).keywords;
  aa::AnalyzeOptions o;
  o.keywords = {30, 1, 4, true};
  auto b = other.analyze_utf8(text, o).keywords;
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].normalized, b[i].normalized);
    EXPECT_EQ(a[i].score, b[i].score);
  }
}

// The background table is compiled in: a news staple (مجلس الأمن) is commoner in general
// text than a specific term (الغوطة الشرقية), and the explanation carries both the figure and
// the strongest signal (a hashtag of the title, a named place).
TEST(Keywords, BackgroundTableShapesTheExplanation) {
  auto ks = analyze(inputs()[0], {20, 1, 4, true}).keywords;
  auto why_of = [&](const std::string& key) {
    for (const auto& k : ks) {
      if (k.normalized == key) return k.why;
    }
    return aa::KeywordWhy{"(absent)"};
  };
  EXPECT_LT(why_of("مجلس امن").background, why_of("غوطه شرقيه").background);
  EXPECT_EQ(why_of("كلور").code, "hashtag_in_title");
  EXPECT_EQ(why_of("ادلب").code, "name_in_title");
  EXPECT_EQ(why_of("ادلب").entity, "LOC");
}

TEST(Keywords, EmptyAndPunctuationOnlyInputsGiveNothing) {
  EXPECT_TRUE(analyze("", {}).keywords.empty());
  EXPECT_TRUE(analyze("... ، ؟ !", {}).keywords.empty());
  EXPECT_TRUE(analyze("123 456", {}).keywords.empty());
}

// clitics.h is the one table of Arabic clitics (keys, stop lists and the keyword evaluation's
// `normalize --strip-article` all use it); words here are search-normalized.
TEST(Clitics, ArticlePrefixesComeOffWhenEnoughOfTheWordRemains) {
  EXPECT_TRUE(aa::strip_article(u"وبالامس") == u"امس");
  EXPECT_TRUE(aa::strip_article(u"للكلور") == u"كلور");  // ل + ال, alef elided
  EXPECT_TRUE(aa::strip_article(u"الام") == u"ام");
  EXPECT_TRUE(aa::strip_article(u"الام", 3) == u"الام");
  EXPECT_TRUE(aa::strip_article(u"وزير") == u"وزير");
  EXPECT_TRUE(aa::prefix_carries_article(u"وبال"));
  EXPECT_TRUE(aa::prefix_carries_article(u"لل"));
  EXPECT_FALSE(aa::prefix_carries_article(u"ول"));
  EXPECT_TRUE(aa::starts_with_conjunction(u"وقالت"));
  EXPECT_FALSE(aa::starts_with_conjunction(u"قالت"));
}

TEST(Clitics, PronounSuffixesByWhatTheyAttachTo) {
  auto known = [](std::u16string_view) { return true; };
  EXPECT_TRUE(aa::light_stem(u"سيارتهن", known) == u"سيارت");  // possessive هن
  EXPECT_TRUE(aa::light_stem(u"سيارتهن") == u"سيارتهن");       // only on evidence
  EXPECT_TRUE(aa::object_pronoun_suffix(u"يعطيني") == u"ني");  // ني: verbs only
  EXPECT_TRUE(aa::object_pronoun_suffix(u"تحميهما") == u"هما");
  EXPECT_TRUE(aa::object_pronoun_suffix(u"يراهن").empty());  // ه ن of the stem
}

}  // namespace
