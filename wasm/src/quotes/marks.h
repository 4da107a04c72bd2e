// Pairing of quotation marks in the original text: "…" «…» “…” '…' and the mirrored »…«.
// Internal to the quotes stage.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "arabic_analyzer/text.h"

namespace aa::quotes {

// A quotation left open runs at most this far (UTF-16 code units): longer than any quoted
// speech in news, short enough that a stray mark cannot swallow an article.
constexpr uint32_t kMaxQuotationUnits = 3000;

struct Quotation {
  uint32_t open = 0;   // offset of the opening mark
  Span content;        // between the marks
  uint32_t after = 0;  // just after the closing mark (content.end when never closed)
  bool closed = false;
};

// The outermost quotations in text order; inner pairs are part of their content. A mark
// never closed ends its quotation at the end of its paragraph (final punctuation left out)
// or at kMaxQuotationUnits; a closing mark with nothing open is punctuation.
std::vector<Quotation> find_quotations(std::u16string_view text);

// Whether `c` ends a paragraph.
inline bool is_paragraph_break(char16_t c) {
  return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
}

// Punctuation left out at the end of a statement's content: . ، ؛ : ! ؟ and their Latin forms.
bool is_final_punctuation(char16_t c);

}  // namespace aa::quotes
