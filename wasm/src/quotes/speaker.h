// The speaker of a statement: the noun phrase naming the source at the cue, or, for a
// pronoun subject, the latest agreeing source named before it. Internal to the quotes stage.
#pragma once

#include <array>
#include <optional>

#include "arabic_analyzer/quotes.h"
#include "quotes/scan.h"

namespace aa::quotes {

// Tokens [first, last).
struct TokenRange {
  size_t first = 0, last = 0;
  bool empty() const { return first >= last; }
};

// The noun phrase starting at token `first` (after a verb or a source phrase): titles, names,
// adjectives and their complements, up to the time, place or occasion of the speaking, a
// particle, a quotation or other punctuation (a comma only before an apposed name).
// `source_phrase`: the phrase may start with its attached preposition (وفقا للوزير).
TokenRange phrase_after(const Scan& scan, size_t first, bool source_phrase = false);
// The subject written before the verb at token `cue` (الوزير قال، وكان الوزير قد أعلن), when
// it names a source (a title, a person or an organization); empty otherwise.
TokenRange phrase_before(const Scan& scan, size_t cue);
// Whether a phrase names a source: it starts with a head noun or holds a person or an
// organization.
bool names_source(const Scan& scan, TokenRange r);

// The sources named so far, one slot per agreement, for pronoun subjects. Linear: every
// mention is offered once, every lookup is constant time.
class Antecedents {
 public:
  explicit Antecedents(const Scan& scan) : scan_(scan) {}
  // A source named at the cue of a statement.
  void add(Span span, Agreement agreement);
  // Offers the people named before `offset` (with their titles: رئيس الاتحاد برند جوتشولك)
  // and returns the latest source agreeing with `agreement`, if any.
  std::optional<Span> resolve(uint32_t offset, Agreement agreement);

 private:
  void offer_people(uint32_t offset);
  const Scan& scan_;
  std::array<std::optional<Span>, 4> latest_;  // by Agreement; `any` holds the latest of all
  Span explicit_{};                            // the latest speaker found at a cue
  size_t next_entity_ = 0;
};

// The agreement of a phrase: its head noun's (الوزيرة), a person's (masculine unless the
// title says otherwise), else `fallback` (the verb's, which agrees with its subject).
Agreement phrase_agreement(const Scan& scan, TokenRange r, Agreement fallback);

// The speaker for a span, with the group of the person (or else organization) it holds.
QuoteSpeaker make_speaker(const Scan& scan, Span span);

Span range_span(const Scan& scan, TokenRange r);

}  // namespace aa::quotes
