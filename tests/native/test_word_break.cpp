// Word boundaries (arabic_analyzer/word_break.h): Unicode's own test cases, and agreement with
// ICU's break iterator, which the core used before, on every code point and on the shared
// corpora. The wasm build runs the Unicode cases too (tests/wasm/word-break.test.mjs).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "arabic_analyzer/text.h"
#include "arabic_analyzer/word_break.h"
#include "icu_word_segments.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;

// Debian's unicode-data (Unicode 15.0, as ICU 72).
const char* const kWordBreakTest = "/usr/share/unicode/auxiliary/WordBreakTest.txt";

// Test data that is missing fails under CI=true and skips loudly elsewhere.
#define REQUIRE_PATH(path, what)                                                     \
  do {                                                                               \
    if (!fs::exists(path)) {                                                         \
      if (aa_test::in_ci()) FAIL() << what << " not found at " << (path);            \
      GTEST_SKIP() << what << " not found at " << (path) << ": skipped, not passed"; \
    }                                                                                \
  } while (0)

struct BreakCase {
  std::u16string text;
  std::vector<uint32_t> boundaries;  // UTF-16 offsets, 0 and the end included
  std::string line;
};

// ICU 72 takes U+003A COLON out of MidLetter (CLDR's root tailoring, see word_break.cpp) and
// so do we; U+00B7 MIDDLE DOT, MidLetter in UAX #29 as the colon is, stands in for it.
constexpr char32_t kColon = 0x3A, kColonStandIn = 0xB7;

// Lines like "÷ 0041 × 0308 ÷ 0020 ÷	#  comment": ÷ is a boundary, × none.
std::vector<BreakCase> read_break_cases(const std::string& path) {
  std::vector<BreakCase> cases;
  std::ifstream f(path);
  for (std::string line; std::getline(f, line);) {
    std::istringstream fields(line.substr(0, line.find('#')));
    BreakCase c;
    c.line = line;
    for (std::string field; fields >> field;) {
      if (field == "÷") {
        c.boundaries.push_back(uint32_t(c.text.size()));
      } else if (field != "×") {
        char32_t cp = char32_t(std::stoul(field, nullptr, 16));
        aa::append_code_point(c.text, cp == kColon ? kColonStandIn : cp);
      }
    }
    if (!c.text.empty()) cases.push_back(std::move(c));
  }
  return cases;
}

std::vector<uint32_t> boundaries(std::u16string_view text) {
  std::vector<uint32_t> out{0};
  for (const auto& s : aa_test::word_segments(text)) out.push_back(s.span.end);
  return out;
}

TEST(WordBreak, UnicodeWordBreakTestAllCases) {
  REQUIRE_PATH(kWordBreakTest, "Unicode's WordBreakTest.txt (Debian package unicode-data)");
  auto cases = read_break_cases(kWordBreakTest);
  size_t passed = 0, colon = 0;
  for (const auto& c : cases) {
    if (boundaries(c.text) == c.boundaries)
      ++passed;
    else
      ADD_FAILURE() << c.line;
    colon += c.text.find(char16_t(kColonStandIn)) != std::u16string::npos;
  }
  std::cout << "[word break] WordBreakTest.txt: " << passed << "/" << cases.size() << " cases ("
            << colon << " with U+00B7 for U+003A)\n";
  EXPECT_GT(cases.size(), 1000u);
}

// Every code point between context characters that exercise one rule each; a newline
// (always a boundary, WB3a/WB3b) ends each sample. U+FFFF marks the code point's place.
TEST(WordBreak, EveryCodePointInContextAgreesWithIcu) {
  const std::u16string patterns[] = {
      u"\uFFFF",                // alone: its kind
      u"\uFFFF\uFFFF",          // twice: WB3d, WB8, WB13, WB15, ICU's dictionary runs
      u"a\uFFFFa",              // WB5, WB6/7, WB9/10, WB13a/b, WB4
      u"1\uFFFF1",              // WB8, WB11/12
      u"\u05D0\uFFFF\u05D0",    // Hebrew: WB7a-c
      u"\u200D\uFFFF",          // WB3c (Extended_Pictographic)
      u"\uFFFF\u0308",          // WB4 after it, and the kind that leaves
      u"a\u0308\uFFFF\u0308a",  // WB4 on both sides
      u"_\uFFFF_",              // WB13a/b
      u"\u30A2\uFFFF\u30A2",    // Katakana: WB13, ICU's $KanaKanji
      u"\u6F22\uFFFF\u6F22",    // Han: ICU's $KanaKanji
      u"\uAC00\uFFFF\uAC00",    // ICU's $HangulSyllable
      u"\U0001F1E6\uFFFF",      // WB15/16
      u" \uFFFF ",              // WB3d
  };
  auto start = std::chrono::steady_clock::now();
  for (const auto& pattern : patterns) {
    std::u16string text;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
      for (char16_t u : pattern) {
        if (u == u'\uFFFF')
          aa::append_code_point(text, c);  // a surrogate code point stays one lone unit
        else
          text.push_back(u);
      }
      text.push_back(u'\n');
    }
    EXPECT_EQ(aa_test::compare_with_icu(text).difference, "")
        << "pattern " << aa_test::code_points(pattern, 0, pattern.size());
  }
  std::cout << "[word break] every code point in " << std::size(patterns) << " contexts: "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
            << " s\n";
}

// Text from ../shared: the seeds, every corpus under data/ and the conformance suite whole,
// and the first 8 MB of the Arabic Wikipedia dump.
TEST(WordBreak, SharedCorporaAgreeWithIcu) {
  const fs::path shared = aa_test::shared_path("");
  REQUIRE_PATH(aa_test::shared_path("data"), "../shared (AA_SHARED_DIR)");
  std::vector<std::pair<std::string, std::string>> texts;  // name, UTF-8
  for (const char* dir : {"corpus", "data", "conformance"}) {
    for (const auto& e : fs::recursive_directory_iterator(shared / dir)) {
      if (e.is_regular_file() && e.path().extension() != ".xz") {
        texts.emplace_back(e.path().string(), aa_test::read_file(e.path().string()));
      }
    }
  }
  const fs::path wiki = shared / "data/arwiki/arwiki-2017.txt.xz";
  ASSERT_TRUE(fs::exists(wiki)) << wiki;
  std::string slice(8u << 20, '\0');
  FILE* xz = popen(("xz -dc '" + wiki.string() + "'").c_str(), "r");
  ASSERT_NE(xz, nullptr);
  slice.resize(fread(slice.data(), 1, slice.size(), xz));
  pclose(xz);                           // closing early stops xz; only the slice is wanted
  slice.resize(slice.rfind('\n') + 1);  // whole lines (and whole characters)
  texts.emplace_back(wiki.string() + " (first " + std::to_string(slice.size()) + " bytes)", slice);

  size_t bytes = 0, dictionary_pieces = 0;
  for (const auto& [name, utf8] : texts) {
    auto comparison = aa_test::compare_with_icu(aa::utf8_to_utf16(utf8));
    EXPECT_EQ(comparison.difference, "") << name;
    bytes += utf8.size();
    dictionary_pieces += comparison.dictionary_pieces;
  }
  std::printf(
      "[word break] compared with ICU: %.1f MB (UTF-8) in %zu files of %s; ICU's dictionaries "
      "split "
      "runs of Thai, Lao, Khmer, Myanmar, Han or kana into %zu pieces\n",
      bytes / 1e6, texts.size(), shared.c_str(), dictionary_pieces);
  EXPECT_GE(bytes, size_t(10'000'000));
}

}  // namespace
