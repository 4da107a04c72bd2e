#include "normalize/tables.h"

#include <iterator>

namespace aa {
namespace {

#include "../../data/normalize_tables.inc"

static_assert(std::size(kActionIndex) == std::size(kProfiles) &&
                  std::size(kMappedIndex) == std::size(kProfiles),
              "normalize_tables.inc has one table per profile, in the order of kProfiles");

constexpr NormalizeTables table(size_t i) {
  return {kActionIndex[i], kActionBlocks, kMappedIndex[i], kMappedBlocks};
}
constexpr NormalizeTables kTables[] = {table(0), table(1), table(2)};

}  // namespace

const NormalizeTables& profile_tables(Profile profile) {
  for (size_t i = 0; i < std::size(kProfiles); ++i)
    if (kProfiles[i] == profile) return kTables[i];
  return kTables[0];
}

}  // namespace aa
