// The result as JSON (schema 2, see README) and analysis options from JSON.
#pragma once

#include <string>
#include <string_view>

#include "arabic_analyzer/analyzer.h"

namespace aa {

// 2: a keyword's `why` became an object (code and numbers) instead of an English sentence.
constexpr int kSchemaVersion = 2;

// One JSON object, compact, UTF-8.
std::string to_json(const Result& result);

// Only the hashtags, suspect_hashtags, mentions, urls and cashtags arrays (same shapes as in
// to_json), plus "schema": what the JS API's extract() returns.
std::string social_to_json(const Extracted& extracted);

// Options as the JS API and the CLI take them, e.g.
// {"profile":"search","keywords":{"top_k":10,"min_words":1,"max_words":4,"phrases":true}}.
// Unknown keys are ignored; wrong types give an Error.
struct ParsedOptions {
  AnalyzeOptions options;
  std::optional<Error> error;
};
ParsedOptions options_from_json(std::string_view json);

}  // namespace aa
