// Attributed statements ("who said what"): direct quotations and indirect speech with the
// reporting cue and the speaker. The rules followed are tools/quotes_eval/ANNOTATION.md.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/entities.h"

namespace aa {

enum class QuoteKind : uint8_t { direct, indirect };
// "direct" (words between quotation marks) or "indirect" (a content clause).
const char* quote_kind_name(QuoteKind k);

struct QuoteSpan {
  Span span;         // original text
  std::string text;  // original text of the span
};

struct QuoteSpeaker {
  QuoteSpan phrase;    // the fullest noun phrase naming the source; for a pronoun subject
                       // (وأضاف، مشيرا) its latest explicit mention before the cue
  int32_t group = -1;  // the entity group of the person/organization it contains, or -1
};

struct Quote {
  QuoteKind kind = QuoteKind::indirect;
  QuoteSpan content;  // between the marks (direct), or the clause after أن/إن/colon (indirect)
  QuoteSpan cue;      // the reporting verb or source phrase, with its clitics
  std::optional<QuoteSpeaker> speaker;  // none: passive cue or unnamed pronoun subject
};

class QuoteFinder {
 public:
  // Uses the word lists in place (every reporting-verb form and phrase word, search-normalized
  // at build time: quotes_lexicon.bin). Throws std::runtime_error if the embedded data is
  // damaged.
  QuoteFinder();
  ~QuoteFinder();
  QuoteFinder(QuoteFinder&&) noexcept;
  QuoteFinder& operator=(QuoteFinder&&) noexcept;
  // Statements in text order (by content start). `entities` sorted by start, as the
  // recognizer returns them; people and organizations give speakers their group.
  std::vector<Quote> find(const Document& doc, const std::vector<Entity>& entities) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace aa
