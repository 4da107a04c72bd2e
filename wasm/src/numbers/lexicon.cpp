// The number words, compiled in from data/number_words.inc (see each source file's header
// for source and licence).
#include "numbers/lexicon.h"

#include <algorithm>

namespace aa::num {
namespace {

#include "../../data/number_words.inc"

const Phrase* find_word(PhraseList list, std::u16string_view word) {
  auto it = std::find_if(list.begin(), list.end(), [&](const Phrase& p) { return p.text == word; });
  return it == list.end() ? nullptr : it;
}

}  // namespace

NumberWords::NumberWords()
    : months_(kMonths),
      ordinals_(kOrdinals),
      percent_words_(kPercentWords),
      scales_(kScales),
      year_cues_(kYearCues) {}

int NumberWords::scale_zeros(std::u16string_view word) const {
  const Phrase* p = find_word(scales_, word);
  return p ? p->value : 0;
}

bool NumberWords::year_cue(std::u16string_view word) const {
  return find_word(year_cues_, word) != nullptr;
}

}  // namespace aa::num
