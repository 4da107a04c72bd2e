// The individual finders behind extract_social (hashtags.cpp), one per entity kind.
// Each reproduces one twitter-text extractor over the whole text, scanning left to right
// once and resuming after each match the way a global JavaScript regex does, so the
// results equal twitter-text's (conformance suite) without a regex engine.
// All spans are UTF-16 units of `text`; `text` is free of unpaired surrogates.
#pragma once

#include <string_view>
#include <vector>

#include "arabic_analyzer/hashtags.h"
#include "arabic_analyzer/text.h"

namespace aa::social {

// extractUrlsWithIndices (URLs with and without protocol, t.co rules, IDN label limits).
std::vector<Span> find_urls(std::u16string_view text);

// E-mail addresses (not in twitter-text): local@domain with a known top-level domain.
std::vector<Span> find_emails(std::u16string_view text);

// extractMentionsWithIndices: spans cover the at sign and the screen name.
std::vector<Span> find_mentions(std::u16string_view text);

// extractCashtagsWithIndices: spans cover the dollar sign and the symbol.
std::vector<Span> find_cashtags(std::u16string_view text);

// The hashtag rule of extractHashtagsWithIndices (without its URL-overlap pass), plus the
// hash signs a reader would take for a tag but twitter-text rejects.
struct HashtagSpans {
  std::vector<Span> hashtags;
  struct Suspect {
    Span span;
    SuspectReason reason;
  };
  std::vector<Suspect> suspects;
};
HashtagSpans find_hashtags(std::u16string_view text);

// The longest top-level domain listed (a DNS label: wasm/data/tlds.bin keeps none longer).
constexpr size_t kMaxTldLength = 63;

// The longest known top-level domain at text[pos..], followed by `end` or by a character
// other than an ASCII letter, digit, '@', '+' or '-' (twitter-text's TLD lookahead);
// 0 if none. ASCII letters compare case-insensitively.
size_t match_tld(std::u16string_view text, size_t pos, size_t end);

}  // namespace aa::social
