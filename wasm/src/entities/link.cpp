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
  bool exact = (type != EntityType::PER && !loose) ||
               (type == EntityType::PER && word.substr(0, 2) == u"ال");
  if (exact) return word.size() < kMinKeyLetters ? 0 : hash_u16(word);
  std::u16string k = variant_key(light_stem(word));
  return k.size() < kMinKeyLetters ? 0 : hash_u16(k);
}

// A mention found by the earlier layers, as what a later one must match to join its group.
struct Referent {
  EntityType type;
  int32_t group;
  uint8_t words;
  float confidence;
};

// A mention and its group.
using Grouped = std::pair<Candidate, int32_t>;

class Linker {
 public:
  explicit Linker(const std::vector<TokenInfo>& toks) : toks_(toks) {}

  // Groups: mentions with identical (loose) keys share one; a one-word person joins the
  // multi-word person whose surname it is. Multi-word and non-person mentions go first, so
  // every surname is known when the one-word persons come.
  std::vector<int32_t> assign_groups(const std::vector<Candidate>& cands) {
    std::vector<int32_t> group(cands.size(), -1);
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t k = 0; k < cands.size(); ++k) {
        const Candidate& c = cands[k];
        if ((pass == 0) == single_person(c)) continue;
        group[k] = group_of(c);
        remember(c, group[k]);
      }
    }
    add_surname_referents();
    return group;
  }

  // Further mentions of the referents in the words no mention covers, with their groups.
  std::vector<Grouped> find_more(const std::vector<Candidate>& cands) {
    std::vector<Grouped> linked;
    if (referents_.empty()) return linked;
    std::vector<bool> covered(toks_.size(), false);
    for (const Candidate& c : cands)
      for (uint32_t k = c.first; k <= c.last; ++k) covered[k] = true;
    for (size_t i = 0; i < toks_.size();) {
      const TokenInfo& t = toks_[i];
      size_t words =
          covered[i] || t.stop || !t.arabic || t.stem.size() < 3 ? 0 : link_at(i, covered, linked);
      i += words ? words : 1;
    }
    return linked;
  }

 private:
  static bool single_person(const Candidate& c) {
    return c.type == EntityType::PER && c.first == c.last;
  }

  std::u16string first_form(const Candidate& c) const {
    return first_word_form(toks_[c.first], c.skip);
  }

  // `loose`: variant keys for every type, to group mentions already found (سوريا, سورية).
  uint64_t phrase_key(const Candidate& c, bool loose) const {
    uint64_t h = kPhraseSeed;
    for (uint32_t k = c.first; k <= c.last; ++k) {
      uint64_t w = word_key(k == c.first ? first_form(c) : toks_[k].word, c.type, loose);
      if (!w) return 0;
      h = add_to_phrase(h, w, c.type);
    }
    return h;
  }
  static uint64_t add_to_phrase(uint64_t h, uint64_t word, EntityType type) {
    return (h ^ word) * Fnv<uint64_t>::prime + uint64_t(type);
  }

  // The group of a surname alone, of the same phrase seen before, or a new one.
  int32_t group_of(const Candidate& c) {
    int32_t g = -1;
    uint64_t key = phrase_key(c, true);
    if (single_person(c)) {
      auto s = by_surname_.find(word_key(first_form(c), EntityType::PER));
      if (s != by_surname_.end() && s->second >= 0) g = s->second;
    }
    if (g < 0 && key) {
      auto it = by_phrase_.find(key);
      if (it != by_phrase_.end()) g = it->second;
    }
    if (g < 0) g = next_group_++;
    if (key) by_phrase_.emplace(key, g);
    return g;
  }

  // Only confident mentions are looked for elsewhere: a stray one-word model guess would
  // otherwise spread to every occurrence of a common word.
  void remember(const Candidate& c, int32_t g) {
    // A one-word rule mention is a guess from its cue (منطقة الحدود): only a name-like word
    // is looked for without the cue.
    bool trusted = c.source == Source::model
                       ? c.last > c.first && c.confidence >= kTrustedModelConfidence
                       : c.source != Source::rule || c.last > c.first || name_like(toks_[c.first]);
    if (!trusted) return;
    if (uint64_t exact = phrase_key(c, false)) {
      referents_.emplace(exact, Referent{c.type, g, uint8_t(c.last - c.first + 1), c.confidence});
      first_keys_[int(c.type)].insert(word_key(first_form(c), c.type));
    }
    note_surname(c, g);
  }

  // Rare in the corpora (no cluster) or mostly seen inside names there.
  static bool name_like(const TokenInfo& t) {
    return t.cluster < 0 || (t.name_types & (kNamePer | kNameLoc | kNameOrg));
  }

  // A surname is looked for alone only if it looks like a name (name_like): a model name that
  // ran into a common word (مها أحمد برنامجا) must not make every برنامج a person. Two people
  // sharing a surname make it ambiguous (-2).
  void note_surname(const Candidate& c, int32_t g) {
    const TokenInfo& last = toks_[c.last];
    if (c.type != EntityType::PER || c.last == c.first || !name_like(last)) return;
    uint64_t sk = word_key(last.word, EntityType::PER);
    if (!sk || last.word.size() < 3) return;
    auto [it, inserted] = by_surname_.emplace(sk, g);
    if (!inserted && it->second != g) it->second = -2;
  }

  // A surname alone is a one-word person mention of its group.
  void add_surname_referents() {
    for (const auto& [sk, g] : by_surname_) {
      if (g < 0) continue;
      referents_.emplace(add_to_phrase(kPhraseSeed, sk, EntityType::PER),
                         Referent{EntityType::PER, g, 1, 0.7f});
      first_keys_[int(EntityType::PER)].insert(sk);
    }
  }

  // The clitic analyses of a first word, as units to skip: the article is certain, a bare
  // proclitic not (the word itself is tried first).
  static int clitic_skips(const TokenInfo& t, uint16_t skips[3]) {
    if (t.article) {
      skips[0] = t.article_skip;
      return 1;
    }
    int n = 0;
    skips[n++] = 0;
    if (!t.bare.empty()) skips[n++] = uint16_t(t.word.size() - t.bare.size());
    if (!t.bare2.empty()) skips[n++] = uint16_t(t.word.size() - t.bare2.size());
    return n;
  }

  // A referent starting at token i, under any clitic analysis and type; returns its words.
  size_t link_at(size_t i, const std::vector<bool>& covered, std::vector<Grouped>& linked) const {
    uint16_t skips[3];
    const int nskips = clitic_skips(toks_[i], skips);
    for (int s = 0; s < nskips; ++s) {
      for (int type = 0; type < 3; ++type) {
        if (size_t words = link_phrase(i, skips[s], EntityType(type), covered, linked))
          return words;
      }
    }
    return 0;
  }

  // The longest referent of type `ty` over uncovered words of one sentence from token i, its
  // first word read after `skip` units of clitic; returns its words (0: none).
  size_t link_phrase(size_t i, uint16_t skip, EntityType ty, const std::vector<bool>& covered,
                     std::vector<Grouped>& linked) const {
    const std::unordered_set<uint64_t>& firsts = first_keys_[int(ty)];
    if (firsts.empty()) return 0;
    const TokenInfo& t = toks_[i];
    uint64_t w0 =
        ty == EntityType::PER ? word_key(first_word_form(t, skip), ty) : first_word_hash(t, skip);
    if (!w0 || !firsts.count(w0)) return 0;
    uint64_t keys[kMaxLinkWords];
    size_t len = 0;
    for (size_t j = i;
         j < toks_.size() && len < kMaxLinkWords && !covered[j] && toks_[j].sentence == t.sentence;
         ++j) {
      if (j > i && toks_[j].break_before) break;
      uint64_t w = j == i ? w0 : word_key(toks_[j].word, ty);
      if (!w) break;
      keys[len++] = w;
    }
    for (size_t l = len; l >= 1; --l) {
      uint64_t h = kPhraseSeed;
      for (size_t q = 0; q < l; ++q) h = add_to_phrase(h, keys[q], ty);
      auto it = referents_.find(h);
      if (it == referents_.end() || it->second.words != l) continue;
      // Persons meet by variant keys, which join a surname with common words spelled alike
      // (كوريا/كرة): a surname alone must itself look like a name.
      if (ty == EntityType::PER && l == 1 && !name_like(t)) continue;
      Candidate c{uint32_t(i),     uint32_t(i + l - 1), skip,
                  it->second.type, Source::link,        std::min(0.8f, it->second.confidence)};
      linked.push_back({c, it->second.group});
      return l;
    }
    return 0;
  }

  static constexpr uint64_t kPhraseSeed = 0x51ed27;

  const std::vector<TokenInfo>& toks_;
  int32_t next_group_ = 0;
  std::unordered_map<uint64_t, int32_t> by_phrase_;   // loose phrase key -> group
  std::unordered_map<uint64_t, int32_t> by_surname_;  // -2: two different people share it
  std::unordered_map<uint64_t, Referent> referents_;  // exact phrase key -> referent
  std::unordered_set<uint64_t> first_keys_[3];        // first-word keys of the referents, per type
};

// All mentions sorted by position, groups numbered by first appearance.
std::vector<Candidate> merge(std::vector<Grouped> all, std::vector<int32_t>& groups) {
  std::sort(all.begin(), all.end(),
            [](const Grouped& a, const Grouped& b) { return a.first.first < b.first.first; });
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

}  // namespace

std::vector<Candidate> link_mentions(const std::vector<TokenInfo>& toks,
                                     std::vector<Candidate> cands, std::vector<int32_t>& groups) {
  Linker linker(toks);
  std::vector<int32_t> group = linker.assign_groups(cands);
  std::vector<Grouped> linked = linker.find_more(cands);
  std::vector<Grouped> all;
  all.reserve(cands.size() + linked.size());
  for (size_t k = 0; k < cands.size(); ++k) all.push_back({cands[k], group[k]});
  all.insert(all.end(), linked.begin(), linked.end());
  return merge(std::move(all), groups);
}

}  // namespace aa::ner
