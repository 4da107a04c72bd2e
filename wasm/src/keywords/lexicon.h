// Word lists the keyword extractor consults: stopwords and news function words (never
// keywords), broken plurals, and the background document-frequency table (how common a word
// is in other texts). Internal to the core: the lists are read in place, the background
// table decoded once per extractor.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "text/key_table.h"

namespace aa::kw {

// keyword_lexicon.bin: the stop lists and broken plurals below, search-normalized at build
// time (tools/tables/gen_keyword_lexicon.cpp), as a table of hashed keys read in place
// (text/key_table.h): they are looked up for every token and never shown.
enum KeywordField : size_t {
  kFieldKinds,     // KeywordKinds
  kFieldSingular,  // fnv1a<uint32_t> of a broken plural's singular
  kKeywordFields
};
enum KeywordKinds : uint8_t { kKindStop = 1, kKindPlural = 2 };

// stopwords_ar.txt + news_function_words_ar.txt (+ stopwords_en.txt for quoted English),
// each also without its article (الأسبوع stops للأسبوع: the extractor's keys drop it).
class StopList {
 public:
  StopList();  // the embedded keyword_lexicon.bin; throws std::runtime_error if it does not parse
  explicit StopList(std::string_view table);
  // `word` is search-normalized; also tried without a leading و/ف (وقالت -> قالت).
  bool contains(std::u16string_view word) const;

 private:
  KeyTable table_;
};

// keyword_broken_plurals_ar.txt: broken plural -> singular (أسلحه -> سلاح).
class BrokenPlurals {
 public:
  BrokenPlurals();  // the embedded keyword_lexicon.bin; throws std::runtime_error if it does not
                    // parse
  explicit BrokenPlurals(std::string_view table);
  // fnv1a<uint32_t> of the singular of a plural grouping key, if it is one.
  std::optional<uint32_t> singular(std::u16string_view plural) const;

 private:
  KeyTable table_;
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
