#include "keywords/groups.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "arabic_analyzer/clitics.h"
#include "arabic_analyzer/normalize.h"
#include "text/hash.h"

namespace aa::kw {

bool is_arabic_letter_word(std::u16string_view w) {
  return std::any_of(w.begin(), w.end(), [](char16_t c) { return is_arabic_letter(c); });
}

namespace {

constexpr char16_t kAlef = u'\u0627', kHeh = u'\u0647', kTehMarbuta = u'\u0629';

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

// Background idf under which a word counts as known (seen in about 1 document in 400).
constexpr double kKnownIdf = 0.6;

bool long_vowel(char16_t c) { return c == kAlef || c == u'\u0648' || c == u'\u064A'; }

// Two stems with the same variant_key are merged only when the spellings differ by one
// long vowel (هيلي/هايلي, كيمياويه/كيماويه) or by a final ا/ه (سوريا/سوريه), and are long
// enough for that to be distinctive. What stays apart: words of one root in different
// patterns (حاسب/حساب, كاتب/كتاب: same length, vowel moved), a nisba and its noun (سوري/
// سوريا: the extra letter is the ending), broken plurals with ا before
// the last two letters (مدارس/مدرس, مناطق/منطق), and nisba adjectives from their country
// (`*_adjective`: the stem ends in يه and mostly carries the article, الروسية vs روسيا).
bool safe_variant_pair(std::u16string_view a, std::u16string_view b, bool a_adjective,
                       bool b_adjective) {
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

// Hashtag parts such as the 10 of #وسم_10 come out of the tokenizer as words.
bool has_letter(std::u16string_view w) {
  for (size_t i = 0; i < w.size();) {
    if (u_isalpha(UChar32(next_code_point(w, i)))) return true;
  }
  return false;
}

// An imperfect verb with an attached pronoun or plural ending (تحميه, يلاقون, سيدعمونها),
// by shape, unless the background knows the key as a noun (it takes the article there).
bool verb_shaped(std::u16string_view w, std::u16string_view key, bool final_teh_marbuta,
                 const BackgroundDf& background) {
  if (starts_with_conjunction(w)) w.remove_prefix(1);                              // و ف
  if (!w.empty() && (w[0] == u'\u0633' || w[0] == u'\u0644')) w.remove_prefix(1);  // س ل
  // The imperfect prefixes ي ت ن (أ is left out: it also begins countless nouns).
  if (w.size() < 5 || (w[0] != u'\u064A' && w[0] != u'\u062A' && w[0] != u'\u0646')) return false;
  // ه is "him" only where the original had no ة (تحميه, not تنمية).
  std::u16string_view pronoun = object_pronoun_suffix(w);
  bool shaped = !pronoun.empty() && !(pronoun == u"\u0647" && final_teh_marbuta);
  // Plural endings, but not after ا or ي: تعاون, تلفزيون are nouns.
  if (w.size() >= 6 && (ends_with(w, u"\u0648\u0646") || ends_with(w, u"\u0648\u0627"))) {
    char16_t before = w[w.size() - 3];
    shaped = shaped || (before != u'\u0627' && before != u'\u064A');
  }
  // توجيه, تنويه have the shape but are nouns: the background sees them with the article.
  return shaped && background.article_share(key) < 0.1;
}

using Vocabulary = std::unordered_set<std::u16string_view>;

// Every token's search-normalized text, and the document's own vocabulary (article removed).
// The vocabulary confirms bare-clitic splits: بسورية is ب + سورية only if سورية (or السورية)
// occurs too; وزير stays whole since زير does not.
Vocabulary read_words(const Document& doc, std::vector<WordInfo>& info) {
  const auto& tokens = doc.words.tokens;
  info.resize(tokens.size());
  Vocabulary vocabulary;
  vocabulary.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    info[i].word = doc.normalized_text(tokens[i]);
    if (tokens[i].kind == TokenKind::word) vocabulary.insert(light_stem(info[i].word));
  }
  return vocabulary;
}

// A final ه that was ة in the original is the feminine ending, not the pronoun "his":
// سورية must not lose it (it would join السوري).
bool ends_in_teh_marbuta(const Document& doc, const Token& token) {
  std::u16string_view orig(doc.original);
  Span last = doc.search.map.to_original({token.norm.end - 1, token.norm.end});
  return orig.substr(last.start, last.size()).find(kTehMarbuta) != std::u16string_view::npos;
}

// The word's grouping key (w.stem) and whether a pronoun suffix was cut (w.suffixed). A bare
// clitic or suffix comes off when the rest is a word: the document has it, or the background
// has seen it in a fair number of documents (لمصر: مصر; وزير stays whole: زير is rare).
void split_clitics(WordInfo& w, bool final_teh_marbuta, const Vocabulary& vocabulary,
                   const BackgroundDf& background) {
  const std::u16string_view word = w.word;
  // One pointer of state keeps the std::function below from allocating on every token.
  struct Known {
    std::u16string_view word;
    bool final_teh_marbuta;
    const Vocabulary* vocabulary;
    const BackgroundDf* background;
  } ctx{word, final_teh_marbuta, &vocabulary, &background};
  auto known = [c = &ctx](std::u16string_view rest) {
    if (rest.size() < 3) return false;
    bool suffix_cut = rest.data() + rest.size() < c->word.data() + c->word.size();
    if (suffix_cut && c->final_teh_marbuta) return false;
    return c->vocabulary->count(rest) > 0 || c->background->idf(rest) < kKnownIdf;
  };
  w.stem = light_stem(word, known);
  w.suffixed = w.stem.data() + w.stem.size() < word.data() + word.size();
  // light_stem drops a leading ال even when it belongs to the word (إلكترون, ألمانيا), so
  // الإلكترونات keeps one ال and إلكترون none; dropping a second ال keeps them consistent.
  if (w.stem.size() >= 5 && w.stem.size() < word.size() && w.stem.substr(0, 2) == u"\u0627\u0644") {
    w.stem.remove_prefix(2);
  }
}

// Whether the word begins a new phrase (w.conjoined) and whether it can be part of a keyword
// at all (w.stop): stopwords, one- and two-letter stems and verb shapes cannot.
void classify(WordInfo& w, bool final_teh_marbuta, const StopList& stop,
              const BackgroundDf& background) {
  const std::u16string_view word = w.word;
  bool arabic = is_arabic_letter_word(word);
  // "الفوعة وكفريا" is a list of two names, not a phrase. Without a lexicon a leading و is
  // taken as the conjunction when light_stem split it off or the word with it is unknown
  // to the background (وزراء is a word; وكفريا is not).
  w.conjoined = starts_with_conjunction(word) &&
                (w.stem.data() != word.data() || (word.size() >= 5 && background.idf(word) >= 1.0));
  w.stop = stop.contains(word) || stop.contains(w.stem) || w.stem.size() < 2 ||
           (arabic && w.stem.size() < 3 && word.size() < 4) ||
           (arabic && verb_shaped(word, w.stem, final_teh_marbuta, background));
}

// The groups of one document while group_words builds them: one per distinct key, then
// merged (plurals with singulars, spelling variants) through a union-find.
struct Grouping {
  WordGroups out;
  std::unordered_map<std::u16string_view, int> group_of;
  Groups groups;

  // Puts a content word in the group of its key (a new group for a new key) and counts the
  // use, with or without the article.
  void add(WordInfo& w) {
    auto [it, fresh] = group_of.emplace(w.stem, 0);
    if (fresh) {
      it->second = groups.add();
      out.stem.push_back(w.stem);
      out.uses.push_back(0);
      out.with_article.push_back(0);
    }
    w.group = it->second;
    ++out.uses[w.group];
    // light_stem removes the article together with any clitic before it (وبال, لل).
    w.article = prefix_carries_article(w.word.substr(0, size_t(w.stem.data() - w.word.data())));
    if (w.article) ++out.with_article[w.group];
  }

  // Merges group g with the group of the key base + ending, if the document has that key.
  void unite_with(int g, std::u16string_view base, std::u16string_view ending) {
    probe_.assign(base);
    probe_.append(ending);
    auto it = group_of.find(probe_);
    if (it != group_of.end() && it->second != g) groups.unite(g, it->second);
  }

  // A nisba adjective (its key ends in يه) mostly used with the article.
  bool adjective(int g) const {
    std::u16string_view st = out.stem[g];
    return st.size() > 2 && st.substr(st.size() - 2) == u"\u064A\u0647" &&
           out.with_article[g] * 2 > out.uses[g];
  }

 private:
  std::u16string probe_;
};

// Sound plurals join their singular when the document uses both (endings from the light
// stemmers of Larkey et al., applied only on evidence): الذرات/الذرة, الإلكترونات/إلكترون,
// المدنيين/مدني. Broken plurals (الأسلحة/السلاح) are not attempted. Merging the feminine of
// nisba adjectives (النووية/النووي) was tried and dropped: the merged adjective then
// outranks the phrase it belongs to (الطاقة النووية).
void merge_sound_plurals(Grouping& g) {
  for (int id = 0; id < int(g.out.stem.size()); ++id) {
    std::u16string_view st = g.out.stem[id];
    if (st.size() < 4) continue;
    std::u16string_view end = st.substr(st.size() - 2), base = st.substr(0, st.size() - 2);
    if (end == u"\u0627\u062A") {  // ات: ذرات -> ذره, الكترونات -> الكترون
      if (base.size() >= 3) g.unite_with(id, base, u"");
      g.unite_with(id, base, u"\u0647");
    } else if (st.size() < 5) {
      continue;
    } else if (end == u"\u064A\u0646" || end == u"\u0648\u0646") {  // ين ون
      g.unite_with(id, base, u"");
    }
  }
}

// Broken plurals join their singular when the document uses both (الأسلحة/السلاح,
// الدول/الدولة), from a lexicon: no pattern tells them apart from other words safely.
void merge_broken_plurals(Grouping& g, const BrokenPlurals& plurals) {
  // The lexicon names a singular by the hash of its key, so the keys are hashed (once, and
  // only when the document uses a listed plural).
  std::vector<uint32_t> key_hash;
  for (int id = 0; id < int(g.out.stem.size()); ++id) {
    std::optional<uint32_t> singular = plurals.singular(g.out.stem[id]);
    if (!singular) continue;
    if (key_hash.empty())
      for (std::u16string_view key : g.out.stem) key_hash.push_back(fnv1a<uint32_t>(key));
    auto it = std::find(key_hash.begin(), key_hash.end(), *singular);
    if (it != key_hash.end()) g.groups.unite(id, int(it - key_hash.begin()));
  }
}

// Spelling variants (هيلي/هايلي, الكيمياوية/الكيماوية): stems bucketed by variant_key, merged
// pairwise when safe_variant_pair allows.
void merge_spelling_variants(Grouping& g) {
  const std::vector<std::u16string_view>& stem = g.out.stem;
  std::unordered_map<std::u16string, std::vector<int>> buckets;
  for (int id = 0; id < int(stem.size()); ++id) {
    if (stem[id].size() >= 4) buckets[variant_key(stem[id])].push_back(id);
  }
  for (auto& [key, members] : buckets) {
    if (key.size() < 2) continue;
    for (size_t a = 0; a < members.size(); ++a) {
      for (size_t b = a + 1; b < members.size(); ++b) {
        int x = members[a], y = members[b];
        if (safe_variant_pair(stem[x], stem[y], g.adjective(x), g.adjective(y)))
          g.groups.unite(x, y);
      }
    }
  }
}

// Every word's group becomes the group it was merged into.
void point_to_canonical_groups(Grouping& g) {
  std::vector<int> canonical(g.out.stem.size());
  for (int id = 0; id < int(canonical.size()); ++id) canonical[id] = g.groups.find(id);
  for (WordInfo& w : g.out.words) {
    if (w.group >= 0) w.group = canonical[w.group];
  }
}

// Modifiers: a nisba adjective (ending ي or يه) that mostly follows a definite word, as an
// adjective follows its noun (الأسلحة الكيمياوية, النظام السوري). It belongs in phrases,
// not alone.
void mark_modifiers(WordGroups& out, const std::vector<Token>& tokens) {
  const std::vector<WordInfo>& info = out.words;
  std::vector<int> uses_of(out.stem.size(), 0), after_definite(out.stem.size(), 0);
  for (size_t i = 0; i < info.size(); ++i) {
    int g = info[i].group;
    if (g < 0) continue;
    ++uses_of[g];
    if (i > 0 && info[i].article && info[i - 1].article && info[i - 1].group >= 0 &&
        !tokens[i].break_before && tokens[i].sentence == tokens[i - 1].sentence) {
      ++after_definite[g];
    }
  }
  out.modifier.assign(out.stem.size(), false);
  for (size_t g = 0; g < out.stem.size(); ++g) {
    std::u16string_view st = out.stem[g];
    bool nisba = ends_with(st, u"\u064A") || ends_with(st, u"\u064A\u0647");
    out.modifier[g] =
        nisba && st.size() >= 4 && uses_of[g] > 0 && after_definite[g] * 2 >= uses_of[g];
  }
}

}  // namespace

WordGroups group_words(const Document& doc, const Lexicons& lexicons) {
  const auto& tokens = doc.words.tokens;
  Grouping g;
  const Vocabulary vocabulary = read_words(doc, g.out.words);
  for (size_t i = 0; i < tokens.size(); ++i) {
    WordInfo& w = g.out.words[i];
    if (tokens[i].kind != TokenKind::word || w.word.size() < 2 || !has_letter(w.word)) continue;
    const bool final_teh_marbuta = ends_in_teh_marbuta(doc, tokens[i]);
    split_clitics(w, final_teh_marbuta, vocabulary, lexicons.background);
    classify(w, final_teh_marbuta, lexicons.stop, lexicons.background);
    if (!w.stop) g.add(w);
  }
  merge_sound_plurals(g);
  merge_broken_plurals(g, lexicons.plurals);
  merge_spelling_variants(g);
  point_to_canonical_groups(g);
  mark_modifiers(g.out, tokens);
  return std::move(g.out);
}

}  // namespace aa::kw
