// Layer 1: gazetteer phrases matched on search-normalized tokens, clitics stripped from the
// first word (وبدمشق -> دمشق, للأمم المتحدة -> لأمم المتحدة: the ل of لل is the article's).
#include <unordered_map>

#include "entities/internal.h"

namespace aa::ner {

std::vector<Candidate> match_gazetteer(const std::vector<TokenInfo>& toks, const Lexicon& lex) {
  std::vector<Candidate> out;
  const size_t n = toks.size();
  std::u16string phrase;  // reused: the form and the words after it
  // Names recur in a document: what the lexicon says of a form and the words after it is
  // looked up once, then found by the phrase's hash.
  std::unordered_map<uint64_t, FormLex> seen;
  for (size_t i = 0; i < n;) {
    const TokenInfo& t = toks[i];
    if (t.number || t.stop) {
      ++i;
      continue;
    }
    WordForm forms[4];
    int nforms = word_forms(t, forms);
    Candidate best;
    bool found = false;
    for (int f = 0; f < nforms; ++f) {
      FormLex e = t.lex[forms[f].kind];
      uint64_t h = 0;
      for (size_t j = i; j < n;) {
        if (e.phrase() && (!found || j > best.last)) {
          best = {uint32_t(i),       uint32_t(j),          forms[f].skip, e.phrase_type(),
                  Source::gazetteer, j > i ? 0.95f : 0.9f, !e.weak()};
          found = true;
        }
        if (j + 1 >= n || !e.prefix() || toks[j + 1].sentence != t.sentence) break;
        if (j == i) {
          h = forms[f].hash;
          phrase.assign(forms[f].kind == kFormArticleStem ? u"ال" : u"").append(forms[f].text);
        }
        ++j;
        h = hash_join(h, toks[j].word);
        phrase.append(u" ").append(toks[j].word);
        auto [it, fresh] = seen.try_emplace(h);
        if (fresh) it->second = FormLex(lex.find(phrase));
        e = it->second;
      }
    }
    if (found) {
      out.push_back(best);
      i = best.last + 1;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace aa::ner
