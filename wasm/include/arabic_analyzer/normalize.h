// Arabic normalization with an exact offset map back to the original text.
//
// Every later stage matches on normalized text but reports spans in the text the user
// pasted; the OffsetMap is what makes that exact. Steps are individually switchable and
// composed into named profiles (see README, "Normalization profiles").
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "arabic_analyzer/text.h"

namespace aa {

struct NormalizeSteps {
  bool nfkc = false;            // ICU NFKC: presentation forms and ligatures to base letters
  bool strip_tashkeel = false;  // harakat, tanween, shadda, sukun, superscript alef, Quranic marks
  bool strip_tatweel = false;   // U+0640 kashida
  bool strip_controls = false;  // ZWNJ/ZWJ, bidi marks and embeddings/isolates, soft hyphen, BOM
  bool unify_alef = false;      // أ إ آ ٱ -> ا
  bool unify_alef_maksura = false;   // ى -> ي
  bool teh_marbuta_to_heh = false;   // ة -> ه
  bool hamza_carriers = false;       // ؤ ئ -> ء
  bool persian_letters = false;      // ی ک ۀ ہ ھ ے -> ي ك ه ه ه ي
  bool digits_to_ascii = false;      // ٠-٩ and ۰-۹ -> 0-9
  bool arabic_punctuation = false;   // ، ؛ ؟ ٪ ٫ ٬ ۔ -> , ; ? % . , .
  bool collapse_whitespace = false;  // runs of spaces -> one space; runs with a line break -> "\n"
  bool fold_case = false;            // Latin (and other bicameral scripts) case folding
};

enum class Profile { none, display, search };
// Every profile, from least to most folding: what profile_from_name accepts.
constexpr Profile kProfiles[] = {Profile::none, Profile::display, Profile::search};

NormalizeSteps steps_for(Profile profile);
std::optional<Profile> profile_from_name(std::string_view name);
const char* profile_name(Profile profile);

// For every unit of a normalized text, the original [start, end) it came from.
// Deleted marks are attached to the preceding kept character, so a span that ends on a
// base letter also covers its diacritics; expansions (ﷲ -> الله) map every produced unit
// to the whole source character.
class OffsetMap {
 public:
  // The smallest original span covering normalized [start, end).
  Span to_original(Span normalized) const;
  // The normalized offset corresponding to an original offset (first normalized unit at or
  // after it).
  uint32_t to_normalized(uint32_t original_offset) const;
  size_t size() const { return start_.size(); }
  Span unit(size_t i) const { return {start_[i], end_[i]}; }
  uint32_t original_length() const { return original_length_; }

 private:
  friend class Normalizer;
  std::vector<uint32_t> start_;
  std::vector<uint32_t> end_;
  uint32_t original_length_ = 0;
};

struct Normalized {
  std::u16string text;
  OffsetMap map;
};

struct NormalizeTables;  // per-code-point tables (internal: src/normalize/tables.h)

// A normalizer for one profile. Its per-code-point tables are generated at build time, so
// construction costs next to nothing; normalizing is one pass with no per-character
// allocation. Const and thread-compatible.
class Normalizer {
 public:
  explicit Normalizer(Profile profile);
  // Steps no profile has, over tables computed for them (tools/tables does, with ICU);
  // `tables` must outlive the normalizer.
  Normalizer(const NormalizeSteps& steps, const NormalizeTables& tables);
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  // `original` must be free of unpaired surrogates (see replace_lone_surrogates).
  Normalized normalize(std::u16string_view original) const;
  // Text only, for short strings (lexicon entries, hashtag bodies).
  std::u16string normalize_text(std::u16string_view original) const;
  const NormalizeSteps& steps() const;

 private:
  struct Tables;
  std::unique_ptr<const Tables> tables_;
};

// A coarse spelling key for grouping transliteration variants that no letter-level rule
// unifies (هيلي/هايلي, الكيمياوية/الكيماوية, سوريا/سورية): the search-normalized word with
// long vowels (ا و ي) dropped after the first letter and a final ه/ا folded together.
// Only for comparing words already believed to name the same thing, never for display.
std::u16string variant_key(std::u16string_view search_normalized_word);

}  // namespace aa
