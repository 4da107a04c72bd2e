// Mention linking: mentions of one referent share a group. Keys are variant_key() of the
// article-free words, so هيلي/هايلي and سوريا/سورية meet; a surname alone (هيلي, الأسد after
// بشار الأسد) joins the full name's group, and a name found once by context (مدينة دوما) is
// also found where it appears without that context.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "arabic_analyzer/clitics.h"
#include "entities/internal.h"

namespace aa::ner {
namespace {

constexpr size_t kMinKeyLetters = 2;
constexpr size_t kMaxLinkWords = 4;

// Persons are keyed by variant_key (transliterations vary: هيلي/هايلي); places and
// organizations by their exact article-free stem, since variant keys would join a country
// with its adjective (روسيا/الروسية); their article stays (سورية is not السورية).
uint64_t word_key(std::u16string_view word, EntityType type, bool loose = false) {
  // An article-bearing surname (الأسد) is matched as written: variant keys of ال-words join
  // too many common adjectives (الشيعي/الشيعة).
  bool exact = (type != EntityType::PER && !loose) || (type == EntityType::PER && word.substr(0, 2) == u"ال");
  if (exact) return word.size() < kMinKeyLetters ? 0 : hash_u16(word);
  std::u16string k = variant_key(light_stem(word));
  return k.size() < kMinKeyLetters ? 0 : hash_u16(k);
}

struct Referent {
  EntityType type;
  int32_t group;
  uint8_t words;
  float confidence;
};

}  // namespace

std::vector<Candidate> link_mentions(const std::vector<TokenInfo>& toks, std::vector<Candidate> cands,
                                     std::vector<int32_t>& groups) {
  const size_t n = toks.size();
  auto first_form = [&](const Candidate& c) { return first_word_form(toks[c.first], c.skip); };
  // `loose`: variant keys for every type, to group mentions already found (سوريا, سورية).
  auto phrase_key = [&](const Candidate& c, bool loose) {
    uint64_t h = 0x51ed27;
    for (uint32_t k = c.first; k <= c.last; ++k) {
      uint64_t w = word_key(k == c.first ? first_form(c) : toks[k].word, c.type, loose);
      if (!w) return uint64_t(0);
      h = (h ^ w) * 1099511628211ull + uint64_t(c.type);
    }
    return h;
  };

  // Groups: identical keys first, then surnames of multi-word persons.
  std::vector<int32_t> group(cands.size(), -1);
  std::unordered_map<uint64_t, int32_t> by_phrase;
  std::unordered_map<uint64_t, int32_t> by_surname;  // -2: two different people share it
  int32_t next = 0;
  std::unordered_map<uint64_t, Referent> referents;
  std::unordered_set<uint64_t> first_keys[3];  // first-word keys of the referents, per type
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < cands.size(); ++k) {
      const Candidate& c = cands[k];
      bool single_person = c.type == EntityType::PER && c.first == c.last;
      if ((pass == 0) == single_person) continue;
      uint64_t key = phrase_key(c, true);
      if (single_person) {
        auto s = by_surname.find(word_key(first_form(c), EntityType::PER));
        if (s != by_surname.end() && s->second >= 0) group[k] = s->second;
      }
      if (group[k] < 0 && key) {
        auto it = by_phrase.find(key);
        if (it != by_phrase.end()) group[k] = it->second;
      }
      if (group[k] < 0) group[k] = next++;
      if (key) by_phrase.emplace(key, group[k]);
      // Only confident mentions are looked for elsewhere: a stray one-word model guess would
      // otherwise spread to every occurrence of a common word.
      bool trusted = c.source != Source::model || (c.last > c.first && c.confidence >= 0.8f);
      if (!trusted) continue;
      if (uint64_t exact = phrase_key(c, false)) {
        referents.emplace(exact, Referent{c.type, group[k], uint8_t(c.last - c.first + 1), c.confidence});
        first_keys[int(c.type)].insert(word_key(first_form(c), c.type));
      }
      // A surname is looked for alone only if it looks like a name: rare in the corpora (no
      // cluster) or mostly seen inside names there; a model name that ran into a common word
      // (مها أحمد برنامجا) must not make every برنامج a person.
      const TokenInfo& last = toks[c.last];
      bool name_like = last.cluster < 0 || (last.name_types & (kNamePer | kNameLoc | kNameOrg));
      if (c.type == EntityType::PER && c.last > c.first && name_like) {
        uint64_t sk = word_key(toks[c.last].word, EntityType::PER);
        if (sk && toks[c.last].word.size() >= 3) {
          auto [it, inserted] = by_surname.emplace(sk, group[k]);
          if (!inserted && it->second != group[k]) it->second = -2;
        }
      }
    }
  }
  for (const auto& [sk, g] : by_surname) {
    if (g < 0) continue;
    // A surname alone is a one-word person mention of that group.
    uint64_t h = (0x51ed27 ^ sk) * 1099511628211ull + uint64_t(EntityType::PER);
    referents.emplace(h, Referent{EntityType::PER, g, 1, 0.7f});
    first_keys[int(EntityType::PER)].insert(sk);
  }

  // Find further mentions in the words no mention covers.
  std::vector<bool> covered(n, false);
  for (const Candidate& c : cands)
    for (uint32_t k = c.first; k <= c.last; ++k) covered[k] = true;
  std::vector<Candidate> linked;
  std::vector<int32_t> linked_group;
  if (!referents.empty()) {
    for (size_t i = 0; i < n;) {
      const TokenInfo& t = toks[i];
      if (covered[i] || t.stop || !t.arabic || t.stem.size() < 3) {
        ++i;
        continue;
      }
      // The clitic analyses of the first word: the article is certain, a bare proclitic not.
      uint16_t skips[3] = {0, 0, 0};
      int nskips = 0;
      if (t.article) {
        skips[nskips++] = t.article_skip;
      } else {
        skips[nskips++] = 0;
        if (!t.bare.empty()) skips[nskips++] = uint16_t(t.word.size() - t.bare.size());
        if (!t.bare2.empty()) skips[nskips++] = uint16_t(t.word.size() - t.bare2.size());
      }
      bool found = false;
      for (int s = 0; s < nskips && !found; ++s) {
        for (int type = 0; type < 3 && !found; ++type) {
          if (first_keys[type].empty()) continue;
          EntityType ty = EntityType(type);
          uint64_t w0 = ty == EntityType::PER ? word_key(first_word_form(t, skips[s]), ty)
                                              : first_word_hash(t, skips[s]);
          if (!w0 || !first_keys[type].count(w0)) continue;
          // Longest phrase first, over uncovered words of the same sentence.
          uint64_t keys[kMaxLinkWords];
          size_t len = 0;
          for (size_t j = i; j < n && len < kMaxLinkWords && !covered[j] && toks[j].sentence == t.sentence;
               ++j) {
            if (j > i && toks[j].break_before) break;
            uint64_t w = j == i ? w0 : word_key(toks[j].word, ty);
            if (!w) break;
            keys[len++] = w;
          }
          for (size_t l = len; l >= 1 && !found; --l) {
            uint64_t h = 0x51ed27;
            for (size_t q = 0; q < l; ++q) h = (h ^ keys[q]) * 1099511628211ull + uint64_t(type);
            auto it = referents.find(h);
            if (it == referents.end() || it->second.words != l) continue;
            Candidate c{uint32_t(i), uint32_t(i + l - 1), skips[s], it->second.type, Source::link,
                        std::min(0.8f, it->second.confidence)};
            linked.push_back(c);
            linked_group.push_back(it->second.group);
            i += l;
            found = true;
          }
        }
      }
      if (!found) ++i;
    }
  }

  // Merge, sort by position and number groups by first appearance.
  std::vector<std::pair<Candidate, int32_t>> all;
  for (size_t k = 0; k < cands.size(); ++k) all.push_back({cands[k], group[k]});
  for (size_t k = 0; k < linked.size(); ++k) all.push_back({linked[k], linked_group[k]});
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first.first < b.first.first; });
  std::unordered_map<int32_t, int32_t> renumber;
  std::vector<Candidate> out;
  groups.clear();
  for (auto& [c, g] : all) {
    auto it = renumber.emplace(g, int32_t(renumber.size())).first;
    out.push_back(c);
    groups.push_back(it->second);
  }
  return out;
}

}  // namespace aa::ner
