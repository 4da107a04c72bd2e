// Loading the number words from wasm/data (see each file's header for source and licence).
#include "numbers/lexicon.h"

#include <algorithm>

#include "arabic_analyzer/embedded_data.h"

namespace aa::num {
namespace {

// A list's rows, longest first: where two phrases start at one place, the longer one wins.
// `numbered`: rows are value<TAB>text; otherwise text alone (value 0).
std::vector<Phrase> load(const Normalizer& search, std::string_view file, bool numbered) {
  std::vector<Phrase> out;
  for_each_data_row(file, [&](std::string_view first, std::string_view second) {
    std::string_view text = numbered ? second : first;
    if (text.empty()) return;
    Phrase p;
    if (numbered) {
      for (char c : first) p.value = p.value * 10 + (c - '0');
    }
    p.text = search.normalize_text(utf8_to_utf16(text));
    out.push_back(std::move(p));
  });
  std::stable_sort(out.begin(), out.end(),
                   [](const Phrase& a, const Phrase& b) { return a.text.size() > b.text.size(); });
  return out;
}

const Phrase* find_word(const std::vector<Phrase>& list, std::u16string_view word) {
  auto it = std::find_if(list.begin(), list.end(), [&](const Phrase& p) { return p.text == word; });
  return it == list.end() ? nullptr : &*it;
}

}  // namespace

NumberWords::NumberWords(const Normalizer& search)
    : months_(load(search, embedded_file("months_ar.txt"), true)),
      ordinals_(load(search, embedded_file("day_ordinals_ar.txt"), true)),
      percent_words_(load(search, embedded_file("number_percent_words_ar.txt"), false)),
      scales_(load(search, embedded_file("number_scales_ar.txt"), true)),
      year_cues_(load(search, embedded_file("number_year_cues_ar.txt"), false)) {}

int NumberWords::scale_zeros(std::u16string_view word) const {
  const Phrase* p = find_word(scales_, word);
  return p ? p->value : 0;
}

bool NumberWords::year_cue(std::u16string_view word) const {
  return find_word(year_cues_, word) != nullptr;
}

}  // namespace aa::num
