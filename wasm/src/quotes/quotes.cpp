// The quotes stage: finds each cue (a reporting verb or a source phrase), its complement (a
// quotation, a colon, or a particle and its clause) and its speaker, in one pass over the
// tokens. The rules are tools/quotes_eval/ANNOTATION.md.
#include "arabic_analyzer/quotes.h"

#include <algorithm>

#include "arabic_analyzer/clitics.h"
#include "quotes/content.h"
#include "quotes/lexicon.h"
#include "quotes/scan.h"
#include "quotes/speaker.h"

namespace aa {

const char* quote_kind_name(QuoteKind k) {
  switch (k) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::indirect: return "indirect";
  }
  return "indirect";
}

namespace quotes {
namespace {

// How far after its verb a complement may start: the speaker phrase and the time and place
// of the speaking come between (وقال رئيس الاتحاد برند جوتشولك عند إعلان آخر تقرير سنوي
// للاتحاد إن...); further on, أن belongs to another clause.
constexpr size_t kComplementWindow = 20;

bool is_gap_before_cue(char16_t c) {
  return c == u' ' || c == u'\t' || c == 0x00A0 || c == u',' || c == 0x060C || c == u'-' ||
         c == 0x2013 || c == 0x2014;
}

class Finder {
 public:
  explicit Finder(const Scan& scan)
      : scan_(scan),
        antecedents_(scan),
        claimed_(scan.quotations.size(), false),
        quote_before_(scan.size(), -1) {}

  std::vector<Quote> run() {
    find_quotes_before_cues();
    for (size_t i = 0; i < scan_.size(); ++i) {
      const TokenInfo& in = scan_.info[i];
      // Cues inside a direct quotation are the quoted speaker's own words.
      if (in.in_quotation >= 0 && claimed_[size_t(in.in_quotation)]) continue;
      if (i < merged_until_) continue;  // the saying word of وأضاف قائلا
      if (in.cue) {
        verb_statement(i);
      } else if (in.source) {
        source_statement(i);
      }
    }
    std::stable_sort(out_.begin(), out_.end(), [](const Quote& a, const Quote& b) {
      return a.content.span.start < b.content.span.start;
    });
    return std::move(out_);
  }

 private:
  // «"الوضع خطير"، قال الوزير»: a quotation followed by a verb of saying is that verb's.
  void find_quotes_before_cues() {
    const std::u16string_view text(scan_.doc.original);
    for (size_t q = 0; q < scan_.quotations.size(); ++q) {
      const Quotation& z = scan_.quotations[q];
      if (!z.closed) continue;
      const size_t next = scan_.token_at(z.after);
      if (next >= scan_.size()) continue;
      const TokenInfo& in = scan_.info[next];
      if (!in.cue || in.cue->form == CueForm::noun) continue;
      // A comma or dash between them: with a space only, the verb's subject is the
      // quotation itself («"أدلة واضحة" تؤكد»).
      bool adjacent = true, separated = false;
      for (uint32_t c = z.after; c < scan_.token(next).orig.start && adjacent; ++c) {
        adjacent = is_gap_before_cue(text[c]);
        separated = separated || (text[c] != u' ' && text[c] != u'\t' && text[c] != 0x00A0);
      }
      if (!adjacent || !separated) continue;
      quote_before_[next] = int32_t(q);
      claimed_[q] = true;
    }
  }

  // Negated, future or hypothetical cues say nothing (لم يقل إن، سوف يعلن، أن يعلن), and a
  // verb after مما has a fact, not a source, for its subject.
  bool blocked(size_t i) const {
    if (i == 0 || !scan_.same_sentence(i - 1, i)) return false;
    const std::u16string_view prev = scan_.info[i - 1].word;
    if (is_one_of(prev, {u"لم", u"ولم", u"فلم", u"لن", u"ولن", u"لا", u"ولا", u"سوف", u"مما"}))
      return true;
    std::u16string_view w = scan_.info[i].word;
    if (starts_with_conjunction(w)) w.remove_prefix(1);
    const bool imperfect = !w.empty() && (w[0] == u'ي' || w[0] == u'ت' || w[0] == u'ن');
    return imperfect && prev == u"ان";
  }

  void emit(QuoteKind kind, Span content, Span cue, std::optional<QuoteSpeaker> speaker) {
    if (content.start >= content.end) return;
    Quote q;
    q.kind = kind;
    q.content = {content, scan_.doc.original_utf8(content)};
    q.cue = {cue, scan_.doc.original_utf8(cue)};
    q.speaker = std::move(speaker);
    out_.push_back(std::move(q));
  }

  std::optional<QuoteSpeaker> named(TokenRange r, Agreement fallback) {
    const Span span = range_span(scan_, r);
    antecedents_.add(span, phrase_agreement(scan_, r, fallback));
    return make_speaker(scan_, span);
  }

  std::optional<QuoteSpeaker> speaker_of(size_t i, TokenRange after, const Cue& cue) {
    if (!after.empty()) return named(after, cue.agreement);
    if (cue.form == CueForm::noun) {
      // ونقلت الوكالة عن الوزير قوله إن...: the source is the object of عن.
      for (size_t k = i; k > 0 && i - k < kComplementWindow / 2;) {
        --k;
        if (!scan_.same_sentence(k, i)) break;
        if (scan_.info[k].word != u"عن") continue;
        TokenRange r = phrase_after(scan_, k + 1);
        r.last = std::min(r.last, i);
        if (!r.empty()) return named(r, cue.agreement);
        break;
      }
    } else if (cue.form == CueForm::finite && !starts_with_conjunction(scan_.info[i].word)) {
      TokenRange before = phrase_before(scan_, i);
      if (!before.empty()) return named(before, cue.agreement);
    }
    std::optional<Span> span = antecedents_.resolve(scan_.token(i).orig.start, cue.agreement);
    if (!span) return std::nullopt;
    return make_speaker(scan_, *span);
  }

  void direct(size_t q, Span cue, std::optional<QuoteSpeaker> speaker) {
    claimed_[q] = true;
    emit(QuoteKind::direct, scan_.quotations[q].content, cue, std::move(speaker));
  }

  // The content after a particle or a colon: a quotation that is all of it is direct.
  void clause(size_t first, const Cue& cue, Span cue_span, std::optional<QuoteSpeaker> speaker) {
    const int32_t q = scan_.info[first].opens_quotation;
    if (q >= 0 && quotation_ends_statement(scan_, size_t(q))) {
      direct(size_t(q), cue_span, std::move(speaker));
    } else if (cue.role == CueRole::reporting) {
      emit(QuoteKind::indirect, indirect_content(scan_, first), cue_span, std::move(speaker));
    }
  }

  void verb_statement(size_t i) {
    const Cue& cue = *scan_.info[i].cue;
    if (blocked(i)) return;
    Span cue_span = scan_.token(i).orig;
    size_t after = i + 1;
    // A redundant saying word is part of the cue: وأضاف قائلا، وختم بالقول.
    if (after < scan_.size() && !scan_.token(after).break_before && scan_.info[after].cue &&
        scan_.info[after].cue->form != CueForm::finite && cue.form == CueForm::finite) {
      cue_span.end = scan_.token(after).orig.end;
      merged_until_ = ++after;
    }
    const TokenRange subject =
        cue.form == CueForm::finite ? phrase_after(scan_, after) : TokenRange{after, after};
    if (quote_before_[i] >= 0) {
      direct(size_t(quote_before_[i]), cue_span, speaker_of(i, subject, cue));
      return;
    }
    const size_t limit = std::min(scan_.size(), i + kComplementWindow);
    for (size_t k = subject.empty() ? after : subject.last; k < limit; ++k) {
      const TokenInfo& in = scan_.info[k];
      if (!scan_.same_sentence(k, i)) return;
      if (in.colon_before) {
        clause(k, cue, cue_span, speaker_of(i, subject, cue));
        return;
      }
      if (in.opens_quotation >= 0) {
        direct(size_t(in.opens_quotation), cue_span, speaker_of(i, subject, cue));
        return;
      }
      if (in.particle) {
        if (cue.role != CueRole::reporting || k + 1 >= scan_.size() ||
            !scan_.same_sentence(k + 1, i) || !governs_particle(k, after, subject))
          return;
        clause(k + 1, cue, cue_span, speaker_of(i, subject, cue));
        return;
      }
      if (in.cue) return;  // another statement's verb
    }
  }

  // أن after the verb, its preposition (أشار إلى أن) or its subject belongs to the verb; after
  // بعد، قبل، منذ... it belongs to a time clause (أعلن استقالته بعد أن...).
  bool governs_particle(size_t particle, size_t after, TokenRange subject) const {
    if (particle == after || particle == subject.last) return true;
    const std::u16string_view prev = scan_.info[particle - 1].word;
    if (is_one_of(prev, {u"بعد", u"قبل", u"منذ", u"دون", u"رغم", u"حتي", u"لمجرد", u"بمجرد"}))
      return false;
    if (is_one_of(prev, {u"الي", u"من", u"علي", u"عن"}))
      return particle - 1 == after || particle - 1 == subject.last;
    return true;
  }

  void source_statement(size_t i) {
    const std::u16string preposition = scan_.lexicon.preposition(*scan_.info[i].source);
    Span cue_span = scan_.token(i).orig;
    size_t first = i + 1;
    if (first >= scan_.size() || !scan_.same_sentence(first, i)) return;
    if (!preposition.empty()) {
      const std::u16string_view w = scan_.info[first].word;
      if (w == preposition) {
        cue_span.end = scan_.token(first).orig.end;  // وفقا لـ، نقلا عن
        if (++first >= scan_.size() || !scan_.same_sentence(first, i)) return;
      } else if (!starts_with(w, preposition)) {
        return;
      }
    }
    const TokenRange source = phrase_after(scan_, first, true);
    // وفقا للقانون، حسب الاتفاق: a rule or an agreement states nothing.
    if (!names_source(scan_, source)) return;
    const size_t e = source.last;
    const bool continues = e < scan_.size() && scan_.same_sentence(e, i);
    Span content{};
    if (continues && scan_.info[e].particle) {
      if (e + 1 < scan_.size() && scan_.same_sentence(e + 1, i))
        content = indirect_content(scan_, e + 1);
    } else if (scan_.token(i).break_before && i > 0 && scan_.same_sentence(i - 1, i)) {
      // Postposed: قتل عشرة أشخاص، بحسب الشرطة.
      size_t s = i - 1;
      while (s > 0 && i - s < kMaxContentTokens && scan_.same_sentence(s - 1, i)) --s;
      content = {scan_.token(s).orig.start, scan_.token(i - 1).orig.end};
    } else if (continues) {
      content = indirect_content(scan_, e);  // وبحسب المصادر، فقد تزامنت...
    }
    emit(QuoteKind::indirect, content, cue_span, named(source, Agreement::any));
  }

  const Scan& scan_;
  Antecedents antecedents_;
  std::vector<bool> claimed_;          // quotations that are a direct statement's content
  std::vector<int32_t> quote_before_;  // per cue token: the quotation it follows
  std::vector<Quote> out_;
  size_t merged_until_ = 0;
};

}  // namespace
}  // namespace quotes

struct QuoteFinder::Impl {
  quotes::Lexicon lexicon;
};

QuoteFinder::QuoteFinder() : impl_(std::make_unique<Impl>()) {}
QuoteFinder::~QuoteFinder() = default;
QuoteFinder::QuoteFinder(QuoteFinder&&) noexcept = default;
QuoteFinder& QuoteFinder::operator=(QuoteFinder&&) noexcept = default;

std::vector<Quote> QuoteFinder::find(const Document& doc,
                                     const std::vector<Entity>& entities) const {
  const quotes::Scan scan(doc, impl_->lexicon, entities);
  return quotes::Finder(scan).run();
}

}  // namespace aa
