// FNV-1a over UTF-16 code units, the one hash of the core: a hash keys a word without
// allocating. 64-bit keys the entity features and a document's words; 32-bit keys the
// keyword lexicon (a key table of hashes, text/key_table.h) and the keyword background table,
// whose builder (build-scripts/build-keyword-df.py) computes the same function in Python.
#pragma once

#include <cstdint>
#include <string_view>

namespace aa {

template <typename H>
struct Fnv;
template <>
struct Fnv<uint32_t> {
  static constexpr uint32_t basis = 0x811C9DC5u, prime = 0x01000193u;
};
template <>
struct Fnv<uint64_t> {
  static constexpr uint64_t basis = 1469598103934665603ull, prime = 1099511628211ull;
};

// Continues `h` (default: a fresh hash) over the units of `s`.
template <typename H>
H fnv1a(std::u16string_view s, H h = Fnv<H>::basis) {
  for (char16_t c : s) {
    h ^= H(c);
    h *= Fnv<H>::prime;
  }
  return h;
}

}  // namespace aa
