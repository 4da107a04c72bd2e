// Light clitic analysis of Arabic words for grouping and matching (not full morphology).
//
// Input words are search-normalized (alef unified, ة -> ه, ى -> ي). Proclitics are the
// conjunctions و ف, prepositions ب ل ك and the article ال (ل + ال is written لل).
// Single-letter proclitics are ambiguous (وزير is not و + زير), so callers confirm a split
// with what they know (the document's other words, a lexicon) via light_stem().
#pragma once

#include <cstddef>
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

// The word without an article-bearing prefix (ال وال بال كال فال لل ولل فلل وبال فبال وكال
// فكال, longest first) when at least `min_stem` letters remain; otherwise the word itself.
// The article makes such a split certain, so no lexicon is consulted.
std::u16string_view strip_article(std::u16string_view word, size_t min_stem = 2);

// Whether a prefix that was split off a word carries the definite article: it ends in ال,
// or in لل (ل + ال with the alef elided).
bool prefix_carries_article(std::u16string_view prefix);

// Whether `c` is a single-letter proclitic: و ف ب ل ك.
bool is_proclitic_letter(char16_t c);

// Whether the word begins with the conjunction letter و or ف (which may also be a root
// letter: وزير, فيلم; callers decide).
bool starts_with_conjunction(std::u16string_view word);

// The object pronoun a verb ending like `word` would carry (هما كما هم ها كم نا ني ه,
// longest first), or an empty view. Shape only: the caller decides whether the word is a verb.
std::u16string_view object_pronoun_suffix(std::u16string_view word);

// The grouping key of a word: the article-bearing prefixes (ال وال بال كال فال لل ولل فلل
// وبال فبال وكال) are always removed since the article makes the split certain; a bare
// single-letter proclitic (و ف ب ل ك) or a suffix pronoun (ه ها هم هما هن كم كما نا) is
// removed only when `known` accepts the remaining stem.
std::u16string_view light_stem(std::u16string_view word,
                               const std::function<bool(std::u16string_view)>& known = nullptr);

}  // namespace aa
