#include "keywords/lexicon.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "arabic_analyzer/clitics.h"
#include "arabic_analyzer/embedded_data.h"
#include "text/hash.h"
#include "text/key_table.h"

namespace aa::kw {
namespace {

uint32_t read_u32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);  // the table is little-endian, as are x86 and WebAssembly
  return v;
}

// Whether the keyword lexicon lists `word` as a `kind`.
bool listed(const KeyTable& table, std::u16string_view word, uint8_t kind) {
  std::optional<uint32_t> r = table.find(word);
  return r && (table.field(kFieldKinds, *r) & kind);
}

}  // namespace

StopList::StopList() : StopList(embedded_file("keyword_lexicon.bin")) {}

StopList::StopList(std::string_view table) : table_(table, "keyword_lexicon.bin", kKeywordFields) {}

bool StopList::contains(std::u16string_view word) const {
  if (word.empty()) return false;
  if (listed(table_, word, kKindStop)) return true;
  return starts_with_conjunction(word) && word.size() > 2 &&
         listed(table_, word.substr(1), kKindStop);
}

BrokenPlurals::BrokenPlurals() : BrokenPlurals(embedded_file("keyword_lexicon.bin")) {}

BrokenPlurals::BrokenPlurals(std::string_view table)
    : table_(table, "keyword_lexicon.bin", kKeywordFields) {}

std::optional<uint32_t> BrokenPlurals::singular(std::u16string_view plural) const {
  std::optional<uint32_t> r = table_.find(plural);
  if (!r || !(table_.field(kFieldKinds, *r) & kKindPlural)) return std::nullopt;
  return table_.field(kFieldSingular, *r);
}

namespace {

[[noreturn]] void damaged() {
  throw std::runtime_error(
      "arabic-analyzer: the keyword background table (keyword_df.bin) does not parse; rebuild it");
}

}  // namespace

BackgroundDf::BackgroundDf() : BackgroundDf(embedded_file("keyword_df.bin")) {}

BackgroundDf::BackgroundDf(std::string_view data) {
  // Layout (v5, written by build-scripts/build-keyword-df.py): ASCII header, '\0', uint32
  // documents, uint32 keys, uint8 Rice parameter k, the keys ascending as the Golomb-Rice
  // codes of their differences (the quotient by 2^k in unary, 1 bits ended by a 0, then its k
  // low bits; bits low first, the last byte padded), one idf byte per key, one article-share
  // byte per key. A table that does not parse stops construction: unknown background
  // figures would rank every word as rare.
  size_t at = data.find('\0');
  if (at == std::string_view::npos || data.size() < at + 10) damaged();
  uint32_t n = read_u32(data.data() + at + 1), m = read_u32(data.data() + at + 5);
  const unsigned k = uint8_t(data[at + 9]);
  at += 10;
  if (k > 24 || m > (data.size() - at) / 2) damaged();
  // Creating an extractor decodes the keys: a 64-bit buffer takes a unary run or a remainder
  // at a time, not a bit.
  const auto* bits = reinterpret_cast<const uint8_t*>(data.data() + at);
  const uint8_t* const bits_end = bits + (data.size() - at - 2 * size_t(m));
  const uint8_t* next = bits;
  uint64_t buffer = 0;
  unsigned buffered = 0;
  auto refill = [&] {
    for (; buffered <= 56 && next < bits_end; buffered += 8)
      buffer |= uint64_t(*next++) << buffered;
  };
  auto drop = [&](unsigned n) {  // n <= buffered
    buffer = n == 64 ? 0 : buffer >> n;
    buffered -= n;
  };
  std::vector<uint32_t> keys(m);
  uint32_t key = 0;
  for (uint32_t i = 0; i < m; ++i) {
    uint32_t quotient = 0;
    for (;;) {
      refill();
      if (buffered == 0) damaged();
      // Past `buffered` the buffer holds zeros, so the run of ones stops there at the latest.
      const unsigned ones = buffer == ~uint64_t(0) ? 64u : unsigned(__builtin_ctzll(~buffer));
      if (ones < buffered) {
        quotient += ones;
        drop(ones + 1);
        break;
      }
      quotient += buffered;  // the run goes on in the next bytes
      drop(buffered);
    }
    if (quotient > (0xFFFFFFu >> k)) damaged();
    refill();
    if (buffered < k) damaged();
    const uint32_t remainder = uint32_t(buffer & ((uint64_t(1) << k) - 1));
    drop(k);
    keys[i] = key += quotient << k | remainder;
  }
  const size_t bit = 8 * size_t(next - bits) - buffered;
  at += (bit + 7) / 8;
  if (data.size() != at + 2 * size_t(m)) damaged();
  const uint8_t* bytes = reinterpret_cast<const uint8_t*>(data.data() + at);
  documents_ = n;
  keys_ = std::move(keys);
  idf_.assign(bytes, bytes + m);
  article_.assign(bytes + m, bytes + 2 * size_t(m));
}

long BackgroundDf::find(std::u16string_view key) const {
  uint32_t h = fnv1a<uint32_t>(key) & 0xFFFFFFu;  // the table keeps the low 24 bits
  auto it = std::lower_bound(keys_.begin(), keys_.end(), h);
  return it == keys_.end() || *it != h ? -1 : long(it - keys_.begin());
}

double BackgroundDf::idf(std::u16string_view key) const {
  long i = find(key);
  return i < 0 ? 1.0 : idf_[size_t(i)] / 255.0;
}

double BackgroundDf::article_share(std::u16string_view key) const {
  long i = find(key);
  return i < 0 || article_[size_t(i)] == 255 ? -1.0 : article_[size_t(i)] / 254.0;
}

}  // namespace aa::kw
