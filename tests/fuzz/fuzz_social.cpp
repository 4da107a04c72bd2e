// libFuzzer target for hashtag/mention/URL/cashtag extraction and numbers: spans inside
// the input, never overlapping within a kind, text equal to the slice.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "arabic_analyzer/hashtags.h"

namespace {

template <class Items>
void check(const Items& items, const std::u16string& text) {
  uint32_t last_end = 0;
  for (const auto& item : items) {
    if (item.span.start < last_end || item.span.end > text.size() || item.span.empty())
      std::abort();
    if (aa::utf16_to_utf8(text.substr(item.span.start, item.span.size())) != item.text)
      std::abort();
    last_end = item.span.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const aa::Normalizer search(aa::Profile::search);
  std::u16string text = aa::utf8_to_utf16(std::string(reinterpret_cast<const char*>(data), size));
  aa::Extracted e = aa::extract_social(text, search);
  check(e.hashtags, text);
  check(e.mentions, text);
  check(e.urls, text);
  check(e.cashtags, text);
  check(e.suspect_hashtags, text);
  return 0;
}
