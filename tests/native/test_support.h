// Helpers shared by the native tests: repository paths, files, and the shared-case checks.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace aa_test {

std::string source_path(const std::string& relative);  // inside the repository
std::string shared_path(const std::string& relative);  // inside ../shared (may be absent)
std::string read_file(const std::string& path);

// Checks every start/end in `result` against `text` (UTF-16). Empty string = all good.
std::string check_spans(const nlohmann::json& result, const std::u16string& text);
// Checks a case's expect/exact/absent against `result`. Empty string = all good.
std::string check_expectations(const nlohmann::json& test_case, const nlohmann::json& result);

}  // namespace aa_test
