#include "arabic_analyzer/text.h"

#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "text/char_props.h"

namespace aa {

std::u16string utf8_to_utf16(std::string_view utf8, size_t* replaced) {
  std::u16string out;
  if (replaced) *replaced = 0;
  if (utf8.empty()) return out;
  // UTF-16 never needs more units than UTF-8 has bytes.
  out.resize(utf8.size());
  int32_t len = 0, subs = 0;
  UErrorCode ec = U_ZERO_ERROR;
  u_strFromUTF8WithSub(out.data(), int32_t(out.size()), &len, utf8.data(), int32_t(utf8.size()),
                       0xFFFD, &subs, &ec);
  if (U_FAILURE(ec)) len = 0;
  if (replaced) *replaced = size_t(subs);
  out.resize(size_t(len));
  return out;
}

std::string utf16_to_utf8(std::u16string_view utf16) {
  std::string out;
  if (utf16.empty()) return out;
  out.resize(utf16.size() * 3);
  int32_t len = 0;
  UErrorCode ec = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), int32_t(out.size()), &len, utf16.data(), int32_t(utf16.size()),
                     0xFFFD, nullptr, &ec);
  if (U_FAILURE(ec)) len = 0;
  out.resize(size_t(len));
  return out;
}

size_t replace_lone_surrogates(std::u16string& text) {
  size_t replaced = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char16_t u = text[i];
    if (!U16_IS_SURROGATE(u)) continue;
    if (U16_IS_LEAD(u) && i + 1 < text.size() && U16_IS_TRAIL(text[i + 1])) {
      ++i;
      continue;
    }
    text[i] = 0xFFFD;
    ++replaced;
  }
  return replaced;
}

bool is_arabic_letter(char32_t c) {
  return c < cp::kCodePoints && (char_props(c) & cp::kArabicLetter);
}

}  // namespace aa
