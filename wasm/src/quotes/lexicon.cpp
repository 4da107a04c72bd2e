#include "quotes/lexicon.h"

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
constexpr Affix kPerfectLong[] = {
    {u"", A::masculine}, {u"ت", A::feminine}, {u"وا", A::plural}, {u"ا", A::plural},
    {u"تا", A::plural}};
constexpr Affix kPerfectShort[] = {{u"ت", A::any},   {u"ن", A::plural},  {u"نا", A::plural},
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
constexpr Affix kParticiple[] = {{u"ا", A::masculine}, {u"ه", A::feminine},
                                 {u"ين", A::plural},   {u"ون", A::plural},
                                 {u"ات", A::plural},   {u"ان", A::plural}};
// A verb's object pronoun (اعتبره) leaves the cue intact.
constexpr std::u16string_view kObjectPronouns[] = {u"ه", u"ها", u"هم"};
// The verbal noun carries the content only with its article or its subject's pronoun:
// القول، بالقول، قوله، بقولها.
constexpr Affix kNounSuffixes[] = {{u"ه", A::masculine}, {u"ها", A::feminine},
                                   {u"هم", A::plural}, {u"هما", A::plural}};

std::u16string_view strip_conjunction(std::u16string_view word) {
  return word.size() > 2 && starts_with_conjunction(word) ? word.substr(1)
                                                          : std::u16string_view();
}

}  // namespace

Lexicon::Lexicon(const Normalizer& search) {
  auto norm = [&](std::string_view utf8) { return search.normalize_text(utf8_to_utf16(utf8)); };
  auto add = [&](const std::u16string& form, Cue cue) {
    cues_.emplace(fnv1a<uint64_t>(form), cue);
  };
  auto add_with_objects = [&](const std::u16string& form, Cue cue) {
    add(form, cue);
    for (auto p : kObjectPronouns) add(form + std::u16string(p), cue);
  };
  for_each_data_row(embedded_file("quotes_reporting_verbs_ar.txt"),
                    [&](std::string_view stem_utf8, std::string_view pattern,
                        std::string_view role_name) {
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
                      sources_.emplace(fnv1a<uint64_t>(norm(word)), norm(preposition));
                    });
  for_each_data_row(embedded_file("quotes_speaker_words_ar.txt"),
                    [&](std::string_view word, std::string_view role, std::string_view agree) {
    Head h{role == "stop" ? SpeakerWord::stop : SpeakerWord::head,
           agree == "f"    ? A::feminine
           : agree == "pl" ? A::plural
           : agree == "m"  ? A::masculine
                           : A::any};
    speaker_words_.emplace(fnv1a<uint64_t>(norm(word)), h);
  });
}

const Cue* Lexicon::cue(std::u16string_view word) const {
  auto it = cues_.find(fnv1a<uint64_t>(word));
  if (it != cues_.end()) return &it->second;
  std::u16string_view bare = strip_conjunction(word);
  if (bare.empty()) return nullptr;
  it = cues_.find(fnv1a<uint64_t>(bare));
  return it == cues_.end() ? nullptr : &it->second;
}

SourcePhrase Lexicon::source_phrase(std::u16string_view word) const {
  auto it = sources_.find(fnv1a<uint64_t>(word));
  // Only و: فحسب means "only", not "according to".
  if (it == sources_.end() && word.size() > 2 && word[0] == u'و')
    it = sources_.find(fnv1a<uint64_t>(word.substr(1)));
  if (it == sources_.end()) return {};
  return {true, it->second};
}

const Lexicon::Head* Lexicon::head(std::u16string_view word) const {
  for (std::u16string_view w : {word, strip_conjunction(word)}) {
    if (w.empty()) continue;
    for (std::u16string_view form : {w, strip_article(w)}) {
      auto it = speaker_words_.find(fnv1a<uint64_t>(form));
      if (it != speaker_words_.end()) return &it->second;
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
