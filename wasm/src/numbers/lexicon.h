// The words the number extractor reads around digits: month names, day ordinals, scale words,
// year cues and per-cent words. Internal to the core; search-normalized at build time
// (tools/tables/gen_number_words.cpp writes data/number_words.inc) and used in place.
#pragma once

#include <cstddef>
#include <string_view>

namespace aa::num {

// A word or phrase of a list; in `value<TAB>text` lists, the month of a name, the day of an
// ordinal, the power of ten of a scale word.
struct Phrase {
  std::u16string_view text;  // search-normalized, words separated by one space
  int value = 0;
};

// The phrases of one list, longest first, so that "تشرين الاول" wins over a shorter name at
// the same place.
class PhraseList {
 public:
  template <size_t N>
  constexpr PhraseList(const Phrase (&phrases)[N]) : begin_(phrases), end_(phrases + N) {}
  const Phrase* begin() const { return begin_; }
  const Phrase* end() const { return end_; }

 private:
  const Phrase* begin_;
  const Phrase* end_;
};

class NumberWords {
 public:
  NumberWords();

  // months_ar.txt, day_ordinals_ar.txt, number_percent_words_ar.txt ("في المئه").
  PhraseList months() const { return months_; }
  PhraseList ordinals() const { return ordinals_; }
  PhraseList percent_words() const { return percent_words_; }

  // number_scales_ar.txt: the power of ten of a scale word (الف 3, مليار 9), 0 for any other.
  int scale_zeros(std::u16string_view word) const;
  // number_year_cues_ar.txt: a bare four-digit number after `word` is a year (في, عام, منذ).
  bool year_cue(std::u16string_view word) const;

 private:
  PhraseList months_, ordinals_, percent_words_, scales_, year_cues_;
};

}  // namespace aa::num
