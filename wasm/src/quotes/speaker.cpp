#include "quotes/speaker.h"

#include <algorithm>

#include "arabic_analyzer/clitics.h"

namespace aa::quotes {

namespace {

// A speaker phrase longer than this is a clause that was misread.
constexpr size_t kMaxPhraseTokens = 12;
// A title chain before a name: الممثل الأعلى للأمن والسياسة الخارجية الأوروبي خافيير سولانا.
constexpr size_t kMaxTitleTokens = 8;

bool is_type(const Entity* e, EntityType t) { return e && e->type == t; }

// Words a phrase cannot end on: a preposition or conjunction left by the word that stopped it.
bool dangles(std::u16string_view w) {
  return is_one_of(w, {u"من", u"في", u"الي", u"علي", u"عن", u"مع", u"و", u"ب", u"ل"});
}

// The auxiliary before a preverbal subject: وكان الوزير قد أعلن.
bool is_auxiliary(std::u16string_view w) {
  return is_one_of(w, {u"كان", u"وكان", u"كانت", u"وكانت", u"قد"});
}

}  // namespace

Span range_span(const Scan& scan, TokenRange r) {
  return {scan.token(r.first).orig.start, scan.token(r.last - 1).orig.end};
}

TokenRange phrase_after(const Scan& scan, size_t first, bool source_phrase) {
  TokenRange r{first, first};
  if (first >= scan.size()) return r;
  for (size_t k = first; k < scan.size() && k - first < kMaxPhraseTokens; ++k) {
    const Token& t = scan.token(k);
    const TokenInfo& in = scan.info[k];
    const Entity* ent = scan.entity(k);
    if (in.colon_before || in.opens_quotation >= 0) break;
    if (k > first) {
      if (!scan.same_sentence(k, first)) break;
      if (t.break_before) {
        // An apposed name is part of the phrase: السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي.
        if (is_type(ent, EntityType::PER) && ent->span.start == t.orig.start) {
          size_t e = k;
          while (e < scan.size() && scan.token(e).orig.end <= ent->span.end) ++e;
          r.last = e;
        }
        break;
      }
    }
    if (in.particle || (in.cue && !ent) || in.source) break;
    if (!ent && scan.speaker_word(k) == SpeakerWord::stop) break;
    if (t.kind != TokenKind::word) break;
    if (!ent) {
      // A place phrase says which source it is (اتحاد صناعة السيارات في ألمانيا); any other
      // في phrase is the occasion (في مؤتمر صحفي).
      if (in.word == u"في") {
        if (k == first || k + 1 >= scan.size() || !is_type(scan.entity(k + 1), EntityType::LOC))
          break;
      } else if (is_one_of(in.word, {u"الي", u"علي", u"عن", u"مع", u"امس"})) {
        break;
      } else if (in.word.size() > 2 && in.word[0] == u'ل' && in.word != u"لدي" &&
                 !(source_phrase && k == first)) {
        break;  // the addressee: قال للصحفيين، لوكالة
      }
    }
    r.last = k + 1;
  }
  while (!r.empty() && !scan.entity(r.last - 1) && dangles(scan.info[r.last - 1].word)) --r.last;
  if (!r.empty()) {
    // A name runs to its end even when the phrase stopped inside it.
    if (const Entity* ent = scan.entity(r.last - 1)) {
      while (r.last < scan.size() && scan.token(r.last).orig.end <= ent->span.end) ++r.last;
    }
  }
  return r;
}

bool names_source(const Scan& scan, TokenRange r) {
  if (r.empty()) return false;
  if (scan.speaker_word(r.first) == SpeakerWord::head) return true;
  for (size_t k = r.first; k < r.last; ++k) {
    const Entity* e = scan.entity(k);
    if (is_type(e, EntityType::PER) || is_type(e, EntityType::ORG)) return true;
  }
  return false;
}

TokenRange phrase_before(const Scan& scan, size_t cue) {
  size_t k = cue;
  if (k > 0 && scan.info[k - 1].word == u"قد" && !scan.token(k).break_before) --k;
  TokenRange r{k, k};
  while (r.first > 0 && cue - r.first < kMaxTitleTokens) {
    const size_t p = r.first - 1;
    const TokenInfo& in = scan.info[p];
    if (scan.token(p + 1).break_before || !scan.same_sentence(p, cue)) break;
    if (in.particle || in.cue || in.source || is_auxiliary(in.word)) break;
    if (!scan.entity(p) && scan.speaker_word(p) == SpeakerWord::stop) break;
    r.first = p;
  }
  // The subject starts at its title or name; words before them are the clause's own.
  while (!r.empty() && !scan.entity(r.first) && scan.speaker_word(r.first) != SpeakerWord::head)
    ++r.first;
  return names_source(scan, r) ? r : TokenRange{};
}

Agreement phrase_agreement(const Scan& scan, TokenRange r, Agreement fallback) {
  if (r.empty()) return fallback;
  Agreement head = scan.lexicon.head_agreement(scan.info[r.first].word);
  if (head != Agreement::any) return head;
  for (size_t k = r.first; k < r.last; ++k) {
    if (is_type(scan.entity(k), EntityType::PER)) return Agreement::masculine;
  }
  return fallback;
}

void Antecedents::add(Span span, Agreement agreement) {
  latest_[size_t(agreement)] = span;
  latest_[size_t(Agreement::any)] = span;
  explicit_ = span;
}

void Antecedents::offer_people(uint32_t offset) {
  const auto& ents = scan_.entities;
  const size_t from = next_entity_;
  while (next_entity_ < ents.size() && ents[next_entity_].span.end <= offset) ++next_entity_;
  // Only the latest few people since the last lookup can still be the latest of their
  // agreement; reading their titles is what costs.
  constexpr size_t kRecentPeople = 4;
  size_t recent[kRecentPeople], count = 0;
  for (size_t k = next_entity_; k > from && count < kRecentPeople;) {
    const Entity& e = ents[--k];
    if (e.type != EntityType::PER) continue;
    if (explicit_.start <= e.span.start && e.span.end <= explicit_.end) continue;
    recent[count++] = k;
  }
  while (count > 0) {
    const Entity& e = ents[recent[--count]];
    // Walk back over the title chain to its first head noun.
    const size_t first = scan_.token_containing(e.span.start);
    size_t start = first;
    for (size_t k = first; k > 0 && first - k < kMaxTitleTokens;) {
      if (scan_.token(k).break_before) break;
      --k;
      const TokenInfo& in = scan_.info[k];
      if (in.particle || in.cue) break;
      const SpeakerWord role = scan_.speaker_word(k);
      if (role == SpeakerWord::stop) break;
      if (role == SpeakerWord::head) start = k;
    }
    // Without a title the name itself, its clitic left outside as the entity has it.
    Span span{start == first ? e.span.start : scan_.token(start).orig.start, e.span.end};
    Agreement a = scan_.lexicon.head_agreement(scan_.info[start].word);
    if (a == Agreement::any) a = Agreement::masculine;
    latest_[size_t(a)] = span;
    latest_[size_t(Agreement::any)] = span;
  }
}

std::optional<Span> Antecedents::resolve(uint32_t offset, Agreement agreement) {
  offer_people(offset);
  if (latest_[size_t(agreement)]) return latest_[size_t(agreement)];
  return latest_[size_t(Agreement::any)];
}

QuoteSpeaker make_speaker(const Scan& scan, Span span) {
  QuoteSpeaker s;
  s.phrase = {span, scan.doc.original_utf8(span)};
  const auto& ents = scan.entities;
  auto it = std::lower_bound(ents.begin(), ents.end(), span.start,
                             [](const Entity& e, uint32_t o) { return e.span.start < o; });
  int32_t org = -1;
  for (; it != ents.end() && it->span.start < span.end; ++it) {
    if (it->span.end > span.end) continue;
    if (it->type == EntityType::PER) {
      s.group = it->group;
      return s;
    }
    if (it->type == EntityType::ORG && org < 0) org = it->group;
  }
  s.group = org;
  return s;
}

}  // namespace aa::quotes
