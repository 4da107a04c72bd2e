// Named entities (PER, LOC, ORG): the layers of entities_*.cpp assembled, mentions resolved
// to non-overlapping spans of the original text and linked into groups.
#include "arabic_analyzer/entities.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "arabic_analyzer/embedded_data.h"
#include "entities/internal.h"

namespace aa {
namespace ner {
namespace {

int source_rank(Source s) {
  switch (s) {
    case Source::gazetteer: return 3;
    case Source::rule: return 2;
    case Source::model: return 1;
    case Source::link:
    case Source::number: return 0;  // numbers never compete with names here
  }
  return 0;
}

// A name never starts or ends on a function word, month or day (the model sometimes runs a
// name into الاثنين or starts one on وقالت), and a cue word alone (ريف, الرئيس) is no name.
// `skip` must already be set.
bool plausible(const Candidate& c, const std::vector<TokenInfo>& toks) {
  const TokenInfo& f = toks[c.first];
  if (f.stop || toks[c.last].stop || f.number) return false;
  bool cue = f.title || f.place_trigger || f.org_head || f.org_trigger;
  if (c.first == c.last && cue) return false;
  if (c.first < c.last) return true;
  // Letter runs (لللل, وو) and a bare article (الـ) are noise; two-letter names must be listed.
  std::u16string_view w = f.word.substr(std::min<size_t>(c.skip, f.word.size()));
  if (w.size() < 3 && c.source != Source::gazetteer) return false;
  return std::any_of(w.begin(), w.end(), [&](char16_t u) { return u != w[0]; });
}

// The clitic before a model-tagged first word: the article is certain; a bare و/ب/ل/ف/ك (or
// two of them) is stripped only when the rest is a word the document or the lexicons know on
// their own and the whole word is not (وكفريا when كفريا occurs, وطهران: طهران is listed,
// لمنظمة: منظمة heads organizations; but not وزير -> زير).
uint16_t clitic_skip(const TokenInfo& t, const std::unordered_set<uint64_t>& known) {
  if (t.article) return t.article_skip;
  if (t.lex[kFormWord].listed()) return 0;
  // Listed or seen alone in the document first (وبدمشق: دمشق before بدمشق), then seen in
  // the corpora.
  struct Rest {
    std::u16string_view text;
    uint64_t hash;
    FormLex lex;
  };
  const Rest rests[] = {{t.bare2, t.h_bare2, t.lex[kFormBare2]},
                        {t.bare, t.h_bare, t.lex[kFormBare]}};
  for (const Rest& r : rests)
    if (!r.text.empty() && (known.count(r.hash) || r.lex.listed()))
      return uint16_t(t.word.size() - r.text.size());
  for (const Rest& r : rests)
    if (!r.text.empty() && r.lex.known()) return uint16_t(t.word.size() - r.text.size());
  // A conjunction before an unlisted name (وكفريا): names that begin with و are listed
  // (واشنطن, وليد), and what is left must still look like a word.
  if (t.word.size() >= 5 && t.word[0] == u'و' && t.bare.size() + 1 == t.word.size() &&
      !t.lex[kFormWord].known())
    return 1;
  return 0;
}

std::u16string normalized_of(const Candidate& c, const std::vector<TokenInfo>& toks) {
  std::u16string out = first_word_form(toks[c.first], c.skip);
  for (uint32_t k = c.first + 1; k <= c.last; ++k) {
    out += u' ';
    out += toks[k].word;
  }
  return out;
}

// The model tags clitic-joined coordinations (وبريطانيا وفرنسا) as one name; a listed name
// after its conjunction starts a new one.
std::vector<Candidate> split_at_listed_conjuncts(const std::vector<Candidate>& model,
                                                 const std::vector<Candidate>& gaz, size_t n) {
  std::vector<int32_t> gaz_at(n, -1);
  for (size_t k = 0; k < gaz.size(); ++k) gaz_at[gaz[k].first] = int32_t(k);
  std::vector<Candidate> out;
  for (Candidate c : model) {
    for (uint32_t t = c.first + 1; t <= c.last; ++t) {
      if (gaz_at[t] < 0) continue;
      const Candidate& g = gaz[size_t(gaz_at[t])];
      if (g.skip == 0 || g.type != c.type) continue;
      Candidate head = c;
      head.last = t - 1;
      out.push_back(head);
      c.first = t;
    }
    out.push_back(c);
  }
  return out;
}

// Token -> index in `mentions` of the mention covering it, -1 where none does.
std::vector<int32_t> mention_at(const std::vector<Candidate>& mentions, size_t n) {
  std::vector<int32_t> owner(n, -1);
  for (size_t m = 0; m < mentions.size(); ++m)
    for (uint32_t t = mentions[m].first; t <= mentions[m].last; ++t) owner[t] = int32_t(m);
  return owner;
}

// The mentions still `alive` and the `added` ones, in text order.
std::vector<Candidate> keep_and_add(const std::vector<Candidate>& mentions,
                                    const std::vector<bool>& alive,
                                    const std::vector<Candidate>& added) {
  std::vector<Candidate> out;
  for (size_t m = 0; m < mentions.size(); ++m)
    if (alive[m]) out.push_back(mentions[m]);
  out.insert(out.end(), added.begin(), added.end());
  std::sort(out.begin(), out.end(),
            [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  return out;
}

// Key of tokens first..last: `first_hash` for the first word, then the stems of the others.
uint64_t stem_chain(const std::vector<TokenInfo>& toks, uint64_t first_hash, size_t first,
                    size_t last) {
  uint64_t h = first_hash;
  for (size_t k = first + 1; k <= last; ++k) h = hash_combine(h, toks[k].h_stem);
  return h;
}

// One document names one thing the same way: a multi-word name the model found somewhere
// (خان شيخون) replaces what it made elsewhere of the same words (خان | شيخون, or nothing),
// when those words are not part of a longer mention. Keys are token stems, so clitics and
// the article do not matter (وخان شيخون, الغوطة / غوطة).
std::vector<Candidate> spread_multiword_names(std::vector<Candidate> model,
                                              const std::vector<TokenInfo>& toks) {
  struct Name {
    uint32_t words;
    uint64_t key;
    EntityType type;
    float confidence;
  };
  std::unordered_map<uint64_t, std::vector<Name>> by_first;  // first stem -> names starting so
  for (const Candidate& c : model) {
    if (c.last == c.first || c.last - c.first > 5) continue;
    uint64_t key = stem_chain(toks, toks[c.first].h_stem, c.first, c.last);
    auto& names = by_first[toks[c.first].h_stem];
    bool seen = false;
    for (Name& n : names)
      if (n.key == key) seen = true, n.confidence = std::max(n.confidence, c.confidence);
    if (!seen) names.push_back({c.last - c.first + 1, key, c.type, c.confidence});
  }
  if (by_first.empty()) return model;
  const size_t n = toks.size();
  std::vector<int32_t> owner = mention_at(model, n);
  std::vector<bool> alive(model.size(), true);
  std::vector<Candidate> added;
  for (size_t i = 0; i < n; ++i) {
    // The token as a name's first word: without its bare proclitic (وخان), else its stem.
    const TokenInfo& t = toks[i];
    uint64_t first = t.bare.empty() || t.article ? t.h_stem : t.h_bare;
    auto it = by_first.find(first);
    if (it == by_first.end() && first != t.h_stem) it = by_first.find(first = t.h_stem);
    if (it == by_first.end()) continue;
    for (const Name& name : it->second) {
      size_t last = i + name.words - 1;
      if (last >= n || toks[last].sentence != t.sentence ||
          stem_chain(toks, first, i, last) != name.key)
        continue;
      // Already this name, or words of a mention reaching outside it: leave as is.
      int32_t o = owner[i];
      if (o >= 0 && model[size_t(o)].first == i && model[size_t(o)].last == last) break;
      bool inside = true;
      for (size_t k = i; k <= last && inside; ++k) {
        int32_t m = owner[k];
        inside = m < 0 || (model[size_t(m)].first >= i && model[size_t(m)].last <= last);
      }
      if (!inside) continue;
      for (size_t k = i; k <= last; ++k)
        if (owner[k] >= 0) alive[size_t(owner[k])] = false;
      added.push_back(
          {uint32_t(i), uint32_t(last), 0, name.type, Source::link, name.confidence * 0.9f});
      for (size_t k = i; k <= last; ++k) owner[k] = -2;  // taken
      break;
    }
  }
  return keep_and_add(model, alive, added);
}

// Names a cue knows whole, trusted over the model's cut of the same words: where the model
// found nothing on a known span, or only pieces of it of the same type, the known span
// replaces them (مدينة دارة عزة, not دارة); and one model name covering several known ones of
// its type side by side is split into them (بلدتي الفوعة وكفريا). Only places after strong
// triggers are passed in: on the ANERcorp dev slice the same for listed names cost 1.8 F1
// points (0.9 for multi-word organizations alone), their conventions differ from ANERcorp's.
std::vector<Candidate> prefer_known_spans(std::vector<Candidate> model,
                                          const std::vector<Candidate>& known, size_t n) {
  std::vector<int32_t> owner = mention_at(model, n);
  std::vector<bool> alive(model.size(), true);
  std::vector<Candidate> added;
  // Split: a model name exactly tiled by two or more known names of its type.
  std::vector<int32_t> known_at = mention_at(known, n);
  for (size_t m = 0; m < model.size(); ++m) {
    const Candidate& c = model[m];
    uint32_t t = c.first;
    size_t pieces = 0;
    while (t <= c.last && known_at[t] >= 0 && known[size_t(known_at[t])].first == t &&
           known[size_t(known_at[t])].last <= c.last && known[size_t(known_at[t])].type == c.type) {
      t = known[size_t(known_at[t])].last + 1;
      ++pieces;
    }
    if (t != c.last + 1 || pieces < 2) continue;
    alive[m] = false;
    for (uint32_t k = c.first; k <= c.last; ++k) owner[k] = -1;
  }
  for (const Candidate& k : known) {
    bool inside = true;
    for (uint32_t t = k.first; t <= k.last && inside; ++t) {
      int32_t m = owner[t];
      inside = m == -1 || (m >= 0 && model[size_t(m)].first >= k.first &&
                           model[size_t(m)].last <= k.last && model[size_t(m)].type == k.type);
    }
    if (!inside) continue;
    for (uint32_t t = k.first; t <= k.last; ++t) {
      if (owner[t] >= 0) alive[size_t(owner[t])] = false;
      owner[t] = -2;
    }
    added.push_back(k);
  }
  return keep_and_add(model, alive, added);
}

}  // namespace

namespace {
bool restores_article(const TokenInfo& t, uint16_t skip) {
  std::u16string_view w = t.word.substr(skip);
  return t.article && skip == t.article_skip && skip > 0 && w.substr(0, 2) != u"ال";
}
}  // namespace

uint64_t first_word_hash(const TokenInfo& t, uint16_t skip) {
  if (restores_article(t, skip)) return t.h_article_stem;
  return hash_u16(t.word.substr(skip));
}

std::u16string first_word_form(const TokenInfo& t, uint16_t skip) {
  // للأمم -> skip 1 leaves لامم: the name's own form has the full article.
  if (restores_article(t, skip)) return u"ال" + std::u16string(t.stem);
  return std::u16string(t.word.substr(skip));
}

std::vector<Candidate> resolve(std::vector<Candidate> candidates) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     uint32_t la = a.last - a.first, lb = b.last - b.first;
                     if (la != lb) return la > lb;
                     if (source_rank(a.source) != source_rank(b.source))
                       return source_rank(a.source) > source_rank(b.source);
                     return a.confidence > b.confidence;
                   });
  uint32_t n = 0;
  for (const Candidate& c : candidates) n = std::max(n, c.last + 1);
  std::vector<bool> taken(n, false);
  std::vector<Candidate> kept;
  for (const Candidate& c : candidates) {
    bool free = true;
    for (uint32_t t = c.first; t <= c.last && free; ++t) free = !taken[t];
    if (!free) continue;
    for (uint32_t t = c.first; t <= c.last; ++t) taken[t] = true;
    kept.push_back(c);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  return kept;
}

Resources Resources::load() { return load(embedded_file("ner_model.bin")); }

Resources Resources::load(std::string_view model) {
  Resources r;
  r.lexicon = Lexicon::load();
  // A model that does not parse would silently leave only layers 1-2 (F1 drops by a third):
  // refuse to construct instead.
  if (!model.empty() && !r.tagger.load(model))
    throw std::runtime_error(
        "arabic-analyzer: the entity model (ner_model.bin) does not parse; rebuild it");
  return r;
}

namespace {

// Ambiguous listed names (النصر the club or the word) only inform the model.
std::vector<Candidate> unambiguous_names(const std::vector<Candidate>& gaz) {
  std::vector<Candidate> out;
  for (const Candidate& c : gaz)
    if (c.strong) out.push_back(c);
  return out;
}

// The rule mentions prefer_known_spans trusts over the model: places after strong triggers.
std::vector<Candidate> strong_places(const std::vector<Candidate>& rules) {
  std::vector<Candidate> out;
  for (const Candidate& c : rules)
    if (c.type == EntityType::LOC && c.strong) out.push_back(c);
  return resolve(std::move(out));
}

// Layer 3: the tagger's mentions, with layers 1-2 as its features.
std::vector<Candidate> tag(const std::vector<TokenInfo>& toks, const Tagger& tagger,
                           const LayerTags& lt) {
  std::vector<float> conf;
  std::vector<uint8_t> tags = tagger.decode(toks, lt, &conf);
  return tags_to_candidates(tags, conf, toks);
}

// Latin-script names the model left untagged, in text order with the others.
std::vector<Candidate> add_latin_names(std::vector<Candidate> mentions,
                                       const std::vector<TokenInfo>& toks) {
  std::vector<Candidate> latin = latin_names(toks, mentions);
  if (latin.empty()) return mentions;
  mentions.insert(mentions.end(), latin.begin(), latin.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  return mentions;
}

// Which clitic-free forms of mention-initial words occur alone in the document: only those few
// forms are looked for, so this costs one pass, not a set of every word.
std::unordered_set<uint64_t> initial_words_seen_alone(const std::vector<Candidate>& mentions,
                                                      const std::vector<TokenInfo>& toks) {
  std::unordered_set<uint64_t> known;
  for (const Candidate& c : mentions)
    for (uint64_t h : {toks[c.first].h_bare, toks[c.first].h_bare2})
      if (h) known.insert(h);
  if (known.empty()) return known;
  std::unordered_set<uint64_t> seen;
  for (const TokenInfo& t : toks)
    if (known.count(t.h_word)) seen.insert(t.h_word);
  return seen;
}

// Model names lose their clitic (clitic_skip) and are kept when plausible; rule mentions
// carry their own skip.
std::vector<Candidate> strip_clitics_keep_plausible(std::vector<Candidate> mentions,
                                                    const std::vector<TokenInfo>& toks) {
  const std::unordered_set<uint64_t> known = initial_words_seen_alone(mentions, toks);
  std::vector<Candidate> out;
  for (Candidate& c : mentions) {
    if (c.source != Source::rule) c.skip = clitic_skip(toks[c.first], known);
    if (plausible(c, toks)) out.push_back(c);
  }
  return out;
}

// The product's path: the model decides, layers 1-2 only correct its cut of names.
std::vector<Candidate> model_mentions(const std::vector<TokenInfo>& toks, const Tagger& tagger,
                                      const std::vector<Candidate>& gaz,
                                      const std::vector<Candidate>& rules) {
  const LayerTags lt = layer_tags(toks, gaz, rules);
  std::vector<Candidate> model = tag(toks, tagger, lt);
  model = clubs_in_sports_reports(std::move(model), toks, lt);
  model = join_name_chains(std::move(model), toks);
  model = split_at_listed_conjuncts(model, unambiguous_names(gaz), toks.size());
  model = spread_multiword_names(std::move(model), toks);
  model = prefer_known_spans(std::move(model), strong_places(rules), toks.size());
  model = strip_clitics_keep_plausible(std::move(model), toks);
  return add_latin_names(std::move(model), toks);
}

// Without the model (ner_eval's layer rows): layers 1-2 alone, overlaps resolved.
std::vector<Candidate> layer_mentions(const std::vector<TokenInfo>& toks,
                                      const std::vector<Candidate>& gaz,
                                      const std::vector<Candidate>& rules) {
  std::vector<Candidate> all = gaz;
  all.insert(all.end(), rules.begin(), rules.end());
  all.erase(std::remove_if(all.begin(), all.end(),
                           [&](const Candidate& c) { return !plausible(c, toks); }),
            all.end());
  return resolve(std::move(all));
}

// Mentions of one referent share a group; unlinked, each mention is its own.
std::vector<int32_t> group_mentions(const std::vector<TokenInfo>& toks,
                                    std::vector<Candidate>& mentions, bool link) {
  std::vector<int32_t> groups;
  if (link) {
    mentions = link_mentions(toks, std::move(mentions), groups);
  } else {
    for (size_t k = 0; k < mentions.size(); ++k) groups.push_back(int32_t(k));
  }
  return groups;
}

// Token positions back to a span of the original text (UTF-16), the clitic left outside.
Entity to_entity(const Document& doc, const std::vector<TokenInfo>& toks, const Candidate& c,
                 int32_t group, const Calibration& calibration) {
  const Token& first = doc.words.tokens[c.first];
  const Token& last = doc.words.tokens[c.last];
  Entity e;
  e.span = doc.search.map.to_original({first.norm.start + c.skip, last.norm.end});
  e.text = doc.original_utf8(e.span);
  e.type = c.type;
  e.normalized = utf16_to_utf8(normalized_of(c, toks));
  e.confidence = calibration.apply(c.source, c.type, c.confidence);
  e.group = group;
  e.source = c.source;
  return e;
}

}  // namespace

std::vector<Entity> recognize(const Document& doc, const Resources& res, Layers layers) {
  std::vector<TokenInfo> toks = token_infos(doc, res.lexicon);
  if (toks.empty()) return {};
  std::vector<Candidate> gaz, rules;
  if (layers.gazetteer) gaz = match_gazetteer(toks, res.lexicon);
  if (layers.rules) rules = apply_rules(toks, res.lexicon, gaz);
  std::vector<Candidate> mentions = layers.model && res.tagger.loaded()
                                        ? model_mentions(toks, res.tagger, gaz, rules)
                                        : layer_mentions(toks, gaz, rules);
  std::vector<int32_t> groups = group_mentions(toks, mentions, layers.link);
  std::vector<Entity> out;
  out.reserve(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k)
    out.push_back(to_entity(doc, toks, mentions[k], groups[k], res.calibration));
  return out;
}

}  // namespace ner

struct EntityRecognizer::Impl {
  ner::Resources resources;
};

EntityRecognizer::EntityRecognizer()
    : impl_(std::make_unique<Impl>(Impl{ner::Resources::load()})) {}
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;

std::vector<Entity> EntityRecognizer::recognize(const Document& doc) const {
  return ner::recognize(doc, impl_->resources, ner::Layers{});
}

}  // namespace aa
