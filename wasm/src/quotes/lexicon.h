// The word lists of the quotes stage, read once from wasm/data/quotes_*_ar.txt: reporting
// verbs inflected from their stems, source phrases, and the words that shape a speaker phrase.
// Internal to the core.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "arabic_analyzer/normalize.h"

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

struct SourcePhrase {
  bool found = false;
  std::u16string_view preposition;  // ل or عن after the phrase word, or empty
};

enum class SpeakerWord : uint8_t { none, head, stop };

class Lexicon {
 public:
  explicit Lexicon(const Normalizer& search);
  // `word` is search-normalized; a leading و or ف is tried off too (وأضاف, فقالت).
  const Cue* cue(std::u16string_view word) const;
  SourcePhrase source_phrase(std::u16string_view word) const;
  // `word` is search-normalized; compared without its article and conjunction.
  SpeakerWord speaker_word(std::u16string_view word) const;
  // The agreement of a head noun (الوزيرة: feminine), `any` for other words.
  Agreement head_agreement(std::u16string_view word) const;

 private:
  struct Head {
    SpeakerWord role;
    Agreement agreement;
  };
  const Head* head(std::u16string_view word) const;

  // Keyed by fnv1a of the search-normalized form: lookups allocate nothing.
  std::unordered_map<uint64_t, Cue> cues_;
  std::unordered_map<uint64_t, std::u16string> sources_;  // phrase word -> preposition
  std::unordered_map<uint64_t, Head> speaker_words_;
};

}  // namespace aa::quotes
