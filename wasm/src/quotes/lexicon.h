// The word lists of the quotes stage: every inflected form of the reporting verbs, the source
// phrases and the words that shape a speaker phrase, compiled at build time from
// wasm/data/quotes_*_ar.txt into quotes_lexicon.bin (tools/tables/gen_quote_lexicon.cpp) and
// read in place, so constructing one costs next to nothing. Internal to the core.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "text/key_table.h"

namespace aa::quotes {

// Who a verb form's subject can be: what a pronoun subject must agree with.
enum class Agreement : uint8_t { any, masculine, feminine, plural };

enum class CueRole : uint8_t {
  reporting,  // a listed verb: indirect speech after أن/إن/colon, or quotation marks
  direct,     // a verb of saying or writing that counts only with quotation marks
};

enum class CueForm : uint8_t { finite, participle, noun };

struct Cue {
  CueRole role = CueRole::reporting;
  CueForm form = CueForm::finite;
  Agreement agreement = Agreement::any;
};

// A source phrase a token holds (بحسب, وفقا): the rank of its word in the table, where
// Lexicon::preposition finds the preposition that follows it.
struct SourcePhrase {
  uint32_t rank;
};

enum class SpeakerWord : uint8_t { none, head, stop };

// What the cue lists say of one word.
struct CueWord {
  std::optional<Cue> cue;
  std::optional<SourcePhrase> source;
};

// quotes_lexicon.bin: a table of text keys (text/key_table.h), each a search-normalized form,
// with these fields, all 0 for a word a list does not give that role.
enum QuoteField : size_t {
  kFieldCue,      // a reporting verb's form: kListedCue | pack_cue
  kFieldSource,   // a source phrase: kSourceAlone, or kSourceBefore + its preposition's rank
  kFieldSpeaker,  // a speaker word: pack_speaker
  kQuoteFields
};
constexpr uint32_t kListedCue = 0x80;
constexpr uint32_t kSourceAlone = 1, kSourceBefore = 2;
// A speaker word is keyed after this unit (no letter's low six bits are its): the cue lookup,
// made for every token, never meets one, and the table's shape filter (text/key_table.h)
// tells the two lists apart, as if they were two tables. Speaker words are at most
// kMaxSpeakerUnits long.
constexpr char16_t kSpeakerPrefix = u'\x1F';
constexpr size_t kMaxSpeakerUnits = 31;

constexpr uint32_t pack_cue(Cue c) {
  return uint32_t(c.role) << 4 | uint32_t(c.form) << 2 | uint32_t(c.agreement);
}
constexpr Cue unpack_cue(uint32_t v) {
  return {CueRole(v >> 4 & 1), CueForm(v >> 2 & 3), Agreement(v & 3)};
}
constexpr uint32_t pack_speaker(SpeakerWord role, Agreement agreement) {
  return uint32_t(role) << 2 | uint32_t(agreement);
}

class Lexicon {
 public:
  Lexicon();  // the embedded quotes_lexicon.bin; throws std::runtime_error if it does not parse
  explicit Lexicon(std::string_view table);
  // `word` is search-normalized. A reporting verb may carry و or ف (وأضاف, فقالت), a source
  // phrase و (وبحسب): فحسب means "only". Looked up for every token: two lookups at most.
  CueWord cue_word(std::u16string_view word) const;
  std::optional<Cue> cue(std::u16string_view word) const { return cue_word(word).cue; }
  // The preposition that follows a source phrase (ل, عن), search-normalized; empty if none.
  std::u16string preposition(SourcePhrase source) const;
  // `word` is search-normalized; compared without its article and conjunction.
  SpeakerWord speaker_word(std::u16string_view word) const;
  // The agreement of a head noun (الوزيرة: feminine), `any` for other words.
  Agreement head_agreement(std::u16string_view word) const;

 private:
  // The kFieldSpeaker of the first of the word's forms that is a speaker word, or 0.
  uint32_t speaker(std::u16string_view word) const;
  uint32_t speaker_form(std::u16string_view form) const;  // of one form
  // What the table says of `word` exactly (after the shape filter).
  CueWord listed(std::u16string_view word) const;

  KeyTable table_;
};

}  // namespace aa::quotes
