// Degenerate inputs a paste can produce: 10 MB of one character, one endless word,
// alternating scripts. The analysis must finish, stay sane, and grow linearly: the 10 MB run
// may take at most 30 times the 1 MB run (linear is 10x, quadratic would be 100x). The ratio
// is the only timing used; absolute speed is the benchmark's job (build-scripts/bench.sh).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/json_output.h"

namespace {

std::u16string repeat_to(std::u16string_view unit, size_t units) {
  std::u16string s;
  s.reserve(units + unit.size());
  while (s.size() < units) s += unit;
  s.resize(units);
  return s;
}

double seconds_to_analyze(const aa::Analyzer& a, const std::u16string& text) {
  auto t0 = std::chrono::steady_clock::now();
  aa::Result r = a.analyze(text);
  std::string json = aa::to_json(r);
  auto t1 = std::chrono::steady_clock::now();
  EXPECT_FALSE(r.error.has_value());
  EXPECT_FALSE(json.empty());
  for (const auto& e : r.entities) EXPECT_LE(e.span.end, text.size());
  for (const auto& q : r.quotes) EXPECT_LE(q.content.span.end, text.size());
  return std::chrono::duration<double>(t1 - t0).count();
}

struct Pattern {
  const char* name;
  std::u16string unit;
};

class Degenerate : public testing::TestWithParam<Pattern> {};

TEST_P(Degenerate, GrowsLinearly) {
#ifdef AA_SANITIZE_BUILD
  const size_t small = 100'000, large = 1'000'000;  // sanitizers are 10-50x slower
#else
  const size_t small = 1'000'000, large = 10'000'000;
#endif
  static const aa::Analyzer analyzer;
  const std::u16string& unit = GetParam().unit;
  double t_small = seconds_to_analyze(analyzer, repeat_to(unit, small));
  double t_large = seconds_to_analyze(analyzer, repeat_to(unit, large));
  // Tiny runs are dominated by noise; only compare when the small run is measurable.
  std::printf("%-22s small %.3f s, large %.3f s, ratio %.1f\n", GetParam().name, t_small, t_large,
              t_large / t_small);
  if (t_small > 0.02) EXPECT_LT(t_large, 30 * t_small);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, Degenerate,
    testing::Values(Pattern{"hash_signs", u"#"}, Pattern{"tatweel", u"ـ"},
                    Pattern{"one_long_word", u"كلمة"}, Pattern{"alternating_scripts", u"aب1٢"},
                    Pattern{"hashtag_storm", u"#وسم_"}, Pattern{"dotted_chain", u"a."},
                    Pattern{"diacritics_only", u"َُِّ"}, Pattern{"words_and_spaces", u"مجلس الأمن "},
                    // Dense names: every document-wide entity step (linking, spreading names)
                    // sees thousands of mentions of a few referents.
                    Pattern{"names_and_clitics",
                            u"قال الرئيس جورج بوش في واشنطن وبدمشق لوكالة رويترز "},
                    // Statements: cues everywhere, marks never closed, marks between bidi
                    // controls, and a pronoun subject for every cue.
                    Pattern{"cues_and_open_marks", u"وأضاف: \"قال إن « بحسب "},
                    Pattern{"bidi_around_marks", u"\u202B\"\u202C\u2067»\u2069 "},
                    Pattern{"pronoun_cues", u"وقالت إنها وأضاف أن مشيرا إلى أن "},
                    Pattern{"nested_cues_one_sentence", u"قال الوزير إن الرئيس "},
                    Pattern{"postposed_sources", u"قتل عشرة أشخاص، بحسب الشرطة "}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Limits, InputOverTheLimitIsAClearError) {
  aa::Analyzer analyzer;
  aa::Result r = analyzer.analyze(std::u16string(aa::kMaxInputUnits + 1, u'ا'));
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->code, aa::ErrorCode::input_too_large);
  EXPECT_NE(aa::to_json(r).find("input_too_large"), std::string::npos);
}

}  // namespace
