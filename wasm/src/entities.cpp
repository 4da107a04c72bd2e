// Named entities (PER, LOC, ORG): the layers of entities_*.cpp assembled, mentions resolved
// to non-overlapping spans of the original text and linked into groups.
#include "arabic_analyzer/entities.h"

#include <algorithm>

#include "arabic_analyzer/embedded_data.h"
#include "entities_internal.h"

namespace aa {
namespace ner {
namespace {

int source_rank(Source s) {
  switch (s) {
    case Source::gazetteer: return 3;
    case Source::rule: return 2;
    case Source::model: return 1;
    case Source::link: return 0;
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

// The clitic before a model-tagged first word: the article is certain; a bare و/ب/ل/ف/ك is
// stripped only when the rest is a word the document or the lexicon knows on its own
// (وكفريا when كفريا occurs, but not وزير -> زير).
uint16_t clitic_skip(const TokenInfo& t, const std::unordered_set<uint64_t>& known) {
  if (t.article) return t.article_skip;
  if (!t.bare.empty() && known.count(hash_u16(t.bare))) return uint16_t(t.word.size() - t.bare.size());
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

// The model sometimes cuts a name the gazetteer or a rule knows whole (خان | شيخون, لمنظمة |
// الأسلحة الكيماوية): when every model mention overlapping a listed or rule span lies inside
// it and has its type, the whole span replaces them, with its clitic analysis.
std::vector<Candidate> extend_to_known_spans(std::vector<Candidate> model, const std::vector<Candidate>& gaz,
                                             const std::vector<Candidate>& rules, size_t n) {
  std::vector<int32_t> owner(n, -1);  // token -> index in `model` of the mention covering it
  std::vector<bool> alive(model.size(), true);
  for (size_t m = 0; m < model.size(); ++m)
    for (uint32_t t = model[m].first; t <= model[m].last; ++t) owner[t] = int32_t(m);
  std::vector<int32_t> hit;
  for (const std::vector<Candidate>* list : {&gaz, &rules}) {
    for (const Candidate& k : *list) {
      hit.clear();
      bool inside = true;
      float conf = 0;
      for (uint32_t t = k.first; t <= k.last; ++t) {
        int32_t m = owner[t];
        if (m < 0 || (!hit.empty() && hit.back() == m)) continue;
        const Candidate& c = model[size_t(m)];
        inside = inside && c.first >= k.first && c.last <= k.last && c.type == k.type;
        conf = std::max(conf, c.confidence);
        hit.push_back(m);
      }
      if (hit.empty() || !inside) continue;
      for (int32_t m : hit) alive[size_t(m)] = false;
      Candidate merged = k;
      merged.confidence = std::max(conf, k.confidence);
      model.push_back(merged);
      alive.push_back(true);
      for (uint32_t t = k.first; t <= k.last; ++t) owner[t] = int32_t(model.size() - 1);
    }
  }
  std::vector<Candidate> out;
  for (size_t m = 0; m < model.size(); ++m)
    if (alive[m]) out.push_back(model[m]);
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  return out;
}

}  // namespace

namespace {
bool restores_article(const TokenInfo& t, uint16_t skip) {
  std::u16string_view w = t.word.substr(skip);
  return t.article && skip == t.article_skip && skip > 0 && w.substr(0, 2) != u"ال";
}
}  // namespace

uint64_t first_word_hash(const TokenInfo& t, uint16_t skip) {
  if (restores_article(t, skip)) return hash_u16(t.stem, hash_u16(u"ال"));
  return hash_u16(t.word.substr(skip));
}

std::u16string first_word_form(const TokenInfo& t, uint16_t skip) {
  // للأمم -> skip 1 leaves لامم: the name's own form has the full article.
  if (restores_article(t, skip)) return u"ال" + std::u16string(t.stem);
  return std::u16string(t.word.substr(skip));
}

std::vector<Candidate> resolve(std::vector<Candidate> candidates) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    uint32_t la = a.last - a.first, lb = b.last - b.first;
    if (la != lb) return la > lb;
    if (source_rank(a.source) != source_rank(b.source)) return source_rank(a.source) > source_rank(b.source);
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
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  return kept;
}

Resources Resources::load() {
  Resources r;
  r.lexicon = Lexicon::load();
  r.tagger.load(embedded_file("ner_model.bin"));
  return r;
}

std::vector<Entity> recognize(const Document& doc, const Resources& res, Layers layers) {
  std::vector<TokenInfo> toks = token_infos(doc, res.lexicon);
  if (toks.empty()) return {};
  std::vector<Candidate> gaz, rules;
  if (layers.gazetteer) gaz = match_gazetteer(toks, res.lexicon);
  if (layers.rules) rules = apply_rules(toks, res.lexicon, gaz);

  std::vector<Candidate> all;
  if (layers.model && res.tagger.loaded()) {
    std::unordered_set<uint64_t> known;
    for (const TokenInfo& t : toks) known.insert(hash_u16(t.word));
    LayerTags lt = layer_tags(toks.size(), gaz, rules);
    std::vector<float> conf;
    std::vector<uint8_t> tags = res.tagger.decode(toks, lt, &conf);
    std::vector<Candidate> model = tags_to_candidates(tags, conf, toks);
    model = split_at_listed_conjuncts(model, gaz, toks.size());
    model = extend_to_known_spans(std::move(model), gaz, rules, toks.size());
    for (Candidate& c : model) {
      if (c.source == Source::model) c.skip = clitic_skip(toks[c.first], known);
      if (plausible(c, toks)) all.push_back(c);
    }
    // Gazetteer and organization-rule mentions the model left untagged are kept where they
    // do not clash with its mentions.
    std::vector<bool> tagged(toks.size(), false);
    for (const Candidate& m : all)
      for (uint32_t t = m.first; t <= m.last; ++t) tagged[t] = true;
    std::vector<Candidate> rest;
    for (const std::vector<Candidate>* list : {&gaz, &rules}) {
      for (const Candidate& c : *list) {
        if (!layers.fill) break;
        // Measured on the NewsFANE dev slice: organization rules add recall the model lacks
        // (long names such as وزارة الخارجية الأميركية), and so do places after strong
        // triggers (مدينة, بلدة); person rules and weak place triggers only add noise.
        if (c.source == Source::rule && c.type != EntityType::ORG && !c.strong) continue;
        bool clash = false;
        for (uint32_t t = c.first; t <= c.last && !clash; ++t) clash = tagged[t];
        if (!clash) rest.push_back(c);
      }
    }
    rest = resolve(std::move(rest));
    all.insert(all.end(), rest.begin(), rest.end());
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  } else {
    all = gaz;
    all.insert(all.end(), rules.begin(), rules.end());
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Candidate& c) { return !plausible(c, toks); }),
              all.end());
    all = resolve(std::move(all));
  }

  std::vector<int32_t> groups;
  if (layers.link) {
    all = link_mentions(toks, std::move(all), groups);
  } else {
    for (size_t k = 0; k < all.size(); ++k) groups.push_back(int32_t(k));
  }

  std::vector<Entity> out;
  out.reserve(all.size());
  for (size_t k = 0; k < all.size(); ++k) {
    const Candidate& c = all[k];
    const Token& first = doc.words.tokens[c.first];
    const Token& last = doc.words.tokens[c.last];
    Entity e;
    e.span = doc.search.map.to_original({first.norm.start + c.skip, last.norm.end});
    e.text = doc.original_utf8(e.span);
    e.type = c.type;
    e.normalized = utf16_to_utf8(normalized_of(c, toks));
    e.confidence = std::min(1.0, std::max(0.0, double(c.confidence)));
    e.group = groups[k];
    e.source = source_name(c.source);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace ner

struct EntityRecognizer::Impl {
  ner::Resources resources = ner::Resources::load();
};

EntityRecognizer::EntityRecognizer() : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;

std::vector<Entity> EntityRecognizer::recognize(const Document& doc) const {
  return ner::recognize(doc, impl_->resources, ner::Layers{});
}

}  // namespace aa
