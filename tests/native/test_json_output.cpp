// The JSON the core prints: any string survives the trip through it (escaped, never dropped),
// numbers keep their type and 4 decimals, and the bytes are nlohmann's canonical dump, which
// the output was before it was streamed (sorted keys, compact).
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/json_output.h"
#include "test_support.h"

namespace {

using nlohmann::json;

std::string canonical(const std::string& text) {
  return json::parse(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

aa::Result result_with_text(const std::string& s) {
  aa::Result r;
  r.normalized = s;
  r.hashtags.push_back({{3, 9}, "#" + s, s, s});
  r.suspect_hashtags.push_back({{1, 2}, s, aa::SuspectReason::hash_after_word});
  r.mentions.push_back({{0, 5}, "@" + s, s});
  r.urls.push_back({{4, 40}, s, true});
  r.cashtags.push_back({{7, 8}, "$" + s, s});
  aa::Keyword k;
  k.term = k.normalized = s;
  k.occurrences = {{1, 2}, {10, 20}};
  k.why.code = "name";
  k.why.entity = s;
  r.keywords.push_back(k);
  aa::Entity e;
  e.text = e.normalized = s;
  r.entities.push_back(e);
  aa::Quote q;
  q.content = {{2, 6}, s};
  q.cue = {{0, 1}, s};
  q.speaker = aa::QuoteSpeaker{{{1, 2}, s}, 4};
  r.quotes.push_back(q);
  q.speaker.reset();  // a passive cue: "speaker": null
  r.quotes.push_back(q);
  return r;
}

// Every string field of result_with_text's output, as parsed back.
std::vector<std::string> strings_of(const json& j) {
  return {j["normalized"],
          j["hashtags"][0]["tag"],
          j["hashtags"][0]["normalized"],
          j["suspect_hashtags"][0]["text"],
          j["mentions"][0]["name"],
          j["urls"][0]["text"],
          j["cashtags"][0]["symbol"],
          j["keywords"][0]["term"],
          j["keywords"][0]["why"]["entity"],
          j["entities"][0]["text"],
          j["quotes"][0]["content"]["text"],
          j["quotes"][0]["cue"]["text"],
          j["quotes"][0]["speaker"]["text"]};
}

TEST(JsonOutput, EveryCharacterRoundTrips) {
  std::string s = "\"quoted\" back\\slash \\\" DEL\x7F end";
  for (char c = 1; c < 0x20; ++c) s += c;
  s += " \xF0\x9F\x98\x80 \xF0\xA0\x9C\x8E \xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A";  // 😀 𠜎 عربي
  std::string out = aa::to_json(result_with_text(s));
  for (char c : out)
    ASSERT_GE(static_cast<unsigned char>(c), 0x20) << "raw control byte in " << out;
  for (const std::string& got : strings_of(json::parse(out))) EXPECT_EQ(got, s);
  EXPECT_NE(out.find("\\u0001"), std::string::npos);  // lower-case hex, four digits
  EXPECT_NE(out.find("\\u001f"), std::string::npos);
  EXPECT_NE(out.find("\\b\\t\\n\\u000b\\f\\r"), std::string::npos);
}

TEST(JsonOutput, InvalidUtf8BecomesReplacementCharacters) {
  // One U+FFFD per maximal ill-formed subpart (Unicode 3.9): a stray byte, a sequence cut
  // short, an encoded surrogate (each of its 3 bytes), a 4-byte sequence cut by the end.
  const std::string bad =
      "a\xFF"
      "b\xE2\x82"
      "c\xED\xA0\x80"
      "d\xF0\x9F\x98";
  const std::string fffd = "\xEF\xBF\xBD";
  const std::string want = "a" + fffd + "b" + fffd + "c" + fffd + fffd + fffd + "d" + fffd;
  std::string out = aa::to_json(result_with_text(bad));
  for (const std::string& got : strings_of(json::parse(out))) EXPECT_EQ(got, want);
}

TEST(JsonOutput, NumbersKeepTypeAndFourDecimals) {
  aa::Result r;
  aa::Keyword k;
  k.score = 1.0;
  k.why.background = 0.873;
  k.count = 3;
  r.keywords.push_back(k);
  aa::Entity e;
  e.confidence = 0.87349;  // 4 decimals, half away from zero
  e.group = -1;
  r.entities.push_back(e);
  r.stats.arabic_share = -0.00001;  // rounds to zero and keeps its sign, as a double does
  r.stats.reading_minutes = 12.5;
  r.stats.words = 4000000000u;
  std::string out = aa::to_json(r);
  json j = json::parse(out);
  EXPECT_TRUE(j["keywords"][0]["score"].is_number_float()) << out;
  EXPECT_EQ(j["keywords"][0]["score"].get<double>(), 1.0);
  EXPECT_EQ(j["keywords"][0]["why"]["background"].get<double>(), 0.873);
  EXPECT_TRUE(j["keywords"][0]["count"].is_number_integer());
  EXPECT_EQ(j["entities"][0]["confidence"].get<double>(), 0.8735);
  EXPECT_EQ(j["entities"][0]["group"].get<int>(), -1);
  EXPECT_EQ(j["stats"]["words"].get<uint64_t>(), 4000000000u);
  EXPECT_EQ(j["stats"]["reading_minutes"].get<double>(), 12.5);
  EXPECT_TRUE(std::signbit(j["stats"]["arabic_share"].get<double>()));
  EXPECT_NE(out.find("\"score\":1.0,"), std::string::npos) << out;
  EXPECT_NE(out.find("\"background\":0.873,"), std::string::npos) << out;
}

TEST(JsonOutput, NotANumberIsNull) {
  aa::Result r;
  r.stats.arabic_share = std::nan("");
  EXPECT_TRUE(json::parse(aa::to_json(r))["stats"]["arabic_share"].is_null());
}

TEST(JsonOutput, BytesAreTheCanonicalDump) {
  std::string s = "x\"\\\x01\x7F\xF0\x9F\x98\x80";
  std::string out = aa::to_json(result_with_text(s));
  EXPECT_EQ(out, canonical(out));

  aa::Result failed;
  failed.error = aa::Error{aa::ErrorCode::input_too_large, "Too \"big\"."};
  EXPECT_EQ(aa::to_json(failed),
            R"({"error":{"code":"input_too_large","message":"Too \"big\"."},"schema":3})");

  aa::Result r = result_with_text(s);
  aa::Extracted x{r.hashtags, r.suspect_hashtags, r.mentions, r.urls, r.cashtags};
  out = aa::social_to_json(x);
  EXPECT_EQ(out, canonical(out));
  EXPECT_EQ(
      aa::social_to_json({}),
      R"({"cashtags":[],"hashtags":[],"mentions":[],"schema":3,"suspect_hashtags":[],"urls":[]})");
}

TEST(JsonOutput, AnalyzedArticleIsTheCanonicalDump) {
  aa::Analyzer analyzer;
  std::string text =
      aa_test::read_file(aa_test::source_path("tests/data/000_00fe2e4262b66faa.txt"));
  std::string out =
      aa::to_json(analyzer.analyze_utf8(text + " #وسم @user https://example.com $AAPL"));
  EXPECT_EQ(out, canonical(out));
  json j = json::parse(out);
  EXPECT_FALSE(j["keywords"].empty());
  EXPECT_FALSE(j["entities"].empty());
  EXPECT_FALSE(j["cashtags"].empty());
}

}  // namespace
