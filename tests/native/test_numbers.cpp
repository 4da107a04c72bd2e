// Numbers on generated inputs the shared cases cannot express compactly.
#include <gtest/gtest.h>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/hashtags.h"
#include "arabic_analyzer/numbers.h"
#include "arabic_analyzer/tokenize.h"

namespace {

std::vector<aa::Entity> numbers(const std::string& text) {
  static const aa::Analyzer analyzer;
  std::vector<aa::Entity> out;
  for (aa::Entity& e : analyzer.analyze_utf8(text).entities) {
    if (e.source == aa::EntitySource::number) out.push_back(std::move(e));
  }
  return out;
}

TEST(Numbers, LongChunkOfCommaSeparatedNumbers) {
  // One 100k-character "word": every number is found, the scan stays linear.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += std::to_string(i % 100) + ",";
  std::vector<aa::Entity> got = numbers(text);
  ASSERT_EQ(got.size(), 20000u);
  EXPECT_EQ(got[7].normalized, "7");
  EXPECT_EQ(got[7].type, aa::EntityType::NUM);
}

TEST(Numbers, SpansAreDisjointAndSorted) {
  std::vector<aa::Entity> got =
      numbers("في 4 أبريل 2017 قتل 86 شخصا، أي 30% من 2017/04/04 و٥٠٪ و١٬٢٥٠ وفي 2011 و2012");
  ASSERT_GE(got.size(), 8u);
  for (size_t i = 1; i < got.size(); ++i) EXPECT_LE(got[i - 1].span.end, got[i].span.start);
}

// The words of the number_*_ar.txt lists, each once in a sentence of its own.
TEST(Numbers, EveryScaleYearCueAndPercentWordIsRead) {
  struct Case {
    const char* text;
    aa::EntityType type;
    const char* normalized;
  };
  const Case cases[] = {
      {"نحو 4 آلاف", aa::EntityType::NUM, "4000"},
      {"نحو 20 ألفا", aa::EntityType::NUM, "20000"},
      {"نحو 5 مليونا", aa::EntityType::NUM, "5000000"},
      {"نحو 3 مليارات", aa::EntityType::NUM, "3000000000"},
      {"نحو 2 بليون", aa::EntityType::NUM, "2000000000"},
      {"نحو 1 ترليون", aa::EntityType::NUM, "1000000000000"},
      {"لعام 2013 م", aa::EntityType::DATE, "2013"},
      {"السنة 2014 م", aa::EntityType::DATE, "2014"},
      {"أواخر 2017 م", aa::EntityType::DATE, "2017"},
      {"حتى 2016 م", aa::EntityType::DATE, "2016"},
      {"نسبة 60 بالمائة", aa::EntityType::PERCENT, "60%"},
      {"نسبة 50 في المائة", aa::EntityType::PERCENT, "50%"},
  };
  for (const Case& c : cases) {
    std::vector<aa::Entity> got = numbers(c.text);
    ASSERT_EQ(got.size(), 1u) << c.text;
    EXPECT_EQ(got[0].type, c.type) << c.text;
    EXPECT_EQ(got[0].normalized, c.normalized) << c.text;
  }
  // A scale word or year cue is a whole word: no clitic, no other word starting with it.
  EXPECT_EQ(numbers("نحو 4 ألفين")[0].normalized, "4");
  EXPECT_EQ(numbers("بيع 2013 سيارة")[0].type, aa::EntityType::NUM);
}

// The extractor trusts the social stage: digits inside the spans it is given are skipped,
// and only those.
TEST(Numbers, DigitsInsideSocialSpansAreSkipped) {
  const aa::Normalizer search(aa::Profile::search);
  const aa::Tokenizer tokenizer;
  const aa::NumberExtractor extractor;
  aa::Document doc;
  doc.original = aa::utf8_to_utf16("قتل 86 في x/2017/04/04 و 12 آخرين");
  doc.search = search.normalize(doc.original);
  doc.words = tokenizer.tokenize(doc.search);

  aa::Extracted social;
  EXPECT_EQ(extractor.extract(doc, social).size(), 3u);  // 86, 2017-04-04, 12
  aa::Url url;
  url.span = {10, 22};  // x/2017/04/04
  social.urls.push_back(url);
  std::vector<aa::Entity> got = extractor.extract(doc, social);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].normalized, "86");
  EXPECT_EQ(got[1].normalized, "12");

  // As the analyzer runs it: the social stage finds the URL itself.
  for (const aa::Entity& e : numbers("قتل 86 في https://x.com/2017/04/04 و 12 آخرين"))
    EXPECT_NE(e.normalized, "2017-04-04");
}

}  // namespace
