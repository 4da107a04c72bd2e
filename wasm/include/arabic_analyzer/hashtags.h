// Hashtags, @mentions, URLs, e-mail addresses and cashtags, following twitter-text's
// extraction rules (its conformance suite is the spec), with Arabic additions.
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

// Hashtag-like tokens twitter-text rejects but a reader would take for a tag: word#, # word.
struct SuspectHashtag {
  Span span;
  std::string text;
  std::string reason;  // "hash_after_word", "space_after_hash", ...
};

struct Mention {
  Span span;
  std::string text;  // with the @
  std::string name;  // without it
};

struct Url {
  Span span;
  std::string text;
  bool email = false;
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
