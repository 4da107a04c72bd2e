#include "quotes/scan.h"

#include <algorithm>

namespace aa::quotes {

namespace {

// The particles that open a content clause (أن، إن، بأن, with a pronoun: أنه، إنها، بأنهم),
// search-normalized so أن and إن are one; فإن opens it after the verbal noun (على حد قوله فإن).
bool is_particle(std::u16string_view w) {
  size_t k = 0;
  if (w.size() > 2 && (w[0] == u'ب' || w[0] == u'ف')) k = 1;
  if (w.substr(k, 2) != u"ان") return false;
  std::u16string_view pronoun = w.substr(k + 2);
  return is_one_of(pronoun, {u"", u"ه", u"ها", u"هم", u"هما", u"هن", u"ني", u"نا", u"نه", u"نها",
                             u"نهم", u"ك", u"كم"});
}

}  // namespace

bool is_one_of(std::u16string_view word, std::initializer_list<std::u16string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

Scan::Scan(const Document& d, const Lexicon& lex, const std::vector<Entity>& ents)
    : doc(d), lexicon(lex), entities(ents), quotations(find_quotations(d.original)) {
  const auto& tokens = doc.words.tokens;
  info.resize(tokens.size());
  const std::u16string_view text(doc.original);
  size_t q = 0, e = 0;
  uint32_t prev_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    TokenInfo& in = info[i];
    in.word = doc.normalized_text(t);
    if (t.kind == TokenKind::word && t.arabic) {
      const CueWord c = lexicon.cue_word(in.word);
      in.cue = c.cue;
      in.source = c.source;
      in.particle = is_particle(in.word);
    }
    // The gap before the token is scanned once here, so later steps never rescan text.
    for (uint32_t k = prev_end; k < t.orig.start; ++k) {
      if (text[k] == u':') in.colon_before = true;
    }
    while (q < quotations.size() && quotations[q].content.end <= t.orig.start &&
           quotations[q].open < t.orig.start)
      ++q;
    if (q < quotations.size()) {
      const Quotation& z = quotations[q];
      if (z.open >= prev_end && z.open < t.orig.start) in.opens_quotation = int32_t(q);
      if (z.content.start <= t.orig.start && t.orig.end <= z.content.end)
        in.in_quotation = int32_t(q);
    }
    while (e < entities.size() && entities[e].span.end <= t.orig.start) ++e;
    for (size_t k = e; k < entities.size() && entities[k].span.start <= t.orig.start; ++k) {
      const Entity& x = entities[k];
      if (x.type <= EntityType::ORG && t.orig.end <= x.span.end) {
        in.entity = int32_t(k);
        break;
      }
    }
    prev_end = t.orig.end;
  }
}

size_t Scan::token_at(uint32_t offset) const {
  const auto& tokens = doc.words.tokens;
  return size_t(std::lower_bound(tokens.begin(), tokens.end(), offset,
                                 [](const Token& t, uint32_t o) { return t.orig.start < o; }) -
                tokens.begin());
}

}  // namespace aa::quotes
