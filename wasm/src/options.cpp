#include "arabic_analyzer/options.h"

#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

namespace aa {
namespace {

using nlohmann::json;

// nlohmann's typed getters throw, and the wasm build has no exception catching, so every
// field's type is checked before it is read. The range is checked on the JSON number itself,
// which compares across its integer types, so 2^32 + 1 cannot wrap into range as an int.
bool read_int(const json& o, const char* key, int min, int max, int& out) {
  if (!o.contains(key)) return true;
  const json& v = o[key];
  if (!v.is_number_integer() || v < min || v > max) return false;
  out = v.get<int>();
  return true;
}

bool read_bool(const json& o, const char* key, bool& out) {
  if (!o.contains(key)) return true;
  if (!o[key].is_boolean()) return false;
  out = o[key].get<bool>();
  return true;
}

bool read_keywords(const json& k, KeywordOptions& out) {
  return k.is_object() && read_int(k, "top_k", kMinTopK, kMaxTopK, out.top_k) &&
         read_int(k, "min_words", kMinPhraseWords, kMaxPhraseWords, out.min_words) &&
         read_int(k, "max_words", kMinPhraseWords, kMaxPhraseWords, out.max_words) &&
         read_bool(k, "phrases", out.phrases) && out.min_words <= out.max_words;
}

Error bad_options(std::string message) { return Error{ErrorCode::bad_options, std::move(message)}; }

// "use "none", "display" or "search"".
std::string profile_choices() {
  std::string s = "use ";
  const size_t n = std::size(kProfiles);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) s += i + 1 == n ? " or " : ", ";
    s += std::string("\"") + profile_name(kProfiles[i]) + "\"";
  }
  return s;
}

std::string limits_message() {
  const auto n = [](int v) { return std::to_string(v); };
  return "Bad options: include_normalized and keywords.phrases are booleans; keywords needs "
         "integers " +
         n(kMinTopK) + " <= top_k <= " + n(kMaxTopK) + " and " + n(kMinPhraseWords) +
         " <= min_words <= max_words <= " + n(kMaxPhraseWords) + ".";
}

}  // namespace

ParsedOptions options_from_json(std::string_view text) {
  ParsedOptions p;
  if (text.empty()) return p;
  json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    p.error = bad_options("Options must be a JSON object.");
    return p;
  }
  if (j.contains("profile")) {
    std::optional<Profile> prof;
    if (j["profile"].is_string()) prof = profile_from_name(j["profile"].get<std::string>());
    if (!prof) {
      p.error = bad_options("Unknown profile; " + profile_choices() + ".");
      return p;
    }
    p.options.profile = *prof;
  }
  bool ok = read_bool(j, "include_normalized", p.options.include_normalized);
  if (ok && j.contains("keywords")) ok = read_keywords(j["keywords"], p.options.keywords);
  if (!ok) p.error = bad_options(limits_message());
  return p;
}

}  // namespace aa
