// Writes the sorted key tables the core reads in place (wasm/src/text/key_table.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace aa::tables {

class KeyTableWriter {
 public:
  // One byte width (1, 2 or 4) per field. Keys are text in blocks of `block_keys`, or with
  // kHashedKeys their 32-bit hashes. A lookup scans half a block on average; bigger blocks
  // share more prefixes (32 instead of 16 keys: 5 KB less of ner_lexicon.bin gzipped,
  // lookups a third slower).
  static constexpr uint32_t kHashedKeys = 0;
  // Whether the table carries a shape filter (text/key_table.h).
  enum class Filter : bool { none, shapes };
  explicit KeyTableWriter(std::vector<uint8_t> field_widths, uint32_t block_keys = 16,
                          Filter filter = Filter::none);

  // The fields of `key`, added with every field 0 if it is new.
  std::vector<uint32_t>& row(std::u16string_view key);
  const std::vector<uint32_t>* find(std::u16string_view key) const;
  // The rank `key` (which must have been added) has in the written table.
  uint32_t rank(std::u16string_view key) const;
  size_t size() const { return rows_.size(); }

  // The table, after `header` (ASCII lines naming source, licence and generator); exits with
  // a message if a key or a value does not fit, or two keys of a table of hashes share one.
  std::string write(std::string_view header) const;

 private:
  struct Row {
    std::u16string key;
    std::vector<uint32_t> fields;
  };
  // The rows in the order of the written table.
  std::vector<const Row*> ordered() const;

  std::vector<uint8_t> widths_;
  uint32_t block_keys_;
  Filter filter_;
  std::map<std::string, Row> rows_;  // by encode_key bytes: the order of a table of text
};

}  // namespace aa::tables
