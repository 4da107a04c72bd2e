#include "test_support.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string_view>

#include "arabic_analyzer/text.h"

namespace aa_test {

using nlohmann::json;

std::string source_path(const std::string& relative) {
  return std::string(AA_SOURCE_DIR) + "/" + relative;
}
std::string shared_path(const std::string& relative) {
  const char* dir = std::getenv("AA_SHARED_DIR");  // the environment wins over ../shared
  return std::string(dir && *dir ? dir : AA_SHARED_DIR) + "/" + relative;
}

bool in_ci() {
  const char* ci = std::getenv("CI");
  return ci && std::string_view(ci) == "true";
}

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

namespace {

void walk_spans(const json& node, const std::u16string& text, const std::string& where,
                std::string& errors) {
  if (node.is_array()) {
    for (size_t i = 0; i < node.size(); ++i)
      walk_spans(node[i], text, where + "[" + std::to_string(i) + "]", errors);
    return;
  }
  if (!node.is_object()) return;
  if (node.contains("start") && node.contains("end")) {
    size_t s = node["start"], e = node["end"];
    auto splits = [&](size_t k) {
      return k > 0 && k < text.size() && aa::is_trail(text[k]) && aa::is_lead(text[k - 1]);
    };
    if (s > e || e > text.size())
      errors += where + ": span outside the input\n";
    else if (splits(s) || splits(e))
      errors += where + ": span splits a surrogate pair\n";
    else if (node.contains("text") && node["text"].is_string() &&
             aa::utf16_to_utf8(text.substr(s, e - s)) != node["text"].get<std::string>()) {
      errors += where + ": text.slice(start, end) != text\n";
    }
  }
  for (auto it = node.begin(); it != node.end(); ++it)
    walk_spans(it.value(), text, where + "." + it.key(), errors);
}

// Every field of `want` equals the same field of `got` (objects recursively).
bool partial_match(const json& want, const json& got) {
  if (want.is_object()) {
    if (!got.is_object()) return false;
    for (auto it = want.begin(); it != want.end(); ++it) {
      if (!got.contains(it.key()) || !partial_match(it.value(), got[it.key()])) return false;
    }
    return true;
  }
  return want == got;
}

}  // namespace

std::vector<std::string> repository_news() {
  std::istringstream lines(read_file(source_path("tools/quotes_eval/gold/quotes_gold.jsonl")));
  std::vector<std::string> texts;
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) texts.push_back(json::parse(line)["text"]);
  return texts;
}

std::string check_spans(const json& result, const std::u16string& text) {
  std::string errors;
  walk_spans(result, text, "result", errors);
  return errors;
}

std::string check_expectations(const json& c, const json& result) {
  std::string errors;
  if (c.contains("expect")) {
    for (auto it = c["expect"].begin(); it != c["expect"].end(); ++it) {
      const json& got = result.contains(it.key()) ? result[it.key()] : json();
      if (!it.value().is_array()) {
        if (!partial_match(it.value(), got))
          errors += it.key() + ": want " + it.value().dump() + ", got " + got.dump() + "\n";
        continue;
      }
      for (const json& want : it.value()) {
        bool found = got.is_array() && std::any_of(got.begin(), got.end(), [&](const json& g) {
                       return partial_match(want, g);
                     });
        if (!found)
          errors += it.key() + ": missing " + want.dump() + "\n  got " +
                    got.dump().substr(0, 2000) + "\n";
      }
    }
  }
  if (c.contains("exact")) {
    for (const json& key : c["exact"]) {
      size_t want = c["expect"][key.get<std::string>()].size();
      size_t got = result[key.get<std::string>()].size();
      if (want != got)
        errors += key.get<std::string>() + ": want " + std::to_string(want) + " items, got " +
                  std::to_string(got) + "\n";
    }
  }
  if (c.contains("count")) {
    for (const json& want : c["count"]) {
      const std::string key = want["array"];
      size_t n = 0;
      if (result.contains(key))
        for (const json& g : result[key]) n += partial_match(want["match"], g);
      if (n != want["n"].get<size_t>())
        errors += key + ": want " + want["n"].dump() + " items like " + want["match"].dump() +
                  ", got " + std::to_string(n) + "\n";
    }
  }
  if (c.contains("absent")) {
    for (auto it = c["absent"].begin(); it != c["absent"].end(); ++it) {
      const json& got = result.contains(it.key()) ? result[it.key()] : json::array();
      for (const json& bad : it.value()) {
        for (const json& g : got) {
          if (partial_match(bad, g)) errors += it.key() + ": unexpected " + g.dump() + "\n";
        }
      }
    }
  }
  return errors;
}

}  // namespace aa_test
