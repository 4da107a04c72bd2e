// The word lists of the quotes stage, read once from wasm/data/quotes_*_ar.txt: reporting
// verbs inflected from their stems, source phrases, and the words that shape a speaker phrase.
// Internal to the core.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

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

// A source phrase's preposition (ل or عن after the phrase word, or empty); null for a word
// that is no source phrase.
using SourcePhrase = const std::u16string*;

enum class SpeakerWord : uint8_t { none, head, stop };

// What the cue lists say of one word.
struct CueWord {
  const Cue* cue = nullptr;
  SourcePhrase source = nullptr;
};

class Lexicon {
 public:
  explicit Lexicon(const Normalizer& search);
  // `word` is search-normalized. A reporting verb may carry و or ف (وأضاف, فقالت), a source
  // phrase و (وبحسب): فحسب means "only". Looked up for every token: two hashes at most.
  CueWord cue_word(std::u16string_view word) const;
  const Cue* cue(std::u16string_view word) const { return cue_word(word).cue; }
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

  struct Entry {
    Cue cue;
    bool is_cue = false;
    bool is_source = false;
    std::u16string preposition;  // of a source phrase
  };
  // Keyed by fnv1a of the search-normalized form: lookups allocate nothing. Most words of a
  // text are in no list; a bit per hash prefix turns them away before the map is searched
  // (the measured bulk of this stage's time before it).
  template <typename Map>
  static auto find(const Map& map, const std::vector<uint64_t>& seen, std::u16string_view word)
      -> const typename Map::mapped_type*;
  static void mark(std::vector<uint64_t>& seen, uint64_t hash);
  std::unordered_map<uint64_t, Entry> cue_words_;
  std::unordered_map<uint64_t, Head> speaker_words_;
  std::vector<uint64_t> cue_seen_, speaker_seen_;
  // Every cue form's first letter, last letter and length (up to 15), one bit each: most
  // words of a text share none of those with a cue, and this turns them away before the word
  // is hashed.
  static size_t shape_bit(std::u16string_view form);
  void mark_shape(std::u16string_view form) { cue_shapes_[shape_bit(form)] = true; }
  bool may_be_cue(std::u16string_view word) const {
    return !word.empty() && cue_shapes_[shape_bit(word)];
  }
  std::vector<bool> cue_shapes_ = std::vector<bool>(size_t(1) << 16);
};

}  // namespace aa::quotes
