// Layer 1: gazetteer phrases matched on search-normalized tokens, clitics stripped from the
// first word (وبدمشق -> دمشق, للأمم المتحدة -> لأمم المتحدة: the ل of لل is the article's).
#include "entities/internal.h"

namespace aa::ner {

std::vector<Candidate> match_gazetteer(const std::vector<TokenInfo>& toks, const Lexicon& lex) {
  std::vector<Candidate> out;
  const size_t n = toks.size();
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
      uint64_t h = forms[f].hash;
      for (size_t j = i; j < n && j - i < lex.max_phrase_words;) {
        PhraseInfo info;
        if (lex.phrase(h, info) && (!found || j > best.last)) {
          best = {uint32_t(i),       uint32_t(j),          forms[f].skip, info.type,
                  Source::gazetteer, j > i ? 0.95f : 0.9f, !info.weak};
          found = true;
        }
        if (j + 1 >= n || !lex.phrase_prefixes.count(h) || toks[j + 1].sentence != t.sentence)
          break;
        ++j;
        h = hash_join(h, toks[j].word);
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
