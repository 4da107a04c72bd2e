#include "arabic_analyzer/clitics.h"

#include "arabic_analyzer/text.h"

namespace aa {
namespace {

// Prefixes that end in the article, longest first. لل is ل + ال with the alef elided.
constexpr std::u16string_view kArticlePrefixes[] = {
    u"وبال", u"فبال", u"وكال", u"فكال", u"ولل", u"فلل", u"وال", u"فال", u"بال", u"كال", u"لل", u"ال"};
// Bare proclitics; و ف may stack with ب ل ك (وب, فل, ...).
constexpr std::u16string_view kBarePrefixes[] = {u"وب", u"ول", u"وك", u"فب", u"فل", u"فك",
                                                  u"و", u"ف", u"ب", u"ل", u"ك"};
// Attached object/possessive pronouns, longest first.
constexpr std::u16string_view kSuffixes[] = {u"هما", u"كما", u"هم", u"هن", u"ها", u"كم", u"نا", u"ه"};

constexpr size_t kMinStem = 2;

// Every prefix above starts with one of these letters; most words start with none of them,
// and light_stem runs on every token, so it checks this first.
bool may_have_prefix(std::u16string_view w) {
  if (w.empty()) return false;
  switch (w[0]) {
    case u'\u0627': case u'\u0648': case u'\u0641': case u'\u0628': case u'\u0643': case u'\u0644':
      return true;
    default:
      return false;
  }
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

std::u16string_view light_stem(std::u16string_view word,
                               const std::function<bool(std::u16string_view)>& known) {
  std::u16string_view stem = word;
  bool split = false;
  const bool prefixed = may_have_prefix(word);
  for (auto p : kArticlePrefixes) {
    if (!prefixed) break;
    if (starts_with(word, p) && word.size() >= p.size() + kMinStem) {
      stem = word.substr(p.size());
      split = true;
      break;
    }
  }
  if (!split && known && prefixed) {
    for (auto p : kBarePrefixes) {
      if (starts_with(word, p) && word.size() >= p.size() + kMinStem + 1) {
        std::u16string_view rest = word.substr(p.size());
        // The rest may itself carry the article (و + الكلور is handled above; ب + سوريا here).
        if (known(rest)) {
          stem = rest;
          break;
        }
      }
    }
  }
  // Every suffix ends in ا م ن or ه.
  const char16_t last = stem.empty() ? 0 : stem.back();
  if (known && (last == u'\u0627' || last == u'\u0645' || last == u'\u0646' || last == u'\u0647')) {
    for (auto s : kSuffixes) {
      if (ends_with(stem, s) && stem.size() >= s.size() + kMinStem + 1) {
        std::u16string_view rest = stem.substr(0, stem.size() - s.size());
        if (known(rest)) {
          stem = rest;
          break;
        }
      }
    }
  }
  return stem;
}

}  // namespace aa
