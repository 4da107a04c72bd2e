// Loading the entity lexicons from wasm/data and the per-token view the layers share.
#include <string>
#include <unordered_map>
#include <vector>

#include "arabic_analyzer/clitics.h"
#include "arabic_analyzer/embedded_data.h"
#include "entities/internal.h"

namespace aa::ner {
namespace {

void add_cues(Lexicon& lex, std::string_view file, const Normalizer& norm, uint16_t bits,
              std::string_view only_kind = {}, uint16_t kind_bits = 0) {
  for_each_data_row(file, [&](std::string_view w, std::string_view kind) {
    uint16_t& cue = lex.cues[hash_u16(norm.normalize_text(utf8_to_utf16(w)))];
    cue |= !only_kind.empty() && kind == only_kind ? kind_bits : bits;
  });
}

bool type_from_name(std::string_view s, EntityType& out) {
  if (s == "PER")
    out = EntityType::PER;
  else if (s == "LOC")
    out = EntityType::LOC;
  else if (s == "ORG")
    out = EntityType::ORG;
  else
    return false;
  return true;
}

struct PhraseRow {
  std::u16string name;  // search-normalized, words separated by one space
  EntityType type;
  bool weak;
};

void read_phrases(std::vector<PhraseRow>& rows, std::string_view file, const Normalizer& norm) {
  for_each_data_row(
      file, [&](std::string_view name, std::string_view type_name, std::string_view kind) {
        EntityType type;
        if (!type_from_name(type_name, type)) return;
        std::u16string n = norm.normalize_text(utf8_to_utf16(name));
        if (n.find_first_not_of(u' ') == std::u16string::npos) return;
        bool weak = kind.size() >= 10 && kind.substr(kind.size() - 10) == "_ambiguous";
        rows.push_back({std::move(n), type, weak});
      });
}

// A nationality adjective (البريطاني, الكورية) names the country of a listed place.
bool nationality_adjective(std::u16string_view w, const std::unordered_set<uint64_t>& places) {
  if (w.size() < 5 || w.substr(0, 2) != u"ال") return false;
  std::u16string_view root = w.substr(2);
  if (root.size() > 2 && root.substr(root.size() - 2) == u"يه")
    root.remove_suffix(2);
  else if (root.back() == u'ي')
    root.remove_suffix(1);
  else
    return false;
  for (std::u16string_view tail : {u"", u"يا", u"ا"})
    if (places.count(hash_u16(tail, hash_u16(root))) ||
        places.count(hash_u16(tail, hash_u16(root, hash_u16(u"ال")))))
      return true;
  return false;
}

// ANERcorp's convention, which the tagger is judged by, leaves a nationality adjective after
// a name outside it (حزب العمال | البريطاني): a listed phrase that only adds one to another
// listed phrase is dropped so it cannot pull the adjective in.
void add_phrases(Lexicon& lex, const std::vector<PhraseRow>& rows) {
  std::unordered_set<uint64_t> places, strong;
  for (const PhraseRow& r : rows) {
    if (r.type == EntityType::LOC && r.name.find(u' ') == std::u16string::npos)
      places.insert(hash_u16(r.name));
    if (!r.weak) strong.insert(hash_u16(r.name));
  }
  for (const PhraseRow& r : rows) {
    std::u16string_view n = r.name;
    size_t last_space = n.rfind(u' ');
    if (last_space != std::u16string_view::npos &&
        strong.count(hash_u16(n.substr(0, last_space))) &&
        nationality_adjective(n.substr(last_space + 1), places))
      continue;
    uint64_t h = 0;
    uint8_t words = 0;
    size_t pos = 0;
    while (pos < n.size()) {
      size_t sp = n.find(u' ', pos);
      if (sp == std::u16string_view::npos) sp = n.size();
      if (sp > pos) {
        if (words) lex.phrase_prefixes.insert(h);
        h = words ? hash_join(h, n.substr(pos, sp - pos)) : hash_u16(n.substr(pos, sp - pos));
        ++words;
      }
      pos = sp + 1;
    }
    // The first list to name a phrase wins; the curated lists are read before CLDR.
    lex.phrases.emplace(h, PhraseInfo{r.type, words, r.weak});
    if (words > lex.max_phrase_words) lex.max_phrase_words = words;
  }
}

}  // namespace

Lexicon Lexicon::load(const Normalizer& norm) {
  Lexicon lex;
  std::vector<PhraseRow> rows;
  read_phrases(rows, embedded_file("gazetteer_orgs_ar.tsv"), norm);
  read_phrases(rows, embedded_file("gazetteer_places_ar.tsv"), norm);
  read_phrases(rows, embedded_file("gazetteer_people_ar.tsv"), norm);
  read_phrases(rows, embedded_file("gazetteer_cldr.tsv"), norm);
  add_phrases(lex, rows);
  add_cues(lex, embedded_file("ner_stopwords_ar.txt"), norm, kCueStop);
  add_cues(lex, embedded_file("ner_titles_ar.txt"), norm, kCueTitle);
  add_cues(lex, embedded_file("ner_given_names_ar.txt"), norm, kCueGiven);
  add_cues(lex, embedded_file("ner_place_triggers_ar.txt"), norm, kCuePlace, "strong",
           kCuePlace | kCueStrongPlace);
  add_cues(lex, embedded_file("ner_org_heads_ar.txt"), norm, kCueOrgHead, "trigger",
           kCueOrgTrigger);
  add_cues(lex, embedded_file("ner_name_connectors_ar.txt"), norm, kCueNameConnector);
  add_cues(lex, embedded_file("ner_compound_place_heads_ar.txt"), norm, kCueCompoundPlaceHead);
  add_cues(lex, embedded_file("ner_place_adjectives_ar.txt"), norm, kCuePlaceAdjective);
  add_cues(lex, embedded_file("ner_resumptive_pronouns_ar.txt"), norm, kCueResumptive);
  add_cues(lex, embedded_file("ner_title_modifiers_ar.txt"), norm, kCueTitleModifier);
  add_cues(lex, embedded_file("ner_title_links_ar.txt"), norm, kCueTitleLink);
  add_cues(lex, embedded_file("ner_plural_place_triggers_ar.txt"), norm, kCuePluralPlace);
  // Keys are already token stems in search form (written by build-scripts/build-ner-clusters.sh
  // and tools/ner/gen_name_words.cpp).
  for_each_data_row(
      embedded_file("ner_clusters.tsv"), [&](std::string_view id, std::string_view words) {
        int v = 0;
        for (char c : id) v = v * 10 + (c - '0');
        for (size_t at = 0; at < words.size();) {
          size_t end = std::min(words.find(' ', at), words.size());
          if (end > at)
            lex.words[hash_u16(utf8_to_utf16(words.substr(at, end - at)))].cluster = int16_t(v);
          at = end + 1;
        }
      });
  for_each_data_row(embedded_file("ner_name_words.tsv"),
                    [&](std::string_view w, std::string_view types) {
                      uint8_t bits = 0;
                      for (char c : types)
                        bits |= c == 'P'   ? kNamePer
                                : c == 'L' ? kNameLoc
                                : c == 'O' ? kNameOrg
                                : c == 'M' ? kNameMisc
                                           : 0;
                      lex.words[hash_u16(utf8_to_utf16(w))].name_types = bits;
                    });
  return lex;
}

bool Lexicon::phrase(uint64_t h, PhraseInfo& out) const {
  auto it = phrases.find(h);
  if (it == phrases.end()) return false;
  out = it->second;
  return true;
}

bool Lexicon::lists(uint64_t h) const {
  auto cue = cues.find(h);
  return phrases.count(h) || phrase_prefixes.count(h) ||
         (cue != cues.end() && (cue->second & (kCueGiven | kCueOrgHead | kCuePlace | kCueTitle)));
}

int word_forms(const TokenInfo& t, WordForm out[4]) {
  int n = 0;
  out[n++] = {t.h_word, 0};
  if (t.article && t.article_skip > 0) out[n++] = {t.h_article_stem, t.article_skip};
  if (!t.bare.empty()) out[n++] = {t.h_bare, uint16_t(t.word.size() - t.bare.size())};
  if (!t.bare2.empty()) out[n++] = {t.h_bare2, uint16_t(t.word.size() - t.bare2.size())};
  return n;
}

std::vector<TokenInfo> token_infos(const Document& doc, const Lexicon& lex) {
  std::vector<TokenInfo> out;
  out.reserve(doc.words.tokens.size());
  // Everything below but the position depends only on the word and its kind: a word seen
  // before in the document is copied from its first occurrence.
  std::unordered_map<uint64_t, uint32_t> first_seen;
  first_seen.reserve(doc.words.tokens.size() / 2 + 1);
  uint32_t next_word_id = 0;
  for (const Token& tok : doc.words.tokens) {
    std::u16string_view word = doc.normalized_text(tok);
    uint64_t h_word = hash_u16(word);
    auto [seen, fresh] = first_seen.try_emplace(
        h_word ^ (uint64_t(tok.kind == TokenKind::number) << 63) ^ (uint64_t(tok.arabic) << 62),
        uint32_t(out.size()));
    if (!fresh && out[seen->second].word == word) {
      TokenInfo t = out[seen->second];
      t.break_before = tok.break_before;
      t.sentence = tok.sentence;
      out.push_back(t);
      continue;
    }
    TokenInfo t;
    t.word_id = next_word_id++;
    t.word = word;
    t.number = tok.kind == TokenKind::number;
    t.arabic = tok.arabic;
    t.break_before = tok.break_before;
    t.sentence = tok.sentence;
    t.stem = t.word;
    if (t.arabic && !t.number) {
      t.stem = light_stem(t.word);
      if (t.stem.size() < t.word.size()) {
        t.article = true;
        // The article is the last two units of the prefix, or the ل of لل (ل + ال, alef elided).
        size_t prefix = t.word.size() - t.stem.size();
        bool lam_lam = prefix >= 2 && t.word[prefix - 1] == u'ل' && t.word[prefix - 2] == u'ل';
        t.article_skip = uint16_t(lam_lam ? prefix - 1 : prefix - 2);
      }
      // Bare proclitic splits; which one (if any) is right is decided by what matches.
      if (!t.article) {
        for (const CliticSplit& s : clitic_splits(t.word)) {
          if (s.article) continue;
          if (s.prefix.size() == 1 && t.bare.empty()) t.bare = s.stem;
          if (s.prefix.size() == 2 && t.bare2.empty()) t.bare2 = s.stem;
        }
      }
      bool letters = true;
      for (char16_t c : t.word) letters = letters && is_arabic_letter(c);
      t.arabic = letters;
    }
    // Clusters and name words are keyed by stem; a word with bare proclitics (وبدمشق) falls
    // back to the word without them when its own form is not listed.
    t.h_word = h_word;
    t.h_stem = t.stem.size() == t.word.size() ? t.h_word : hash_u16(t.stem);
    t.h_bare = t.bare.empty() ? 0 : hash_u16(t.bare);
    t.h_bare2 = t.bare2.empty() ? 0 : hash_u16(t.bare2);
    t.h_article_stem = t.article ? hash_u16(t.stem, hash_u16(u"ال")) : 0;
    for (uint64_t h : {t.h_stem, t.h_bare2, t.h_bare}) {
      if (!h) continue;
      auto w = lex.words.find(h);
      if (w == lex.words.end()) continue;
      t.cluster = w->second.cluster;
      t.name_types = w->second.name_types;
      break;
    }
    // Cue lists: any form of the word (وزارة is not و+زارة, but ولجنة is و+لجنة; والرئيس and
    // للرئيس are listed as الرئيس). A cue's `skip` is that of the first form that has it.
    WordForm forms[4];
    const int nforms = word_forms(t, forms);
    uint16_t any = 0, written = 0, bare = 0;
    for (int k = 0; k < nforms; ++k) {
      const WordForm& f = forms[k];
      auto c = lex.cues.find(f.hash);
      if (c == lex.cues.end()) continue;
      if (k == 0) written = c->second;  // forms[0] is the word as written
      if (!t.bare.empty() && f.hash == t.h_bare) bare = c->second;
      uint16_t fresh = c->second & ~any;
      if (fresh & kCueGiven) t.given_skip = f.skip;
      if (fresh & kCueOrgHead) t.head_skip = f.skip;
      any |= c->second;
    }
    t.stop = any & kCueStop;
    t.title = any & kCueTitle;
    t.given = any & kCueGiven;
    t.place_trigger = any & kCuePlace;
    t.strong_place_trigger = any & kCueStrongPlace;
    t.org_head = any & kCueOrgHead;
    t.org_trigger = any & kCueOrgTrigger;
    t.name_connector = written & kCueNameConnector;
    t.compound_place_head = written & kCueCompoundPlaceHead;
    t.place_adjective = written & kCuePlaceAdjective;
    t.resumptive = written & kCueResumptive;
    t.title_modifier = written & kCueTitleModifier;
    t.title_link = written & kCueTitleLink;
    t.plural_place = (t.bare.empty() ? written : bare) & kCuePluralPlace;
    out.push_back(t);
  }
  return out;
}

}  // namespace aa::ner
