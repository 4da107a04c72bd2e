// Layer 1: gazetteer phrases matched on search-normalized tokens, clitics stripped from the
// first word (وبدمشق -> دمشق, للأمم المتحدة -> لأمم المتحدة: the ل of لل is the article's).
#include "entities_internal.h"

namespace aa::ner {
namespace {

struct FirstWord {
  uint64_t hash;
  uint16_t skip;
};

// The ways the first word of a phrase can appear in a token, unsplit first.
int first_word_forms(const TokenInfo& t, FirstWord* out) {
  int n = 0;
  out[n++] = {t.h_word, 0};
  if (t.article && t.article_skip > 0) out[n++] = {t.h_article_stem, t.article_skip};
  if (!t.bare.empty()) out[n++] = {t.h_bare, uint16_t(t.word.size() - t.bare.size())};
  if (!t.bare2.empty()) out[n++] = {t.h_bare2, uint16_t(t.word.size() - t.bare2.size())};
  return n;
}

}  // namespace

std::vector<Candidate> match_gazetteer(const std::vector<TokenInfo>& toks, const Lexicon& lex) {
  std::vector<Candidate> out;
  const size_t n = toks.size();
  for (size_t i = 0; i < n;) {
    const TokenInfo& t = toks[i];
    if (t.number || t.stop) {
      ++i;
      continue;
    }
    FirstWord forms[4];
    int nforms = first_word_forms(t, forms);
    Candidate best;
    bool found = false;
    for (int f = 0; f < nforms; ++f) {
      uint64_t h = forms[f].hash;
      for (size_t j = i; j < n && j - i < lex.max_phrase_words;) {
        PhraseInfo info;
        if (lex.phrase(h, info) && (!found || j > best.last)) {
          best = {uint32_t(i), uint32_t(j), forms[f].skip, info.type, Source::gazetteer,
                  j > i ? 0.95f : 0.9f, !info.weak};
          found = true;
        }
        if (j + 1 >= n || !lex.phrase_prefixes.count(h) || toks[j + 1].sentence != t.sentence) break;
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
