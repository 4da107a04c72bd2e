// Layer 2: context rules of Arabic news prose.
//   title/role (+ modifiers) + name        الوزير ريكس تيلرسون, نظيره الروسي، سيرجي لافروف
//   given name + name                      بشار الأسد
//   place trigger + name (+ و name ...)    بلدة خان شيخون, بلدتي الفوعة وكفريا, ريف حلب
//   organization head + how far it goes    وزارة الخارجية الأميركية, المرصد السوري لحقوق الإنسان
//   organization trigger + name            تنظيم داعش -> داعش
#include <algorithm>

#include "entities/internal.h"

namespace aa::ner {
namespace {

// A word written with the article and nothing before it (الأميركية, not والأميركية).
bool al_word(const TokenInfo& t) { return t.article && t.article_skip == 0; }

// Third-person imperfective verbs start with ي (يندد, يستقبل); few names outside the given
// name list do, so such a word ends a name.
bool verb_like(const TokenInfo& t) { return t.word[0] == u'ي' && !t.given; }

// Plural and dual triggers take coordinated names (بلدتي الفوعة وكفريا): sound plurals and
// duals by their ending, broken plurals (قري, مدن) from ner_plural_place_triggers_ar.txt.
bool plural_trigger(const TokenInfo& t) {
  std::u16string_view w = t.bare.empty() ? t.word : t.bare;
  return ends_with(w, u"ات") || ends_with(w, u"تي") || ends_with(w, u"يي") || t.plural_place;
}

// A word carrying the conjunction و before a name (وكفريا, والزبداني): units to skip.
uint16_t conjunction_skip(const TokenInfo& t) {
  if (t.word.size() < 4 || t.word[0] != u'و') return 0;
  if (t.article) return t.article_skip == 1 ? 1 : 0;  // والزبداني, not وبالزبداني
  return 1;                                           // وكفريا
}

// Adjectives that can stand between a title and the name: relational (nisba) adjectives
// (الأميركية, الروسي, الخارجية) and those of ner_title_modifiers_ar.txt (العام of الأمين العام).
bool title_modifier(const TokenInfo& t) {
  if (!al_word(t)) return false;
  if (t.title_modifier) return true;
  return !t.stop && (ends_with(t.word, u"ي") || ends_with(t.word, u"يه"));
}

class RuleRunner {
 public:
  RuleRunner(const std::vector<TokenInfo>& toks, const std::vector<Candidate>& gazetteer)
      : toks_(toks), gaz_at_(toks.size(), -1) {
    for (size_t k = 0; k < gazetteer.size(); ++k) gaz_at_[gazetteer[k].first] = int(k);
    gaz_ = &gazetteer;
  }

  std::vector<Candidate> run() {
    const size_t n = toks_.size();
    for (size_t i = 0; i < n; ++i) {
      const TokenInfo& t = toks_[i];
      if (t.stop || !t.arabic) continue;
      if (t.org_head) org_head(i);
      if (t.org_trigger) org_trigger(i);
      if (t.place_trigger) place_trigger(i);
      if (t.title) title(i);
      if (t.given) given_name(i);
    }
    return std::move(out_);
  }

 private:
  bool same_sentence(size_t a, size_t b) const { return toks_[a].sentence == toks_[b].sentence; }
  const Candidate* gazetteer_at(size_t j) const {
    return gaz_at_[j] >= 0 ? &(*gaz_)[size_t(gaz_at_[j])] : nullptr;
  }
  bool in_range(size_t i, size_t j) const { return j < toks_.size() && same_sentence(i, j); }

  // Extends a personal name starting at token j by up to three words (بشار الأسد; past the
  // second word only through a name connector: محمد بن سلمان); returns its last token.
  size_t person_name_end(size_t j) const {
    size_t last = j;
    for (size_t k = j + 1; in_range(j, k) && k <= j + 3; ++k) {
      const TokenInfo& t = toks_[k];
      if (t.break_before || !(name_word(t) || t.name_connector) || verb_like(t)) break;
      if (gazetteer_at(k)) break;
      bool joined = toks_[k - 1].name_connector || (k > j + 1 && toks_[k - 2].name_connector);
      if (k >= j + 2 && !joined && !t.name_connector) break;
      if (al_word(t)) {
        // An article-bearing surname (الأسد) ends a name that began with a given name.
        if (!(toks_[j].given || joined)) break;
        last = k;
        break;
      }
      last = k;
    }
    if (toks_[last].name_connector && last > j) --last;
    return last;
  }

  void title(size_t i) {
    size_t j = i + 1;
    // An indefinite title is in construct state: its next word is its complement (وزير
    // خارجية ..., رئيس وزراء ...), never the name. نظيره carries a pronoun and is definite:
    // morphology, the stem under any pronoun suffix (its forms are in ner_titles_ar.txt).
    const TokenInfo& cue = toks_[i];
    std::u16string_view cue_word = cue.word;
    bool construct = !cue.article && cue_word.substr(0, 4) != u"نظير" &&
                     cue_word.substr(1, 4) != u"نظير" && cue_word.size() > 1;
    if (construct && in_range(i, j) && !toks_[j].given && !toks_[j].break_before) ++j;
    while (in_range(i, j) && j <= i + 6) {
      const TokenInfo& t = toks_[j];
      if (const Candidate* g = gazetteer_at(j); g && g->type != EntityType::PER) {
        j = g->last + 1;  // وزير خارجية روسيا, المندوبة لدى الأمم المتحدة
        continue;
      }
      // المتحدث باسم الجيش: a link word (ner_title_links_ar.txt) before a listed name.
      if (t.title_link && in_range(i, j + 1) && gazetteer_at(j + 1)) {
        ++j;
        continue;
      }
      if (t.title || title_modifier(t)) {
        ++j;
        continue;
      }
      break;
    }
    if (!in_range(i, j)) return;
    const TokenInfo& first = toks_[j];
    if (!name_word(first) || al_word(first) || verb_like(first) || gazetteer_at(j)) return;
    if (first.word[0] == u'و' && !first.given) return;  // وأكد
    size_t last = person_name_end(j);
    bool given = first.given;
    add({uint32_t(j), uint32_t(last), 0, EntityType::PER, Source::rule, given ? 0.85f : 0.75f});
  }

  void given_name(size_t i) {
    size_t j = i + 1;
    if (!in_range(i, j) || toks_[j].break_before || !name_word(toks_[j]) || verb_like(toks_[j]) ||
        gazetteer_at(j))
      return;
    const TokenInfo& t = toks_[i];
    // ومحمد, فمحمد; a preposition before a bare name is rare, and لدينا is not ل + دينا.
    if (t.article || (t.given_skip && t.word[0] != u'و' && t.word[0] != u'ف')) return;
    size_t last = person_name_end(i);
    if (last == i) return;
    add({uint32_t(i), uint32_t(last), t.given_skip, EntityType::PER, Source::rule, 0.65f});
  }

  void place_trigger(size_t i) {
    size_t j = i + 1;
    if (!in_range(i, j)) return;
    bool plural = plural_trigger(toks_[i]);
    std::u16string_view w = toks_[i].word;
    int conjuncts = ends_with(w, u"تي") || ends_with(w, u"يي") ? 1 : 8;  // a dual names two
    strong_ = toks_[i].strong_place_trigger;
    size_t last = place_name(j);
    if (last == SIZE_MAX) return;
    while (plural && conjuncts-- > 0 && in_range(i, last + 1)) {
      size_t k = last + 1;
      uint16_t skip = conjunction_skip(toks_[k]);
      if (!skip || toks_[k].break_before) break;
      size_t end = place_name(k, skip);
      if (end == SIZE_MAX) break;
      last = end;
    }
  }

  // A place name at token j (after `skip` units of clitic); returns its last token or SIZE_MAX.
  size_t place_name(size_t j, uint16_t skip = 0) {
    if (const Candidate* g = gazetteer_at(j)) {
      if (g->type != EntityType::LOC) return SIZE_MAX;
      // An ambiguous listed place (دوما is also "always") is certain after its trigger.
      if (!g->strong) add_place(j, g->last, skip);
      return g->last;
    }
    const TokenInfo& t = toks_[j];
    if (!name_word(t) || verb_like(t)) return SIZE_MAX;
    // منطقة تسيطر عليها ...: a word followed by a resumptive pronoun starts a relative clause.
    if (in_range(j, j + 1) && toks_[j + 1].resumptive) return SIZE_MAX;
    size_t last = j;
    // Two-word places: a compound head and its name word (خان شيخون, دير الزور), or a name and
    // a feminine adjective that belongs to it (الغوطة الشرقية).
    if (in_range(j, j + 1) && !toks_[j + 1].break_before) {
      const TokenInfo& next = toks_[j + 1];
      if ((t.compound_place_head && name_word(next)) || next.place_adjective) last = j + 1;
    }
    // An indefinite feminine relational adjective (منطقة شعبية) is a description, not a name.
    if (!t.article && ends_with(t.word, u"يه")) return SIZE_MAX;
    add_place(j, last, skip);
    return last;
  }

  void add_place(size_t first, size_t last, uint16_t skip) {
    Candidate c{uint32_t(first), uint32_t(last), skip,
                EntityType::LOC, Source::rule,   strong_ ? 0.8f : 0.7f};
    c.strong = strong_;
    add(c);
  }

  void org_head(size_t i) {
    // A listed name that starts with the head (حزب الله) is complete: what follows it is a
    // modifier (حزب الله اللبناني).
    if (const Candidate* g = gazetteer_at(i); g && g->type == EntityType::ORG) return;
    const TokenInfo& head = toks_[i];
    bool definite = head.article;
    size_t last = i;
    size_t k = i + 1;
    while (in_range(i, k) && k <= i + 6) {
      const TokenInfo& t = toks_[k];
      if (t.break_before || t.stop || t.number || !t.arabic || t.word.size() < 3) break;
      if (const Candidate* g = gazetteer_at(k); g && g->type != EntityType::PER && g->skip == 0) {
        last = g->last;
        k = g->last + 1;
        continue;
      }
      if (al_word(t)) {
        last = k++;
        continue;
      }
      if (k == i + 1 && !definite && !verb_like(t)) {  // منظمة حظر, هيئة تحرير
        last = k++;
        continue;
      }
      // لحقوق الإنسان, للطاقة الذرية: a ل-phrase completing the name.
      bool lam = t.word[0] == u'ل' && (!t.bare.empty() || t.article);
      if (lam && in_range(i, k + 1) && !toks_[k + 1].break_before &&
          (t.article || al_word(toks_[k + 1]))) {
        last = k++;
        continue;
      }
      break;
    }
    if (last == i) return;
    // هيئة تحقيق alone is a description; a name has a definite or listed part.
    bool definite_part = definite;
    for (size_t k = i + 1; k <= last; ++k)
      definite_part = definite_part || toks_[k].article || gazetteer_at(k);
    if (!definite_part) return;
    add({uint32_t(i), uint32_t(last), head.head_skip, EntityType::ORG, Source::rule, 0.8f});
  }

  void org_trigger(size_t i) {
    size_t j = i + 1;
    if (!in_range(i, j) || gazetteer_at(j)) return;
    const TokenInfo& t = toks_[j];
    if (!name_word(t) || al_word(t) || verb_like(t)) return;
    add({uint32_t(j), uint32_t(j), 0, EntityType::ORG, Source::rule, 0.6f});
  }

  void add(const Candidate& c) { out_.push_back(c); }

  const std::vector<TokenInfo>& toks_;
  std::vector<int> gaz_at_;
  const std::vector<Candidate>* gaz_ = nullptr;
  std::vector<Candidate> out_;
  bool strong_ = false;  // the place trigger being expanded is a strong one
};

}  // namespace

std::vector<Candidate> apply_rules(const std::vector<TokenInfo>& toks, const Lexicon&,
                                   const std::vector<Candidate>& gazetteer) {
  return RuleRunner(toks, gazetteer).run();
}

}  // namespace aa::ner
