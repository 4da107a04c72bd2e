#include "quotes/content.h"

#include <algorithm>

#include "arabic_analyzer/clitics.h"

namespace aa::quotes {

bool starts_statement(const Scan& scan, size_t k) {
  const TokenInfo& in = scan.info[k];
  const bool broken = scan.token(k).break_before;
  if (in.cue && in.cue->form != CueForm::noun) {
    // وأضاف: the conjunction starts a clause; in وصف it is the verb's own first letter.
    if (broken || (starts_with_conjunction(in.word) && scan.lexicon.cue(in.word.substr(1))))
      return true;
  }
  // ، فيما أكدت: a connector after the comma, then the cue.
  if (broken && is_one_of(in.word, {u"فيما", u"كما", u"بينما"}) && k + 1 < scan.size() &&
      scan.info[k + 1].cue && !scan.token(k + 1).break_before)
    return true;
  return broken && (in.source || in.word == u"وذلك");
}

Span indirect_content(const Scan& scan, size_t first) {
  const std::u16string_view text(scan.doc.original);
  uint32_t start = scan.token(first).orig.start;
  uint32_t quoted_until = 0;  // the end of a quotation opened inside the content
  auto note_quotation = [&](size_t k) {
    const int32_t q = scan.info[k].opens_quotation;
    if (q < 0) return;
    const Quotation& z = scan.quotations[size_t(q)];
    quoted_until = std::max(quoted_until, z.after);
    if (k == first) start = z.open;
  };
  note_quotation(first);
  size_t last = first;
  const size_t limit = std::min(scan.size(), first + kMaxContentTokens);
  for (size_t k = first + 1; k < limit; ++k) {
    const Token& t = scan.token(k);
    if (t.orig.start >= quoted_until) {
      // A paragraph break also starts a new sentence (tokenize.h).
      if (!scan.same_sentence(k, last) || starts_statement(scan, k)) break;
    }
    note_quotation(k);
    last = k;
  }
  uint32_t end = scan.token(last).orig.end;
  // A quotation closing right after the last word belongs to the content; final punctuation
  // inside the marks comes along (…الإرهابيين".).
  if (quoted_until > end) {
    uint32_t c = end;
    while (c < quoted_until && is_final_punctuation(text[c])) ++c;
    if (c + 1 == quoted_until) end = quoted_until;
  }
  return {start, end};
}

bool quotation_ends_statement(const Scan& scan, size_t q) {
  const Quotation& z = scan.quotations[q];
  if (!z.closed) return true;
  const std::u16string_view text(scan.doc.original);
  const size_t next = scan.token_at(z.after);
  const uint32_t stop = next < scan.size() ? scan.token(next).orig.start : uint32_t(text.size());
  for (uint32_t c = z.after; c < stop; ++c) {
    const char16_t ch = text[c];
    if (is_paragraph_break(ch) ||
        (is_final_punctuation(ch) && ch != u',' && ch != 0x060C && ch != u':'))
      return true;
  }
  if (next >= scan.size()) return true;
  return starts_statement(scan, next);
}

}  // namespace aa::quotes
