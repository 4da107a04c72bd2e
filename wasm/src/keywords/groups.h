// Grouping of a document's words for keyword extraction: which tokens can be part of a
// keyword, and which of them are the same word (clitics, sound plurals, spelling variants).
// Internal to the core.
#pragma once

#include <string_view>
#include <vector>

#include "arabic_analyzer/document.h"
#include "keywords/lexicon.h"

namespace aa::kw {

struct WordInfo {
  std::u16string_view word;  // search-normalized token text
  std::u16string_view stem;  // grouping key (a view into `word`)
  int group = -1;            // canonical group id, -1 for non-candidates
  bool stop = true;          // cannot start, end or sit inside a candidate
  bool conjoined = false;    // starts with the conjunction و/ف: begins a new phrase
  bool article = false;      // carries the definite article
  bool suffixed = false;     // a pronoun suffix was split off (حكومته)
};

struct WordGroups {
  std::vector<WordInfo> words;            // one per token
  std::vector<std::u16string_view> stem;  // stem[g]: the key of group g; words[i].group
                                          // is always a canonical (merged-into) group
  std::vector<int> uses;                  // per group g (before merging): its tokens
  std::vector<int> with_article;          // ... and those with the definite article
  std::vector<bool> modifier;             // per canonical group: a nisba adjective that
                                          // mostly follows a definite noun (الكيمياوية)
};

// Views point into doc.search.text: `doc` must outlive the result.
// The lexicons group_words consults.
struct Lexicons {
  StopList stop;
  BackgroundDf background;
  BrokenPlurals plurals;
};

WordGroups group_words(const Document& doc, const Lexicons& lexicons);

// The word contains an Arabic letter (the background table only knows Arabic).
bool is_arabic_letter_word(std::u16string_view w);

}  // namespace aa::kw
