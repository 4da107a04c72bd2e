// libFuzzer target for normalization: the offset map stays inside the input, monotonic,
// never splits a surrogate pair, and the text and map have equal lengths, for every profile.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "arabic_analyzer/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const aa::Normalizer normalizers[] = {aa::Normalizer(aa::Profile::none),
                                               aa::Normalizer(aa::Profile::display),
                                               aa::Normalizer(aa::Profile::search)};
  // Raw UTF-16 units (lone surrogates included), as JavaScript can hand them over.
  std::u16string text(size / 2, u'\0');
  for (size_t i = 0; i < text.size(); ++i) text[i] = char16_t(data[2 * i] | (data[2 * i + 1] << 8));
  aa::replace_lone_surrogates(text);
  for (const auto& n : normalizers) {
    aa::Normalized r = n.normalize(text);
    if (r.map.size() != r.text.size()) std::abort();
    uint32_t prev_start = 0, prev_end = 0;
    for (size_t i = 0; i < r.map.size(); ++i) {
      aa::Span u = r.map.unit(i);
      if (u.start >= u.end || u.end > text.size() || u.start < prev_start || u.end < prev_end)
        std::abort();
      if (u.start > 0 && aa::is_trail(text[u.start]) && aa::is_lead(text[u.start - 1]))
        std::abort();
      if (u.end < text.size() && aa::is_trail(text[u.end]) && aa::is_lead(text[u.end - 1]))
        std::abort();
      prev_start = u.start;
      prev_end = u.end;
    }
  }
  return 0;
}
