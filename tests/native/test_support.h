// Helpers shared by the native tests: repository paths, files, and the shared-case checks.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace aa_test {

std::string source_path(const std::string& relative);  // inside the repository
std::string shared_path(
    const std::string& relative);  // inside $AA_SHARED_DIR or ../shared (may be absent)
std::string read_file(const std::string& path);
// The texts of the repository's news articles (tools/quotes_eval/gold/quotes_gold.jsonl:
// ANERcorp articles and the seeds), for properties every real article must have.
std::vector<std::string> repository_news();
// CI=true: data a test needs must be there, so its absence fails instead of skipping.
bool in_ci();

// Checks every start/end in `result` against `text` (UTF-16). Empty string = all good.
std::string check_spans(const nlohmann::json& result, const std::u16string& text);
// Checks a case's expect/exact/absent against `result`. Empty string = all good.
std::string check_expectations(const nlohmann::json& test_case, const nlohmann::json& result);

}  // namespace aa_test
