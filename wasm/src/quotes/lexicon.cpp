#include "quotes/lexicon.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "arabic_analyzer/clitics.h"
#include "arabic_analyzer/embedded_data.h"
#include "arabic_analyzer/text.h"
#include "text/hash.h"

namespace aa::quotes {

namespace {

using A = Agreement;

struct Affix {
  std::u16string_view text;
  Agreement agreement;
};

// Perfect suffixes that start with a vowel (a hollow verb keeps its long stem: قالت) and
// with a consonant (it shortens: قلنا). A sound verb takes both on one stem. ت alone is the
// third person feminine after a long stem; after a short one it is the first or second person.
constexpr Affix kPerfectLong[] = {{u"", A::masculine},
                                  {u"ت", A::feminine},
                                  {u"وا", A::plural},
                                  {u"ا", A::plural},
                                  {u"تا", A::plural}};
constexpr Affix kPerfectShort[] = {{u"ت", A::any},     {u"ن", A::plural},  {u"نا", A::plural},
                                   {u"تم", A::plural}, {u"تن", A::plural}, {u"تما", A::plural}};
// Imperfect prefix + suffix pairs, with the subject they imply.
struct Circumfix {
  std::u16string_view prefix, suffix;
  Agreement agreement;
};
constexpr Circumfix kImperfect[] = {
    {u"ي", u"", A::masculine}, {u"ي", u"ون", A::plural}, {u"ي", u"ان", A::plural},
    {u"ي", u"ن", A::plural},   {u"ي", u"وا", A::plural}, {u"ت", u"", A::feminine},
    {u"ت", u"ان", A::plural},  {u"ت", u"ين", A::any},    {u"ت", u"ون", A::any},
    {u"ن", u"", A::plural},    {u"ا", u"", A::any}};
// The participle used adverbially is accusative: مضيفا، مضيفة، مضيفين، مضيفات.
constexpr Affix kParticiple[] = {{u"ا", A::masculine}, {u"ه", A::feminine}, {u"ين", A::plural},
                                 {u"ون", A::plural},   {u"ات", A::plural},  {u"ان", A::plural}};
// A verb's object pronoun (اعتبره) leaves the cue intact.
constexpr std::u16string_view kObjectPronouns[] = {u"ه", u"ها", u"هم"};
// The verbal noun carries the content only with its article or its subject's pronoun:
// القول، بالقول، قوله، بقولها.
constexpr Affix kNounSuffixes[] = {
    {u"ه", A::masculine}, {u"ها", A::feminine}, {u"هم", A::plural}, {u"هما", A::plural}};

// Bits of the hash-prefix filter: 2^16 bits (8 KB) against a few thousand listed forms.
constexpr unsigned kFilterBits = 16;

std::u16string_view strip_conjunction(std::u16string_view word) {
  return word.size() > 2 && starts_with_conjunction(word) ? word.substr(1) : std::u16string_view();
}

}  // namespace

void Lexicon::mark(std::vector<uint64_t>& seen, uint64_t hash) {
  if (seen.empty()) seen.resize((size_t(1) << kFilterBits) / 64);
  const uint64_t bit = hash >> (64 - kFilterBits);
  seen[bit / 64] |= uint64_t(1) << (bit % 64);
}

template <typename Map>
auto Lexicon::find(const Map& map, const std::vector<uint64_t>& seen, std::u16string_view word)
    -> const typename Map::mapped_type* {
  const uint64_t hash = fnv1a<uint64_t>(word);
  const uint64_t bit = hash >> (64 - kFilterBits);
  if (seen.empty() || !(seen[bit / 64] >> (bit % 64) & 1)) return nullptr;
  auto it = map.find(hash);
  return it == map.end() ? nullptr : &it->second;
}

Lexicon::Lexicon(const Normalizer& search) {
  auto norm = [&](std::string_view utf8) { return search.normalize_text(utf8_to_utf16(utf8)); };
  auto add = [&](const std::u16string& form, Cue cue) {
    const uint64_t hash = fnv1a<uint64_t>(form);
    mark(cue_seen_, hash);
    mark_shape(form);
    Entry& e = cue_words_[hash];
    if (e.is_cue) return;  // the first reading listed wins
    e.cue = cue;
    e.is_cue = true;
  };
  auto add_with_objects = [&](const std::u16string& form, Cue cue) {
    add(form, cue);
    for (auto p : kObjectPronouns) add(form + std::u16string(p), cue);
  };
  for_each_data_row(
      embedded_file("quotes_reporting_verbs_ar.txt"),
      [&](std::string_view stem_utf8, std::string_view pattern, std::string_view role_name) {
        const std::u16string stem = norm(stem_utf8);
        Cue cue;
        if (role_name == "direct") {
          cue.role = CueRole::direct;
        } else if (role_name != "reporting") {
          throw std::runtime_error("quotes_reporting_verbs_ar.txt: unknown role");
        }
        auto finite = [&](std::u16string_view suffix, Agreement a) {
          cue.form = CueForm::finite;
          cue.agreement = a;
          add_with_objects(stem + std::u16string(suffix), cue);
        };
        if (pattern == "perfect" || pattern == "perfect_long") {
          for (const Affix& s : kPerfectLong) finite(s.text, s.agreement);
        }
        if (pattern == "perfect" || pattern == "perfect_short") {
          for (const Affix& s : kPerfectShort) {
            if (pattern == "perfect" && s.text == u"ت") continue;  // the long stem's ت
            finite(s.text, s.agreement);
          }
        }
        if (pattern == "imperfect") {
          for (const Circumfix& c : kImperfect) {
            cue.form = CueForm::finite;
            cue.agreement = c.agreement;
            add_with_objects(std::u16string(c.prefix) + stem + std::u16string(c.suffix), cue);
          }
        } else if (pattern == "participle") {
          cue.form = CueForm::participle;
          for (const Affix& s : kParticiple) {
            cue.agreement = s.agreement;
            add(stem + std::u16string(s.text), cue);
          }
        } else if (pattern == "noun") {
          cue.form = CueForm::noun;
          cue.agreement = A::any;
          add(u"ال" + stem, cue);
          add(u"بال" + stem, cue);
          for (const Affix& s : kNounSuffixes) {
            cue.agreement = s.agreement;
            add(stem + std::u16string(s.text), cue);
            add(u"ب" + stem + std::u16string(s.text), cue);
          }
        } else if (pattern == "form_m" || pattern == "form_f" || pattern == "form_pl") {
          cue.form = CueForm::finite;
          cue.agreement = pattern == "form_m"   ? A::masculine
                          : pattern == "form_f" ? A::feminine
                                                : A::plural;
          add(stem, cue);
        } else if (pattern.rfind("perfect", 0) != 0) {
          throw std::runtime_error("quotes_reporting_verbs_ar.txt: unknown pattern");
        }
      });
  for_each_data_row(embedded_file("quotes_source_phrases_ar.txt"),
                    [&](std::string_view word, std::string_view preposition) {
                      const std::u16string form = norm(word);
                      const uint64_t hash = fnv1a<uint64_t>(form);
                      mark(cue_seen_, hash);
                      mark_shape(form);
                      Entry& e = cue_words_[hash];
                      e.is_source = true;
                      e.preposition = norm(preposition);
                    });
  for_each_data_row(embedded_file("quotes_speaker_words_ar.txt"),
                    [&](std::string_view word, std::string_view role, std::string_view agree) {
                      Head h{role == "stop" ? SpeakerWord::stop : SpeakerWord::head,
                             agree == "f"    ? A::feminine
                             : agree == "pl" ? A::plural
                             : agree == "m"  ? A::masculine
                                             : A::any};
                      const uint64_t hash = fnv1a<uint64_t>(norm(word));
                      mark(speaker_seen_, hash);
                      speaker_words_.emplace(hash, h);
                    });
}

size_t Lexicon::shape_bit(std::u16string_view form) {
  const size_t length = std::min<size_t>(form.size(), 15);
  return (size_t(form.front() & 0xFF) << 8 | size_t(form.back() & 0xF) << 4 | length) & 0xFFFF;
}

CueWord Lexicon::cue_word(std::u16string_view word) const {
  CueWord out;
  if (!may_be_cue(word) && !may_be_cue(strip_conjunction(word))) return out;
  const Entry* e = find(cue_words_, cue_seen_, word);
  if (e) {
    if (e->is_cue) out.cue = &e->cue;
    if (e->is_source) out.source = &e->preposition;
    return out;
  }
  std::u16string_view bare = strip_conjunction(word);
  if (bare.empty() || !(e = find(cue_words_, cue_seen_, bare))) return out;
  if (e->is_cue) out.cue = &e->cue;
  if (e->is_source && word[0] == u'و') out.source = &e->preposition;
  return out;
}

const Lexicon::Head* Lexicon::head(std::u16string_view word) const {
  for (std::u16string_view w : {word, strip_conjunction(word)}) {
    if (w.empty()) continue;
    for (std::u16string_view form : {w, strip_article(w)}) {
      if (const Head* h = find(speaker_words_, speaker_seen_, form)) return h;
    }
  }
  return nullptr;
}

SpeakerWord Lexicon::speaker_word(std::u16string_view word) const {
  const Head* h = head(word);
  return h ? h->role : SpeakerWord::none;
}

Agreement Lexicon::head_agreement(std::u16string_view word) const {
  const Head* h = head(word);
  return h && h->role == SpeakerWord::head ? h->agreement : A::any;
}

}  // namespace aa::quotes
