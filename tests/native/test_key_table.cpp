// The sorted key table the lexicons are compiled into (text/key_table.h) finds exactly the
// keys its writer (tools/tables/key_table_writer.h) was given, with their fields, whatever
// the block size or with hashed keys, and nothing else.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "key_table_writer.h"
#include "text/key_table.h"

namespace {

// Arabic letters, ASCII, characters outside both ranges (one with a low byte of 0), a
// surrogate pair, a space, NUL (a table ends each suffix with a 0 byte: no key may hold one).
const std::u16string kUnits[] = {u"\u0627",
                                 u"\u0644",
                                 u"\u0645",
                                 u"\u064A",
                                 u"a",
                                 u"b",
                                 u"\u00E9",
                                 u"\u0100",
                                 u"\U0001F600",
                                 u" ",
                                 std::u16string(1, u'\0')};

std::u16string random_key(std::mt19937& rng) {
  std::uniform_int_distribution<size_t> unit(0, std::size(kUnits) - 1), length(0, 6);
  std::u16string s;
  for (size_t n = length(rng); n > 0; --n) s += kUnits[unit(rng)];
  return s;
}

TEST(KeyTable, FindsEveryKeyWithItsFieldsAndNothingElse) {
  std::mt19937 rng(7);
  for (uint32_t block_keys : {1u, 2u, 5u, 32u, aa::tables::KeyTableWriter::kHashedKeys}) {
    aa::tables::KeyTableWriter writer({1, 2, 4}, block_keys);
    std::map<std::u16string, uint32_t> expected;
    for (int i = 0; i < 600; ++i) {
      std::u16string k = random_key(rng);
      const uint32_t v = uint32_t(rng());
      std::vector<uint32_t>& row = writer.row(k);
      row = {v & 0xFF, v & 0xFFFF, v};
      expected[k] = v;
    }
    const std::string bytes = writer.write("# test table\n");
    const aa::KeyTable table(bytes, "test", 3);
    ASSERT_EQ(table.size(), expected.size());
    for (const auto& [k, v] : expected) {
      const std::optional<uint32_t> r = table.find(k);
      ASSERT_TRUE(r) << "block " << block_keys;
      EXPECT_EQ(*r, writer.rank(k));
      EXPECT_EQ(table.key(*r), block_keys ? k : u"");
      EXPECT_EQ(table.field(0, *r), v & 0xFF);
      EXPECT_EQ(table.field(1, *r), v & 0xFFFF);
      EXPECT_EQ(table.field(2, *r), v);
    }
    for (int i = 0; i < 3000; ++i) {
      const std::u16string q = random_key(rng) + random_key(rng);
      EXPECT_EQ(table.find(q).has_value(), expected.count(q) == 1) << "block " << block_keys;
    }
  }
}

// A table with a shape filter still finds every key and nothing else; its filter holds
// exactly its keys' shapes, and a lookup consults it (a key whose bit is cleared is lost).
TEST(KeyTable, AShapeFilterHoldsTheKeysShapes) {
  using Writer = aa::tables::KeyTableWriter;
  constexpr size_t kFilterBytes = 2 * aa::kShapeBits / 8;
  std::mt19937 rng(11);
  for (uint32_t block_keys : {16u, Writer::kHashedKeys}) {
    Writer writer({1}, block_keys, Writer::Filter::shapes);
    std::map<std::u16string, uint32_t> expected;
    std::vector<bool> bits(2 * aa::kShapeBits);
    for (int i = 0; i < 200; ++i) {
      const std::u16string k = random_key(rng);
      writer.row(k)[0] = expected[k] = uint32_t(rng()) & 0xFF;
      bits[aa::head_shape(k)] = bits[aa::kShapeBits + aa::tail_shape(k)] = true;
    }
    std::string bytes = writer.write("# filtered\n");
    const char* filter = bytes.data() + bytes.size() - kFilterBytes;
    for (size_t b = 0; b < bits.size(); ++b)
      ASSERT_EQ(bool(filter[b / 8] >> (b % 8) & 1), bits[b]) << "bit " << b;
    {
      const aa::KeyTable table(bytes, "filtered", 1);
      for (const auto& [k, v] : expected) {
        const std::optional<uint32_t> r = table.find(k);
        ASSERT_TRUE(r) << "block " << block_keys;
        EXPECT_EQ(table.field(0, *r), v);
      }
      for (int i = 0; i < 3000; ++i) {
        const std::u16string q = random_key(rng) + random_key(rng);
        EXPECT_EQ(table.find(q).has_value(), expected.count(q) == 1) << "block " << block_keys;
      }
    }
    // Clearing the head bit of a key loses it.
    const std::u16string& lost = expected.rbegin()->first;
    const size_t bit = aa::head_shape(lost);
    bytes[bytes.size() - kFilterBytes + bit / 8] &= char(~(1 << bit % 8));
    const aa::KeyTable damaged(bytes, "filtered", 1);
    EXPECT_FALSE(damaged.find(lost).has_value());
    bytes.pop_back();  // a filter cut short
    EXPECT_THROW(aa::KeyTable(bytes, "filtered", 1), std::runtime_error);
  }
}

TEST(KeyTable, AnEmptyTableFindsNothing) {
  for (uint32_t block_keys : {16u, aa::tables::KeyTableWriter::kHashedKeys}) {
    const std::string bytes = aa::tables::KeyTableWriter({1}, block_keys).write("# empty\n");
    EXPECT_FALSE(aa::KeyTable(bytes, "empty", 1).find(u"").has_value());
  }
  EXPECT_FALSE(aa::KeyTable().find(u"\u0627").has_value());
}

TEST(KeyTable, KeysTooLongToStoreAreNeverFound) {
  aa::tables::KeyTableWriter writer({1});
  writer.row(std::u16string(aa::kMaxKeyBytes, u'\u0627'))[0] = 1;
  const std::string bytes = writer.write("# long\n");
  const aa::KeyTable table(bytes, "long", 1);
  EXPECT_TRUE(table.find(std::u16string(aa::kMaxKeyBytes, u'\u0627')).has_value());
  EXPECT_FALSE(table.find(std::u16string(aa::kMaxKeyBytes + 1, u'\u0627')).has_value());
}

TEST(KeyTable, ATableWithOtherFieldsDoesNotParse) {
  const std::string bytes = aa::tables::KeyTableWriter({1, 2}).write("# two fields\n");
  EXPECT_NO_THROW(aa::KeyTable(bytes, "two", 2));
  EXPECT_THROW(aa::KeyTable(bytes, "two", 3), std::runtime_error);
}

}  // namespace
