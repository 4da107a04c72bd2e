// Light clitic analysis of Arabic words for grouping and matching (not full morphology).
//
// Input words are search-normalized (alef unified, ة -> ه, ى -> ي). Proclitics are the
// conjunctions و ف, prepositions ب ل ك and the article ال (ل + ال is written لل).
// Single-letter proclitics are ambiguous (وزير is not و + زير), so callers confirm a split
// with what they know (the document's other words, a lexicon) via light_stem().
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace aa {

struct CliticSplit {
  std::u16string_view prefix;  // e.g. u"وبال", empty for the unsplit word
  std::u16string_view stem;    // the rest, article removed when the prefix carries it
  bool article = false;        // the prefix includes the definite article
};

// Every plausible proclitic split, longest prefix first; the last one is always the unsplit
// word (with a leading "ال" removed if present). Stems keep at least two letters.
std::vector<CliticSplit> clitic_splits(std::u16string_view word);

// The grouping key of a word: the article-bearing prefixes (ال وال بال كال فال لل ولل فلل
// وبال فبال وكال) are always removed since the article makes the split certain; a bare
// single-letter proclitic (و ف ب ل ك) or a suffix pronoun (ه ها هم هما هن كم كما نا) is
// removed only when `known` accepts the remaining stem.
std::u16string_view light_stem(std::u16string_view word,
                               const std::function<bool(std::u16string_view)>& known = nullptr);

}  // namespace aa
