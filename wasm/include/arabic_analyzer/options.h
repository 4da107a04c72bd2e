// What a caller may ask of an analysis: the options, their defaults and limits (each written
// only here), and their JSON form as the CLI and the JS API take it.
//
// The README's "Analysis options" table and package/arabic-analyzer.d.ts state the same values
// for people; tests/native/test_options_agreement.cpp fails when either drifts from these.
#pragma once

#include <optional>
#include <string_view>

#include "arabic_analyzer/error.h"
#include "arabic_analyzer/normalize.h"

namespace aa {

constexpr Profile kDefaultProfile = Profile::search;
constexpr bool kDefaultIncludeNormalized = true;

// top_k bounds the work a caller can ask for (near-duplicate selection runs that deep when it
// exceeds its own depth) far above any list a reader scans.
constexpr int kMinTopK = 0;
constexpr int kMaxTopK = 1000;
constexpr int kDefaultTopK = 10;

// Words in a keyphrase. The extractor keys a phrase by a fixed array of this many word ids;
// a longer run of content words in news text is a clause, not a keyphrase.
constexpr int kMinPhraseWords = 1;
constexpr int kMaxPhraseWords = 8;
constexpr int kDefaultMinWords = 1;
constexpr int kDefaultMaxWords = 4;
constexpr bool kDefaultPhrases = true;

struct KeywordOptions {
  int top_k = kDefaultTopK;
  int min_words = kDefaultMinWords;
  int max_words = kDefaultMaxWords;  // at least min_words
  bool phrases = kDefaultPhrases;    // false: single words only, whatever max_words says
};

struct AnalyzeOptions {
  Profile profile = kDefaultProfile;  // profile of Result::normalized
  KeywordOptions keywords;
  bool include_normalized = kDefaultIncludeNormalized;
};

// Options as the JS API and the CLI take them, e.g.
// {"profile":"search","keywords":{"top_k":10,"min_words":1,"max_words":4,"phrases":true}}.
// Absent keys keep their defaults and unknown keys are ignored; a wrong type or a value
// outside the limits above gives a bad_options Error naming them. Empty text = all defaults.
struct ParsedOptions {
  AnalyzeOptions options;
  std::optional<Error> error;
};
ParsedOptions options_from_json(std::string_view json);

}  // namespace aa
