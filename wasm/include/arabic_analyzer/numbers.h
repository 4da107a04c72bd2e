// Numbers, percentages and dates as written in Arabic news (Arabic-Indic or ASCII digits).
#pragma once

#include <vector>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/entities.h"

namespace aa {

// NUM, PERCENT and DATE entities, sorted by span start, non-overlapping, source "number".
// `normalized` is the canonical value: NUM "1250000" / "3.5" (scale words applied: 400 ألف ->
// "400000"), PERCENT "50%", DATE "2017-04-04", "2017-04" (month and year), "--04-04" (day and
// month, no year) or "2017" (a year after في/عام/منذ...). Digits glued to a word (F16) and
// digits inside URLs, e-mail addresses, hashtags and handles are not numbers.
std::vector<Entity> extract_numbers(const Document& doc);

}  // namespace aa
