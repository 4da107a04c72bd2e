// The entity lexicon (ner_lexicon.bin, read in place) and the per-token view the layers share.
#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "arabic_analyzer/clitics.h"
#include "arabic_analyzer/embedded_data.h"
#include "entities/internal.h"

namespace aa::ner {

Lexicon Lexicon::load() { return Lexicon(embedded_file("ner_lexicon.bin")); }

Lexicon::Lexicon(std::string_view table) : table_(table, "ner_lexicon.bin", kLexiconFields) {}

LexEntry Lexicon::find(std::u16string_view normalized) const {
  LexEntry e;
  std::optional<uint32_t> r = table_.find(normalized);
  if (!r) return e;
  e.cues = uint32_t(table_.field(kFieldCues, *r));
  e.cluster = int16_t(int(table_.field(kFieldCluster, *r)) - 1);
  e.name_types = uint8_t(table_.field(kFieldNameTypes, *r));
  e.phrase = uint8_t(table_.field(kFieldPhrase, *r));
  e.name_lists = uint8_t(table_.field(kFieldNameLists, *r));
  return e;
}

FormLex::FormLex(const LexEntry& e) : bits_(e.phrase) {
  const bool listed = (e.phrase & (kPhraseListed | kPhrasePrefix)) ||
                      (e.cues & (kCueGiven | kCueOrgHead | kCuePlace | kCueTitle));
  if (listed) bits_ |= kListed;
  if (listed || e.word_stats()) bits_ |= kKnown;
}

int word_forms(const TokenInfo& t, WordForm out[4]) {
  int n = 0;
  out[n++] = {kFormWord, t.h_word, 0, t.word};
  if (t.article && t.article_skip > 0)
    out[n++] = {kFormArticleStem, t.h_article_stem, t.article_skip, t.stem};
  if (!t.bare.empty())
    out[n++] = {kFormBare, t.h_bare, uint16_t(t.word.size() - t.bare.size()), t.bare};
  if (!t.bare2.empty())
    out[n++] = {kFormBare2, t.h_bare2, uint16_t(t.word.size() - t.bare2.size()), t.bare2};
  return n;
}

namespace {

// Key of a word in one document: the same text as a number or as a non-Arabic token is
// another word (its TokenInfo differs).
uint64_t word_kind_key(const Token& tok, uint64_t h_word) {
  return h_word ^ (uint64_t(tok.kind == TokenKind::number) << 63) ^ (uint64_t(tok.arabic) << 62);
}

// The article-free stem and the one- and two-letter bare proclitic splits of an Arabic word;
// which split (if any) is right is decided later by what matches.
void split_clitics(TokenInfo& t) {
  t.stem = light_stem(t.word);
  if (t.stem.size() < t.word.size()) {
    t.article = true;
    // The article is the last two units of the prefix, or the ل of لل (ل + ال, alef elided).
    size_t prefix = t.word.size() - t.stem.size();
    bool lam_lam = prefix >= 2 && t.word[prefix - 1] == u'ل' && t.word[prefix - 2] == u'ل';
    t.article_skip = uint16_t(lam_lam ? prefix - 1 : prefix - 2);
    return;
  }
  for (const CliticSplit& s : clitic_splits(t.word)) {
    if (s.article) continue;
    if (s.prefix.size() == 1 && t.bare.empty()) t.bare = s.stem;
    if (s.prefix.size() == 2 && t.bare2.empty()) t.bare2 = s.stem;
  }
}

bool all_arabic_letters(std::u16string_view word) {
  return std::all_of(word.begin(), word.end(), is_arabic_letter);
}

// Computed once: every feature of the token and its neighbours reuses them.
void hash_forms(TokenInfo& t, uint64_t h_word) {
  t.h_word = h_word;
  t.h_stem = t.stem.size() == t.word.size() ? t.h_word : hash_u16(t.stem);
  t.h_bare = t.bare.empty() ? 0 : hash_u16(t.bare);
  t.h_bare2 = t.bare2.empty() ? 0 : hash_u16(t.bare2);
  t.h_article_stem = t.article ? hash_u16(t.stem, hash_u16(u"ال")) : 0;
}

// What the lexicons say about each form of a word (by FormKind), and its cue bits: of any form,
// of the word as written, of the word without its one-letter proclitic.
struct FormEntries {
  LexEntry entry[kFormKinds];
  uint32_t any = 0, written = 0, bare = 0;
};

// Cue lists: any form of the word (وزارة is not و+زارة, but ولجنة is و+لجنة; والرئيس and
// للرئيس are listed as الرئيس). A cue's `skip` is that of the first form that has it.
FormEntries look_up_forms(TokenInfo& t, const Lexicon& lex, std::u16string& article_stem) {
  FormEntries out;
  WordForm forms[4];
  const int nforms = word_forms(t, forms);
  for (int k = 0; k < nforms; ++k) {
    const WordForm& f = forms[k];
    LexEntry& e = out.entry[f.kind];
    if (f.kind == kFormArticleStem) {
      article_stem.assign(u"ال").append(f.text);
      e = lex.find(article_stem);
    } else {
      e = lex.find(f.text);
    }
    t.lex[f.kind] = FormLex(e);
    if (!e.cues) continue;
    if (f.kind == kFormWord) out.written = e.cues;
    if (f.kind == kFormBare) out.bare = e.cues;
    uint32_t fresh = e.cues & ~out.any;
    if (fresh & kCueGiven) t.given_skip = f.skip;
    if (fresh & kCueOrgHead) t.head_skip = f.skip;
    out.any |= e.cues;
  }
  return out;
}

// Clusters and name words are keyed by stem; a word with bare proclitics (وبدمشق) falls back to
// the word without them when its own form is not listed.
void set_word_stats(TokenInfo& t, const Lexicon& lex, const FormEntries& forms) {
  const LexEntry stem = t.stem.size() == t.word.size() ? forms.entry[kFormWord] : lex.find(t.stem);
  const LexEntry* none = nullptr;
  for (const LexEntry* e : {&stem, t.bare2.empty() ? none : &forms.entry[kFormBare2],
                            t.bare.empty() ? none : &forms.entry[kFormBare]}) {
    if (!e || !e->word_stats()) continue;
    t.cluster = e->cluster;
    t.name_types = e->name_types;
    break;
  }
  for (const LexEntry* e : {&stem, t.bare2.empty() ? none : &forms.entry[kFormBare2],
                            t.bare.empty() ? none : &forms.entry[kFormBare]}) {
    if (!e || !e->name_lists) continue;
    t.name_lists = e->name_lists;
    break;
  }
}

// A cue from kCueNameConnector on counts only on the word as written (CueBits).
void set_cue_flags(TokenInfo& t, const FormEntries& forms) {
  const uint32_t any = forms.any, written = forms.written;
  t.stop = any & kCueStop;
  t.title = any & kCueTitle;
  t.given = any & kCueGiven;
  t.place_trigger = any & kCuePlace;
  t.strong_place_trigger = any & kCueStrongPlace;
  t.org_head = any & kCueOrgHead;
  t.org_trigger = any & kCueOrgTrigger;
  t.sports = any & kCueSports;
  t.ordinal = written & kCueOrdinal;
  t.ordinal_teen = written & kCueOrdinalTeen;
  t.name_connector = written & kCueNameConnector;
  t.compound_place_head = written & kCueCompoundPlaceHead;
  t.place_adjective = written & kCuePlaceAdjective;
  t.resumptive = written & kCueResumptive;
  t.title_modifier = written & kCueTitleModifier;
  t.title_link = written & kCueTitleLink;
  t.plural_place = (t.bare.empty() ? written : forms.bare) & kCuePluralPlace;
}

// How a Latin-script word is written in the original text; its search form is case-folded.
LatinShape latin_shape(const Document& doc, const Token& tok) {
  std::u16string_view original =
      std::u16string_view(doc.original).substr(tok.orig.start, tok.orig.size());
  size_t upper = 0, lower = 0;
  for (char16_t c : original) {
    if (u_isupper(c))
      ++upper;
    else if (u_islower(c))
      ++lower;
    else if (u_isalpha(c))
      return LatinShape::none;  // a letter without case: وiPhone is not a Latin word
  }
  if (upper + lower == 0) return LatinShape::none;
  if (upper + lower == 1) return LatinShape::other;  // an initial or a list letter (A, b)
  if (lower == 0) return LatinShape::acronym;
  if (u_isupper(original[0])) return LatinShape::capitalized;
  return upper == 0 ? LatinShape::lower : LatinShape::other;
}

// Everything about a word the document had not seen before.
TokenInfo new_word(const Token& tok, std::u16string_view word, uint64_t h_word, uint32_t word_id,
                   const Lexicon& lex, std::u16string& article_stem) {
  TokenInfo t;
  t.word_id = word_id;
  t.word = word;
  t.number = tok.kind == TokenKind::number;
  t.arabic = tok.arabic;
  t.stem = word;
  if (t.arabic && !t.number) {
    split_clitics(t);
    t.arabic = all_arabic_letters(word);
  }
  hash_forms(t, h_word);
  const FormEntries forms = look_up_forms(t, lex, article_stem);
  set_word_stats(t, lex, forms);
  set_cue_flags(t, forms);
  return t;
}

// Whether the separator before `tok` holds a mark that ends a clause, quote or list item. A
// hyphen does not: it joins the parts of East Asian and French names (كيم جونغ - ايل).
constexpr std::u16string_view kClauseMarks = u"\u060C,:;\u061B.!?\u061F\u00AB\u00BB\"\n";

bool clause_mark_between(const Document& doc, const Token* before, const Token& tok) {
  if (!before) return false;
  std::u16string_view text(doc.search.text);
  for (size_t k = before->norm.end; k < tok.norm.start && k < text.size(); ++k) {
    if (kClauseMarks.find(text[k]) != std::u16string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::vector<TokenInfo> token_infos(const Document& doc, const Lexicon& lex) {
  std::vector<TokenInfo> out;
  out.reserve(doc.words.tokens.size());
  // Everything but the position depends only on the word and its kind: a word seen before in
  // the document is copied from its first occurrence.
  std::unordered_map<uint64_t, uint32_t> first_seen;
  first_seen.reserve(doc.words.tokens.size() / 2 + 1);
  uint32_t next_word_id = 0;
  std::u16string article_stem;  // reused: ال + stem
  const Token* before = nullptr;
  for (const Token& tok : doc.words.tokens) {
    std::u16string_view word = doc.normalized_text(tok);
    uint64_t h_word = hash_u16(word);
    auto [seen, fresh] = first_seen.try_emplace(word_kind_key(tok, h_word), uint32_t(out.size()));
    TokenInfo t = !fresh && out[seen->second].word == word
                      ? out[seen->second]
                      : new_word(tok, word, h_word, next_word_id++, lex, article_stem);
    t.break_before = tok.break_before;
    t.clause_mark_before = tok.break_before && clause_mark_between(doc, before, tok);
    before = &tok;
    t.sentence = tok.sentence;
    // Case is per occurrence (Apple, APPLE), not per search-normalized word.
    if (!t.arabic && !t.number) t.latin = latin_shape(doc, tok);
    out.push_back(t);
  }
  return out;
}

}  // namespace aa::ner
