// The analysis options' defaults and limits are written once, in options.h; people read them
// in the README's "Analysis options" table and in package/arabic-analyzer.d.ts, and the page
// and the widget ask for their own top_k in web/lib/analysis-options.js. These tests read
// those files and fail when any of them says something the core does not do.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "arabic_analyzer/options.h"
#include "test_support.h"

namespace {

// One option as a document states it, in one spelling for every document: values without
// quotes or backticks, an integer range as "low..high", a relation to another option as
// "at most max_words".
struct OptionDoc {
  std::string type;  // "integer", "boolean" or "string"
  std::string default_value;
  std::vector<std::string> allowed;
};
using OptionDocs = std::map<std::string, OptionDoc>;

std::string describe(const OptionDoc& d) {
  std::string s = d.type + ", default " + d.default_value + ", allowed";
  for (const std::string& a : d.allowed) s += " [" + a + "]";
  return s;
}

std::string range(int low, int high) { return std::to_string(low) + ".." + std::to_string(high); }
std::string boolean(bool b) { return b ? "true" : "false"; }

// What the core does, from its constants.
OptionDocs core_options() {
  const std::vector<std::string> booleans = {"true", "false"};
  std::vector<std::string> profiles;
  for (aa::Profile p : aa::kProfiles) profiles.push_back(aa::profile_name(p));
  return {
      {"profile", {"string", aa::profile_name(aa::kDefaultProfile), profiles}},
      {"include_normalized", {"boolean", boolean(aa::kDefaultIncludeNormalized), booleans}},
      {"keywords.top_k",
       {"integer", std::to_string(aa::kDefaultTopK), {range(aa::kMinTopK, aa::kMaxTopK)}}},
      {"keywords.min_words",
       {"integer",
        std::to_string(aa::kDefaultMinWords),
        {range(aa::kMinPhraseWords, aa::kMaxPhraseWords), "at most max_words"}}},
      {"keywords.max_words",
       {"integer",
        std::to_string(aa::kDefaultMaxWords),
        {"min_words.." + std::to_string(aa::kMaxPhraseWords)}}},
      {"keywords.phrases", {"boolean", boolean(aa::kDefaultPhrases), booleans}},
  };
}

void expect_agrees(const OptionDocs& stated, const std::string& where) {
  const OptionDocs core = core_options();
  for (const auto& [name, want] : core) {
    auto it = stated.find(name);
    if (it == stated.end()) {
      ADD_FAILURE() << where << " does not state " << name;
      continue;
    }
    EXPECT_EQ(describe(it->second), describe(want)) << where << ", " << name;
  }
  for (const auto& [name, doc] : stated) {
    if (!core.count(name))
      ADD_FAILURE() << where << " states " << name << ", which the core does not take";
  }
}

std::string strip(std::string s, const std::string& chars) {
  std::string out;
  for (char c : s)
    if (chars.find(c) == std::string::npos) out += c;
  return out;
}

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, const std::string& separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t at; (at = s.find(separator, start)) != std::string::npos;
       start = at + separator.size())
    parts.push_back(s.substr(start, at - start));
  parts.push_back(s.substr(start));
  return parts;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? separator : "") + parts[i];
  return s;
}

// "| `keywords.top_k` | integer | `10` | 0–1000 |" rows under "### Analysis options".
OptionDocs readme_options(const std::string& readme, std::string& header) {
  OptionDocs docs;
  std::istringstream lines(readme);
  bool inside = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind('#', 0) == 0) {
      inside = line == "### Analysis options";
      continue;
    }
    if (!inside || line.rfind('|', 0) != 0 || line.rfind("|---", 0) == 0) continue;
    std::vector<std::string> cells = split(line.substr(1, line.size() - 2), "|");
    for (std::string& c : cells) c = trim(c);
    if (cells[0] == "option") {
      header = line;
      continue;
    }
    if (cells.size() != 4) {
      ADD_FAILURE() << "README options row without 4 cells: " << line;
      continue;
    }
    OptionDoc& d = docs[strip(cells[0], "`")];
    d.type = cells[1];
    d.default_value = strip(cells[2], "`\"");
    for (const std::string& a : split(cells[3], ", ")) {
      d.allowed.push_back(join(split(strip(a, "`\""), "\u2013"), ".."));  // EN DASH: 0–1000
    }
  }
  return docs;
}

// The option interfaces of the .d.ts: each member's doc comment states "low..high" and
// "(default value)"; the Profile type lists the profiles.
OptionDocs declared_options(const std::string& dts) {
  OptionDocs docs;
  std::smatch m;
  std::vector<std::string> profiles;
  if (std::regex_search(dts, m, std::regex(R"(export type Profile = ([^;]*);)"))) {
    for (const std::string& p : split(m[1], " | ")) profiles.push_back(strip(p, "'"));
  }
  const std::regex interface(R"(export interface (AnalyzeOptions|KeywordOptions) \{([^}]*)\})");
  const std::regex member(R"((?:/\*\*\s*([^*]*?)\s*\*/\s*)?(\w+)\?: (\w+);)");
  const std::regex range_in_doc(R"((\w+\.\.\w+)(?:, (at most \w+))?)");
  const std::regex default_in_doc(R"(\(default '?([^')]*)'?\))");
  for (auto i = std::sregex_iterator(dts.begin(), dts.end(), interface);
       i != std::sregex_iterator(); ++i) {
    const std::string prefix = (*i)[1] == "KeywordOptions" ? "keywords." : "";
    const std::string body = (*i)[2];
    for (auto j = std::sregex_iterator(body.begin(), body.end(), member);
         j != std::sregex_iterator(); ++j) {
      const std::string doc = (*j)[1], type = (*j)[3];
      if (type == "KeywordOptions") continue;  // the group itself, its members are read above
      OptionDoc& d = docs[prefix + (*j)[2].str()];
      if (std::regex_search(doc, m, default_in_doc)) d.default_value = m[1];
      if (type == "number") {
        d.type = "integer";
        if (std::regex_search(doc, m, range_in_doc)) {
          d.allowed.push_back(m[1]);
          if (m[2].matched) d.allowed.push_back(m[2]);
        }
      } else if (type == "boolean") {
        d.type = "boolean";
        d.allowed = {"true", "false"};
      } else if (type == "Profile") {
        d.type = "string";
        d.allowed = profiles;
      } else {
        d.type = type;
      }
    }
  }
  return docs;
}

TEST(OptionsAgreement, ReadmeTableStatesWhatTheCoreDoes) {
  std::string header;
  OptionDocs docs = readme_options(aa_test::read_file(aa_test::source_path("README.md")), header);
  EXPECT_EQ(header, "| option | type | default | allowed |");
  expect_agrees(docs, "README.md, Analysis options");
}

TEST(OptionsAgreement, TypeDeclarationsStateWhatTheCoreDoes) {
  OptionDocs docs =
      declared_options(aa_test::read_file(aa_test::source_path("package/arabic-analyzer.d.ts")));
  expect_agrees(docs, "package/arabic-analyzer.d.ts");
}

TEST(OptionsAgreement, WebTopKIsWithinTheLimits) {
  const std::string js = aa_test::read_file(aa_test::source_path("web/lib/analysis-options.js"));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(js, m, std::regex(R"(\btop_k:\s*(-?\d+))")))
      << "no top_k in web/lib/analysis-options.js";
  const int top_k = std::stoi(m[1]);
  EXPECT_GE(top_k, aa::kMinTopK);
  EXPECT_LE(top_k, aa::kMaxTopK);
  aa::ParsedOptions parsed = aa::options_from_json(R"({"keywords":{"top_k":)" + m[1].str() + "}}");
  EXPECT_FALSE(parsed.error) << parsed.error->message;
}

}  // namespace
