// Runs the shared behaviour cases (tests/cases/*.json) against the native core.
// The wasm build runs the same files in tests/wasm/cases.test.mjs.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/json_output.h"
#include "arabic_analyzer/options.h"
#include "test_support.h"

namespace {

using nlohmann::json;

std::string case_input(const json& c) {
  std::string one = c.contains("input_file")
                        ? aa_test::read_file(aa_test::source_path(c["input_file"]))
                        : c.value("input", "");
  std::string out;
  for (int k = c.value("repeat", 1); k > 0; --k) out += one;
  return out;
}

std::string run_string_op(const aa::Analyzer& a, const json& c, const std::string& input) {
  std::u16string u = aa::utf8_to_utf16(input);
  if (c["op"] == "variant_key") {
    return aa::utf16_to_utf8(aa::variant_key(a.normalize(u, aa::Profile::search)));
  }
  auto profile = aa::profile_from_name(c.value("profile", "search"));
  EXPECT_TRUE(profile.has_value());
  return aa::utf16_to_utf8(a.normalize(u, profile.value_or(aa::Profile::search)));
}

void run_case(const json& c) {
  static const aa::Analyzer analyzer;
  const std::string input = case_input(c);
  const std::string op = c["op"];
  if (op == "normalize" || op == "variant_key") {
    std::string got = run_string_op(analyzer, c, input);
    if (c.contains("expect")) EXPECT_EQ(got, c["expect"].get<std::string>());
    if (c.contains("same_as")) EXPECT_EQ(got, run_string_op(analyzer, c, c["same_as"]));
    return;
  }
  ASSERT_EQ(op, "analyze");
  aa::ParsedOptions parsed =
      aa::options_from_json(c.contains("options") ? c["options"].dump() : "");
  aa::Result r;
  r.error = parsed.error;  // what the bindings answer for bad options, as the JS API sees it
  if (!parsed.error) r = analyzer.analyze_utf8(input, parsed.options);
  if (c.contains("error")) {
    ASSERT_TRUE(r.error) << "want error " << c["error"] << ", got a result";
    EXPECT_EQ(aa::error_code_name(r.error->code), c["error"].get<std::string>())
        << r.error->message;
    return;
  }
  ASSERT_FALSE(r.error) << r.error->message;
  json result = json::parse(aa::to_json(r));
  std::u16string text = aa::utf8_to_utf16(input);
  aa::replace_lone_surrogates(text);
  std::string why = aa_test::check_spans(result, text);
  EXPECT_TRUE(why.empty()) << why;
  why = aa_test::check_expectations(c, result);
  EXPECT_TRUE(why.empty()) << why;
}

class CaseTest : public testing::Test {
 public:
  explicit CaseTest(json c) : case_(std::move(c)) {}
  void TestBody() override { run_case(case_); }

 private:
  json case_;
};

// Registers one test per case, named <file>.<case name>.
int register_cases() {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(aa_test::source_path("tests/cases"))) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    json cases = json::parse(aa_test::read_file(f.string()));
    std::string suite = "cases_" + f.stem().string();
    for (const json& c : cases) {
      std::string name = c["name"];
      testing::RegisterTest(suite.c_str(), name.c_str(), nullptr, nullptr, __FILE__, __LINE__,
                            [c]() -> testing::Test* { return new CaseTest(c); });
    }
  }
  return 0;
}

const int registered = register_cases();

}  // namespace
