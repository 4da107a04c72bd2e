// Keywords and keyphrases of one document: ranked, grouped over clitics and spelling
// variants, explainable.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/hashtags.h"

namespace aa {

struct KeywordOptions {
  int top_k = 10;
  int min_words = 1;
  int max_words = 4;
  bool phrases = true;
};

struct Keyword {
  std::string term;        // the most frequent surface form
  std::string normalized;  // grouping key: search-normalized, clitics stripped
  double score = 0;        // in [0, 1], higher is better
  int count = 0;
  std::vector<Span> occurrences;  // every occurrence, original text
  std::string why;         // short human explanation
};

class KeywordExtractor {
 public:
  KeywordExtractor();
  ~KeywordExtractor();
  KeywordExtractor(KeywordExtractor&&) noexcept;
  KeywordExtractor& operator=(KeywordExtractor&&) noexcept;
  std::vector<Keyword> extract(const Document& doc, const std::vector<Hashtag>& hashtags,
                               const KeywordOptions& options) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace aa
