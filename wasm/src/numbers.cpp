// PLACEHOLDER until issue 4 lands: returns nothing.
#include "arabic_analyzer/numbers.h"
namespace aa {
std::vector<Entity> extract_numbers(const Document&) { return {}; }
}  // namespace aa
