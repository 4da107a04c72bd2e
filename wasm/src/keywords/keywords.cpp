// Keyword and keyphrase extraction for one document, in the spirit of YAKE (statistical
// features of the document alone: frequency, position, spread over sentences) plus a
// background document-frequency table so that words common in any text sink.
//
// Pipeline (KeywordExtractor::extract, one function per step): tokens -> grouping key per
// word (groups.cpp: search-normalized, clitics stripped, sound plurals and spelling variants
// merged) -> candidates (collect_candidates: 1..max_words consecutive content words inside
// one clause, none inside a URL or e-mail address) -> hashtags and entities they spell
// (mark_hashtags, credit_entities) -> score
// -> rank -> near-duplicate suppression (select_distinct) -> top-k (finish_list) -> display
// forms and occurrences (make_keyword). Stopwords and the background table come from
// lexicon.cpp.
#include "arabic_analyzer/keywords.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "arabic_analyzer/clitics.h"
#include "keywords/groups.h"
#include "keywords/lexicon.h"

namespace aa {
namespace {

using kw::WordInfo;

// How many title tokens at most: a first line longer than this is a paragraph, not a title.
constexpr uint32_t kMaxTitleTokens = 30;

// How much more a person, place or organization the article names counts than a plain term.
constexpr double kEntityWeight = 2.0;

// A word or phrase contained in a higher-ranked one ranks on its own only when it is mostly
// used outside it (more than twice as often in all) and is itself specific: an entity, or a
// term no more common in the background than this idf (حلب beside ريف حلب الغربي, but not
// النظام beside النظام السوري).
constexpr double kSpecificIdf = 0.5;

// Below this share of its background uses with the article, a word is taken for no noun.
constexpr double kNounArticleShare = 0.05;

// How deep the near-duplicate selection goes before the list is cut to top_k.
constexpr int kSelectionDepth = 100;

// --- candidates -----------------------------------------------------------------------

struct PhraseKey {
  int ids[kMaxPhraseWords];
  int len;
  bool operator==(const PhraseKey& o) const {
    return len == o.len && std::equal(ids, ids + len, o.ids);
  }
};

struct PhraseKeyHash {
  size_t operator()(const PhraseKey& k) const {
    size_t h = size_t(k.len);
    for (int i = 0; i < k.len; ++i) h = h * 1000003u ^ size_t(k.ids[i]);
    return h;
  }
};

struct Candidate {
  PhraseKey key{};
  std::vector<uint32_t> starts;  // token index of each occurrence
  int sentences = 0;             // distinct sentences
  uint32_t last_sentence = UINT32_MAX;
  bool in_title = false;
  bool hashtag = false;       // equals a hashtag's words
  bool hashtag_part = false;  // contains a hashtag's words
  bool clean_form = false;    // some occurrence has no pronoun suffix at either edge
  int entity_mentions = 0;    // > 0: the fullest name of a person, place or organization,
                              // and how often the entity is mentioned under any name
  double idf = 0;
  double raw = 0;
};

bool contains_sequence(const PhraseKey& outer, const PhraseKey& inner) {
  if (inner.len > outer.len) return false;
  for (int s = 0; s + inner.len <= outer.len; ++s) {
    if (std::equal(inner.ids, inner.ids + inner.len, outer.ids + s)) return true;
  }
  return false;
}

bool shares_word(const PhraseKey& a, const PhraseKey& b) {
  for (int i = 0; i < a.len; ++i) {
    if (std::find(b.ids, b.ids + b.len, a.ids[i]) != b.ids + b.len) return true;
  }
  return false;
}

}  // namespace

struct KeywordExtractor::Impl {
  kw::Lexicons lexicons;
};

KeywordExtractor::KeywordExtractor() : impl_(std::make_unique<Impl>()) {}
KeywordExtractor::~KeywordExtractor() = default;
KeywordExtractor::KeywordExtractor(KeywordExtractor&&) noexcept = default;
KeywordExtractor& KeywordExtractor::operator=(KeywordExtractor&&) noexcept = default;

namespace {

// The display form of one occurrence of a single word: the original text without the bare
// clitics the key dropped (بالكلور -> الكلور, للكلور -> الكلور, وموسكو -> موسكو). Returns
// false when a suffix pronoun was dropped too (حكومته): such forms are shown only if no
// other form exists.
bool clean_display(const Document& doc, const Token& t, const WordInfo& w, std::u16string& out) {
  std::u16string_view word = w.word;
  size_t prefix = size_t(w.stem.data() - word.data());
  bool suffix = prefix + w.stem.size() < word.size();
  std::u16string_view pre = word.substr(0, prefix);
  // Keep the article, drop what precedes it: بالكلور -> الكلور, وبالإلكترون -> الإلكترون.
  size_t conj = !pre.empty() && (pre[0] == u'\u0648' || pre[0] == u'\u0641') ? 1 : 0;
  size_t keep_from = prefix;  // normalized offset where the display starts
  bool add_article = false;
  size_t article = pre.find(u"\u0627\u0644");
  if (pre.substr(conj, 2) == u"\u0644\u0644") {
    add_article = true;  // للكلور = ل + الكلور with the alef elided
    keep_from = conj + 2;
  } else if (article != std::u16string_view::npos) {
    keep_from = article;
  }
  Span orig = doc.search.map.to_original({t.norm.start + uint32_t(keep_from), t.norm.end});
  out.clear();
  if (add_article) out = u"\u0627\u0644";
  out.append(doc.original, orig.start, orig.size());
  return !suffix;
}

// `named`: a mention of the entity the keyword names, or null.
KeywordWhy explain(const Candidate& c, const Entity* named, int count) {
  KeywordWhy why;
  if (c.hashtag)
    why.code = c.in_title ? "hashtag_in_title" : "hashtag";
  else if (named)
    why.code = c.in_title ? "name_in_title" : "name";
  else if (c.in_title)
    why.code = "in_title";
  else
    why.code = count >= 2 ? "repeated" : "once";
  if (named) why.entity = entity_type_name(named->type);
  why.count = count;
  why.sentences = c.sentences;
  why.background = std::round(c.idf * 100) / 100;
  return why;
}

// --- the steps of extract, in order -------------------------------------------------------

// How many words a keyword may have: the options' range clamped to the limits of options.h
// (callers that build KeywordOptions by hand skip options_from_json), one word when phrases
// are off. Empty (min > max) when the options leave nothing.
struct PhraseLengths {
  int min_words;
  int max_words;
};
PhraseLengths phrase_lengths(const KeywordOptions& options) {
  const int min_words = std::max(kMinPhraseWords, options.min_words);
  return {min_words,
          std::min(kMaxPhraseWords, options.phrases ? std::max(min_words, options.max_words) : 1)};
}

// A short first line followed by more text is the title.
bool has_title(const std::vector<Token>& tokens) {
  uint32_t title_tokens = 0;
  for (const Token& t : tokens) title_tokens += t.line == 0;
  return title_tokens < tokens.size() && title_tokens <= kMaxTitleTokens;
}

// Per token, the span of `items` (hashtags, URLs: anything with a `span`) it starts in, as
// an index in start order, or -1.
template <typename Item>
std::vector<int> span_of_tokens(const std::vector<Token>& tokens, const std::vector<Item>& items) {
  std::vector<Span> spans;
  for (const Item& item : items) spans.push_back(item.span);
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.start < b.start; });
  std::vector<int> in_span(tokens.size(), -1);
  for (size_t i = 0, h = 0; i < tokens.size() && h < spans.size();) {
    if (tokens[i].orig.start >= spans[h].end) {
      ++h;
    } else {
      if (tokens[i].orig.start >= spans[h].start) in_span[i] = int(h);
      ++i;
    }
  }
  return in_span;
}

// The document's candidates and the index from a phrase's group ids to its candidate.
struct Candidates {
  std::vector<Candidate> list;
  std::unordered_map<PhraseKey, int, PhraseKeyHash> index;
};

// Candidates: runs of content words with no punctuation, line or sentence break inside (a
// hashtag's words stay joined), no conjunction inside and no word twice.
Candidates collect_candidates(const std::vector<Token>& tokens, const std::vector<WordInfo>& info,
                              const std::vector<int>& in_hashtag, const std::vector<int>& in_link,
                              PhraseLengths lengths, bool title) {
  // The underscore of #نيكي_هيلي breaks words but not the phrase.
  auto joined = [&](size_t j) {
    return !tokens[j].break_before || (in_hashtag[j] >= 0 && in_hashtag[j] == in_hashtag[j - 1]);
  };
  // The words of a URL or an e-mail address (https, example.com, news) name no topic.
  auto candidate = [&](size_t j) { return info[j].group >= 0 && in_link[j] < 0; };
  Candidates out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!candidate(i)) continue;
    PhraseKey key{};
    for (int len = 1; len <= lengths.max_words; ++len) {
      size_t j = i + size_t(len) - 1;
      if (j >= tokens.size() || !candidate(j)) break;
      if (len > 1 && (!joined(j) || info[j].conjoined || tokens[j].sentence != tokens[i].sentence))
        break;
      // A word repeated inside a phrase ("الكلور الكلور") makes no term.
      if (std::find(key.ids, key.ids + len - 1, info[j].group) != key.ids + len - 1) break;
      key.ids[len - 1] = info[j].group;
      key.len = len;
      if (len < lengths.min_words) continue;
      auto [it, fresh] = out.index.emplace(key, int(out.list.size()));
      if (fresh) {
        out.list.emplace_back();
        out.list.back().key = key;
      }
      Candidate& c = out.list[it->second];
      c.starts.push_back(uint32_t(i));
      c.clean_form = c.clean_form || (!info[i].suffixed && !info[j].suffixed);
      if (tokens[i].sentence != c.last_sentence) {
        ++c.sentences;
        c.last_sentence = tokens[i].sentence;
      }
      if (title && tokens[i].line == 0) c.in_title = true;
    }
  }
  return out;
}

// Hashtags: the tag's words (underscores are spaces) mark candidates that spell them
// (Candidate::hashtag) or contain them (hashtag_part). The tag's own tokens give its key, so
// it is grouped exactly as the text is. Linear in hashtags and candidates: tag keys go into a
// set, and each candidate looks up its own sub-sequences.
void mark_hashtags(std::vector<Candidate>& candidates, const std::vector<WordInfo>& info,
                   const std::vector<int>& in_hashtag) {
  std::unordered_set<PhraseKey, PhraseKeyHash> tag_keys;
  for (size_t i = 0; i < info.size();) {
    if (in_hashtag[i] < 0) {
      ++i;
      continue;
    }
    PhraseKey key{};
    bool ok = true;
    size_t j = i;
    for (; j < info.size() && in_hashtag[j] == in_hashtag[i]; ++j) {
      ok = ok && info[j].group >= 0 && key.len < kMaxPhraseWords;
      if (ok) key.ids[key.len++] = info[j].group;
    }
    if (ok && key.len > 0) tag_keys.insert(key);
    i = j;
  }
  if (tag_keys.empty()) return;
  for (Candidate& c : candidates) {
    c.hashtag = tag_keys.count(c.key) > 0;
    for (int from = 0; from < c.key.len && !c.hashtag_part; ++from) {
      for (int len = 1; from + len <= c.key.len && !c.hashtag_part; ++len) {
        if (len == c.key.len) continue;
        PhraseKey sub{};
        std::copy(c.key.ids + from, c.key.ids + from + len, sub.ids);
        sub.len = len;
        c.hashtag_part = tag_keys.count(sub) > 0;
      }
    }
  }
}

// One entity (all mentions of one linked group) and the candidate of its fullest name.
struct EntityName {
  int candidate = -1;
  std::vector<const Entity*> mentions;
};

// The entities the candidates name: per entity its mentions, per candidate the mentions of
// the entity it names (views into `names`).
struct EntityCredit {
  std::unordered_map<int32_t, EntityName> names;
  std::unordered_map<int, const std::vector<const Entity*>*> of;
};

// Entities: each linked entity (all mentions of one group) is credited to the candidate of
// its fullest name (نيكي هيلي for هيلي, هايلي, نيكي هيلي), which then ranks by every mention
// (Candidate::entity_mentions); its shorter names are contained in it and give way later.
EntityCredit credit_entities(Candidates& candidates, const std::vector<Token>& tokens,
                             const std::vector<WordInfo>& info, const std::vector<Entity>& entities,
                             PhraseLengths lengths) {
  EntityCredit credit;
  for (const Entity& e : entities) {
    if (e.type != EntityType::PER && e.type != EntityType::LOC && e.type != EntityType::ORG)
      continue;
    auto first = std::lower_bound(tokens.begin(), tokens.end(), e.span.start,
                                  [](const Token& t, uint32_t at) { return t.orig.end <= at; });
    PhraseKey key{};
    size_t i = size_t(first - tokens.begin());
    for (size_t j = i; j < tokens.size() && tokens[j].orig.start < e.span.end; ++j) {
      if (info[j].group < 0 || key.len == lengths.max_words) {
        key.len = 0;
        break;
      }
      key.ids[key.len++] = info[j].group;
    }
    auto it = key.len >= lengths.min_words ? candidates.index.find(key) : candidates.index.end();
    // An unlinked mention is its own entity.
    EntityName& name = credit.names[e.group >= 0 ? e.group : -1 - int32_t(e.span.start)];
    name.mentions.push_back(&e);
    if (it == candidates.index.end()) continue;
    if (name.candidate < 0 ||
        candidates.list[it->second].key.len > candidates.list[size_t(name.candidate)].key.len) {
      name.candidate = it->second;
    }
  }
  for (const auto& [group, name] : credit.names) {
    if (name.candidate < 0) continue;
    Candidate& c = candidates.list[size_t(name.candidate)];
    if (int(name.mentions.size()) > c.entity_mentions) {
      c.entity_mentions = int(name.mentions.size());
      credit.of[name.candidate] = &name.mentions;
    }
  }
  return credit;
}

// What scoring needs to know about a group, looked up once per group.
class GroupFacts {
 public:
  GroupFacts(const kw::WordGroups& groups, const kw::BackgroundDf& background)
      : groups_(groups),
        background_(background),
        idf_(groups.stem.size(), -1),
        no_noun_(groups.stem.size(), -1),
        uses_(groups.stem.size(), 0) {
    for (const WordInfo& w : groups.words) {
      if (w.group >= 0) ++uses_[size_t(w.group)];
    }
  }

  // The background is Arabic; a Latin-script word (a name, an acronym, or plain English
  // like "System") gets a middling value instead of "never seen".
  double idf(int g) {
    if (idf_[g] < 0) {
      idf_[g] = kw::is_arabic_letter_word(groups_.stem[g]) ? background_.idf(groups_.stem[g]) : 0.5;
    }
    return idf_[g];
  }

  // No noun: the background almost never sees it with the article. A verb or particle at a
  // term's edge disqualifies the term.
  bool no_noun(int g) {
    if (no_noun_[g] < 0) {
      double share = background_.article_share(groups_.stem[size_t(g)]);
      no_noun_[g] = share >= 0 && share < kNounArticleShare;
    }
    return no_noun_[g] == 1;
  }

  // How many tokens of the document belong to the group.
  int uses(int g) const { return uses_[size_t(g)]; }

 private:
  const kw::WordGroups& groups_;
  const kw::BackgroundDf& background_;
  std::vector<double> idf_;
  std::vector<int8_t> no_noun_;
  std::vector<int> uses_;
};

// A candidate's raw score (Candidate::raw, 0 = never listed) and specificity (idf). Each
// factor is a plain multiplier so `why` can explain the ranking.
void score(Candidate& c, GroupFacts& facts, double n_tokens) {
  // Nobody tags an article with a possessed form (منصبه, بطولته), nor with a term that
  // starts or ends with a word that is no noun (يتعين, شاع, "وصل رئيس"), unless the
  // article names it (places, people) or tags it.
  bool verb_edge =
      c.entity_mentions == 0 && !c.hashtag &&
      (facts.no_noun(c.key.ids[0]) || (c.key.len > 1 && facts.no_noun(c.key.ids[c.key.len - 1])));
  if (!c.clean_form || verb_edge) {
    c.raw = 0;
    return;
  }
  // A phrase is about as specific as its rarest word (noisy-OR: مجلس الأمن is more specific
  // than مجلس or الأمن) but a common word at its edge (استخدام الأسلحة) dilutes it (mean).
  double common = 1, sum = 0;
  for (int k = 0; k < c.key.len; ++k) {
    double idf = facts.idf(c.key.ids[k]);
    common *= 1 - idf;
    sum += idf;
  }
  c.idf = 0.5 * (1 - common) + 0.5 * sum / c.key.len;
  // The background only tempers: a topic that is common in news (روسيا, مجلس الأمن) keeps a
  // good part of its weight (readers tag it), a staple (استخدام, مصادر) sinks below the
  // article's own terms; function words are in the stop lists. On the news set a steeper
  // slope (0.15 + 0.85 idf: 0.362) lost to this one (0.370).
  double specificity = 0.4 + 0.6 * c.idf;
  double count =
      double(std::max<size_t>(c.starts.size(), size_t(c.entity_mentions))) + (c.in_title ? 1 : 0);
  double tf = std::pow(count, 0.7);
  double first = c.starts.front() / n_tokens;
  double position = 1 + 0.5 * std::exp(-3 * first);  // news puts the topic first
  double spread = 1 + 0.15 * std::log2(double(c.sentences));
  double title = c.in_title ? 1.3 : 1;
  double tag = c.hashtag ? 1.8 : c.hashtag_part ? 1.3 : 1;
  double entity = c.entity_mentions > 0 ? kEntityWeight : 1;
  // A phrase seen once is usually an accidental word pair; a repeated one is a name or term.
  // Cohesion (a generalized Dice coefficient): how much of its words' use the phrase
  // accounts for. مجلس الأمن, whose words never occur apart, is a name; a repeated pair of
  // words that are mostly used elsewhere is a looser association.
  bool repeated = c.starts.size() >= 2 || c.hashtag || c.entity_mentions >= 2;
  double length = 1;
  if (c.key.len > 1) {
    double word_uses = 0;
    for (int k = 0; k < c.key.len; ++k) word_uses += facts.uses(c.key.ids[k]);
    double cohesion = std::min(1.0, c.key.len * double(c.starts.size()) / std::max(1.0, word_uses));
    length = repeated ? (1.1 + 0.05 * (c.key.len - 2)) * (0.7 + 0.7 * cohesion) : 0.45;
  }
  c.raw = tf * specificity * position * spread * title * tag * entity * length;
}

// Candidate ids best first: by score, then more uses, earlier first use, fewer words, so the
// order never depends on hash-table order.
std::vector<int> rank(const std::vector<Candidate>& candidates) {
  std::vector<int> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const Candidate &x = candidates[a], &y = candidates[b];
    if (x.raw != y.raw) return x.raw > y.raw;
    if (x.starts.size() != y.starts.size()) return x.starts.size() > y.starts.size();
    return x.starts.front() != y.starts.front() ? x.starts.front() < y.starts.front()
                                                : x.key.len < y.key.len;
  });
  return order;
}

// An entity's uses are all its mentions, under any of its names.
size_t uses(const Candidate& x) {
  return std::max<size_t>(x.starts.size(), size_t(x.entity_mentions));
}

// Whether `part`, contained in `whole`, still ranks on its own (kSpecificIdf).
bool stands_alone(const Candidate& part, const Candidate& whole) {
  return uses(part) > uses(whole) * 2 && (part.entity_mentions > 0 || part.idf >= kSpecificIdf);
}

// Near-duplicates: a phrase and the words or sub-phrase it mostly consists of say the same
// thing; keep the one ranked first unless the longer one covers most uses of the shorter.
// Selection runs to a fixed depth whatever top_k is, so a shorter list is always a prefix
// of a longer one (replacements below can reach back up the list). A longer phrase that
// replaces a chosen one inherits its score.
std::vector<int> select_distinct(std::vector<Candidate>& candidates, const std::vector<int>& order,
                                 int top_k) {
  const size_t selection_size = size_t(std::max(top_k, kSelectionDepth));
  std::vector<int> chosen;
  for (int id : order) {
    if (chosen.size() >= selection_size) break;
    Candidate& c = candidates[id];
    if (c.raw <= 0) break;
    bool keep = true;
    for (size_t s = 0; s < chosen.size() && keep; ++s) {
      const Candidate& o = candidates[chosen[s]];
      if (contains_sequence(c.key, o.key)) {
        // c is longer. A repeated phrase that accounts for little of o's use names something
        // else (نظام التشغيل beside نظام) and competes on its own score.
        bool major = uses(c) >= 2 && uses(c) * 5 >= uses(o) * 2;
        if (!major) {
          keep = uses(c) >= 2;
          continue;
        }
        // When it accounts for a good share of o's uses it is the better name (الأسلحة
        // الكيمياوية over الكيمياوية): it takes o's place, and o stays only if it is used
        // more outside c than in it. A phrase is replaced only by a longer one whose extra
        // words are as specific (استخدام الأسلحة الكيمياوية does not replace الأسلحة الكيمياوية).
        bool more_specific = o.key.len == 1 || c.idf >= o.idf;
        if (more_specific) {
          bool o_alone = stands_alone(o, c);
          chosen.erase(
              std::remove_if(chosen.begin() + long(s) + 1, chosen.end(),
                             [&](int x) { return contains_sequence(c.key, candidates[x].key); }),
              chosen.end());
          // It inherits o's rank; a phrase's own frequency understates it.
          candidates[id].raw = std::max(candidates[id].raw, o.raw);
          if (o_alone)
            chosen.insert(chosen.begin() + long(s), id);
          else
            chosen[s] = id;
        }
        keep = false;
      } else if (contains_sequence(o.key, c.key)) {
        // A word mostly used inside a higher phrase only repeats part of it (النظام under
        // النظام السوري): c stays only if most of its uses are on its own, or o was seen once.
        keep = stands_alone(c, o) || (uses(o) == 1 && uses(c) >= 2);
      } else if (c.key.len > 1 && o.key.len > 1 && shares_word(c.key, o.key)) {
        keep = uses(c) > uses(o);
      }
    }
    if (keep) chosen.push_back(id);
  }
  return chosen;
}

// The list as shown: an adjective alone (الكيمياوية, السوري) says nothing without its noun.
// It took part in the selection so that its phrase (الأسلحة الكيمياوية) could take its rank;
// it is not listed. Then by score (inherited scores can reorder), cut to top_k.
void finish_list(std::vector<int>& chosen, const std::vector<Candidate>& candidates,
                 const kw::WordGroups& groups, int top_k) {
  chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                              [&](int id) {
                                const Candidate& c = candidates[size_t(id)];
                                return c.key.len == 1 && groups.modifier[size_t(c.key.ids[0])] &&
                                       !c.hashtag && c.entity_mentions == 0;
                              }),
               chosen.end());
  std::stable_sort(chosen.begin(), chosen.end(),
                   [&](int a, int b) { return candidates[a].raw > candidates[b].raw; });
  if (chosen.size() > size_t(top_k)) chosen.resize(size_t(top_k));
}

// The keyword's occurrences, and its display: the most frequent cleaned surface form (ties:
// the earliest; forms that lost a pronoun suffix count half).
void read_occurrences(Keyword& k, const Candidate& c, const Document& doc,
                      const std::vector<WordInfo>& info) {
  const auto& tokens = doc.words.tokens;
  std::vector<std::pair<std::u16string, int>> forms;
  std::u16string display;
  int best = -1;
  for (uint32_t start : c.starts) {
    const Token& first = tokens[start];
    const Token& last = tokens[start + uint32_t(c.key.len) - 1];
    k.occurrences.push_back({first.orig.start, last.orig.end});
    bool preferred = clean_display(doc, first, info[start], display);
    if (c.key.len > 1) {
      Span rest = doc.search.map.to_original({first.norm.end, last.norm.end});
      display.append(doc.original, rest.start, rest.size());
      preferred = true;
    }
    std::replace(display.begin(), display.end(), u'_', u' ');  // #نيكي_هيلي reads نيكي هيلي
    auto f =
        std::find_if(forms.begin(), forms.end(), [&](const auto& p) { return p.first == display; });
    if (f == forms.end()) {
      forms.emplace_back(display, 0);
      f = forms.end() - 1;
    }
    f->second += preferred ? 2 : 1;
    if (best < 0 || f->second > forms[size_t(best)].second) best = int(f - forms.begin());
  }
  k.term = utf16_to_utf8(forms[size_t(best)].first);
}

// An entity reads as its fullest name as written (كفريا, not the token وكفريا), and every
// mention under any name is an occurrence. Both lists are in text order (entities come
// sorted by start): one merge, linear.
void name_after_entity(Keyword& k, const std::vector<const Entity*>& mentions,
                       const Document& doc) {
  const Entity* fullest = nullptr;
  std::vector<Span> merged;
  merged.reserve(k.occurrences.size() + mentions.size());
  size_t o = 0;
  for (const Entity* m : mentions) {
    if (!fullest || m->span.size() > fullest->span.size()) fullest = m;
    while (o < k.occurrences.size() && k.occurrences[o].end <= m->span.start)
      merged.push_back(k.occurrences[o++]);
    bool covered = o < k.occurrences.size() && k.occurrences[o].start < m->span.end;
    if (!covered) merged.push_back(m->span);
  }
  merged.insert(merged.end(), k.occurrences.begin() + long(o), k.occurrences.end());
  k.occurrences = std::move(merged);
  std::u16string name(doc.original, fullest->span.start, fullest->span.size());
  std::replace(name.begin(), name.end(), u'_', u' ');
  k.term = utf16_to_utf8(name);
}

// The keyword's grouping keys, space-separated (Keyword::normalized).
std::string normalized_key(const Candidate& c, const std::vector<std::u16string_view>& group_stem) {
  std::u16string normalized;
  for (int i = 0; i < c.key.len; ++i) {
    if (i) normalized.push_back(u' ');
    normalized.append(group_stem[size_t(c.key.ids[i])]);
  }
  return utf16_to_utf8(normalized);
}

// One listed keyword: display form, occurrences, key, score in [0, 1] and explanation.
Keyword make_keyword(const Candidate& c, const Document& doc, const kw::WordGroups& groups,
                     const std::vector<const Entity*>* mentions) {
  Keyword k;
  read_occurrences(k, c, doc, groups.words);
  if (mentions) name_after_entity(k, *mentions, doc);
  k.normalized = normalized_key(c, groups.stem);
  // raw / (raw + 2): 0.5 for a specific word seen about 3 times early on, 0.8 and up for the
  // dominant terms of a long article.
  k.score = c.raw / (c.raw + 2);
  k.count = int(k.occurrences.size());
  k.why = explain(c, mentions ? mentions->front() : nullptr, k.count);
  return k;
}

}  // namespace

std::vector<KeyUse> KeywordExtractor::background_keys(const Document& doc) const {
  const kw::WordGroups groups = kw::group_words(doc, impl_->lexicons);
  std::vector<KeyUse> out(groups.stem.size());
  for (size_t g = 0; g < out.size(); ++g) {
    out[g].key = utf16_to_utf8(groups.stem[g]);
    out[g].uses = groups.uses[g];
    out[g].with_article = groups.with_article[g];
  }
  return out;
}

std::vector<Keyword> KeywordExtractor::extract(const Document& doc, const Extracted& social,
                                               const std::vector<Entity>& entities,
                                               const KeywordOptions& options) const {
  const auto& tokens = doc.words.tokens;
  const PhraseLengths lengths = phrase_lengths(options);
  if (tokens.empty() || options.top_k <= 0 || lengths.min_words > lengths.max_words) return {};

  const kw::WordGroups groups = kw::group_words(doc, impl_->lexicons);
  const std::vector<int> in_hashtag = span_of_tokens(tokens, social.hashtags);
  Candidates candidates =
      collect_candidates(tokens, groups.words, in_hashtag, span_of_tokens(tokens, social.urls),
                         lengths, has_title(tokens));
  if (candidates.list.empty()) return {};
  mark_hashtags(candidates.list, groups.words, in_hashtag);
  const EntityCredit credit = credit_entities(candidates, tokens, groups.words, entities, lengths);

  GroupFacts facts(groups, impl_->lexicons.background);
  for (Candidate& c : candidates.list) score(c, facts, double(tokens.size()));
  std::vector<int> chosen = select_distinct(candidates.list, rank(candidates.list), options.top_k);
  finish_list(chosen, candidates.list, groups, options.top_k);

  std::vector<Keyword> out;
  out.reserve(chosen.size());
  for (int id : chosen) {
    auto named = credit.of.find(id);
    out.push_back(make_keyword(candidates.list[size_t(id)], doc, groups,
                               named == credit.of.end() ? nullptr : named->second));
  }
  return out;
}

}  // namespace aa
