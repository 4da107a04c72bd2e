// arabic-analyzer: the command-line front end of the core.
//   arabic-analyzer analyze [--options JSON] [FILE]   one text -> one JSON object
//   arabic-analyzer analyze --jsonl [--options JSON]  {"id","text"} lines -> {"id",...} lines
//   arabic-analyzer normalize [--profile NAME] [--strip-article] [FILE]
//                                                     normalized text (every word without its
//                                                     article)
//   arabic-analyzer keys --jsonl                      {"id","text"} lines -> {"id","keys"} lines
// Exit status: 0 ok, 1 bad input (one line on stderr per problem), 2 usage.
#include <unicode/uchar.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/clitics.h"
#include "arabic_analyzer/json_output.h"

namespace {

constexpr int kOk = 0, kBadInput = 1, kUsage = 2, kBrokenBuild = 3;

const char kUsageText[] =
    "usage: arabic-analyzer analyze [--options JSON] [FILE]\n"
    "       arabic-analyzer analyze --jsonl [--options JSON] < lines.jsonl\n"
    "       arabic-analyzer normalize [--profile none|display|search] [--strip-article] [FILE]\n"
    "       arabic-analyzer keys --jsonl < lines.jsonl   (keyword background keys, for "
    "build-keyword-df.py)\n";

int usage(const std::string& why) {
  std::cerr << "arabic-analyzer: " << why << "\n" << kUsageText;
  return kUsage;
}

bool read_all(const std::string& path, std::string& out) {
  if (path.empty() || path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  return true;
}

std::u16string decode(const std::string& bytes, const std::string& where) {
  size_t replaced = 0;
  std::u16string text = aa::utf8_to_utf16(bytes, &replaced);
  if (replaced) {
    std::cerr << "arabic-analyzer: warning: " << where << ": " << replaced
              << " invalid UTF-8 sequence(s) replaced with U+FFFD\n";
  }
  return text;
}

// Every whitespace-separated word of `text` without a definite article and the clitics before
// it (aa::strip_article: وال بال لل ...), whitespace kept: tools/keywords_eval/evaluate.py
// normalizes gold and predicted keyphrases with the core's clitic table this way.
std::u16string strip_articles(std::u16string_view text) {
  auto space = [](char16_t c) { return u_isUWhiteSpace(c) != 0; };
  std::u16string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t end = i;
    while (end < text.size() && !space(text[end])) ++end;
    out.append(aa::strip_article(text.substr(i, end - i)));
    while (end < text.size() && space(text[end])) out.push_back(text[end++]);
    i = end;
  }
  return out;
}

// Reads {"id","text"} lines from stdin and writes one {"id",...} line each. `body` turns a
// text into the rest of its output object ("{...}"), or sets `error` (the line is then bad).
template <typename Body>
int run_jsonl(Body body) {
  std::ios::sync_with_stdio(false);
  int status = kOk;
  std::string line;
  for (size_t n = 1; std::getline(std::cin, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    // The id is echoed even on a bad line whenever it can be read, so a batch driver can match
    // the error to its document; only a line that is not a JSON object gets null.
    nlohmann::json id = j.is_object() && j.contains("id") ? j["id"] : nlohmann::json(nullptr);
    std::string id_json = id.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      std::cerr << "arabic-analyzer: line " << n
                << ": expected a JSON object with a string \"text\" (and optional \"id\")\n";
      std::cout
          << "{\"id\":" << id_json << ",\"line\":" << n
          << R"(,"error":{"code":"bad_line","message":"expected a JSON object with a string \"text\""}})"
          << "\n";
      status = kBadInput;
      continue;
    }
    std::optional<aa::Error> error;
    std::string rest = body(j["text"].get_ref<const std::string&>(), error);
    if (error) {
      std::cerr << "arabic-analyzer: line " << n << ": " << error->message << "\n";
      status = kBadInput;
    }
    std::cout << "{\"id\":" << id_json << "," << rest.substr(1) << "\n";
  }
  std::cout.flush();
  return status;
}

int analyze_jsonl(const aa::Analyzer& analyzer, const aa::AnalyzeOptions& options) {
  return run_jsonl([&](const std::string& text, std::optional<aa::Error>& error) {
    aa::Result r = analyzer.analyze_utf8(text, options);
    error = r.error;
    return aa::to_json(r);
  });
}

// The keyword background-table keys of each text, for build-scripts/build-keyword-df.py:
// {"keys": [[key, uses, uses with the article], ...]}.
int keys_jsonl(const aa::Analyzer& analyzer) {
  return run_jsonl([&](const std::string& text, std::optional<aa::Error>& error) {
    std::u16string units = aa::utf8_to_utf16(text);
    if ((error = aa::input_size_error(units.size()))) {
      return nlohmann::json{
          {"error", {{"code", aa::error_code_name(error->code)}, {"message", error->message}}}}
          .dump();
    }
    nlohmann::json keys = nlohmann::json::array();
    for (const aa::KeyUse& k : analyzer.keyword_keys(units))
      keys.push_back({k.key, k.uses, k.with_article});
    return nlohmann::json{{"keys", std::move(keys)}}.dump(-1, ' ', false,
                                                          nlohmann::json::error_handler_t::replace);
  });
}

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::cout << kUsageText;
    return args.empty() ? kUsage : kOk;
  }
  const std::string command = args[0];
  std::string file, options_json, profile_name = "search";
  bool jsonl = false, strip_article = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--jsonl")
      jsonl = true;
    else if (a == "--strip-article" && command == "normalize")
      strip_article = true;
    else if (a == "--options" && i + 1 < args.size())
      options_json = args[++i];
    else if (a == "--profile" && i + 1 < args.size())
      profile_name = args[++i];
    else if (a.size() > 1 && a[0] == '-' && a != "-")
      return usage("unknown option " + a);
    else if (file.empty())
      file = a;
    else
      return usage("more than one input file");
  }

  if (command == "normalize") {
    auto profile = aa::profile_from_name(profile_name);
    if (!profile) return usage("unknown profile '" + profile_name + "' (none, display, search)");
    std::string bytes;
    if (!read_all(file, bytes)) {
      std::cerr << "arabic-analyzer: cannot read " << file << "\n";
      return kBadInput;
    }
    aa::Normalizer normalizer(*profile);
    std::u16string text = normalizer.normalize_text(decode(bytes, file.empty() ? "stdin" : file));
    std::cout << aa::utf16_to_utf8(strip_article ? strip_articles(text) : text);
    return kOk;
  }
  if (command == "keys") {
    if (!jsonl || !file.empty()) return usage("keys reads --jsonl from standard input");
    return keys_jsonl(aa::Analyzer());
  }
  if (command != "analyze") return usage("unknown command '" + command + "'");

  aa::ParsedOptions parsed = aa::options_from_json(options_json);
  if (parsed.error) return usage(parsed.error->message);
  aa::Analyzer analyzer;
  if (jsonl) {
    if (!file.empty()) return usage("--jsonl reads standard input");
    return analyze_jsonl(analyzer, parsed.options);
  }
  std::string bytes;
  if (!read_all(file, bytes)) {
    std::cerr << "arabic-analyzer: cannot read " << file << "\n";
    return kBadInput;
  }
  aa::Result r = analyzer.analyze(decode(bytes, file.empty() ? "stdin" : file), parsed.options);
  std::cout << aa::to_json(r) << "\n";
  if (r.error) {
    std::cerr << "arabic-analyzer: " << r.error->message << "\n";
    return kBadInput;
  }
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::runtime_error& e) {
    // Damaged or missing embedded data (see embedded_data.h): a build defect, not bad input.
    std::cerr << e.what() << "\n";
    return kBrokenBuild;
  }
}
