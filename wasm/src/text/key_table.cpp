#include "text/key_table.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "text/hash.h"

namespace aa {
namespace {

constexpr char kMagic[8] = {'A', 'A', 'K', 'E', 'Y', 'S', '2', '\0'};

uint32_t read_u32(const unsigned char* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

// Value `i` of a run of `n` little-endian values stored as `width` (1, 2 or 4) byte planes.
uint32_t read_planes(const unsigned char* p, size_t n, size_t i, size_t width) {
  p += i;
  switch (width) {
    case 1: return p[0];
    case 2: return p[0] | uint32_t(p[n]) << 8;
    default:
      return p[0] | uint32_t(p[n]) << 8 | uint32_t(p[2 * n]) << 16 | uint32_t(p[3 * n]) << 24;
  }
}

// How the key made of the query's first `from` bytes and then `suffix` (ended by a 0 byte)
// compares with the query; `common` receives the length of their common prefix. The query
// holds no 0 byte (encode_key), so the comparison stops at the suffix's end.
int compare_suffix(const unsigned char* suffix, const unsigned char* query, size_t query_size,
                   size_t from, size_t& common) {
  size_t i = from;
  while (i < query_size && *suffix == query[i]) ++suffix, ++i;
  common = i;
  if (i == query_size) return *suffix ? 1 : 0;
  return *suffix < query[i] ? -1 : 1;
}

// Past the 0 byte that ends `suffix`.
const unsigned char* next_suffix(const unsigned char* suffix) {
  while (*suffix) ++suffix;
  return suffix + 1;
}

// The first four bytes of a key as one big-endian number, zeros past its end (a block's
// head): two keys whose heads differ sort as the heads do.
uint32_t head_of(const unsigned char* key, size_t size) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = v << 8 | (i < size ? key[i] : 0u);
  return v;
}

// The index of the last of `n` sorted values read by `at(index)` that is <= v (0 if none
// is). Written so that the compiler selects instead of branching: which way a probe goes is
// a coin toss no branch predictor guesses.
template <typename At>
uint32_t last_at_most(uint32_t n, uint32_t v, At at) {
  uint32_t base = 0;
  for (; n > 1; n -= n / 2) {
    const uint32_t probe = base + n / 2;
    base = at(probe) <= v ? probe : base;
  }
  return base;
}

}  // namespace

size_t encode_key(std::u16string_view key, unsigned char* out) {
  if (key.size() > kMaxKeyBytes) return kMaxKeyBytes + 1;  // every unit takes a byte at least
  size_t n = 0;
  for (char16_t u : key) {
    if (uint32_t(u) - 0x0600u < 0x80u) {
      out[n++] = uint8_t(0x80 + (u - 0x0600));
    } else if (uint32_t(u) - 1u < 0x7Eu) {
      out[n++] = uint8_t(u);
    } else {
      if (kMaxKeyBytes - n < 4) return kMaxKeyBytes + 1;
      out[n++] = 0x7F;
      for (unsigned shift : {12u, 6u, 0u}) out[n++] = uint8_t(0x40 + (u >> shift & 0x3F));
    }
  }
  return n;
}

// Reads a table front to back, stopping construction at the first thing out of place.
struct KeyTable::Reader {
  const unsigned char* p;
  size_t size, at;
  std::string_view name;

  [[noreturn]] void damaged() const {
    throw std::runtime_error("arabic-analyzer: wasm/data/" + std::string(name) +
                             " does not parse; rebuild it");
  }
  // The next `n` bytes.
  const unsigned char* take(size_t n) {
    if (size - at < n) damaged();
    at += n;
    return p + at - n;
  }
  uint32_t u32() { return read_u32(take(4)); }
};

KeyTable::KeyTable(std::string_view bytes, std::string_view name, size_t fields) {
  Reader r{reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), bytes.find('\0'),
           name};
  if (r.at == std::string_view::npos) r.damaged();
  ++r.at;
  if (std::memcmp(r.take(sizeof kMagic), kMagic, sizeof kMagic)) r.damaged();
  count_ = r.u32();
  block_keys_ = r.u32();
  if (r.u32() != fields || fields > kMaxFields) r.damaged();
  for (size_t f = 0; f < fields; ++f) {
    widths_[f] = *r.take(1);
    if (widths_[f] != 1 && widths_[f] != 2 && widths_[f] != 4) r.damaged();
  }
  if (block_keys_ == 0) {
    if ((r.size - r.at) / 4 < count_) r.damaged();
    hashes_ = r.take(4 * size_t(count_));
    for (uint32_t i = 1; i < count_; ++i)  // a lookup's binary search needs them ascending
      if (read_planes(hashes_, count_, i - 1, 4) >= read_planes(hashes_, count_, i, 4)) r.damaged();
    index_first_bytes(hashes_ + 3 * size_t(count_), count_);
  } else {
    read_text_keys(r);
  }
  for (size_t f = 0; f < fields; ++f) {
    if ((r.size - r.at) / widths_[f] < count_) r.damaged();
    fields_[f] = r.take(size_t(widths_[f]) * count_);
  }
  if (r.at != r.size) shapes_ = r.take(2 * kShapeBits / 8);
  if (r.at != r.size) r.damaged();
}

void KeyTable::read_text_keys(Reader& r) {
  blocks_ = count_ / block_keys_ + (count_ % block_keys_ != 0);
  if ((r.size - r.at) / 8 < blocks_) r.damaged();
  heads_ = r.take(4 * size_t(blocks_));
  offsets_ = r.take(4 * size_t(blocks_));
  shared_ = r.take(count_);
  const uint32_t suffix_bytes = r.u32();
  suffixes_ = r.take(suffix_bytes);
  suffixes_end_ = suffixes_ + suffix_bytes;
  // Every suffix scan stops at the area's last byte.
  if (suffix_bytes && suffixes_end_[-1] != 0) r.damaged();
  index_first_bytes(heads_, blocks_);
  // A block's first key starts inside the suffix area and takes its first bytes (four, or
  // all of a shorter key) from its head: lookups read it unchecked.
  for (uint32_t b = 0; b < blocks_; ++b) {
    const uint32_t offset = read_planes(offsets_, blocks_, b, 4);
    const uint8_t from_head = shared_[size_t(b) * block_keys_];
    if (offset >= suffix_bytes || from_head > 4 || (from_head < 4 && suffixes_[offset] != 0))
      r.damaged();
  }
}

void KeyTable::index_first_bytes(const unsigned char* bytes, uint32_t n) {
  for (uint32_t i = 0, v = 0; v <= 256; ++v) {
    while (i < n && bytes[i] < v) ++i;
    by_first_byte_[v] = i;
  }
}

const unsigned char* KeyTable::block(uint32_t b) const {
  return suffixes_ + read_planes(offsets_, blocks_, b, 4);
}

uint32_t KeyTable::head(uint32_t b) const {
  const size_t n = blocks_;
  return uint32_t(heads_[b]) << 24 | uint32_t(heads_[n + b]) << 16 |
         uint32_t(heads_[2 * n + b]) << 8 | heads_[3 * n + b];
}

int KeyTable::compare_first(uint32_t b, const unsigned char* q, size_t qn, size_t& common) const {
  const size_t from_head = shared_[size_t(b) * block_keys_];
  const size_t n = std::min(from_head, qn);
  size_t i = 0;
  while (i < n && heads_[i * blocks_ + b] == q[i]) ++i;
  common = i;
  if (i < n) return heads_[i * blocks_ + b] < q[i] ? -1 : 1;
  if (i < from_head) return 1;  // the query is a prefix of the key
  return compare_suffix(block(b), q, qn, from_head, common);
}

std::optional<uint32_t> KeyTable::find(std::u16string_view key) const {
  if (!may_contain(key)) return std::nullopt;
  if (hashes_) {
    const uint32_t h = fnv1a<uint32_t>(key);
    // A top byte's few hashes ascend, and so do their third bytes: a scan of that plane skips
    // the smaller ones and stops at a larger one, reading one byte a key.
    const unsigned char* third = hashes_ + 2 * size_t(count_);
    const auto third_byte = uint8_t(h >> 16);
    for (uint32_t r = by_first_byte_[h >> 24], end = by_first_byte_[(h >> 24) + 1]; r < end; ++r) {
      if (third[r] < third_byte) continue;
      if (third[r] > third_byte) break;
      if (read_planes(hashes_, count_, r, 4) == h) return r;
    }
    return std::nullopt;
  }
  unsigned char q[kMaxKeyBytes];
  const size_t qn = encode_key(key, q);
  if (qn > kMaxKeyBytes || blocks_ == 0) return std::nullopt;
  // The block to scan is the last whose first key is <= the query: the binary search
  // compares heads, and whole keys decide among blocks whose head equals the query's.
  // Blocks whose first byte is below the query's come before it, above it after it.
  const unsigned first_byte = qn ? q[0] : 0;
  const uint32_t base = std::max(by_first_byte_[first_byte], 1u) - 1;
  uint32_t b = base + last_at_most(by_first_byte_[first_byte + 1] - base, head_of(q, qn),
                                   [&](uint32_t i) { return head(base + i); });
  size_t common;  // bytes the query shares with the key before the one looked at
  int c;
  while ((c = compare_first(b, q, qn, common)) > 0) {
    if (b == 0) return std::nullopt;  // every key sorts after the query
    --b;
  }
  if (c == 0) return b * block_keys_;
  // Scan the block.
  const unsigned char* suffix = block(b);
  const unsigned char* shared = shared_ + size_t(b) * block_keys_;
  const uint32_t n = b + 1 < blocks_ ? block_keys_ : count_ - b * block_keys_;
  for (uint32_t i = 1; i < n; ++i) {
    suffix = next_suffix(suffix);
    if (suffix == suffixes_end_) return std::nullopt;  // damaged
    // Sharing more with the key before than the query does, this key sorts before the query
    // too; sharing less, it sorts after it, and so does every later key.
    if (shared[i] > common) continue;
    if (shared[i] < common) return std::nullopt;
    const int d = compare_suffix(suffix, q, qn, common, common);
    if (d == 0) return b * block_keys_ + i;
    if (d > 0) return std::nullopt;
  }
  return std::nullopt;
}

uint32_t KeyTable::field(size_t f, uint32_t rank) const {
  return read_planes(fields_[f], count_, rank, widths_[f]);
}

std::u16string KeyTable::key(uint32_t rank) const {
  if (hashes_) return {};
  const uint32_t b = rank / block_keys_;
  std::string bytes;
  const unsigned char* suffix = block(b);
  for (uint32_t i = b * block_keys_; i <= rank; ++i) {
    if (i > b * block_keys_) suffix = next_suffix(suffix);
    if (suffix == suffixes_end_) break;  // damaged
    if (i == b * block_keys_)
      for (size_t j = 0; j < shared_[i]; ++j) bytes.push_back(char(heads_[j * blocks_ + b]));
    else
      bytes.resize(shared_[i]);
    bytes.append(reinterpret_cast<const char*>(suffix));
  }
  // The inverse of encode_key.
  std::u16string out;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto b = uint8_t(bytes[i]);
    if (b < 0x7F) {
      out.push_back(char16_t(b));
    } else if (b >= 0x80) {
      out.push_back(char16_t(0x0600 + (b - 0x80)));
    } else if (bytes.size() - i > 3) {
      char16_t u = 0;
      for (size_t j = 1; j <= 3; ++j) u = char16_t(u << 6 | (uint8_t(bytes[i + j]) - 0x40));
      out.push_back(u);
      i += 3;
    }
  }
  return out;
}

}  // namespace aa
