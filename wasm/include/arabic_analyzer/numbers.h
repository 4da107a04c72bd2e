// Numbers, percentages and dates as written in Arabic news (Arabic-Indic or ASCII digits).
#pragma once

#include <vector>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/entities.h"

namespace aa {

// NUM, PERCENT and DATE entities, sorted by span start, non-overlapping.
std::vector<Entity> extract_numbers(const Document& doc);

}  // namespace aa
