#include "text/key_table.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "text/hash.h"

namespace aa {
namespace {

constexpr char kMagic[8] = {'A', 'A', 'K', 'E', 'Y', 'S', '1', '\0'};

uint32_t read_u32(const unsigned char* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

// How `key` compares with `query` past their first `from` bytes, which are equal; `common`
// receives the length of their common prefix.
int compare_from(const unsigned char* key, size_t key_size, const unsigned char* query,
                 size_t query_size, size_t from, size_t& common) {
  size_t i = from;
  const size_t n = key_size < query_size ? key_size : query_size;
  while (i < n && key[i] == query[i]) ++i;
  common = i;
  if (i < n) return key[i] < query[i] ? -1 : 1;
  return key_size < query_size ? -1 : key_size > query_size ? 1 : 0;
}

uint32_t read_be32(const unsigned char* p) {
  return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

// The first four bytes of a key as one big-endian number, zeros past its end (a block's
// head): two keys whose heads differ sort as the heads do.
uint32_t head(const unsigned char* key, size_t size) {
  if (size >= 4) return read_be32(key);
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = v << 8 | (i < size ? key[i] : 0u);
  return v;
}

// The index of the last of `n` sorted uint32 at `p` that is <= v (0 if none is). Written so
// that the compiler selects instead of branching: which way a probe goes is a coin toss no
// branch predictor guesses.
template <typename Read>
uint32_t last_at_most(const unsigned char* p, uint32_t n, uint32_t v, Read read) {
  uint32_t base = 0;
  for (; n > 1; n -= n / 2) {
    const uint32_t probe = base + n / 2;
    base = read(p + 4 * size_t(probe)) <= v ? probe : base;
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
    } else if (u < 0x7F) {
      out[n++] = uint8_t(u);
    } else {
      if (kMaxKeyBytes - n < 3) return kMaxKeyBytes + 1;
      out[n++] = 0x7F;
      out[n++] = uint8_t(u & 0xFF);
      out[n++] = uint8_t(u >> 8);
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
    buckets_ = r.take(4 * (kHashBuckets + 1));
    for (size_t b = 0; b < kHashBuckets; ++b)
      if (read_u32(buckets_ + 4 * b) > read_u32(buckets_ + 4 * (b + 1))) r.damaged();
    if (read_u32(buckets_) != 0 || read_u32(buckets_ + 4 * kHashBuckets) != count_) r.damaged();
  } else {
    read_text_keys(r);
  }
  for (size_t f = 0; f < fields; ++f) {
    if ((r.size - r.at) / widths_[f] < count_) r.damaged();
    fields_[f] = r.take(size_t(widths_[f]) * count_);
  }
  if (r.at != r.size) r.damaged();
}

void KeyTable::read_text_keys(Reader& r) {
  blocks_ = count_ / block_keys_ + (count_ % block_keys_ != 0);
  if ((r.size - r.at) / 8 < blocks_) r.damaged();
  offsets_ = r.take(4 * size_t(blocks_));
  heads_ = r.take(4 * size_t(blocks_));
  const uint32_t key_bytes = r.u32();
  keys_ = r.take(key_bytes);
  keys_end_ = keys_ + key_bytes;
  for (uint32_t b = 0, v = 0; v <= 256; ++v) {
    while (b < blocks_ && heads_[4 * size_t(b)] < v) ++b;
    by_first_byte_[v] = b;
  }
  // A block's first key is inside the key area and takes its first bytes (four, or all of a
  // shorter key) from its head: lookups read it unchecked.
  for (uint32_t b = 0; b < blocks_; ++b) {
    const uint32_t offset = read_u32(offsets_ + 4 * size_t(b));
    if (offset > key_bytes || key_bytes - offset < 2 ||
        key_bytes - offset - 2 < keys_[offset + 1] || keys_[offset] > 4 ||
        (keys_[offset] < 4 && keys_[offset + 1] != 0))
      r.damaged();
  }
}

const unsigned char* KeyTable::block(uint32_t b) const {
  return keys_ + read_u32(offsets_ + 4 * size_t(b));
}

size_t KeyTable::first_key(uint32_t b, unsigned char* out) const {
  const unsigned char* k = block(b);
  std::memcpy(out, heads_ + 4 * size_t(b), k[0]);
  std::memcpy(out + k[0], k + 2, k[1]);
  return size_t(k[0]) + k[1];
}

int KeyTable::compare_first(uint32_t b, const unsigned char* q, size_t qn, size_t& common) const {
  const unsigned char* head = heads_ + 4 * size_t(b);
  const unsigned char* k = block(b);
  const size_t from_head = k[0];
  const size_t n = std::min(from_head, qn);
  size_t i = 0;
  while (i < n && head[i] == q[i]) ++i;
  common = i;
  if (i < n) return head[i] < q[i] ? -1 : 1;
  if (i < from_head) return 1;  // the query is a prefix of the key
  // The key's bytes after its head's are in the key area.
  return compare_from(k + 2 - from_head, from_head + k[1], q, qn, from_head, common);
}

std::optional<uint32_t> KeyTable::find(std::u16string_view key) const {
  if (hashes_) {
    const uint32_t h = fnv1a<uint32_t>(key);
    const unsigned char* bucket = buckets_ + 4 * (h >> (32 - kHashBucketBits));
    const uint32_t first = read_u32(bucket), end = read_u32(bucket + 4);
    if (first == end) return std::nullopt;
    const uint32_t r = first + last_at_most(hashes_ + 4 * size_t(first), end - first, h, read_u32);
    return read_u32(hashes_ + 4 * size_t(r)) == h ? std::optional<uint32_t>(r) : std::nullopt;
  }
  unsigned char q[kMaxKeyBytes];
  const size_t qn = encode_key(key, q);
  if (qn > kMaxKeyBytes || blocks_ == 0) return std::nullopt;
  // The block to scan is the last whose first key is <= the query: the binary search
  // compares heads, and whole keys decide among blocks whose head equals the query's.
  // Blocks whose first byte is below the query's come before it, above it after it.
  const unsigned first_byte = qn ? q[0] : 0;
  const uint32_t base = std::max(by_first_byte_[first_byte], 1u) - 1;
  uint32_t b = base + last_at_most(heads_ + 4 * size_t(base), by_first_byte_[first_byte + 1] - base,
                                   head(q, qn), read_be32);
  size_t common;  // bytes the query shares with the key before the one looked at
  int c;
  while ((c = compare_first(b, q, qn, common)) > 0) {
    if (b == 0) return std::nullopt;  // every key sorts after the query
    --b;
  }
  if (c == 0) return b * block_keys_;
  // Scan the block.
  const unsigned char* k = block(b);
  const uint32_t n = b + 1 < blocks_ ? block_keys_ : count_ - b * block_keys_;
  const unsigned char* const end = keys_end_;
  size_t size = k[1];
  for (uint32_t i = 1; i < n; ++i) {
    k += 2 + size;
    if (end - k < 2) return std::nullopt;  // damaged
    const size_t shared = k[0];
    size = k[1];
    // Sharing more with the key before than the query does, this key sorts before the query
    // too; sharing less, it sorts after it, and so does every later key.
    if (shared > common) continue;
    if (shared < common || size_t(end - k - 2) < size) return std::nullopt;
    const int d = compare_from(k + 2 - shared, shared + size, q, qn, shared, common);
    if (d == 0) return b * block_keys_ + i;
    if (d > 0) return std::nullopt;
  }
  return std::nullopt;
}

uint32_t KeyTable::field(size_t f, uint32_t rank) const {
  const unsigned char* p = fields_[f] + rank;
  switch (widths_[f]) {
    case 1: return p[0];
    case 2: return p[0] | uint32_t(p[count_]) << 8;
    default:
      return p[0] | uint32_t(p[count_]) << 8 | uint32_t(p[2 * size_t(count_)]) << 16 |
             uint32_t(p[3 * size_t(count_)]) << 24;
  }
}

std::u16string KeyTable::key(uint32_t rank) const {
  if (hashes_) return {};
  unsigned char first[kMaxKeyBytes];
  std::string bytes(reinterpret_cast<const char*>(first), first_key(rank / block_keys_, first));
  const unsigned char* k = block(rank / block_keys_);
  k += 2 + k[1];
  for (uint32_t i = 1; i <= rank % block_keys_ && keys_end_ - k >= 2 && keys_end_ - k - 2 >= k[1];
       ++i) {
    bytes.resize(k[0]);
    bytes.append(reinterpret_cast<const char*>(k + 2), k[1]);
    k += 2 + k[1];
  }
  // The inverse of encode_key.
  std::u16string out;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto b = uint8_t(bytes[i]);
    if (b < 0x7F)
      out.push_back(char16_t(b));
    else if (b >= 0x80)
      out.push_back(char16_t(0x0600 + (b - 0x80)));
    else if (bytes.size() - i >= 3)
      out.push_back(char16_t(uint8_t(bytes[i + 1]) | uint8_t(bytes[i + 2]) << 8)), i += 2;
  }
  return out;
}

}  // namespace aa
