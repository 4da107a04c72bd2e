// The words the number extractor reads around digits: month names, day ordinals, scale words,
// year cues and per-cent words. Internal to the core; built once per NumberExtractor from
// embedded data files, search-normalized, immutable afterwards.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "arabic_analyzer/normalize.h"

namespace aa::num {

// A word or phrase of a list; in `value<TAB>text` lists, the month of a name, the day of an
// ordinal, the power of ten of a scale word.
struct Phrase {
  std::u16string text;  // search-normalized, words separated by one space
  int value = 0;
};

class NumberWords {
 public:
  explicit NumberWords(const Normalizer& search);

  // Every list is longest first, so that "تشرين الاول" wins over a shorter name at the same
  // place. months_ar.txt, day_ordinals_ar.txt, number_percent_words_ar.txt ("في المئه").
  const std::vector<Phrase>& months() const { return months_; }
  const std::vector<Phrase>& ordinals() const { return ordinals_; }
  const std::vector<Phrase>& percent_words() const { return percent_words_; }

  // number_scales_ar.txt: the power of ten of a scale word (الف 3, مليار 9), 0 for any other.
  int scale_zeros(std::u16string_view word) const;
  // number_year_cues_ar.txt: a bare four-digit number after `word` is a year (في, عام, منذ).
  bool year_cue(std::u16string_view word) const;

 private:
  std::vector<Phrase> months_, ordinals_, percent_words_, scales_, year_cues_;
};

}  // namespace aa::num
