// Character classes of twitter-text's extraction rules (its regexp/ folder), as predicates.
// Internal to the hashtag/mention/URL extractors. URL and mention classes work on UTF-16
// units, exactly as twitter-text's JavaScript regular expressions (no `u` flag) do; the
// hashtag classes work on code points and take their letters, marks and digits from ICU.
#pragma once

#include <unicode/uchar.h>

#include <cstdint>
#include <string_view>

namespace aa::social {

inline bool is_ascii_alpha(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alnum(char32_t c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline char16_t ascii_lower(char16_t c) { return (c >= 'A' && c <= 'Z') ? char16_t(c + 32) : c; }

inline bool is_hash_sign(char32_t c) { return c == u'#' || c == u'＃'; }
inline bool is_at_sign(char32_t c) { return c == u'@' || c == u'＠'; }

// The first position at or after `from` holding `a` or `b` (npos if none); a plain loop,
// several times faster than u16string_view::find_first_of.
inline size_t find_either(std::u16string_view text, size_t from, char16_t a, char16_t b) {
  for (size_t i = from; i < text.size(); ++i) {
    if (text[i] == a || text[i] == b) return i;
  }
  return std::u16string_view::npos;
}

// \p{L} or \p{M}: what a hashtag needs at least one of.
inline bool is_hashtag_alpha(char32_t c) {
  int8_t t = u_charType(UChar32(c));
  return t >= U_UPPERCASE_LETTER && t <= U_COMBINING_SPACING_MARK;
}

// Joiners twitter-text allows inside a tag besides letters, marks and digits: underscore,
// ZWNJ/ZWJ (Persian, Sinhala), Cyrillic kavyka, Hebrew maqaf/geresh/gershayim, Japanese
// wave dashes, sound marks, katakana hyphens and ditto mark, Tibetan tsheg, middle dot.
inline bool is_hashtag_special(char32_t c) {
  // A character class as twitter-text lists it: rows of case labels, kept as written.
  // clang-format off
  switch (c) {
    case u'_': case 0x200C: case 0x200D: case 0xA67E: case 0x05BE: case 0x05F3: case 0x05F4:
    case 0xFF5E: case 0x301C: case 0x309B: case 0x309C: case 0x30A0: case 0x30FB: case 0x3003:
    case 0x0F0B: case 0x0F0C: case 0x00B7:
      return true;
    default:
      return false;
  }
  // clang-format on
}

// Letters, marks, decimal digits of any script (Arabic-Indic included) and the joiners.
inline bool is_hashtag_alnum(char32_t c) {
  if (c < 0x80) return is_ascii_alnum(c) || c == u'_';
  int8_t t = u_charType(UChar32(c));
  return (t >= U_UPPERCASE_LETTER && t <= U_DECIMAL_DIGIT_NUMBER) || is_hashtag_special(c);
}

// twitter-text's `spaces`: the Unicode White_Space characters.
inline bool is_twitter_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

// JavaScript's \s.
inline bool is_js_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

inline bool is_invalid_char(char32_t c) { return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF; }

// Bidi controls that RTL text carries around URLs (LRE..RLO, ALM, LRM, RLM, isolates).
inline bool is_directional_mark(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x2066 && c <= 0x2069);
}

// twitter-text's `punct`: ASCII punctuation except '"' and '`'.
inline bool is_twitter_punct(char32_t c) {
  // A character class as twitter-text lists it: rows of case labels, kept as written.
  // clang-format off
  switch (c) {
    case '!': case '\'': case '#': case '%': case '&': case '(': case ')': case '*': case '+':
    case ',': case '\\': case '-': case '.': case '/': case ':': case ';': case '<': case '=':
    case '>': case '?': case '@': case '[': case ']': case '^': case '_': case '{': case '|':
    case '}': case '~': case '$':
      return true;
    default:
      return false;
  }
  // clang-format on
}

// A character of a domain label: anything but ASCII punctuation, spaces, bidi controls and
// the non-characters, so IDN labels in any script (موقع.com, ああ.com) are domains too.
inline bool is_domain_char(char32_t c) {
  return !is_twitter_punct(c) && !is_twitter_space(c) && !is_invalid_char(c) &&
         !is_directional_mark(c);
}

// Latin letters with diacritics that URL paths and mention ends treat like ASCII letters.
inline bool is_latin_accent(char32_t c) {
  return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F) ||
         c == 0x253 || c == 0x254 || c == 0x256 || c == 0x257 || c == 0x259 || c == 0x25B ||
         c == 0x263 || c == 0x268 || c == 0x26F || c == 0x272 || c == 0x289 || c == 0x28B ||
         c == 0x2BB || (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF);
}

inline bool is_cyrillic(char32_t c) { return c >= 0x400 && c <= 0x4FF; }

// A URL path may hold these; Arabic letters are deliberately absent, which is what keeps
// "https://example.com/news،وقال" from swallowing the Arabic that follows.
inline bool is_path_char(char32_t c) {
  if (is_ascii_alnum(c) || is_cyrillic(c) || is_latin_accent(c) || c == 0x2013) return true;
  // A character class as twitter-text lists it: rows of case labels, kept as written.
  // clang-format off
  switch (c) {
    case '!': case '*': case '\'': case ';': case ':': case '=': case '+': case ',': case '.':
    case '$': case '/': case '%': case '#': case '[': case ']': case '-': case '_': case '~':
    case '@': case '|': case '&':
      return true;
    default:
      return false;
  }
  // clang-format on
}

// A path may only end on these (so "example.com/path." leaves the period out).
inline bool is_path_end_char(char32_t c) {
  return is_ascii_alnum(c) || is_cyrillic(c) || is_latin_accent(c) || c == '+' || c == '-' ||
         c == '=' || c == '_' || c == '#' || c == '/';
}

inline bool is_query_char(char32_t c) {
  if (is_ascii_alnum(c)) return true;
  // A character class as twitter-text lists it: rows of case labels, kept as written.
  // clang-format off
  switch (c) {
    case '!': case '?': case '*': case '\'': case '@': case '(': case ')': case ';': case ':':
    case '&': case '=': case '+': case '$': case '/': case '%': case '#': case '[': case ']':
    case '-': case '_': case '.': case ',': case '~': case '|':
      return true;
    default:
      return false;
  }
  // clang-format on
}

inline bool is_query_end_char(char32_t c) {
  return is_ascii_alnum(c) || c == '-' || c == '_' || c == '&' || c == '=' || c == '#' || c == '/';
}

}  // namespace aa::social
