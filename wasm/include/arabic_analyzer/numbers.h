// Numbers, percentages and dates as written in Arabic news (Arabic-Indic or ASCII digits).
#pragma once

#include <memory>
#include <vector>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/entities.h"
#include "arabic_analyzer/hashtags.h"
#include "arabic_analyzer/normalize.h"

namespace aa {

class NumberExtractor {
 public:
  // Uses the number words of wasm/data (month names, day ordinals, scale words, year cues,
  // per-cent words), search-normalized at build time (the profile of Document::search).
  // `extract` is const and keeps no state.
  NumberExtractor();
  ~NumberExtractor();
  NumberExtractor(NumberExtractor&&) noexcept;
  NumberExtractor& operator=(NumberExtractor&&) noexcept;

  // NUM, PERCENT and DATE entities, sorted by span start, non-overlapping, source "number".
  // `normalized` is the canonical value: NUM "1250000" / "3.5" (scale words applied: 400 ألف
  // -> "400000"), PERCENT "50%", DATE "2017-04-04", "2017-04" (month and year), "--04-04"
  // (day and month, no year) or "2017" (a year after في/عام/منذ...). Digits glued to a word
  // (F16) and digits inside `social`'s hashtags, mentions, URLs, e-mail addresses and
  // cashtags (extract_social of the same text) are not numbers.
  std::vector<Entity> extract(const Document& doc, const Extracted& social) const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace aa
