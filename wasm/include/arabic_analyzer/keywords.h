// Keywords and keyphrases of one document: ranked, grouped over clitics and spelling
// variants, explainable.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/entities.h"
#include "arabic_analyzer/hashtags.h"
#include "arabic_analyzer/options.h"

namespace aa {

// Why a keyword ranks, as data: the interface words it in the reader's language.
struct KeywordWhy {
  // The strongest signal: "hashtag_in_title", "hashtag", "name_in_title", "name" (a person,
  // place or organization the article names), "in_title", "repeated" (2+ uses) or "once".
  std::string code;
  std::string entity;     // "PER", "LOC" or "ORG" for a name, else empty
  int count = 0;          // occurrences (an entity: mentions under any name)
  int sentences = 0;      // distinct sentences it occurs in
  double background = 1;  // how rare it is in general text: 0 common .. 1 unseen (idf)
};

struct Keyword {
  std::string term;        // the most frequent surface form
  std::string normalized;  // grouping key: search-normalized, clitics stripped
  double score = 0;        // in [0, 1], higher is better
  int count = 0;
  std::vector<Span> occurrences;  // every occurrence, original text
  KeywordWhy why;
};

// How one document uses one key of the background table (the grouping key of a word: search-
// normalized, clitics stripped). build-scripts/build-keyword-df.py counts these over a corpus
// through `arabic-analyzer keys`, so the table is keyed exactly as the extractor looks it up.
struct KeyUse {
  std::string key;
  int uses = 0;
  int with_article = 0;  // uses carrying the definite article (nouns do, verbs never)
};

class KeywordExtractor {
 public:
  // Uses the stopwords in place (search-normalized at build time) and decodes the background
  // table. Throws std::runtime_error if the embedded data is damaged.
  KeywordExtractor();
  ~KeywordExtractor();
  KeywordExtractor(KeywordExtractor&&) noexcept;
  KeywordExtractor& operator=(KeywordExtractor&&) noexcept;
  // `entities` (sorted by start; people, places, organizations count, others are ignored) are
  // strong candidates: a linked entity ranks by all its mentions, under its fullest name.
  // From `social`, a hashtag's words make one phrase; the words of URLs and e-mail addresses
  // are no candidates.
  std::vector<Keyword> extract(const Document& doc, const Extracted& social,
                               const std::vector<Entity>& entities,
                               const KeywordOptions& options) const;
  // Every key the document's candidate words have, in order of first use.
  std::vector<KeyUse> background_keys(const Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace aa
