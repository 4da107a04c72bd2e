// Names written in Latin letters inside Arabic text (BBC, Google, Toyota Motor): the annotated
// news has a few dozen such tokens, too few for the tagger, so a run of Capitalized or
// ACRONYM words set in Arabic text is an organization unless the tagger says otherwise
// (brands, media and companies are what Arabic news writes in Latin letters).
#include "entities/internal.h"

namespace aa::ner {

namespace {

constexpr size_t kMaxRun = 4;  // longer runs are English text, not a name in Arabic text
constexpr float kConfidence = 0.6f;

// Capitalized, an ACRONYM, or mixed case inside a longer word (iPhone, eBay); a lone letter
// is an initial or a list item, not a name.
bool name_shaped(const TokenInfo& t) {
  return t.latin == LatinShape::capitalized || t.latin == LatinShape::acronym ||
         (t.latin == LatinShape::other && t.word.size() >= 3);
}

}  // namespace

std::vector<Candidate> latin_names(const std::vector<TokenInfo>& toks,
                                   const std::vector<Candidate>& found) {
  std::vector<bool> taken(toks.size(), false);
  for (const Candidate& c : found)
    for (uint32_t k = c.first; k <= c.last; ++k) taken[k] = true;
  std::vector<Candidate> out;
  for (size_t i = 0; i < toks.size();) {
    if (!name_shaped(toks[i]) || taken[i]) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < toks.size() && name_shaped(toks[j + 1]) && !taken[j + 1] &&
           !toks[j + 1].break_before)
      ++j;
    // Set in Arabic text: an Arabic word right before or after, and no Latin word touching it.
    const bool arabic_before = i > 0 && toks[i - 1].arabic;
    const bool arabic_after = j + 1 < toks.size() && toks[j + 1].arabic;
    const bool latin_before = i > 0 && toks[i - 1].latin != LatinShape::none;
    const bool latin_after = j + 1 < toks.size() && toks[j + 1].latin != LatinShape::none;
    if (j - i + 1 <= kMaxRun && (arabic_before || arabic_after) && !latin_before && !latin_after)
      out.push_back({uint32_t(i), uint32_t(j), 0, EntityType::ORG, Source::rule, kConfidence});
    i = j + 1;
  }
  return out;
}

}  // namespace aa::ner
