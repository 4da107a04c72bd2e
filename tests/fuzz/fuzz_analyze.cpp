// libFuzzer target over the whole analysis (AddressSanitizer + UBSan build).
// Checks the invariants users rely on: the JSON parses, every span lies inside the input on
// code-point boundaries with text.slice(start, end) equal to the reported text, and the
// output is deterministic. The first input byte picks options so they get fuzzed too.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/json_output.h"

namespace {

void check_spans(const nlohmann::json& node, const std::u16string& text) {
  if (node.is_array()) {
    for (const auto& n : node) check_spans(n, text);
    return;
  }
  if (!node.is_object()) return;
  if (node.contains("start") && node.contains("end")) {
    size_t s = node["start"], e = node["end"];
    if (s > e || e > text.size()) std::abort();
    auto splits = [&](size_t k) {
      return k > 0 && k < text.size() && aa::is_trail(text[k]) && aa::is_lead(text[k - 1]);
    };
    if (splits(s) || splits(e)) std::abort();
    if (node.contains("text") && node["text"].is_string() &&
        aa::utf16_to_utf8(text.substr(s, e - s)) != node["text"].get<std::string>()) {
      std::abort();
    }
  }
  for (const auto& item : node.items()) check_spans(item.value(), text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const aa::Analyzer analyzer;
  if (size == 0) return 0;
  aa::AnalyzeOptions options;
  options.profile = aa::Profile(data[0] % 3);
  options.keywords.top_k = 1 + data[0] % 20;
  options.keywords.phrases = (data[0] & 0x40) == 0;
  std::string input(reinterpret_cast<const char*>(data + 1), size - 1);
  std::u16string text = aa::utf8_to_utf16(input);
  std::string out = aa::to_json(analyzer.analyze(text, options));
  auto j = nlohmann::json::parse(out, nullptr, false);
  if (j.is_discarded()) std::abort();
  check_spans(j, text);
  if (aa::to_json(analyzer.analyze(text, options)) != out) std::abort();  // deterministic
  return 0;
}
