// Two-stage tables of per-code-point values, as the core reads them in place (an index of
// block offsets, then the blocks, identical ones stored once), and printing them as C++.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

namespace aa::tables {

// Identical blocks of `block_size` values share one copy in `pool`; returns each block's
// offset there. Exits with a message when an offset does not fit the 16-bit index.
template <typename T>
std::vector<uint16_t> share_blocks(const std::vector<T>& values, size_t block_size,
                                   std::vector<T>& pool, std::map<std::vector<T>, uint16_t>& seen) {
  std::vector<uint16_t> index;
  for (size_t at = 0; at < values.size(); at += block_size) {
    std::vector<T> block(values.begin() + at, values.begin() + at + block_size);
    auto [it, fresh] = seen.try_emplace(block, uint16_t(pool.size()));
    if (fresh) {
      if (pool.size() + block_size > 0x10000) {
        std::fprintf(stderr, "block tables: too many distinct blocks for a 16-bit index\n");
        std::exit(1);
      }
      pool.insert(pool.end(), block.begin(), block.end());
    }
    index.push_back(it->second);
  }
  return index;
}

// `{0x..., ...}`, 16 values a line.
template <typename T>
void print_values(const std::vector<T>& values) {
  std::printf("{");
  for (size_t i = 0; i < values.size(); ++i)
    std::printf("%s0x%X,", i % 16 ? "" : "\n    ", unsigned(values[i]));
  std::printf("\n}");
}

}  // namespace aa::tables
