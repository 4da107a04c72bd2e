#include "output/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

namespace aa {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence starting with the non-ASCII byte s[i], or, as a
// negative number, the length of the maximal ill-formed subpart to replace there (Unicode
// Table 3-7: the ranges exclude overlongs, surrogates and code points above U+10FFFF).
// A sequence cut short by the end of the string is one subpart.
long utf8_sequence(std::string_view s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  int continuations;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the first continuation byte
  if (lead >= 0xC2 && lead <= 0xDF)
    continuations = 1;
  else if (lead >= 0xE0 && lead <= 0xEF) {
    continuations = 2;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    continuations = 3;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    return -1;
  }
  for (int k = 1; k <= continuations; ++k) {
    if (i + k >= s.size()) return -long(s.size() - i);
    const auto c = static_cast<unsigned char>(s[i + k]);
    if (c < lo || c > hi) return -k;
    lo = 0x80, hi = 0xBF;
  }
  return continuations + 1;
}

}  // namespace

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_ += bracket;
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  out_ += '"';
  out_ += name;
  out_ += "\":";
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  separate();
  out_ += '"';
  size_t run = 0;  // start of the bytes not yet copied, which need no escaping
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const long n = utf8_sequence(s, i);
      if (n > 0) {
        i += size_t(n);
        continue;
      }
      out_.append(s, run, i - run);
      out_ += kReplacement;
      i += size_t(-n);
      run = i;
      continue;
    }
    // DEL (0x7F) stays raw: JSON requires escaping only below 0x20.
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out_.append(s, run, i - run);
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out_.append(escape, sizeof escape);
      }
    }
    run = ++i;
  }
  out_.append(s, run, s.size() - run);
  out_ += '"';
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::fixed4(double value) {
  separate();
  need_comma_ = true;
  if (!std::isfinite(value)) {
    out_ += "null";
    return *this;
  }
  const double scaled = std::round(value * 10000.0);
  // The digits of k / 10^4 are what nlohmann printed for the double k / 10^4 whenever it is
  // below 2^16, and for every one-decimal value below 2e5 (both checked exhaustively); results
  // hold scores and shares in [0, 1] and reading minutes below 1.2e5. Above 2^16 nlohmann's
  // Grisu2 sometimes gave 17 digits (65536.05530000001 for 65536.0553); both read back the same.
  // Where k would not fit in 64 bits, %.17g reads back exactly as well.
  if (std::fabs(scaled) >= 1e18) {
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%.17g", scaled / 10000.0);
    out_.append(buf, size_t(n));
    return *this;
  }
  if (std::signbit(scaled)) out_ += '-';
  const auto k = static_cast<uint64_t>(std::fabs(scaled));
  char whole[24];
  out_.append(whole, std::to_chars(whole, whole + sizeof whole, k / 10000).ptr);
  const unsigned fraction = unsigned(k % 10000);
  char digits[] = {'.', char('0' + fraction / 1000), char('0' + fraction / 100 % 10),
                   char('0' + fraction / 10 % 10), char('0' + fraction % 10)};
  size_t len = sizeof digits;
  while (len > 2 && digits[len - 1] == '0') --len;
  out_.append(digits, len);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  separate();
  out_ += value ? "true" : "false";
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  need_comma_ = true;
  return *this;
}

}  // namespace aa
