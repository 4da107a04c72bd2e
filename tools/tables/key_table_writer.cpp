#include "key_table_writer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "text/hash.h"
#include "text/key_table.h"

namespace aa::tables {
namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "key table: %s\n", what);
  std::exit(1);
}

std::string key_bytes(std::u16string_view key) {
  unsigned char bytes[kMaxKeyBytes];
  const size_t n = encode_key(key, bytes);
  if (n > kMaxKeyBytes) fail("a key longer than kMaxKeyBytes encoded");
  return std::string(reinterpret_cast<const char*>(bytes), n);
}

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(char(v >> (8 * i) & 0xFF));
}

// `values` as `width` byte planes, low bytes first (text/key_table.h).
void put_planes(std::string& out, const std::vector<uint32_t>& values, size_t width) {
  for (size_t plane = 0; plane < width; ++plane)
    for (uint32_t v : values) out.push_back(char(v >> (8 * plane) & 0xFF));
}

}  // namespace

KeyTableWriter::KeyTableWriter(std::vector<uint8_t> field_widths, uint32_t block_keys,
                               Filter filter)
    : widths_(std::move(field_widths)), block_keys_(block_keys), filter_(filter) {}

std::vector<uint32_t>& KeyTableWriter::row(std::u16string_view key) {
  auto [it, fresh] = rows_.try_emplace(key_bytes(key));
  if (fresh) it->second = {std::u16string(key), std::vector<uint32_t>(widths_.size(), 0)};
  return it->second.fields;
}

const std::vector<uint32_t>* KeyTableWriter::find(std::u16string_view key) const {
  auto it = rows_.find(key_bytes(key));
  return it == rows_.end() ? nullptr : &it->second.fields;
}

std::vector<const KeyTableWriter::Row*> KeyTableWriter::ordered() const {
  std::vector<const Row*> rows;
  for (const auto& entry : rows_) rows.push_back(&entry.second);
  if (block_keys_ == kHashedKeys) {
    std::stable_sort(rows.begin(), rows.end(), [](const Row* a, const Row* b) {
      return fnv1a<uint32_t>(a->key) < fnv1a<uint32_t>(b->key);
    });
  }
  return rows;
}

uint32_t KeyTableWriter::rank(std::u16string_view key) const {
  const std::vector<const Row*> rows = ordered();
  for (size_t i = 0; i < rows.size(); ++i)
    if (rows[i]->key == key) return uint32_t(i);
  fail("rank of a key that is not in the table");
}

std::string KeyTableWriter::write(std::string_view header) const {
  if (widths_.size() > 8) fail("more than 8 fields");
  const std::vector<const Row*> rows = ordered();
  std::string keys;
  if (block_keys_ == kHashedKeys) {
    std::vector<uint32_t> hashes;
    for (const Row* row : rows) {
      hashes.push_back(fnv1a<uint32_t>(row->key));
      if (hashes.size() > 1 && hashes.back() == hashes[hashes.size() - 2])
        fail("two keys with one hash");
    }
    put_planes(keys, hashes, 4);
  } else {
    std::vector<uint32_t> heads, offsets;
    std::string shared_counts, suffixes, previous;
    for (size_t i = 0; i < rows.size(); ++i) {
      const std::string key = key_bytes(rows[i]->key);
      size_t shared = 0;
      if (i % block_keys_ == 0) {
        offsets.push_back(uint32_t(suffixes.size()));
        shared = std::min<size_t>(4, key.size());
        uint32_t head = 0;
        for (size_t b = 0; b < 4; ++b) head |= uint32_t(b < shared ? uint8_t(key[b]) : 0) << 8 * b;
        heads.push_back(head);
      } else {
        while (shared < key.size() && shared < previous.size() && key[shared] == previous[shared])
          ++shared;
      }
      shared_counts.push_back(char(shared));
      suffixes.append(key, shared);
      suffixes.push_back('\0');
      previous = key;
    }
    put_planes(keys, heads, 4);
    put_planes(keys, offsets, 4);
    keys += shared_counts;
    put_u32(keys, uint32_t(suffixes.size()));
    keys += suffixes;
  }
  std::string out(header);
  out.push_back('\0');
  out.append("AAKEYS2", 8);
  put_u32(out, uint32_t(rows.size()));
  put_u32(out, block_keys_);
  put_u32(out, uint32_t(widths_.size()));
  for (uint8_t w : widths_) out.push_back(char(w));
  out += keys;
  for (size_t f = 0; f < widths_.size(); ++f) {
    for (const Row* row : rows)
      if (widths_[f] < 4 && row->fields[f] >> (8 * widths_[f]))
        fail("a value too wide for its field");
    std::vector<uint32_t> values;
    for (const Row* row : rows) values.push_back(row->fields[f]);
    put_planes(out, values, widths_[f]);
  }
  if (filter_ == Filter::shapes) {
    std::string heads(kShapeBits / 8, '\0'), tails(kShapeBits / 8, '\0');
    auto set = [](std::string& bits, size_t bit) {
      bits[bit / 8] = char(bits[bit / 8] | 1 << bit % 8);
    };
    for (const Row* row : rows) {
      set(heads, head_shape(row->key));
      set(tails, tail_shape(row->key));
    }
    out += heads + tails;
  }
  return out;
}

}  // namespace aa::tables
