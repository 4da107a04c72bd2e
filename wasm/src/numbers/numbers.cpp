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

#include <algorithm>

#include <unicode/uchar.h>

#include "arabic_analyzer/embedded_data.h"

namespace aa {
namespace {

struct Phrase {
  std::u16string text;  // search-normalized, words separated by one space
  int value = 0;
};

// Month names and day ordinals from wasm/data, normalized once; immutable afterwards.
class DateWords {
 public:
  DateWords() {
    Normalizer search(Profile::search);
    load(search, "months_ar.txt", months_);
    load(search, "day_ordinals_ar.txt", ordinals_);
  }
  const std::vector<Phrase>& months() const { return months_; }
  const std::vector<Phrase>& ordinals() const { return ordinals_; }

 private:
  static void load(const Normalizer& search, const char* name, std::vector<Phrase>& out) {
    for_each_data_row(embedded_file(name), [&](std::string_view number, std::string_view name_text) {
      if (name_text.empty()) return;
      Phrase p;
      for (char c : number) p.value = p.value * 10 + (c - '0');
      p.text = search.normalize_text(utf8_to_utf16(name_text));
      out.push_back(std::move(p));
    });
    // Longest first, so "تشرين الاول" wins over a shorter name at the same place.
    std::stable_sort(out.begin(), out.end(),
                     [](const Phrase& a, const Phrase& b) { return a.text.size() > b.text.size(); });
  }

  std::vector<Phrase> months_, ordinals_;
};

const DateWords& date_words() {
  static const DateWords words;
  return words;
}

bool is_digit(char16_t c) { return c >= '0' && c <= '9'; }
bool is_letter(char16_t c) { return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK); }
bool is_latin_letter(char16_t c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

struct Match {
  size_t end = 0;
  int value = 0;
};

// The phrase of `list` starting at text[pos] and ending at a word end.
bool phrase_at(const std::vector<Phrase>& list, std::u16string_view text, size_t pos, Match& m) {
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
bool phrase_before(const std::vector<Phrase>& list, std::u16string_view text, size_t end,
                   size_t& start, int& value) {
  for (const Phrase& p : list) {
    if (p.text.size() > end || text.compare(end - p.text.size(), p.text.size(), p.text) != 0) continue;
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
bool month_at(std::u16string_view t, size_t pos, Match& m) {
  const auto& months = date_words().months();
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
  if (n != 4 || (pos + 4 < t.size() && (is_digit(t[pos + 4]) || is_latin_letter(t[pos + 4])))) return 0;
  year = value_of(t, pos, 4);
  return plausible_year(year) ? pos + 4 : 0;
}

// Words after which a bare 4-digit number is a year: في 2011, عام 2011, منذ 2011, نهاية 2017
// (with the conjunctions و ف and prepositions ل ب attached), in search-normalized spelling.
bool is_year_context(std::u16string_view word) {
  static const char16_t* const kWords[] = {
      u"في", u"وفي", u"ففي", u"عام", u"العام", u"وعام", u"لعام", u"بعام", u"للعام", u"والعام",
      u"عامي", u"منذ", u"ومنذ", u"سنه", u"السنه", u"وسنه", u"لسنه", u"بسنه", u"نهايه", u"بدايه",
      u"مطلع", u"اواخر", u"اوائل", u"منتصف", u"خلال", u"حتي"};
  for (const char16_t* w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// Scale words after a number: 400 ألف, 3 ملايين, 1.5 مليار.
int scale_after(std::u16string_view t, size_t pos, size_t& end) {
  static const struct {
    const char16_t* word;
    int zeros;
  } kScales[] = {{u"الف", 3},     {u"الاف", 3},     {u"الفا", 3},     {u"مليون", 6},
                 {u"ملايين", 6},  {u"مليونا", 6},   {u"مليار", 9},    {u"مليارات", 9},
                 {u"مليارا", 9},  {u"بليون", 9},    {u"تريليون", 12}, {u"ترليون", 12}};
  if (pos >= t.size() || t[pos] != ' ') return 0;
  size_t w = pos + 1, e = w;
  while (e < t.size() && is_letter(t[e])) ++e;
  std::u16string_view word = t.substr(w, e - w);
  for (const auto& s : kScales) {
    if (word == s.word) {
      end = e;
      return s.zeros;
    }
  }
  return 0;
}

// "50%", "50 %", "50 في المئه", "50 بالمئه" (search-normalized spellings).
size_t percent_after(std::u16string_view t, size_t pos) {
  size_t i = pos;
  if (i < t.size() && t[i] == '%') return i + 1;
  if (i < t.size() && t[i] == ' ' && i + 1 < t.size() && t[i + 1] == '%') return i + 2;
  static const char16_t* const kWords[] = {u" في المئه", u" في المائه", u" بالمئه", u" بالمائه"};
  for (const char16_t* w : kWords) {
    std::u16string_view sv(w);
    if (t.compare(pos, sv.size(), sv) == 0 && (pos + sv.size() >= t.size() || !is_letter(t[pos + sv.size()]))) {
      return pos + sv.size();
    }
  }
  return 0;
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

// Whether the whitespace-delimited chunk [start, end) is a URL, an e-mail address, a hashtag
// or a handle, whose digits are not numbers of the text.
bool is_token_chunk(std::u16string_view chunk) {
  return chunk.find(u"://") != std::u16string_view::npos || chunk.find(u"www.") != std::u16string_view::npos ||
         chunk.find(u'@') != std::u16string_view::npos || chunk[0] == '#' || chunk[0] == u'＃' ||
         chunk[0] == '$';
}

class Scanner {
 public:
  Scanner(const Document& doc) : doc_(doc), t_(doc.search.text) {}

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
    if (!phrase_before(date_words().ordinals(), t_, i - 1, start, day) || !month_at(t_, i + 3, month)) {
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

  // Y/M/D or D/M/Y with one separator (/ - .) used twice.
  bool numeric_date(size_t i, size_t& end) {
    size_t a = digits_at(t_, i);
    if (i + a >= t_.size()) return false;
    char16_t sep = t_[i + a];
    if (sep != '/' && sep != '-' && sep != '.') return false;
    size_t j = i + a + 1, b = digits_at(t_, j);
    if (!b || j + b >= t_.size() || t_[j + b] != sep) return false;
    size_t k = j + b + 1, c = digits_at(t_, k);
    if (!c || (k + c < t_.size() && (is_latin_letter(t_[k + c]) ||
                                      ((t_[k + c] == sep || t_[k + c] == '.') && k + c + 1 < t_.size() &&
                                       is_digit(t_[k + c + 1]))))) {
      return false;
    }
    int y, m, d;
    if (a == 4 && b <= 2 && c <= 2) {
      y = value_of(t_, i, 4), m = value_of(t_, j, b), d = value_of(t_, k, c);
    } else if (c == 4 && a <= 2 && b <= 2) {
      d = value_of(t_, i, a), m = value_of(t_, j, b), y = value_of(t_, k, 4);
    } else {
      return false;
    }
    if (!plausible_year(y) || !valid_day(y, m, d)) return false;
    end = k + c;
    emit(i, end, EntityType::DATE, iso_date(y, m, d));
    return true;
  }

  size_t number(size_t i) {
    size_t run = digits_at(t_, i);
    // Digits glued to a word (F16, كوفيد19) are part of that word, except after proclitics
    // (و2011, ب50, وبـ50).
    if (i > 0 && is_letter(t_[i - 1])) {
      auto proclitic = [](char16_t p) { return p == u'و' || p == u'ب' || p == u'ل' || p == u'ف' || p == u'ك'; };
      size_t s = i;
      while (s > 0 && i - s < 2 && proclitic(t_[s - 1])) --s;
      if (s == i || (s > 0 && is_letter(t_[s - 1]))) return skip_number(i);
    }
    if (inside_token(i)) return skip_number(i);
    size_t end = 0;
    if (numeric_date(i, end)) return end;

    // Integer part with thousands groups (1,250,000), then decimals (3.5).
    size_t e = i + run;
    bool grouped = false;
    if (run <= 3) {
      while (e + 3 < t_.size() && t_[e] == ',' && digits_at(t_, e + 1) == 3) {
        e += 4;
        grouped = true;
      }
    }
    size_t int_end = e, frac_start = e;
    if (e + 1 < t_.size() && t_[e] == '.' && is_digit(t_[e + 1])) {
      frac_start = e + 1;
      e = frac_start + digits_at(t_, frac_start);
    }
    if (e < t_.size() && is_latin_letter(t_[e])) return e;  // 4G, 3D, 10km
    std::u16string_view int_part = std::u16string_view(t_).substr(i, int_end - i);
    std::u16string_view frac = std::u16string_view(t_).substr(frac_start, e - frac_start);
    bool plain = !grouped && frac.empty();

    if (plain && run <= 2) {  // 4 أبريل [2017]
      Match month;
      if (e < t_.size() && t_[e] == ' ' && month_at(t_, e + 1, month)) {
        int day = value_of(t_, i, run), year = 0;
        size_t date_end = month.end;
        size_t ys = skip_spaces(t_, date_end);
        if (ys < t_.size() && t_[ys] == ',') ys = skip_spaces(t_, ys + 1);
        if (size_t ye = year_at(t_, ys, year); ye && ys > date_end) {
          date_end = ye;
        } else {
          year = 0;
        }
        if (valid_day(year, month.value, day)) {
          emit(i, date_end, EntityType::DATE, iso_date(year, month.value, day));
          return date_end;
        }
      }
    }
    int year = 0;
    if (plain && year_at(t_, i, year)) {
      // أبريل 2017 -> 2017-04; في 2011 -> 2011.
      size_t mstart = 0;
      int month = 0;
      if (i > 0 && t_[i - 1] == ' ' &&
          phrase_before(date_words().months(), t_, i - 1, mstart, month)) {
        // Widen over the doubled form "نيسان/ابريل 2017".
        size_t s = mstart;
        while (s > 0 && t_[s - 1] == ' ') --s;
        size_t other = 0;
        int unused = 0;
        if (s > 0 && t_[s - 1] == '/' &&
            phrase_before(date_words().months(), t_, s - 1 - (s >= 2 && t_[s - 2] == ' ' ? 1 : 0), other, unused)) {
          mstart = other;
        }
        std::string norm = std::to_string(year) + "-" + two(month);
        emit(mstart, i + 4, EntityType::DATE, norm);
        return i + 4;
      }
      // "في 2014 و2015": a year joined to the year just found.
      if (i > 2 && t_[i - 1] == u'و' && t_[i - 2] == ' ' && !out_.empty() &&
          out_.back().type == EntityType::DATE && out_.back().normalized.size() == 4 &&
          out_.back().span.end == doc_.search.map.to_original({uint32_t(i - 2), uint32_t(i - 1)}).start) {
        emit(i, i + 4, EntityType::DATE, std::to_string(year));
        return i + 4;
      }
      if (i > 1 && t_[i - 1] == ' ') {
        size_t ws = i - 1;
        while (ws > 0 && is_letter(t_[ws - 1])) --ws;
        if (is_year_context(std::u16string_view(t_).substr(ws, i - 1 - ws))) {
          emit(i, i + 4, EntityType::DATE, std::to_string(year));
          return i + 4;
        }
      }
    }
    if (size_t pe = percent_after(t_, e)) {
      emit(i, pe, EntityType::PERCENT, canonical(int_part, frac, 0) + "%");
      return pe;
    }
    size_t scale_end = 0;
    int zeros = scale_after(t_, e, scale_end);
    if (zeros) {
      emit(i, scale_end, EntityType::NUM, canonical(int_part, frac, zeros));
      return scale_end;
    }
    emit(i, e, EntityType::NUM, canonical(int_part, frac, 0));
    return e;
  }

  // Past digits and the separators between them (1.54, 2017/04/04), so that the rest of a
  // rejected number is not read as a number of its own.
  size_t skip_number(size_t i) const {
    while (i < t_.size() && (is_digit(t_[i]) || ((t_[i] == '.' || t_[i] == ',' || t_[i] == '/' || t_[i] == '-') &&
                                                 i + 1 < t_.size() && is_digit(t_[i + 1])))) {
      ++i;
    }
    return i;
  }

  // The verdict of is_token_chunk for the chunk around `pos`, computed once per chunk so a
  // long chunk full of digits ("1,2,3,...") stays linear.
  bool inside_token(size_t pos) {
    if (pos < chunk_start_ || pos >= chunk_end_) {
      chunk_start_ = chunk_end_ = pos;
      while (chunk_start_ > 0 && t_[chunk_start_ - 1] != ' ' && t_[chunk_start_ - 1] != '\n') --chunk_start_;
      while (chunk_end_ < t_.size() && t_[chunk_end_] != ' ' && t_[chunk_end_] != '\n') ++chunk_end_;
      chunk_is_token_ = is_token_chunk(t_.substr(chunk_start_, chunk_end_ - chunk_start_));
    }
    return chunk_is_token_;
  }

  const Document& doc_;
  std::u16string_view t_;
  std::vector<Entity> out_;
  size_t chunk_start_ = 0, chunk_end_ = 0;
  bool chunk_is_token_ = false;
};

}  // namespace

std::vector<Entity> extract_numbers(const Document& doc) { return Scanner(doc).run(); }

}  // namespace aa
