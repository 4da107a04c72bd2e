// One document as the quotes stage reads it: per token the word lists' verdicts, the
// punctuation before it and the quotation or entity it belongs to. Built once per document in
// one pass; every later step looks tokens up here. Internal to the quotes stage.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/entities.h"
#include "quotes/lexicon.h"
#include "quotes/marks.h"

namespace aa::quotes {

struct TokenInfo {
  std::u16string_view word;  // search-normalized
  std::optional<Cue> cue;
  std::optional<SourcePhrase> source;  // a source phrase (بحسب, وفقا)
  bool particle = false;         // أن إن بأن أنه فإن...: a content clause follows
  bool colon_before = false;     // a colon separates it from the previous token
  int32_t opens_quotation = -1;  // the quotation whose opening mark is just before it
  int32_t in_quotation = -1;     // the quotation whose content holds it
  int32_t entity = -1;           // the person, place or organization mention covering it
};

struct Scan {
  Scan(const Document& doc, const Lexicon& lexicon, const std::vector<Entity>& entities);

  size_t size() const { return info.size(); }
  const Token& token(size_t i) const { return doc.words.tokens[i]; }
  // The first token starting at or after `offset` (size() if none).
  size_t token_at(uint32_t offset) const;
  // The token that contains `offset` (an entity after a clitic starts inside its token:
  // والبرتغال), or the last one starting before it.
  size_t token_containing(uint32_t offset) const;
  // The entity covering token i, or nullptr.
  const Entity* entity(size_t i) const {
    return info[i].entity < 0 ? nullptr : &entities[size_t(info[i].entity)];
  }
  // Looked up when a speaker phrase is read, not for every token.
  SpeakerWord speaker_word(size_t i) const { return lexicon.speaker_word(info[i].word); }
  bool same_sentence(size_t a, size_t b) const { return token(a).sentence == token(b).sentence; }

  const Document& doc;
  const Lexicon& lexicon;
  const std::vector<Entity>& entities;
  std::vector<Quotation> quotations;
  std::vector<TokenInfo> info;
};

// Whether a search-normalized word is one of the given closed-class words.
bool is_one_of(std::u16string_view word, std::initializer_list<std::u16string_view> words);

}  // namespace aa::quotes
