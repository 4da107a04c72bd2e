#include "arabic_analyzer/clitics.h"

#include "arabic_analyzer/text.h"

namespace aa {
namespace {

// The one table of Arabic clitics in the project: the keyword extractor, the entity
// recognizer and (through `arabic-analyzer normalize --strip-article`) the keyword evaluation
// all split words with it.

// Prefixes that end in the article, longest first. لل is ل + ال with the alef elided.
constexpr std::u16string_view kArticlePrefixes[] = {u"وبال", u"فبال", u"وكال", u"فكال",
                                                    u"ولل",  u"فلل",  u"وال",  u"فال",
                                                    u"بال",  u"كال",  u"لل",   u"ال"};
// Bare proclitics; و ف may stack with ب ل ك (وب, فل, ...).
constexpr std::u16string_view kBarePrefixes[] = {u"وب", u"ول", u"وك", u"فب", u"فل", u"فك",
                                                 u"و",  u"ف",  u"ب",  u"ل",  u"ك"};

// Attached pronouns, longest first. `possessive`: attaches to nouns (حكومته, بيتهم), so
// light_stem splits it off when the rest is a known word. `object`: attaches to verbs
// (تحميه, يعطيني), for object_pronoun_suffix. ني ("me") attaches to verbs only (a noun takes
// ي: كتابي). هن is left out of the verb test: ه ن also end common verb stems (يراهن, يمتهن).
struct PronounSuffix {
  std::u16string_view text;
  bool possessive;
  bool object;
};
constexpr PronounSuffix kPronounSuffixes[] = {
    {u"هما", true, true}, {u"كما", true, true}, {u"هم", true, true},
    {u"هن", true, false}, {u"ها", true, true},  {u"كم", true, true},
    {u"نا", true, true},  {u"ني", false, true}, {u"ه", true, true}};

constexpr size_t kMinStem = 2;

// Every prefix above starts with one of these letters; most words start with none of them,
// and light_stem runs on every token, so it checks this first.
bool may_have_prefix(std::u16string_view w) {
  if (w.empty()) return false;
  switch (w[0]) {
    case u'\u0627':
    case u'\u0648':
    case u'\u0641':
    case u'\u0628':
    case u'\u0643':
    case u'\u0644': return true;
    default: return false;
  }
}

// Every possessive suffix ends in ا م ن or ه.
bool may_have_possessive(std::u16string_view w) {
  const char16_t last = w.empty() ? 0 : w.back();
  return last == u'\u0627' || last == u'\u0645' || last == u'\u0646' || last == u'\u0647';
}

// A bare proclitic split off when `known` accepts the rest (ب + سوريا, و + الكلور is an
// article prefix and handled before); the word itself otherwise.
std::u16string_view strip_bare_prefix(std::u16string_view word,
                                      const std::function<bool(std::u16string_view)>& known) {
  for (auto p : kBarePrefixes) {
    if (starts_with(word, p) && word.size() >= p.size() + kMinStem + 1) {
      std::u16string_view rest = word.substr(p.size());
      if (known(rest)) return rest;
    }
  }
  return word;
}

// A possessive pronoun split off when `known` accepts the rest (حكومته -> حكومت only if the
// document or the background knows it); the stem itself otherwise.
std::u16string_view strip_possessive(std::u16string_view stem,
                                     const std::function<bool(std::u16string_view)>& known) {
  for (const PronounSuffix& s : kPronounSuffixes) {
    if (!s.possessive) continue;
    if (ends_with(stem, s.text) && stem.size() >= s.text.size() + kMinStem + 1) {
      std::u16string_view rest = stem.substr(0, stem.size() - s.text.size());
      if (known(rest)) return rest;
    }
  }
  return stem;
}

}  // namespace

std::vector<CliticSplit> clitic_splits(std::u16string_view word) {
  std::vector<CliticSplit> out;
  for (auto p : kArticlePrefixes) {
    if (starts_with(word, p) && word.size() >= p.size() + kMinStem) {
      out.push_back({word.substr(0, p.size()), word.substr(p.size()), true});
    }
  }
  for (auto p : kBarePrefixes) {
    if (starts_with(word, p) && word.size() >= p.size() + kMinStem + 1) {
      out.push_back({word.substr(0, p.size()), word.substr(p.size()), false});
    }
  }
  out.push_back({word.substr(0, 0), word, false});
  return out;
}

std::u16string_view strip_article(std::u16string_view word, size_t min_stem) {
  if (!may_have_prefix(word)) return word;
  for (auto p : kArticlePrefixes) {
    if (starts_with(word, p) && word.size() >= p.size() + min_stem) return word.substr(p.size());
  }
  return word;
}

bool prefix_carries_article(std::u16string_view prefix) {
  return prefix.size() >= 2 &&
         (ends_with(prefix, u"\u0627\u0644") || ends_with(prefix, u"\u0644\u0644"));
}

bool is_proclitic_letter(char16_t c) {
  for (auto p : kBarePrefixes) {
    if (p.size() == 1 && p[0] == c) return true;
  }
  return false;
}

bool starts_with_conjunction(std::u16string_view word) {
  return !word.empty() && (word[0] == u'\u0648' || word[0] == u'\u0641');
}

std::u16string_view object_pronoun_suffix(std::u16string_view word) {
  for (const PronounSuffix& s : kPronounSuffixes) {
    if (s.object && ends_with(word, s.text)) return s.text;
  }
  return {};
}

std::u16string_view light_stem(std::u16string_view word,
                               const std::function<bool(std::u16string_view)>& known) {
  std::u16string_view stem = strip_article(word, kMinStem);
  if (!known) return stem;
  if (stem.size() == word.size() && may_have_prefix(word)) stem = strip_bare_prefix(word, known);
  return may_have_possessive(stem) ? strip_possessive(stem, known) : stem;
}

}  // namespace aa
