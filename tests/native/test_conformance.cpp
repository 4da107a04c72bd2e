// twitter-text's extraction conformance suite (../shared/conformance/twitter-text/extract.yml)
// against the native core. The wasm build runs the same suite in tests/wasm/conformance.test.mjs.
// Required: every hashtag case, >= 95% of mention and URL cases; every case we fail must be
// listed, by description, in tests/conformance-differences.md.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <sstream>

#include "arabic_analyzer/hashtags.h"
#include "test_support.h"

namespace {

const char* kSuite = "conformance/twitter-text/extract.yml";

// The suite counts indices in code points (twitter-text converts its UTF-16 results); our
// API reports UTF-16 code units, so expected indices are converted before comparing.
uint32_t code_point_index_to_utf16(std::u16string_view text, size_t code_points) {
  size_t i = 0;
  for (size_t k = 0; k < code_points && i < text.size(); ++k) aa::next_code_point(text, i);
  return uint32_t(i);
}

struct Item {
  std::string value;
  bool has_span = false;
  aa::Span span;
  bool operator==(const Item& o) const {
    return value == o.value && has_span == o.has_span && (!has_span || span == o.span);
  }
};

std::string show(const std::vector<Item>& items) {
  std::ostringstream s;
  s << "[";
  for (size_t i = 0; i < items.size(); ++i) {
    s << (i ? ", " : "") << '"' << items[i].value << '"';
    if (items[i].has_span) s << " [" << items[i].span.start << "," << items[i].span.end << ")";
  }
  s << "]";
  return s.str();
}

struct Section {
  const char* name;
  const char* field;  // the value's key in *_with_indices sections
};

std::vector<Item> extracted(const aa::Extracted& x, std::string_view section, bool with_spans) {
  std::vector<Item> out;
  auto add = [&](const std::string& v, aa::Span s) {
    out.push_back({v, with_spans, with_spans ? s : aa::Span{}});
  };
  if (section.rfind("hashtags", 0) == 0) {
    for (const auto& h : x.hashtags) add(h.tag, h.span);
  } else if (section.rfind("mentions", 0) == 0) {
    for (const auto& m : x.mentions) add(m.name, m.span);
  } else if (section.rfind("urls", 0) == 0 || section.rfind("tco_urls", 0) == 0) {
    for (const auto& u : x.urls) {
      if (!u.email) add(u.text, u.span);
    }
  } else if (section.rfind("cashtags", 0) == 0) {
    for (const auto& c : x.cashtags) add(c.symbol, c.span);
  }
  return out;
}

struct Tally {
  int passed = 0, total = 0;
  std::vector<std::string> failures;  // descriptions
  std::string report;
  double rate() const { return total ? double(passed) / total : 1.0; }
};

Tally run_sections(const YAML::Node& tests, std::initializer_list<Section> sections) {
  static const aa::Normalizer search(aa::Profile::search);
  Tally t;
  for (const Section& sec : sections) {
    const YAML::Node cases = tests[sec.name];
    if (!cases) {
      t.report += std::string("missing section ") + sec.name + "\n";
      ++t.total;
      continue;
    }
    for (const YAML::Node& c : cases) {
      const std::string description = c["description"].as<std::string>();
      const std::u16string text = aa::utf8_to_utf16(c["text"].as<std::string>());
      std::vector<Item> want;
      bool with_spans = false;
      for (const YAML::Node& e : c["expected"]) {
        if (e.IsScalar()) {
          want.push_back({e.as<std::string>()});
        } else {
          with_spans = true;
          aa::Span s{code_point_index_to_utf16(text, e["indices"][0].as<size_t>()),
                     code_point_index_to_utf16(text, e["indices"][1].as<size_t>())};
          want.push_back({e[sec.field].as<std::string>(), true, s});
        }
      }
      if (std::string_view(sec.name).find("with_indices") != std::string_view::npos ||
          std::string_view(sec.name).find("directional") != std::string_view::npos) {
        with_spans = true;
      }
      std::vector<Item> got = extracted(aa::extract_social(text, search), sec.name, with_spans);
      ++t.total;
      if (got == want) {
        ++t.passed;
      } else {
        t.failures.push_back(description);
        t.report += std::string(sec.name) + ": " + description + "\n  want " + show(want) +
                    "\n  got  " + show(got) + "\n";
      }
    }
  }
  return t;
}

class Conformance : public testing::Test {
 protected:
  void SetUp() override {
    std::string path = aa_test::shared_path(kSuite);
    if (!std::filesystem::exists(path)) {
      GTEST_SKIP() << "twitter-text conformance suite not found at " << path
                   << " (../shared/conformance is absent): skipped, not passed";
    }
    tests_ = YAML::LoadFile(path)["tests"];
    ASSERT_TRUE(tests_) << "no 'tests' in " << path;
  }

  // Every failure must be a documented, deliberate difference.
  void expect_documented(const Tally& t) {
    std::string doc = aa_test::read_file(aa_test::source_path("tests/conformance-differences.md"));
    for (const std::string& d : t.failures) {
      EXPECT_NE(doc.find(d), std::string::npos)
          << "failing case not listed in tests/conformance-differences.md: " << d;
    }
  }

  YAML::Node tests_;
};

TEST_F(Conformance, HashtagsAllPass) {
  Tally t = run_sections(tests_, {{"hashtags", "hashtag"},
                                  {"hashtags_from_astral", "hashtag"},
                                  {"hashtags_with_indices", "hashtag"}});
  std::cout << "[conformance] hashtags: " << t.passed << "/" << t.total << "\n";
  EXPECT_GE(t.total, 70);
  EXPECT_EQ(t.passed, t.total) << t.report;
}

TEST_F(Conformance, MentionsAtLeast95Percent) {
  Tally t =
      run_sections(tests_, {{"mentions", "screen_name"}, {"mentions_with_indices", "screen_name"}});
  std::cout << "[conformance] mentions: " << t.passed << "/" << t.total << "\n" << t.report;
  EXPECT_GE(t.total, 20);
  EXPECT_GE(t.rate(), 0.95) << t.report;
  expect_documented(t);
}

TEST_F(Conformance, UrlsAtLeast95Percent) {
  Tally t = run_sections(tests_, {{"urls", "url"}, {"urls_with_indices", "url"}});
  std::cout << "[conformance] urls: " << t.passed << "/" << t.total << "\n" << t.report;
  EXPECT_GE(t.total, 90);
  EXPECT_GE(t.rate(), 0.95) << t.report;
  expect_documented(t);
}

// Beyond the required sections: RTL text with bidi controls, t.co parameters, cashtags.
TEST_F(Conformance, OtherSections) {
  Tally t = run_sections(tests_, {{"urls_with_directional_markers", "url"},
                                  {"tco_urls_with_params", "url"},
                                  {"cashtags", "cashtag"},
                                  {"cashtags_with_indices", "cashtag"}});
  std::cout << "[conformance] directional/t.co/cashtags: " << t.passed << "/" << t.total << "\n"
            << t.report;
  EXPECT_GE(t.rate(), 0.95) << t.report;
  expect_documented(t);
}

TEST(ConformanceHelpers, CodePointIndexToUtf16) {
  std::u16string s = aa::utf8_to_utf16(
      "a\xF0\x9F\x98\x80"
      "b");  // a, U+1F600 (2 units), b
  EXPECT_EQ(code_point_index_to_utf16(s, 0), 0u);
  EXPECT_EQ(code_point_index_to_utf16(s, 1), 1u);
  EXPECT_EQ(code_point_index_to_utf16(s, 2), 3u);
  EXPECT_EQ(code_point_index_to_utf16(s, 3), 4u);
}

}  // namespace
