// PLACEHOLDER until issue 5 lands: returns nothing.
#include "arabic_analyzer/keywords.h"
namespace aa {
struct KeywordExtractor::Impl {};
KeywordExtractor::KeywordExtractor() : impl_(std::make_unique<Impl>()) {}
KeywordExtractor::~KeywordExtractor() = default;
KeywordExtractor::KeywordExtractor(KeywordExtractor&&) noexcept = default;
KeywordExtractor& KeywordExtractor::operator=(KeywordExtractor&&) noexcept = default;
std::vector<Keyword> KeywordExtractor::extract(const Document&, const std::vector<Hashtag>&,
                                               const KeywordOptions&) const {
  return {};
}
}  // namespace aa
