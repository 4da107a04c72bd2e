// Text primitives shared by every stage: UTF-8 <-> UTF-16 conversion and spans.
//
// The core works on UTF-16 because every offset the product reports (JSON, JS API)
// is a UTF-16 code-unit index into the ORIGINAL text, so `text.slice(start, end)` in
// JavaScript returns the span. Conversions never fail: each invalid sequence becomes
// one U+FFFD, so the user's text is never lost and offsets stay consistent.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace aa {

// Half-open [start, end) in UTF-16 code units.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  friend bool operator==(Span a, Span b) { return a.start == b.start && a.end == b.end; }
};

// UTF-8 -> UTF-16. Invalid or truncated sequences become U+FFFD (one per maximal
// ill-formed subpart, as ICU and the WHATWG decoder do).
// If `replaced` is given, it receives the number of replacements.
std::u16string utf8_to_utf16(std::string_view utf8, size_t* replaced = nullptr);

// UTF-16 -> UTF-8. Unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::u16string_view utf16);

// Replaces unpaired surrogates (possible in JavaScript strings) with U+FFFD in place.
// One unit in, one unit out, so offsets computed afterwards are valid for the caller's string.
// Returns how many were replaced.
size_t replace_lone_surrogates(std::u16string& text);

// Code-point helpers over UTF-16 (the text is assumed free of lone surrogates).
inline bool is_lead(char16_t u) { return (u & 0xFC00) == 0xD800; }
inline bool is_trail(char16_t u) { return (u & 0xFC00) == 0xDC00; }

// Decodes the code point at `i` and advances `i` past it.
inline char32_t next_code_point(std::u16string_view s, size_t& i) {
  char16_t u = s[i++];
  if (is_lead(u) && i < s.size() && is_trail(s[i])) {
    return (char32_t(u) << 10) + s[i++] - ((0xD800u << 10) + 0xDC00u - 0x10000u);
  }
  return u;
}

// Decodes the code point ending just before `i` and moves `i` back to its start.
inline char32_t prev_code_point(std::u16string_view s, size_t& i) {
  char16_t u = s[--i];
  if (is_trail(u) && i > 0 && is_lead(s[i - 1])) {
    --i;
    return (char32_t(s[i]) << 10) + u - ((0xD800u << 10) + 0xDC00u - 0x10000u);
  }
  return u;
}

// A letter of the Arabic script (ICU's script property): أ ب پ ڤ ۀ ...; not digits, marks,
// tatweel or punctuation. The one test of "Arabic letter" in the core.
bool is_arabic_letter(char32_t c);

inline bool starts_with(std::u16string_view w, std::u16string_view prefix) {
  return w.substr(0, prefix.size()) == prefix;
}
inline bool ends_with(std::u16string_view w, std::u16string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

inline void append_code_point(std::u16string& out, char32_t c) {
  if (c < 0x10000) {
    out.push_back(char16_t(c));
  } else {
    out.push_back(char16_t(0xD7C0 + (c >> 10)));
    out.push_back(char16_t(0xDC00 | (c & 0x3FF)));
  }
}

}  // namespace aa
