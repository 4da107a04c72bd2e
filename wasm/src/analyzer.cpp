#include "arabic_analyzer/analyzer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/numbers.h"
#include "arabic_analyzer/tokenize.h"

namespace aa {

struct Analyzer::Impl {
  Normalizer none{Profile::none};
  Normalizer display{Profile::display};
  DocumentBuilder documents;  // owns the search normalizer
  KeywordExtractor keywords;
  EntityRecognizer entities;
  NumberExtractor numbers;
  QuoteFinder quotes;
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

const Normalizer& Analyzer::normalizer(Profile p) const {
  switch (p) {
    case Profile::none: return impl_->none;
    case Profile::display: return impl_->display;
    case Profile::search: return impl_->documents.search();
  }
  return impl_->none;
}

std::u16string Analyzer::normalize(std::u16string_view text, Profile profile) const {
  std::u16string clean(text);
  replace_lone_surrogates(clean);
  return normalizer(profile).normalize_text(clean);
}

namespace {

Stats compute_stats(const Document& doc) {
  Stats s;
  uint32_t letters = 0, arabic = 0;
  std::u16string_view t(doc.original);
  for (size_t i = 0; i < t.size();) {
    char32_t c = next_code_point(t, i);
    ++s.characters;
    if (u_isalpha(UChar32(c))) {
      ++letters;
      if (is_arabic_letter(c)) ++arabic;
    }
  }
  s.words = uint32_t(doc.words.tokens.size());
  s.sentences = doc.words.sentence_count;
  s.arabic_share = letters ? double(arabic) / letters : 0.0;
  // Adult Arabic silent reading runs near 140 words a minute (slower than English's ~230).
  s.reading_minutes = std::round(s.words / 140.0 * 10) / 10;
  return s;
}

}  // namespace

std::optional<Error> input_size_error(size_t units) {
  if (units <= kMaxInputUnits) return std::nullopt;
  return Error{ErrorCode::input_too_large, "The text has " + std::to_string(units) +
                                               " UTF-16 code units; the limit is " +
                                               std::to_string(kMaxInputUnits) + "."};
}

std::vector<KeyUse> Analyzer::keyword_keys(std::u16string_view text) const {
  if (input_size_error(text.size())) return {};
  return impl_->keywords.background_keys(impl_->documents.build(text));
}

Result Analyzer::analyze(std::u16string_view text, const AnalyzeOptions& options) const {
  Result r;
  r.profile = options.profile;
  if ((r.error = input_size_error(text.size()))) return r;
  const Document doc = impl_->documents.build(text);

  Extracted social = extract_social(doc.original, impl_->documents.search());
  std::vector<Entity> numbers = impl_->numbers.extract(doc, social);
  r.entities = impl_->entities.recognize(doc);

  r.entities.insert(r.entities.end(), std::make_move_iterator(numbers.begin()),
                    std::make_move_iterator(numbers.end()));
  std::stable_sort(r.entities.begin(), r.entities.end(),
                   [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
  // Speakers are named by entities, and carry their group.
  r.quotes = impl_->quotes.find(doc, r.entities);
  // Names are keyword candidates: keywords come after entities.
  r.keywords = impl_->keywords.extract(doc, social, r.entities, options.keywords);
  r.hashtags = std::move(social.hashtags);
  r.suspect_hashtags = std::move(social.suspect_hashtags);
  r.mentions = std::move(social.mentions);
  r.urls = std::move(social.urls);
  r.cashtags = std::move(social.cashtags);

  if (options.include_normalized) {
    r.normalized = utf16_to_utf8(options.profile == Profile::search
                                     ? doc.search.text
                                     : normalizer(options.profile).normalize_text(doc.original));
  }
  r.stats = compute_stats(doc);
  return r;
}

Result Analyzer::analyze_utf8(std::string_view text, const AnalyzeOptions& options) const {
  return analyze(utf8_to_utf16(text), options);
}

}  // namespace aa
