// The word lists of the quotes stage: every inflected form of the reporting verbs, the source
// phrases and the words that shape a speaker phrase, compiled at build time from
// wasm/data/quotes_*_ar.txt into two key tables (tools/tables/gen_quote_lexicon.cpp,
// gen_quote_speakers.cpp) read in place, so constructing one costs next to nothing. Internal
// to the core.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

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

// quotes_lexicon.bin: the reporting verbs' forms, the source phrases and their prepositions,
// search-normalized, as a table of text keys with a shape filter (text/key_table.h: looked up
// for every token, most of which it turns away unsearched), with these fields, 0 for a word a
// list does not give that role.
enum CueField : size_t {
  kFieldCue,     // a reporting verb's form: kListedCue | pack_cue
  kFieldSource,  // a source phrase: kSourceAlone, or kSourceBefore + the rank of its preposition
                 // (a key of its own, with no field set)
  kCueFields
};
constexpr uint32_t kListedCue = 0x80;
constexpr uint32_t kSourceAlone = 1, kSourceBefore = 2;

// quotes_speakers.bin: the speaker words, search-normalized, as a table of hashed keys: looked
// up in up to four forms for each word a speaker phrase reads, and never shown. Kept apart
// from the cue words, whose shape filter would otherwise let the frequent ones (التي، قد، عن)
// through to a search for every token.
enum SpeakerField : size_t {
  kFieldSpeaker,  // pack_speaker
  kSpeakerFields
};

constexpr uint32_t pack_cue(Cue c) {
  return uint32_t(c.role) << 4 | uint32_t(c.form) << 2 | uint32_t(c.agreement);
}
constexpr Cue unpack_cue(uint32_t v) {
  return {CueRole(v >> 4 & 1), CueForm(v >> 2 & 3), Agreement(v & 3)};
}
constexpr uint32_t pack_speaker(SpeakerWord role, Agreement agreement) {
  return uint32_t(role) << 2 | uint32_t(agreement);
}
constexpr std::pair<SpeakerWord, Agreement> unpack_speaker(uint32_t v) {
  return {SpeakerWord(v >> 2 & 3), Agreement(v & 3)};
}

class Lexicon {
 public:
  // The embedded quotes_lexicon.bin and quotes_speakers.bin; throws std::runtime_error if one
  // does not parse.
  Lexicon();
  Lexicon(std::string_view cues, std::string_view speakers);
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
  // What the cue table says of `word` exactly.
  CueWord listed(std::u16string_view word) const;
  // cue_word of a word whose forms (itself, and `bare` without its conjunction if not empty)
  // the filter let through.
  CueWord cue_forms(std::u16string_view word, std::u16string_view bare) const;

  KeyTable cues_, speakers_;
};

}  // namespace aa::quotes
