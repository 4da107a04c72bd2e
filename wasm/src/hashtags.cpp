// PLACEHOLDER until issue 4 lands: returns nothing.
#include "arabic_analyzer/hashtags.h"
namespace aa {
Extracted extract_social(std::u16string_view, const Normalizer&) { return {}; }
}  // namespace aa
