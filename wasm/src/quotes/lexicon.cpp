#include "quotes/lexicon.h"

#include <algorithm>

#include "arabic_analyzer/clitics.h"
#include "arabic_analyzer/embedded_data.h"

namespace aa::quotes {

namespace {

std::u16string_view strip_conjunction(std::u16string_view word) {
  return word.size() > 2 && starts_with_conjunction(word) ? word.substr(1) : std::u16string_view();
}

}  // namespace

Lexicon::Lexicon() : Lexicon(embedded_file("quotes_lexicon.bin")) {}

Lexicon::Lexicon(std::string_view table) : table_(table, "quotes_lexicon.bin", kQuoteFields) {}

CueWord Lexicon::listed(std::u16string_view word) const {
  CueWord out;
  if (!table_.may_contain(word)) return out;
  const std::optional<uint32_t> r = table_.find(word);
  if (!r) return out;
  if (const uint32_t cue = table_.field(kFieldCue, *r)) out.cue = unpack_cue(cue);
  if (table_.field(kFieldSource, *r)) out.source = SourcePhrase{*r};
  return out;
}

CueWord Lexicon::cue_word(std::u16string_view word) const {
  CueWord out = listed(word);
  if (out.cue || out.source) return out;
  const std::u16string_view bare = strip_conjunction(word);
  if (bare.empty()) return out;
  out = listed(bare);
  if (word[0] != u'و') out.source.reset();
  return out;
}

std::u16string Lexicon::preposition(SourcePhrase source) const {
  const uint32_t v = table_.field(kFieldSource, source.rank);
  return v >= kSourceBefore ? table_.key(v - kSourceBefore) : std::u16string();
}

uint32_t Lexicon::speaker_form(std::u16string_view form) const {
  if (form.size() > kMaxSpeakerUnits) return 0;
  char16_t key[kMaxSpeakerUnits + 1];
  key[0] = kSpeakerPrefix;
  std::copy(form.begin(), form.end(), key + 1);
  const std::u16string_view prefixed(key, form.size() + 1);
  if (!table_.may_contain(prefixed)) return 0;
  const std::optional<uint32_t> r = table_.find(prefixed);
  return r ? table_.field(kFieldSpeaker, *r) : 0;
}

uint32_t Lexicon::speaker(std::u16string_view word) const {
  for (std::u16string_view w : {word, strip_conjunction(word)}) {
    if (w.empty()) continue;
    for (std::u16string_view form : {w, strip_article(w)})
      if (const uint32_t v = speaker_form(form)) return v;
  }
  return 0;
}

SpeakerWord Lexicon::speaker_word(std::u16string_view word) const {
  return SpeakerWord(speaker(word) >> 2);
}

Agreement Lexicon::head_agreement(std::u16string_view word) const {
  const uint32_t v = speaker(word);
  return SpeakerWord(v >> 2) == SpeakerWord::head ? Agreement(v & 3) : Agreement::any;
}

}  // namespace aa::quotes
