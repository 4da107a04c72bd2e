// Numbers on generated inputs the shared cases cannot express compactly.
#include <gtest/gtest.h>

#include "arabic_analyzer/analyzer.h"

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
  std::vector<aa::Entity> got = numbers(
      "في 4 أبريل 2017 قتل 86 شخصا، أي 30% من 2017/04/04 و٥٠٪ و١٬٢٥٠ وفي 2011 و2012");
  ASSERT_GE(got.size(), 8u);
  for (size_t i = 1; i < got.size(); ++i) EXPECT_LE(got[i - 1].span.end, got[i].span.start);
}

}  // namespace
