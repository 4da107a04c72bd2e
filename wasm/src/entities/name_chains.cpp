// Person names (and compound places) the tagger cuts in two. ANERcorp's convention keeps a ruler's
// ordinal (محمد السادس, بنديكت السادس عشر) and a whole بن/بنت/آل chain (محمد بن راشد آل مكتوم) in
// one name; the annotated news has too few of either for the tagger to learn where they end.
#include <algorithm>

#include "entities/internal.h"

namespace aa::ner {

namespace {

// The token after `k` continues the name without punctuation between them.
bool joined(const std::vector<TokenInfo>& toks, size_t k) {
  return k + 1 < toks.size() && !toks[k + 1].break_before;
}

// A word starting with the conjunction و (وعباس) begins another person; a name that itself
// starts with و (وليد, listed as written) does not.
bool coordinated(const TokenInfo& t) {
  return !t.word.empty() && t.word[0] == u'و' && !(t.given && t.given_skip == 0);
}

// A person name the tagger ran on into the next word (مها أحمد | برنامجا): an indefinite
// accusative (its tanween written as a final alef) that the corpora know (it has a cluster)
// but never inside names, that no name list knows and that is not a given name, is not part of
// it.
uint32_t trim_common_tail(const std::vector<TokenInfo>& toks, const Candidate& c) {
  uint32_t last = c.last;
  while (last > c.first) {
    const TokenInfo& t = toks[last];
    const bool accusative = !t.article && t.word.size() >= 4 && t.word.back() == u'ا';
    const bool common = accusative && t.cluster >= 0 && !t.name_types && !t.name_lists &&
                        !t.given && !t.name_connector;
    if (!common) break;
    --last;
  }
  return last;
}

// A nationality or origin adjective before a person (الفرنسي جان لوك ماريون, العاجي ايمانويل
// ايبوي) describes the person and is outside the name: in ANERcorp's train split a definite
// relational adjective (ال...ي) starts a person name once and stands right before one 273 times.
void trim_leading_adjective(const std::vector<TokenInfo>& toks, Candidate& c) {
  while (c.first < c.last) {
    const TokenInfo& t = toks[c.first];
    const bool adjective =
        t.article && t.stem.size() >= 3 && t.stem.back() == u'ي' && !t.given && !t.name_connector;
    if (!adjective) return;
    ++c.first;
    c.skip = 0;
  }
}

// The last token of the name starting its chain at `last`, extended over ordinals and
// connector + name pairs.
uint32_t chain_end(const std::vector<TokenInfo>& toks, uint32_t last) {
  // The tagger sometimes stops on the connector itself (محمد بن راشد آل | مكتوم).
  if (toks[last].name_connector && joined(toks, last) && name_word(toks[last + 1])) ++last;
  for (;;) {
    if (joined(toks, last) && toks[last + 1].ordinal) {
      ++last;
      if (joined(toks, last) && toks[last + 1].ordinal_teen) ++last;
      continue;
    }
    if (joined(toks, last) && toks[last + 1].name_connector && joined(toks, last + 1) &&
        name_word(toks[last + 2])) {
      last += 2;
      // A connector is followed by one name word, or by عبد + its second word.
      if (toks[last].name_connector && joined(toks, last) && name_word(toks[last + 1])) ++last;
      continue;
    }
    return last;
  }
}

}  // namespace

std::vector<Candidate> join_name_chains(std::vector<Candidate> mentions,
                                        const std::vector<TokenInfo>& toks) {
  std::vector<Candidate> out;
  out.reserve(mentions.size());
  for (Candidate& c : mentions) {
    if (c.type == EntityType::PER) trim_leading_adjective(toks, c);
    // A mention the previous person's chain now covers is part of it, and so is a person
    // right after a person with nothing between them (جان لوك | ماريون: the tagger began a
    // second name where the first went on).
    const bool adjacent = !out.empty() && c.type == out.back().type &&
                          c.first == out.back().last + 1 && !toks[c.first].break_before &&
                          !coordinated(toks[c.first]);
    const bool adjacent_person = adjacent && c.type == EntityType::PER;
    // A compound place's head alone (خان | شيخون, دير | الزور) and the place it heads.
    const bool compound_place = adjacent && c.type == EntityType::LOC &&
                                out.back().first == out.back().last &&
                                toks[out.back().first].compound_place_head;
    if (compound_place) {
      out.back().last = c.last;
      out.back().confidence = std::min(out.back().confidence, c.confidence);
      continue;
    }
    if (!out.empty() && (c.first <= out.back().last || adjacent_person)) {
      Candidate& name = out.back();
      if (name.type == EntityType::PER && c.last > name.last) {
        name.last = chain_end(toks, c.last);
        name.confidence = std::min(name.confidence, c.confidence);
      }
      continue;
    }
    if (c.type == EntityType::PER) c.last = chain_end(toks, trim_common_tail(toks, c));
    out.push_back(c);
  }
  return out;
}

}  // namespace aa::ner
