// The whole analysis: text in, one Result out. This is the core's front door; the CLI,
// the wasm bindings and the benchmark all go through it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "arabic_analyzer/entities.h"
#include "arabic_analyzer/error.h"
#include "arabic_analyzer/hashtags.h"
#include "arabic_analyzer/keywords.h"
#include "arabic_analyzer/normalize.h"
#include "arabic_analyzer/options.h"
#include "arabic_analyzer/quotes.h"

namespace aa {

// Inputs longer than this (UTF-16 code units, about 32 MB) get an "input_too_large" error.
constexpr size_t kMaxInputUnits = size_t(16) << 20;

struct Stats {
  uint32_t characters = 0;  // code points of the original
  uint32_t words = 0;
  uint32_t sentences = 0;
  double arabic_share = 0;  // share of letters that are Arabic script, in [0, 1]
  double reading_minutes = 0;
};

// The "input_too_large" error for a text of `units` UTF-16 code units, or nothing if it
// is within kMaxInputUnits. Every entry point that takes user text checks through this.
std::optional<Error> input_size_error(size_t units);

struct Result {
  std::optional<Error> error;
  Profile profile = Profile::search;
  std::string normalized;
  std::vector<Hashtag> hashtags;
  std::vector<SuspectHashtag> suspect_hashtags;
  std::vector<Mention> mentions;
  std::vector<Url> urls;
  std::vector<Cashtag> cashtags;
  std::vector<Keyword> keywords;
  std::vector<Entity> entities;  // PER/LOC/ORG and NUM/PERCENT/DATE, sorted by start
  std::vector<Quote> quotes;     // attributed statements, by content start
  Stats stats;
};

// Builds the lookup tables and loads the lexicons and model once; reuse it.
// One instance is safe to use from one thread at a time.
class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  Result analyze(std::u16string_view text, const AnalyzeOptions& options = {}) const;
  Result analyze_utf8(std::string_view text, const AnalyzeOptions& options = {}) const;
  std::u16string normalize(std::u16string_view text, Profile profile) const;
  // The keyword background-table keys of a text (KeywordExtractor::background_keys).
  std::vector<KeyUse> keyword_keys(std::u16string_view text) const;
  const Normalizer& normalizer(Profile profile) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace aa
