// The result as JSON (schema 3, see README). Options from JSON: options.h.
#pragma once

#include <string>

#include "arabic_analyzer/analyzer.h"

namespace aa {

// 2: a keyword's `why` became an object (code and numbers) instead of an English sentence.
constexpr int kSchemaVersion = 3;

// One JSON object, compact, UTF-8.
std::string to_json(const Result& result);

// Only the hashtags, suspect_hashtags, mentions, urls and cashtags arrays (same shapes as in
// to_json), plus "schema": what the JS API's extract() returns.
std::string social_to_json(const Extracted& extracted);

}  // namespace aa
