// Hashtags, @mentions, URLs, e-mail addresses and cashtags, following twitter-text's
// extraction rules (its conformance suite is the spec; tests/conformance-differences.md lists
// where we differ), with Arabic additions: normalized hashtag keys, suspect hashtags, e-mails.
// Entities of different kinds never overlap: as in twitter-text's extractEntitiesWithIndices,
// the one that starts first wins (an e-mail address wins over anything inside it).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "arabic_analyzer/normalize.h"
#include "arabic_analyzer/text.h"

namespace aa {

struct Hashtag {
  Span span;               // covers the hash sign and the tag, in the original text
  std::string text;        // as written, with the hash sign
  std::string tag;         // without the hash sign, as written (tatweel kept)
  std::string normalized;  // search profile, underscores as spaces: الغوطة الشرقيه
};

// Why a hashtag-like token twitter-text rejects would still be taken for a tag by a reader.
enum class SuspectReason : uint8_t {
  hash_after_word,   // محافظة#   the hash sign ends a word (span: the word and the sign)
  hash_inside_word,  // a#b       the sign joins two words (span: both words and the sign)
  space_after_hash,  // # إدلب    a space separates the sign from the word (span: sign to word end)
};
// The reason as the JSON shows it: "hash_after_word", ...
const char* suspect_reason_name(SuspectReason r);

struct SuspectHashtag {
  Span span;
  std::string text;
  SuspectReason reason = SuspectReason::hash_after_word;
};

struct Mention {
  Span span;
  std::string text;  // with the @ (or full-width ＠)
  std::string name;  // without it: 1-20 ASCII letters, digits, underscores
};

struct Url {
  Span span;
  std::string text;    // as written, with or without protocol; trailing punctuation excluded
  bool email = false;  // an e-mail address (not a twitter-text URL)
};

struct Cashtag {
  Span span;
  std::string text;    // with the $
  std::string symbol;  // without it
};

struct Extracted {
  std::vector<Hashtag> hashtags;
  std::vector<SuspectHashtag> suspect_hashtags;
  std::vector<Mention> mentions;
  std::vector<Url> urls;
  std::vector<Cashtag> cashtags;
};

// `text` must be free of unpaired surrogates. `search` normalizes hashtag bodies.
Extracted extract_social(std::u16string_view text, const Normalizer& search);

}  // namespace aa
