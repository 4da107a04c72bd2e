// Clubs named after their city (ليون, بورتو, هامبورغ): in a sports report, a place the tagger
// found is the club when every word of it names a club (ner_name_lists.tsv, from ArWikiCats'
// clubs) and sports words surround it. The tagger cannot learn this itself: the annotated
// news has too few sports reports for the context to outweigh what a city name looks like.
#include "entities/internal.h"

namespace aa::ner {

std::vector<Candidate> clubs_in_sports_reports(std::vector<Candidate> mentions,
                                               const std::vector<TokenInfo>& toks,
                                               const LayerTags& layers) {
  for (Candidate& c : mentions) {
    if (c.type != EntityType::LOC || !layers.in_sports_report(c.first)) continue;
    // "في ليون" is where something happened: the city.
    if (c.first > 0 && toks[c.first - 1].word == u"في") continue;
    bool club = true;
    for (uint32_t k = c.first; k <= c.last && club; ++k) club = toks[k].name_lists & kListClub;
    if (club) c.type = EntityType::ORG;
  }
  return mentions;
}

}  // namespace aa::ner
