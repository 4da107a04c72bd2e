// Numbers, percentages and dates. The scan runs over the search-normalized view, where
// Arabic-Indic and Persian digits are already ASCII, ٫ ٬ ٪ are already . , % and spelling
// variants (أبريل/ابريل/إبريل) are unified; spans are mapped back through the offset map.
//
// Recognized (with `normalized`):
//   1,250,000 / ١٬٢٥٠٬٠٠٠ -> NUM "1250000"      3.5 / ٣٫٥ -> NUM "3.5"
//   400 ألف / 1.5 مليار  -> NUM "400000" / "1500000000"
//   50% / ٥٠٪ / 50 في المئة -> PERCENT "50%"
//   2017/04/04, 4-4-2017 -> DATE "2017-04-04"   4 أبريل 2017, 4 نيسان/أبريل 2017 -> "2017-04-04"
//   4 أبريل -> "--04-04"   أبريل 2017 -> "2017-04"   الأول من شباط/فبراير -> "--02-01"
//   في 2011, عام 2011, منذ 2011 -> DATE "2011" (the year only; the preposition is context)
#include "arabic_analyzer/numbers.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "arabic_analyzer/clitics.h"
#include "numbers/lexicon.h"

namespace aa {
namespace {

using num::NumberWords;
using num::Phrase;
using num::PhraseList;

bool is_digit(char16_t c) { return c >= '0' && c <= '9'; }
bool is_letter(char16_t c) { return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK); }
bool is_latin_letter(char16_t c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

struct Match {
  size_t end = 0;
  int value = 0;
};

// The phrase of `list` starting at text[pos] and ending at a word end.
bool phrase_at(PhraseList list, std::u16string_view text, size_t pos, Match& m) {
  if (pos >= text.size() || !is_letter(text[pos])) return false;
  for (const Phrase& p : list) {
    if (text.compare(pos, p.text.size(), p.text) != 0) continue;
    size_t end = pos + p.text.size();
    if (end < text.size() && is_letter(text[end])) continue;
    m = {end, p.value};
    return true;
  }
  return false;
}

// The phrase of `list` ending at text[end] and starting at a word start; returns its start.
bool phrase_before(PhraseList list, std::u16string_view text, size_t end, size_t& start,
                   int& value) {
  for (const Phrase& p : list) {
    if (p.text.size() > end || text.compare(end - p.text.size(), p.text.size(), p.text) != 0)
      continue;
    size_t s = end - p.text.size();
    if (s > 0 && is_letter(text[s - 1])) continue;
    start = s;
    value = p.value;
    return true;
  }
  return false;
}

size_t skip_spaces(std::u16string_view t, size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

// A month name, also in the doubled form news uses across dialects: "نيسان/ابريل",
// "نيسان (ابريل)". The value is the last name's.
bool month_at(PhraseList months, std::u16string_view t, size_t pos, Match& m) {
  if (!phrase_at(months, t, pos, m)) return false;
  size_t i = skip_spaces(t, m.end);
  if (i < t.size() && (t[i] == '/' || t[i] == '(')) {
    bool paren = t[i] == '(';
    Match second;
    if (phrase_at(months, t, skip_spaces(t, i + 1), second)) {
      size_t end = second.end;
      if (paren) {
        size_t close = skip_spaces(t, end);
        if (close >= t.size() || t[close] != ')') return true;
        end = close + 1;
      }
      m = {end, second.value};
    }
  }
  return true;
}

// Digits at text[pos]; returns the count (0 if none).
size_t digits_at(std::u16string_view t, size_t pos) {
  size_t i = pos;
  while (i < t.size() && is_digit(t[i])) ++i;
  return i - pos;
}

int value_of(std::u16string_view t, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; ++i) v = v * 10 + (t[pos + i] - '0');
  return v;
}

bool valid_day(int year, int month, int day) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  bool leap = year <= 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  return !(month == 2 && day == 29 && !leap);
}

bool plausible_year(int y) { return y >= 1000 && y <= 2100; }

std::string two(int v) { return std::string(1, char('0' + v / 10)) + char('0' + v % 10); }
std::string iso_date(int y, int m, int d) {
  std::string s = y > 0 ? std::to_string(y) + "-" : "--";  // --MM-DD: month and day, no year
  return s + two(m) + "-" + two(d);
}

// A year (4 digits, 1000-2100) at text[pos], standing alone; returns its end or 0.
size_t year_at(std::u16string_view t, size_t pos, int& year) {
  size_t n = digits_at(t, pos);
  if (n != 4 || (pos + 4 < t.size() && (is_digit(t[pos + 4]) || is_latin_letter(t[pos + 4]))))
    return 0;
  year = value_of(t, pos, 4);
  return plausible_year(year) ? pos + 4 : 0;
}

// The canonical value: ASCII digits, no grouping, '.' before decimals, scaled by 10^zeros.
std::string canonical(std::u16string_view int_part, std::u16string_view frac, int zeros) {
  std::string digits, decimals;
  for (char16_t c : int_part) {
    if (is_digit(c)) digits += char(c);
  }
  for (char16_t c : frac) decimals += char(c);
  for (int k = 0; k < zeros; ++k) {
    if (!decimals.empty()) {
      digits += decimals[0];
      decimals.erase(0, 1);
    } else {
      digits += '0';
    }
  }
  size_t nz = digits.find_first_not_of('0');
  digits = nz == std::string::npos ? "0" : digits.substr(nz);
  return decimals.empty() ? digits : digits + "." + decimals;
}

// Scale words after a number: 400 ألف, 3 ملايين, 1.5 مليار. Returns the power of ten (0 if
// none) and sets `end` past the word.
int scale_after(const NumberWords& words, std::u16string_view t, size_t pos, size_t& end) {
  if (pos >= t.size() || t[pos] != ' ') return 0;
  size_t w = pos + 1, e = w;
  while (e < t.size() && is_letter(t[e])) ++e;
  int zeros = words.scale_zeros(t.substr(w, e - w));
  if (zeros) end = e;
  return zeros;
}

// "50%", "50 %", "50 في المئه", "50 بالمئه"; returns the end of the sign or words, or 0.
size_t percent_after(const NumberWords& words, std::u16string_view t, size_t pos) {
  if (pos >= t.size()) return 0;
  if (t[pos] == '%') return pos + 1;
  if (t[pos] != ' ') return 0;
  if (pos + 1 < t.size() && t[pos + 1] == '%') return pos + 2;
  Match m;
  return phrase_at(words.percent_words(), t, pos + 1, m) ? m.end : 0;
}

// The digits of one number: the integer part with its thousands groups (1,250,000), then
// the decimals (3.5).
struct Digits {
  size_t run = 0;         // the first run of digits
  size_t int_end = 0;     // end of the integer part, groups included
  size_t frac_start = 0;  // start of the decimals (== int_end and == end when there are none)
  size_t end = 0;
  bool grouped = false;
  // No groups, no decimals: the only kind that can be a day or a year.
  bool plain() const { return !grouped && frac_start == end; }
};

class Scanner {
 public:
  Scanner(const NumberWords& words, const Document& doc, const Extracted& social)
      : words_(words), doc_(doc), t_(doc.search.text), social_(social_ranges(doc, social)) {}

  std::vector<Entity> run() {
    for (size_t i = 0; i < t_.size();) {
      char16_t c = t_[i];
      if (is_digit(c) && (i == 0 || !is_digit(t_[i - 1]))) {
        i = number(i);
      } else if (c == u'م' && t_.compare(i, 3, u"من ") == 0 && i > 0 && t_[i - 1] == ' ') {
        i = ordinal_date(i);
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  // The hashtags, mentions, URLs, e-mail addresses and cashtags of the social stage as
  // normalized ranges sorted by start: their digits belong to them (#سوريا2017,
  // x.com/2017/04/04, @ali99), not to the text.
  static std::vector<Span> social_ranges(const Document& doc, const Extracted& social) {
    std::vector<Span> out;
    auto add = [&](const auto& items) {
      for (const auto& item : items)
        out.push_back({doc.search.map.to_normalized(item.span.start),
                       doc.search.map.to_normalized(item.span.end)});
    };
    add(social.hashtags);
    add(social.mentions);
    add(social.urls);
    add(social.cashtags);
    std::sort(out.begin(), out.end(), [](Span a, Span b) { return a.start < b.start; });
    return out;
  }

  void emit(size_t start, size_t end, EntityType type, std::string normalized) {
    Entity e;
    e.span = doc_.search.map.to_original({uint32_t(start), uint32_t(end)});
    if (!out_.empty() && e.span.start < out_.back().span.end) return;  // keep them disjoint
    e.text = doc_.original_utf8(e.span);
    e.type = type;
    e.normalized = std::move(normalized);
    e.source = EntitySource::number;
    out_.push_back(std::move(e));
  }

  // "الاول من شباط/فبراير [2018]" with `i` at "من".
  size_t ordinal_date(size_t i) {
    size_t start = 0;
    int day = 0;
    Match month;
    if (!phrase_before(words_.ordinals(), t_, i - 1, start, day) ||
        !month_at(words_.months(), t_, i + 3, month)) {
      return i + 1;
    }
    size_t end = month.end;
    int year = 0;
    size_t ys = skip_spaces(t_, end);
    if (size_t ye = ys > end ? year_at(t_, ys, year) : 0) {
      end = ye;
    } else {
      year = 0;
    }
    if (!valid_day(year, month.value, day)) return i + 1;
    emit(start, end, EntityType::DATE, iso_date(year, month.value, day));
    return end;
  }

  // The number starting at the digit t_[i]; returns where the scan goes on. Each step below
  // either claims the digits (and returns the end of what it emitted) or returns 0.
  size_t number(size_t i) {
    if (glued_to_word(i) || in_social(i)) return skip_number(i);
    if (size_t end = numeric_date(i)) return end;
    const Digits d = read_digits(i);
    // 4G, 3D, 10km: a model name or a unit the text does not spell out; not a number of it.
    if (d.end < t_.size() && is_latin_letter(t_[d.end])) return d.end;
    if (d.plain()) {
      if (size_t end = day_month_date(i, d)) return end;
      if (size_t end = year_date(i)) return end;
    }
    if (size_t end = percent(i, d)) return end;
    return quantity(i, d);
  }

  // Digits glued to a word (F16, كوفيد19) are part of that word, except after up to two
  // single-letter proclitics (و2011, ب50, وبـ50).
  bool glued_to_word(size_t i) const {
    if (i == 0 || !is_letter(t_[i - 1])) return false;
    size_t s = i;
    while (s > 0 && i - s < 2 && is_proclitic_letter(t_[s - 1])) --s;
    return s == i || (s > 0 && is_letter(t_[s - 1]));
  }

  // Whether t_[i] lies in a social range. The scan only moves forward, so a cursor over the
  // sorted ranges keeps this linear.
  bool in_social(size_t i) {
    while (next_social_ < social_.size() && social_[next_social_].end <= i) ++next_social_;
    return next_social_ < social_.size() && social_[next_social_].start <= i;
  }

  // Y/M/D or D/M/Y with one separator (/ - .) used twice; returns its end or 0.
  size_t numeric_date(size_t i) {
    size_t a = digits_at(t_, i);
    if (i + a >= t_.size()) return 0;
    char16_t sep = t_[i + a];
    if (sep != '/' && sep != '-' && sep != '.') return 0;
    size_t j = i + a + 1, b = digits_at(t_, j);
    if (!b || j + b >= t_.size() || t_[j + b] != sep) return 0;
    size_t k = j + b + 1, c = digits_at(t_, k);
    if (!c || (k + c < t_.size() && (is_latin_letter(t_[k + c]) ||
                                     ((t_[k + c] == sep || t_[k + c] == '.') &&
                                      k + c + 1 < t_.size() && is_digit(t_[k + c + 1]))))) {
      return 0;
    }
    int y, m, d;
    if (a == 4 && b <= 2 && c <= 2) {
      y = value_of(t_, i, 4), m = value_of(t_, j, b), d = value_of(t_, k, c);
    } else if (c == 4 && a <= 2 && b <= 2) {
      d = value_of(t_, i, a), m = value_of(t_, j, b), y = value_of(t_, k, 4);
    } else {
      return 0;
    }
    if (!plausible_year(y) || !valid_day(y, m, d)) return 0;
    emit(i, k + c, EntityType::DATE, iso_date(y, m, d));
    return k + c;
  }

  // The integer part with thousands groups (only after at most three digits: 1,250,000, not
  // 2017,2018), then the decimals.
  Digits read_digits(size_t i) const {
    Digits d;
    d.run = digits_at(t_, i);
    size_t e = i + d.run;
    if (d.run <= 3) {
      while (e + 3 < t_.size() && t_[e] == ',' && digits_at(t_, e + 1) == 3) {
        e += 4;
        d.grouped = true;
      }
    }
    d.int_end = d.frac_start = e;
    if (e + 1 < t_.size() && t_[e] == '.' && is_digit(t_[e + 1])) {
      d.frac_start = e + 1;
      e = d.frac_start + digits_at(t_, d.frac_start);
    }
    d.end = e;
    return d;
  }

  // "4 أبريل [2017]", "15 يناير، 2020": a day of one or two digits, a month name, maybe a year.
  size_t day_month_date(size_t i, const Digits& d) {
    Match month;
    if (d.run > 2 || d.end >= t_.size() || t_[d.end] != ' ' ||
        !month_at(words_.months(), t_, d.end + 1, month)) {
      return 0;
    }
    int day = value_of(t_, i, d.run), year = 0;
    size_t end = month.end;
    size_t ys = skip_spaces(t_, end);
    if (ys < t_.size() && t_[ys] == ',') ys = skip_spaces(t_, ys + 1);
    if (size_t ye = year_at(t_, ys, year); ye && ys > end) {
      end = ye;
    } else {
      year = 0;
    }
    if (!valid_day(year, month.value, day)) return 0;
    emit(i, end, EntityType::DATE, iso_date(year, month.value, day));
    return end;
  }

  // A year (four digits, 1000-2100) the context makes a date: after a month name, joined to
  // a year just found, or after a year cue. Elsewhere it may be a count (بيع 2013 سيارة).
  size_t year_date(size_t i) {
    int year = 0;
    if (!year_at(t_, i, year)) return 0;
    size_t start = 0;
    int month = 0;
    if (month_before(i, start, month)) {  // أبريل 2017 -> 2017-04
      emit(start, i + 4, EntityType::DATE, std::to_string(year) + "-" + two(month));
      return i + 4;
    }
    if (joined_to_year(i) || after_year_cue(i)) {  // في 2011 -> 2011
      emit(i, i + 4, EntityType::DATE, std::to_string(year));
      return i + 4;
    }
    return 0;
  }

  // A month name right before the year at `i`, widened over the doubled form "نيسان/ابريل".
  bool month_before(size_t i, size_t& start, int& month) const {
    if (i == 0 || t_[i - 1] != ' ' || !phrase_before(words_.months(), t_, i - 1, start, month))
      return false;
    size_t s = start;
    while (s > 0 && t_[s - 1] == ' ') --s;
    size_t other = 0;
    int unused = 0;
    if (s > 0 && t_[s - 1] == '/' &&
        phrase_before(words_.months(), t_, s - 1 - (s >= 2 && t_[s - 2] == ' ' ? 1 : 0), other,
                      unused)) {
      start = other;
    }
    return true;
  }

  // "في 2014 و2015": a year joined by و to the year emitted just before.
  bool joined_to_year(size_t i) const {
    return i > 2 && t_[i - 1] == u'و' && t_[i - 2] == ' ' && !out_.empty() &&
           out_.back().type == EntityType::DATE && out_.back().normalized.size() == 4 &&
           out_.back().span.end ==
               doc_.search.map.to_original({uint32_t(i - 2), uint32_t(i - 1)}).start;
  }

  // A year cue word (في, عام, منذ: number_year_cues_ar.txt) and one space before `i`.
  bool after_year_cue(size_t i) const {
    if (i <= 1 || t_[i - 1] != ' ') return false;
    size_t ws = i - 1;
    while (ws > 0 && is_letter(t_[ws - 1])) --ws;
    return words_.year_cue(std::u16string_view(t_).substr(ws, i - 1 - ws));
  }

  // "50%", "50 في المئه" -> PERCENT "50%".
  size_t percent(size_t i, const Digits& d) {
    size_t end = percent_after(words_, t_, d.end);
    if (end) emit(i, end, EntityType::PERCENT, canonical(int_part(i, d), fraction(d), 0) + "%");
    return end;
  }

  // Anything else is a NUM, scaled by a scale word after it (400 ألف -> 400000).
  size_t quantity(size_t i, const Digits& d) {
    size_t end = d.end;
    int zeros = scale_after(words_, t_, d.end, end);
    emit(i, end, EntityType::NUM, canonical(int_part(i, d), fraction(d), zeros));
    return end;
  }

  std::u16string_view int_part(size_t i, const Digits& d) const {
    return t_.substr(i, d.int_end - i);
  }
  std::u16string_view fraction(const Digits& d) const {
    return t_.substr(d.frac_start, d.end - d.frac_start);
  }

  // Past digits and the separators between them (1.54, 2017/04/04), so that the rest of a
  // rejected number is not read as a number of its own.
  size_t skip_number(size_t i) const {
    while (i < t_.size() &&
           (is_digit(t_[i]) || ((t_[i] == '.' || t_[i] == ',' || t_[i] == '/' || t_[i] == '-') &&
                                i + 1 < t_.size() && is_digit(t_[i + 1])))) {
      ++i;
    }
    return i;
  }

  const NumberWords& words_;
  const Document& doc_;
  std::u16string_view t_;
  std::vector<Span> social_;
  size_t next_social_ = 0;  // the first social range not wholly before the scan
  std::vector<Entity> out_;
};

}  // namespace

struct NumberExtractor::Impl {
  NumberWords words;
};

NumberExtractor::NumberExtractor() : impl_(std::make_unique<const Impl>()) {}
NumberExtractor::~NumberExtractor() = default;
NumberExtractor::NumberExtractor(NumberExtractor&&) noexcept = default;
NumberExtractor& NumberExtractor::operator=(NumberExtractor&&) noexcept = default;

std::vector<Entity> NumberExtractor::extract(const Document& doc, const Extracted& social) const {
  return Scanner(impl_->words, doc, social).run();
}

}  // namespace aa
