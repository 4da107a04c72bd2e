// What ICU says of a code point, as the bits of wasm/src/text/char_props.h: the one copy of
// that computation, for the generator and for the test that compares the table with ICU.
#pragma once

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <cstdio>
#include <cstdlib>

#include "text/char_props.h"

namespace aa::tables {

inline uint16_t icu_char_props(UChar32 c) {
  const int32_t wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  if (wb > cp::kWordBreakMask) {
    std::fprintf(stderr, "char props: a Word_Break value beyond five bits\n");
    std::exit(1);
  }
  uint16_t v = uint16_t(wb);
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) v |= cp::kIdeographic;
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT &&
      u_getIntPropertyValue(c, UCHAR_GRAPHEME_CLUSTER_BREAK) != U_GCB_CONTROL)
    v |= cp::kComplexContext;
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) v |= cp::kExtPictographic;
  UErrorCode ec = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &ec);
  if (u_isalpha(c) && script == USCRIPT_ARABIC) v |= cp::kArabicLetter;
  if (script == USCRIPT_HAN) v |= cp::kHan;
  if (script == USCRIPT_HIRAGANA) v |= cp::kHiragana;
  return v;
}

}  // namespace aa::tables
