// Keyword and keyphrase extraction for one document, in the spirit of YAKE (statistical
// features of the document alone: frequency, position, spread over sentences) plus a
// background document-frequency table so that words common in any text sink.
//
// Pipeline: tokens -> grouping key per word (search-normalized, clitics stripped, spelling
// variants merged) -> candidates (1..max_words consecutive content words inside one clause)
// -> score -> near-duplicate suppression -> top-k.
#include "arabic_analyzer/keywords.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>

#include "arabic_analyzer/clitics.h"
#include "keyword_lexicon.h"

namespace aa {
namespace {

constexpr int kMaxPhraseWords = 8;  // options allow up to 8 (json_output.cpp validates)
constexpr char16_t kAlef = u'\u0627', kHeh = u'\u0647', kTehMarbuta = u'\u0629';

// How many title tokens at most: a first line longer than this is a paragraph, not a title.
constexpr uint32_t kMaxTitleTokens = 30;

// How deep the near-duplicate selection goes before the list is cut to top_k.
constexpr int kSelectionDepth = 100;

// --- grouping -------------------------------------------------------------------------

// Union-find over group ids; the smaller id (earlier first occurrence) becomes the root, so
// the result does not depend on hash-table order.
struct Groups {
  std::vector<int> parent;
  int add() {
    parent.push_back(int(parent.size()));
    return parent.back();
  }
  int find(int g) {
    while (parent[g] != g) g = parent[g] = parent[parent[g]];
    return g;
  }
  void unite(int a, int b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

bool long_vowel(char16_t c) { return c == kAlef || c == u'\u0648' || c == u'\u064A'; }

// Two stems with the same variant_key are merged only when the spellings differ by one
// long vowel (هيلي/هايلي, كيمياويه/كيماويه) or by a final ا/ه (سوريا/سوريه), and are long
// enough for that to be distinctive. What stays apart: words of one root in different
// patterns (حاسب/حساب, كاتب/كتاب: same length, vowel moved), a nisba and its noun (سوري/
// سوريا: the extra letter is the ending), broken plurals with ا before
// the last two letters (مدارس/مدرس, مناطق/منطق), and nisba adjectives from their country
// (`*_adjective`: the stem ends in يه and mostly carries the article, الروسية vs روسيا).
bool safe_variant_pair(std::u16string_view a, std::u16string_view b, bool a_adjective, bool b_adjective) {
  if (a.size() < b.size()) {
    std::swap(a, b);
    std::swap(a_adjective, b_adjective);
  }
  if (b.size() < 4) return false;
  if (a.size() == b.size()) {
    auto alef_or_heh = [](char16_t c) { return c == kAlef || c == kHeh; };
    return a.back() != b.back() && alef_or_heh(a.back()) && alef_or_heh(b.back()) && !a_adjective &&
           !b_adjective && a.substr(0, a.size() - 1) == b.substr(0, b.size() - 1);
  }
  if (a.size() != b.size() + 1) return false;
  size_t k = 0;
  while (k < b.size() && a[k] == b[k]) ++k;  // first difference: a[k] is the extra letter
  // An extra final letter changes the ending, not the spelling (سوري/سوريا, رئيس/رئيسي).
  if (k == b.size() || !long_vowel(a[k]) || a.substr(k + 1) != b.substr(k)) return false;
  return !(a[k] == kAlef && k + 3 == a.size());
}

struct WordInfo {
  std::u16string_view word;  // search-normalized token text
  std::u16string_view stem;  // grouping key (a view into `word`)
  int group = -1;            // canonical group id, -1 for non-candidates
  bool stop = true;          // cannot start, end or sit inside a candidate
  bool conjoined = false;    // starts with the conjunction و/ف: begins a new phrase
};

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
  bool hashtag = false;          // equals a hashtag's words
  bool hashtag_part = false;     // contains a hashtag's words
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
  Normalizer search{Profile::search};
  kw::StopList stop{search};
  kw::BackgroundDf background;
};

KeywordExtractor::KeywordExtractor() : impl_(std::make_unique<Impl>()) {}
KeywordExtractor::~KeywordExtractor() = default;
KeywordExtractor::KeywordExtractor(KeywordExtractor&&) noexcept = default;
KeywordExtractor& KeywordExtractor::operator=(KeywordExtractor&&) noexcept = default;

namespace {

bool is_arabic_letter_word(std::u16string_view w) {
  return std::any_of(w.begin(), w.end(), [](char16_t c) { return c >= 0x0620 && c <= 0x064A; });
}

// Hashtag parts such as the 10 of #وسم_10 come out of the tokenizer as words.
bool has_letter(std::u16string_view w) {
  for (size_t i = 0; i < w.size();) {
    if (u_isalpha(UChar32(next_code_point(w, i)))) return true;
  }
  return false;
}

// Per-token grouping keys and stop flags.
// `group_stem[g]` is the stem of group g, `canonical[g]` the group it was merged into.
std::vector<WordInfo> analyze_words(const Document& doc, const kw::StopList& stop, const kw::BackgroundDf& background,
                                    std::vector<std::u16string_view>& group_stem, std::vector<int>& canonical) {
  const auto& tokens = doc.words.tokens;
  std::vector<WordInfo> info(tokens.size());

  // The document's own vocabulary (article removed) confirms bare-clitic splits: بسورية is
  // ب + سورية only if سورية (or السورية) occurs too; وزير stays whole since زير does not.
  std::unordered_set<std::u16string_view> vocabulary;
  vocabulary.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    info[i].word = doc.normalized_text(tokens[i]);
    if (tokens[i].kind == TokenKind::word) vocabulary.insert(light_stem(info[i].word));
  }

  std::unordered_map<std::u16string_view, int> group_of;
  std::vector<int> uses, with_article;  // per group
  Groups groups;
  for (size_t i = 0; i < tokens.size(); ++i) {
    WordInfo& w = info[i];
    if (tokens[i].kind != TokenKind::word || w.word.size() < 2 || !has_letter(w.word)) continue;
    // A final ه that was ة in the original is the feminine ending, not the pronoun "his":
    // سورية must not lose it (it would join السوري).
    std::u16string_view orig(doc.original);
    Span last = doc.search.map.to_original({tokens[i].norm.end - 1, tokens[i].norm.end});
    bool final_teh_marbuta = orig.substr(last.start, last.size()).find(kTehMarbuta) != std::u16string_view::npos;
    const std::u16string_view word = w.word;
    // One pointer of state keeps the std::function below from allocating on every token.
    struct Known {
      std::u16string_view word;
      bool final_teh_marbuta;
      const std::unordered_set<std::u16string_view>* vocabulary;
    } ctx{word, final_teh_marbuta, &vocabulary};
    auto known = [c = &ctx](std::u16string_view rest) {
      if (rest.size() < 3) return false;
      bool suffix_cut = rest.data() + rest.size() < c->word.data() + c->word.size();
      if (suffix_cut && c->final_teh_marbuta) return false;
      return c->vocabulary->count(rest) > 0;
    };
    w.stem = light_stem(word, known);
    // light_stem drops a leading ال even when it belongs to the word (إلكترون, ألمانيا), so
    // الإلكترونات keeps one ال and إلكترون none; dropping a second ال keeps them consistent.
    if (w.stem.size() >= 5 && w.stem.size() < word.size() && w.stem.substr(0, 2) == u"\u0627\u0644") {
      w.stem.remove_prefix(2);
    }
    bool arabic = is_arabic_letter_word(word);
    // "الفوعة وكفريا" is a list of two names, not a phrase. Without a lexicon a leading و is
    // taken as the conjunction when light_stem split it off or the word with it is unknown
    // to the background (وزراء is a word; وكفريا is not).
    bool conj_letter = word[0] == u'\u0648' || word[0] == u'\u0641';
    w.conjoined = conj_letter && (w.stem.data() != word.data() || (word.size() >= 5 && background.idf(word) >= 1.0));
    w.stop = stop.contains(word) || stop.contains(w.stem) || w.stem.size() < 2 ||
             (arabic && w.stem.size() < 3 && word.size() < 4);
    if (w.stop) continue;
    auto [it, fresh] = group_of.emplace(w.stem, 0);
    if (fresh) {
      it->second = groups.add();
      group_stem.push_back(w.stem);
      uses.push_back(0);
      with_article.push_back(0);
    }
    w.group = it->second;
    ++uses[w.group];
    // light_stem removes the article together with any clitic before it (وبال, لل).
    std::u16string_view prefix = word.substr(0, size_t(w.stem.data() - word.data()));
    if (prefix.size() >= 2 && (prefix.substr(prefix.size() - 2) == u"\u0627\u0644" || prefix.substr(prefix.size() - 2) == u"\u0644\u0644")) {
      ++with_article[w.group];
    }
  }

  auto adjective = [&](int g) {
    std::u16string_view st = group_stem[g];
    return st.size() > 2 && st.substr(st.size() - 2) == u"\u064A\u0647" && with_article[g] * 2 > uses[g];
  };

  // Sound plurals join their singular when the document uses both (endings from the light
  // stemmers of Larkey et al., applied only on evidence): الذرات/الذرة, الإلكترونات/إلكترون,
  // المدنيين/مدني. Broken plurals (الأسلحة/السلاح) are not attempted. Merging the feminine of
  // nisba adjectives (النووية/النووي) was tried and dropped: the merged adjective then
  // outranks the phrase it belongs to (الطاقة النووية).
  std::u16string probe;
  auto unite_with = [&](int g, std::u16string_view base, std::u16string_view ending) {
    probe.assign(base);
    probe.append(ending);
    auto it = group_of.find(probe);
    if (it != group_of.end() && it->second != g) groups.unite(g, it->second);
  };
  for (int g = 0; g < int(group_stem.size()); ++g) {
    std::u16string_view st = group_stem[g];
    if (st.size() < 4) continue;
    std::u16string_view end = st.substr(st.size() - 2), base = st.substr(0, st.size() - 2);
    if (end == u"\u0627\u062A") {  // ات: ذرات -> ذره, الكترونات -> الكترون
      if (base.size() >= 3) unite_with(g, base, u"");
      unite_with(g, base, u"\u0647");
    } else if (st.size() < 5) {
      continue;
    } else if (end == u"\u064A\u0646" || end == u"\u0648\u0646") {  // ين ون
      unite_with(g, base, u"");
    }
  }

  // Spelling variants (هيلي/هايلي, الكيمياوية/الكيماوية): bucket stems by variant_key.
  std::unordered_map<std::u16string, std::vector<int>> buckets;
  for (int g = 0; g < int(group_stem.size()); ++g) {
    if (group_stem[g].size() >= 4) buckets[variant_key(group_stem[g])].push_back(g);
  }
  for (auto& [key, members] : buckets) {
    if (key.size() < 2) continue;
    for (size_t a = 0; a < members.size(); ++a) {
      for (size_t b = a + 1; b < members.size(); ++b) {
        int x = members[a], y = members[b];
        if (safe_variant_pair(group_stem[x], group_stem[y], adjective(x), adjective(y))) groups.unite(x, y);
      }
    }
  }
  canonical.resize(group_stem.size());
  for (int g = 0; g < int(group_stem.size()); ++g) canonical[g] = groups.find(g);
  for (WordInfo& w : info) {
    if (w.group >= 0) w.group = canonical[w.group];
  }
  return info;
}

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
  size_t keep_from = prefix;   // normalized offset where the display starts
  bool add_article = false;
  size_t article = pre.find(u"\u0627\u0644");
  if (pre.substr(conj, 2) == u"\u0644\u0644") {
    add_article = true;        // للكلور = ل + الكلور with the alef elided
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

std::string describe(const Candidate& c, int total_sentences) {
  std::string why;
  auto add = [&](const std::string& part) { why += (why.empty() ? "" : ", ") + part; };
  if (c.hashtag) add("hashtag");
  if (c.in_title) add("in title");
  add(std::to_string(c.starts.size()) + (c.starts.size() == 1 ? " occurrence" : " occurrences"));
  if (total_sentences > 1) add(std::to_string(c.sentences) + (c.sentences == 1 ? " sentence" : " sentences"));
  if (c.idf >= 0.8) add("rare in general text");
  else if (c.idf < 0.45) add("common in general text");
  return why;
}

}  // namespace

std::vector<Keyword> KeywordExtractor::extract(const Document& doc, const std::vector<Hashtag>& hashtags,
                                               const KeywordOptions& options) const {
  const auto& tokens = doc.words.tokens;
  if (tokens.empty() || options.top_k <= 0) return {};
  const int min_words = std::max(1, options.min_words);
  const int max_words = std::min(kMaxPhraseWords, options.phrases ? std::max(min_words, options.max_words) : 1);
  if (min_words > max_words) return {};

  std::vector<std::u16string_view> group_stem;
  std::vector<int> canonical;
  std::vector<WordInfo> info = analyze_words(doc, impl_->stop, impl_->background, group_stem, canonical);

  // A short first line followed by more text is the title.
  uint32_t title_tokens = 0;
  for (const Token& t : tokens) title_tokens += t.line == 0;
  const bool has_title = title_tokens < tokens.size() && title_tokens <= kMaxTitleTokens;

  // The underscore of #نيكي_هيلي breaks words but not the phrase.
  std::vector<Span> tag_spans;
  for (const Hashtag& h : hashtags) tag_spans.push_back(h.span);
  std::sort(tag_spans.begin(), tag_spans.end(), [](Span a, Span b) { return a.start < b.start; });
  std::vector<int> in_hashtag(tokens.size(), -1);
  for (size_t i = 0, h = 0; i < tokens.size() && h < tag_spans.size();) {
    if (tokens[i].orig.start >= tag_spans[h].end) {
      ++h;
    } else {
      if (tokens[i].orig.start >= tag_spans[h].start) in_hashtag[i] = int(h);
      ++i;
    }
  }
  auto joined = [&](size_t j) {
    return !tokens[j].break_before || (in_hashtag[j] >= 0 && in_hashtag[j] == in_hashtag[j - 1]);
  };

  // Candidates: runs of content words with no punctuation, line or sentence break inside.
  std::unordered_map<PhraseKey, int, PhraseKeyHash> index;
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (info[i].group < 0) continue;
    PhraseKey key{};
    for (int len = 1; len <= max_words; ++len) {
      size_t j = i + size_t(len) - 1;
      if (j >= tokens.size() || info[j].group < 0) break;
      if (len > 1 && (!joined(j) || info[j].conjoined || tokens[j].sentence != tokens[i].sentence)) break;
      // A word repeated inside a phrase ("الكلور الكلور") makes no term.
      if (std::find(key.ids, key.ids + len - 1, info[j].group) != key.ids + len - 1) break;
      key.ids[len - 1] = info[j].group;
      key.len = len;
      if (len < min_words) continue;
      auto [it, fresh] = index.emplace(key, int(candidates.size()));
      if (fresh) {
        candidates.emplace_back();
        candidates.back().key = key;
      }
      Candidate& c = candidates[it->second];
      c.starts.push_back(uint32_t(i));
      if (tokens[i].sentence != c.last_sentence) {
        ++c.sentences;
        c.last_sentence = tokens[i].sentence;
      }
      if (has_title && tokens[i].line == 0) c.in_title = true;
    }
  }
  if (candidates.empty()) return {};

  // Hashtags: the tag's words (underscores are spaces) mark candidates that spell them.
  // Linear in hashtags and candidates: tag keys go into a set, and each candidate looks up
  // its own sub-sequences.
  std::unordered_set<PhraseKey, PhraseKeyHash> tag_keys;
  if (!hashtags.empty()) {
    std::unordered_map<std::u16string_view, int> stem_group;
    for (size_t g = 0; g < group_stem.size(); ++g) stem_group.emplace(group_stem[g], canonical[g]);
    for (const Hashtag& h : hashtags) {
      std::u16string tag = utf8_to_utf16(h.normalized);
      PhraseKey key{};
      bool ok = true;
      for (size_t pos = 0; ok && pos < tag.size();) {
        size_t end = std::min(tag.find(u' ', pos), tag.size());
        std::u16string_view word = std::u16string_view(tag).substr(pos, end - pos);
        pos = end + 1;
        if (word.empty()) continue;
        auto g = stem_group.find(light_stem(word));
        ok = g != stem_group.end() && key.len < kMaxPhraseWords;
        if (ok) key.ids[key.len++] = g->second;
      }
      if (ok && key.len > 0) tag_keys.insert(key);
    }
  }
  if (!tag_keys.empty()) {
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

  // Score. Each factor is a plain multiplier so `why` can explain the ranking.
  std::vector<double> group_idf(group_stem.size(), -1);
  auto idf_of = [&](int g) {
    // The background is Arabic; a Latin-script word (a name, an acronym, or plain English
    // like "System") gets a middling value instead of "never seen".
    if (group_idf[g] < 0) {
      group_idf[g] = is_arabic_letter_word(group_stem[g]) ? impl_->background.idf(group_stem[g]) : 0.5;
    }
    return group_idf[g];
  };
  std::vector<int> group_uses(group_stem.size(), 0);
  for (const WordInfo& w : info) {
    if (w.group >= 0) ++group_uses[size_t(w.group)];
  }
  const double n_tokens = double(tokens.size());
  for (Candidate& c : candidates) {
    // A phrase is about as specific as its rarest word (noisy-OR: مجلس الأمن is more specific
    // than مجلس or الأمن) but a common word at its edge (استخدام الأسلحة) dilutes it (mean).
    double common = 1, sum = 0;
    for (int k = 0; k < c.key.len; ++k) {
      double idf = idf_of(c.key.ids[k]);
      common *= 1 - idf;
      sum += idf;
    }
    c.idf = 0.5 * (1 - common) + 0.5 * sum / c.key.len;
    // The background is small and general, so it only tempers: a topic that is common in
    // news (روسيا, مجلس الأمن) keeps a good part of its weight; function words are in the stop lists.
    double specificity = 0.25 + 0.75 * c.idf;
    double count = double(c.starts.size()) + (c.in_title ? 1 : 0);
    double tf = std::pow(count, 0.7);
    double first = c.starts.front() / n_tokens;
    double position = 1 + 0.5 * std::exp(-3 * first);  // news puts the topic first
    double spread = 1 + 0.15 * std::log2(double(c.sentences));
    double title = c.in_title ? 1.3 : 1;
    double tag = c.hashtag ? 1.8 : c.hashtag_part ? 1.3 : 1;
    // A phrase seen once is usually an accidental word pair; a repeated one is a name or term.
    // Cohesion (a generalized Dice coefficient): how much of its words' use the phrase
    // accounts for. مجلس الأمن, whose words never occur apart, is a name; a repeated pair of
    // words that are mostly used elsewhere is a looser association.
    bool repeated = c.starts.size() >= 2 || c.hashtag;
    double length = 1;
    if (c.key.len > 1) {
      double word_uses = 0;
      for (int k = 0; k < c.key.len; ++k) word_uses += group_uses[size_t(c.key.ids[k])];
      double cohesion = std::min(1.0, c.key.len * double(c.starts.size()) / std::max(1.0, word_uses));
      length = repeated ? (1.1 + 0.05 * (c.key.len - 2)) * (0.7 + 0.7 * cohesion) : 0.45;
    }
    c.raw = tf * specificity * position * spread * title * tag * length;
  }

  std::vector<int> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const Candidate &x = candidates[a], &y = candidates[b];
    if (x.raw != y.raw) return x.raw > y.raw;
    if (x.starts.size() != y.starts.size()) return x.starts.size() > y.starts.size();
    return x.starts.front() != y.starts.front() ? x.starts.front() < y.starts.front() : x.key.len < y.key.len;
  });

  // Near-duplicates: a phrase and the words or sub-phrase it mostly consists of say the same
  // thing; keep the one ranked first unless the longer one covers most uses of the shorter.
  // Selection runs to a fixed depth whatever top_k is, so a shorter list is always a prefix
  // of a longer one (replacements below can reach back up the list).
  const size_t selection_size = size_t(std::max(options.top_k, kSelectionDepth));
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
        bool major = c.starts.size() >= 2 && c.starts.size() * 5 >= o.starts.size() * 2;
        if (!major) {
          keep = c.starts.size() >= 2;
          continue;
        }
        // When it accounts for a good share of o's uses it is the better name (الأسلحة
        // الكيمياوية over الكيمياوية): it takes o's place, and o stays only if it is used
        // more outside c than in it. A phrase is replaced only by a longer one whose extra
        // words are as specific (استخدام الأسلحة الكيمياوية does not replace الأسلحة الكيمياوية).
        bool more_specific = o.key.len == 1 || c.idf >= o.idf;
        if (more_specific) {
          bool o_alone = o.starts.size() > c.starts.size() * 2;
          chosen.erase(std::remove_if(chosen.begin() + long(s) + 1, chosen.end(),
                                      [&](int x) { return contains_sequence(c.key, candidates[x].key); }),
                       chosen.end());
          // It inherits o's rank; a phrase's own frequency understates it.
          candidates[id].raw = std::max(candidates[id].raw, o.raw);
          if (o_alone) chosen.insert(chosen.begin() + long(s), id);
          else chosen[s] = id;
        }
        keep = false;
      } else if (contains_sequence(o.key, c.key)) {
        // c stays if it is used more outside o than in it, or o was seen only once (a
        // hashtag's #نيكي_هيلي does not hide هيلي/هايلي used in the text).
        keep = c.starts.size() > o.starts.size() * 2 || (o.starts.size() == 1 && c.starts.size() >= 2);
      } else if (c.key.len > 1 && o.key.len > 1 && shares_word(c.key, o.key)) {
        keep = c.starts.size() > o.starts.size();
      }
    }
    if (keep) chosen.push_back(id);
  }

  std::stable_sort(chosen.begin(), chosen.end(), [&](int a, int b) { return candidates[a].raw > candidates[b].raw; });
  if (chosen.size() > size_t(options.top_k)) chosen.resize(size_t(options.top_k));

  std::vector<Keyword> out;
  out.reserve(chosen.size());
  std::u16string display;
  for (int id : chosen) {
    const Candidate& c = candidates[id];
    Keyword k;
    // Display: the most frequent cleaned surface form (ties: the earliest).
    std::vector<std::pair<std::u16string, int>> forms;
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
      auto f = std::find_if(forms.begin(), forms.end(), [&](const auto& p) { return p.first == display; });
      if (f == forms.end()) {
        forms.emplace_back(display, 0);
        f = forms.end() - 1;
      }
      f->second += preferred ? 2 : 1;
      if (best < 0 || f->second > forms[size_t(best)].second) best = int(f - forms.begin());
    }
    k.term = utf16_to_utf8(forms[size_t(best)].first);
    std::u16string normalized;
    for (int i = 0; i < c.key.len; ++i) {
      if (i) normalized.push_back(u' ');
      normalized.append(group_stem[size_t(c.key.ids[i])]);
    }
    k.normalized = utf16_to_utf8(normalized);
    // raw / (raw + 2): 0.5 for a specific word seen about 3 times early on, 0.8 and up for the
    // dominant terms of a long article.
    k.score = c.raw / (c.raw + 2);
    k.count = int(c.starts.size());
    k.why = describe(c, int(doc.words.sentence_count));
    out.push_back(std::move(k));
  }
  return out;
}

}  // namespace aa
