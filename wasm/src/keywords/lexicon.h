// Word lists the keyword extractor consults: stopwords and news function words (never
// keywords), and the background document-frequency table (how common a word is in other
// texts). Internal to the core; built once per KeywordExtractor from embedded data files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "arabic_analyzer/normalize.h"

namespace aa::kw {

// stopwords_ar.txt + news_function_words_ar.txt (+ stopwords_en.txt for quoted English),
// search-normalized.
class StopList {
 public:
  explicit StopList(const Normalizer& search);
  // `word` is search-normalized; also tried without a leading و/ف (وقالت -> قالت).
  bool contains(std::u16string_view word) const;

 private:
  std::unordered_set<std::u16string> storage_;
  std::unordered_set<std::u16string_view> words_;  // views into storage_ (nodes do not move)
};

// keyword_broken_plurals_ar.txt: broken plural -> singular (أسلحه -> سلاح), search-normalized.
class BrokenPlurals {
 public:
  explicit BrokenPlurals(const Normalizer& search);
  // The singular of a plural grouping key, or an empty view.
  std::u16string_view singular(std::u16string_view plural) const;

 private:
  std::unordered_map<std::u16string, std::u16string> singular_;
};

// keyword_df.bin: how common a grouping key is in the background corpus (news and
// Wikipedia), and how often it carries the definite article there.
class BackgroundDf {
 public:
  BackgroundDf();  // the embedded keyword_df.bin
  // Throws std::runtime_error if `table` does not parse.
  explicit BackgroundDf(std::string_view table);
  // Scaled to [0, 1]: 1 = never seen in the background, near 0 = in almost every document.
  double idf(std::u16string_view key) const;
  // Share of the key's background uses with the definite article, in [0, 1]; -1 when the
  // key is too rare there to say. Nouns and adjectives take the article; verbs never do.
  double article_share(std::u16string_view key) const;
  uint32_t documents() const { return documents_; }

 private:
  long find(std::u16string_view key) const;  // index of the key, -1 if absent

  uint32_t documents_ = 0;
  std::vector<uint32_t> keys_;
  std::vector<uint8_t> idf_;
  std::vector<uint8_t> article_;  // 255 = no figure
};

}  // namespace aa::kw
