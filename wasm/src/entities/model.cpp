// Layer 3: a linear-chain BIO tagger over hashed features with exact Viterbi decoding
// (trained by tools/ner/ner_train.cpp; the shipped weights are wasm/data/ner_model.bin).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "entities/internal.h"

namespace aa::ner {
namespace {

// Feature templates. Values are hashed with the template id, so the ids must not change
// once a model is trained (retrain after editing this list); kUnused48 only holds its place.
enum Template : uint32_t {
  kBias = 1,
  kWord,
  kStem,
  kBare,
  kPrefix2,
  kPrefix3,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kPrevWord,
  kNextWord,
  kPrevStem,
  kNextStem,
  kPrev2Word,
  kNext2Word,
  kPrevStemStem,
  kStemNextStem,
  kShape,
  kFlags,
  kPrevFlags,
  kNextFlags,
  kPrev2Flags,
  kGaz,
  kPrevGaz,
  kNextGaz,
  kRule,
  kPrevRule,
  kNextRule,
  kGazRule,
  kPrevGazRule,
  kNextGazRule,
  kCluster = 40,
  kCoarse,
  kPrevCluster,
  kNextCluster,
  kPrev2Coarse,
  kNext2Coarse,
  kClusterPair,
  kWordPrefix1,
  kUnused48,
  kNames,
  kPrevNames,
  kNextNames,
  kNamesWindow,
  kCharGram,
  kPrefix4,
  kSuffix4,
  kNameLists,
  kPrevNameLists,
  kNextNameLists,
  kElsewhere,
  kPrevElsewhere,
  kNextElsewhere,
  kLatin,
  kLatinWindow,
};

inline uint32_t finish(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return uint32_t(h);
}
inline uint64_t seed(Template id) {
  return 1469598103934665603ull ^ (uint64_t(id) * 0x9E3779B97F4A7C15ull);
}
inline uint32_t fstr(Template id, std::u16string_view s) { return finish(hash_u16(s, seed(id))); }
inline uint32_t fnum(Template id, uint64_t v) {
  return finish(seed(id) ^ (v * 0xC2B2AE3D27D4EB4Full));
}
// Features of whole words use the token's precomputed hashes (TokenInfo::h_*).
inline uint32_t fhash(Template id, uint64_t h) { return finish(h ^ seed(id)); }
inline uint32_t fpair(Template id, uint64_t a, uint64_t b) {
  return finish(hash_combine(a, b) ^ seed(id));
}

// Cluster feature values: TokenInfo::cluster + 1 (0 for a word without one), kPastText for a
// position before or after the text. The coarse cluster (32 of them) is the id >> 4.
constexpr uint64_t kPastText = 0xFFFF;
inline uint64_t coarse_of(uint64_t cluster) {
  return cluster == 0 || cluster == kPastText ? cluster : 1 + ((cluster - 1) >> 4);
}

uint64_t flags(const TokenInfo& t) {
  return uint64_t(t.stop) | uint64_t(t.title) << 1 | uint64_t(t.given) << 2 |
         uint64_t(t.place_trigger) << 3 | uint64_t(t.org_head) << 4 | uint64_t(t.org_trigger) << 5;
}

uint64_t shape(const TokenInfo& t, bool break_after) {
  size_t len = t.stem.size() < 9 ? t.stem.size() : 9;
  return uint64_t(t.article) | uint64_t(t.number) << 1 | uint64_t(t.arabic) << 2 |
         uint64_t(t.break_before) << 3 | uint64_t(break_after) << 4 |
         uint64_t(!t.bare.empty()) << 5 | uint64_t(len) << 6;
}

// Stands for the word before the first token and after the last.
constexpr uint64_t kBoundary = 0x3c733e3c733e3c73ull;

}  // namespace

namespace {

// Features of the token alone: they depend only on its normalized word (and token kind), so
// the decoder sums their weights once per distinct word of the document.
void word_features(const TokenInfo& t, FeatureSet& out) {
  std::u16string_view s = t.stem;
  out.add(fnum(kBias, 0));
  out.add(fhash(kWord, t.h_word));
  out.add(fhash(kStem, t.h_stem));
  if (!t.bare.empty()) out.add(fhash(kBare, t.h_bare));
  if (!t.number) {
    out.add(fstr(kPrefix2, s.substr(0, 2)));
    out.add(fstr(kPrefix3, s.substr(0, 3)));
    out.add(fstr(kSuffix1, s.substr(s.size() > 1 ? s.size() - 1 : 0)));
    out.add(fstr(kSuffix2, s.substr(s.size() > 2 ? s.size() - 2 : 0)));
    out.add(fstr(kSuffix3, s.substr(s.size() > 3 ? s.size() - 3 : 0)));
  }
  out.add(fnum(kFlags, flags(t)));
  // Word clusters: an unseen transliterated name shares a cluster with names seen in training.
  uint64_t cluster = uint64_t(t.cluster + 1);
  out.add(fnum(kCluster, cluster));
  out.add(fnum(kCoarse, coarse_of(cluster)));
  if (!t.word.empty()) out.add(fstr(kWordPrefix1, t.word.substr(0, 1)));
  // Letter trigrams inside the stem: transliterated names share spelling patterns
  // (تش, غو, ...) that whole-word features of unseen names cannot see.
  if (t.arabic && s.size() >= 4) {
    out.add(fstr(kPrefix4, s.substr(0, 4)));
    out.add(fstr(kSuffix4, s.substr(s.size() - 4)));
    for (size_t k = 1; k + 3 < s.size() && k < 8; ++k) out.add(fstr(kCharGram, s.substr(k, 3)));
  }
  // Name-word lists from annotated Wikipedia: which kinds of names this stem is part of.
  out.add(fnum(kNames, t.name_types));
  // Name lists (Wikidata people, transliterations, clubs, cities): what makes a name never
  // annotated anywhere look like one.
  out.add(fnum(kNameLists, t.name_lists));
  out.add(fnum(kLatin, uint64_t(t.latin)));
}

// Features of the token in its context: neighbours, line breaks, layer 1-2 tags.
void context_features(const std::vector<TokenInfo>& toks, const LayerTags& layers, size_t i,
                      FeatureSet& out) {
  const size_t n = toks.size();
  const TokenInfo& t = toks[i];
  auto word = [&](long k) { return k >= 0 && size_t(k) < n ? toks[size_t(k)].h_word : kBoundary; };
  auto stem = [&](long k) { return k >= 0 && size_t(k) < n ? toks[size_t(k)].h_stem : kBoundary; };
  auto layer = [&](const std::vector<uint8_t>& v, long k) -> uint64_t {
    return k >= 0 && size_t(k) < n && !v.empty() ? v[size_t(k)] : 15;
  };
  long li = long(i);
  out.add(fhash(kPrevWord, word(li - 1)));
  out.add(fhash(kNextWord, word(li + 1)));
  out.add(fhash(kPrevStem, stem(li - 1)));
  out.add(fhash(kNextStem, stem(li + 1)));
  out.add(fhash(kPrev2Word, word(li - 2)));
  out.add(fhash(kNext2Word, word(li + 2)));
  out.add(fpair(kPrevStemStem, stem(li - 1), t.h_stem));
  out.add(fpair(kStemNextStem, t.h_stem, stem(li + 1)));
  bool break_after = i + 1 >= n || toks[i + 1].break_before;
  out.add(fnum(kShape, shape(t, break_after)));
  out.add(fnum(kPrevFlags, i > 0 ? flags(toks[i - 1]) : 64));
  out.add(fnum(kNextFlags, i + 1 < n ? flags(toks[i + 1]) : 64));
  out.add(fnum(kPrev2Flags, i > 1 ? flags(toks[i - 2]) : 64));
  out.add(fnum(kGaz, layer(layers.gazetteer, li)));
  out.add(fnum(kPrevGaz, layer(layers.gazetteer, li - 1)));
  out.add(fnum(kNextGaz, layer(layers.gazetteer, li + 1)));
  out.add(fnum(kRule, layer(layers.rule, li)));
  out.add(fnum(kPrevRule, layer(layers.rule, li - 1)));
  out.add(fnum(kNextRule, layer(layers.rule, li + 1)));
  out.add(fnum(kGazRule, layer(layers.gazetteer, li) << 4 | layer(layers.rule, li)));
  out.add(fnum(kPrevGazRule, layer(layers.gazetteer, li - 1) << 4 | layer(layers.rule, li - 1)));
  out.add(fnum(kNextGazRule, layer(layers.gazetteer, li + 1) << 4 | layer(layers.rule, li + 1)));
  auto cluster = [&](long k) -> uint64_t {
    return k >= 0 && size_t(k) < n ? uint64_t(toks[size_t(k)].cluster + 1) : kPastText;
  };
  auto coarse = [&](long k) { return coarse_of(cluster(k)); };
  out.add(fnum(kPrevCluster, cluster(li - 1)));
  out.add(fnum(kNextCluster, cluster(li + 1)));
  out.add(fnum(kPrev2Coarse, coarse(li - 2)));
  out.add(fnum(kNext2Coarse, coarse(li + 2)));
  out.add(fnum(kClusterPair, coarse(li - 1) << 20 | coarse(li) << 10 | coarse(li + 1)));
  auto names = [&](long k) -> uint64_t {
    return k >= 0 && size_t(k) < n ? toks[size_t(k)].name_types : 16;
  };
  out.add(fnum(kPrevNames, names(li - 1)));
  out.add(fnum(kNextNames, names(li + 1)));
  out.add(fnum(kNamesWindow, names(li - 1) << 10 | names(li) << 5 | names(li + 1)));
  // The name-list and document-memory features are sparse (most tokens have neither): only
  // present values are features, which keeps the stage as fast as it was without them.
  auto sparse = [&](Template id, uint64_t v) {
    if (v) out.add(fnum(id, v));
  };
  auto lists = [&](long k) -> uint64_t {
    return k >= 0 && size_t(k) < n ? toks[size_t(k)].name_lists : 0;
  };
  sparse(kPrevNameLists, lists(li - 1));
  sparse(kNextNameLists, lists(li + 1));
  auto latin = [&](long k) -> uint64_t {
    return k >= 0 && size_t(k) < n ? uint64_t(toks[size_t(k)].latin) : 7;
  };
  if (t.latin != LatinShape::none)
    out.add(fnum(kLatinWindow, latin(li - 1) << 8 | uint64_t(t.latin) << 4 | latin(li + 1)));
  auto elsewhere = [&](long k) -> uint64_t {
    return k >= 0 && size_t(k) < layers.elsewhere.size() ? layers.elsewhere[size_t(k)] : 0;
  };
  sparse(kElsewhere, elsewhere(li));
  sparse(kPrevElsewhere, elsewhere(li - 1));
  sparse(kNextElsewhere, elsewhere(li + 1));
}

}  // namespace

void static_features(const std::vector<TokenInfo>& toks, const LayerTags& layers, size_t i,
                     FeatureSet& out) {
  word_features(toks[i], out);
  context_features(toks, layers, i, out);
}

LayerTags layer_tags(const std::vector<TokenInfo>& toks, const std::vector<Candidate>& gazetteer,
                     const std::vector<Candidate>& rules) {
  const size_t n = toks.size();
  LayerTags lt;
  lt.gazetteer.assign(n, O);
  lt.rule.assign(n, O);
  // An ambiguous listed name (a club called النصر) is a feature value of its own.
  auto mark = [](std::vector<uint8_t>& v, const Candidate& c) {
    int b = begin_tag(c.type) + (c.source == Source::gazetteer && !c.strong ? 8 : 0);
    for (uint32_t k = c.first; k <= c.last; ++k) v[k] = uint8_t(k == c.first ? b : b + 1);
  };
  for (const Candidate& c : gazetteer) mark(lt.gazetteer, c);
  for (const Candidate& c : rules) mark(lt.rule, c);
  // Per stem, how many of its tokens each layer-1/2 type covers; a token's own mention is
  // taken out again below, so the feature only carries what the rest of the document says.
  auto type_of = [](uint8_t tag) { return tag == O || tag > I_ORG ? -1 : (tag - 1) / 2; };
  auto token_type = [&](size_t i) {
    int r = type_of(lt.rule[i]);
    const uint8_t g = lt.gazetteer[i];
    return r >= 0 ? r : type_of(g > I_MISC ? uint8_t(g - 8) : g);
  };
  std::unordered_map<uint64_t, std::array<uint16_t, 3>> seen;
  for (size_t i = 0; i < n; ++i)
    if (int t = token_type(i); t >= 0 && !toks[i].stop) ++seen[toks[i].h_stem][size_t(t)];
  lt.elsewhere.assign(n, 0);
  for (size_t i = 0; i < n && !seen.empty(); ++i) {
    auto it = seen.find(toks[i].h_stem);
    if (it == seen.end() || toks[i].stop) continue;
    const int own = token_type(i);
    for (int t = 0; t < 3; ++t)
      if (it->second[size_t(t)] > (own == t ? 1 : 0)) lt.elsewhere[i] |= uint8_t(1 << t);
  }
  // Sports words counted once (prefix sums): the club rule asks about a few places only.
  lt.sports_before.assign(n + 1, 0);
  for (size_t i = 0; i < n; ++i)
    lt.sports_before[i + 1] = lt.sports_before[i] + (toks[i].sports ? 1 : 0);
  return lt;
}

namespace {
// The score of what can never be chosen; two of them added still compare as less than any
// real path.
constexpr float kNone = -1e30f;

// Rules out the inside tags of the tokens after a clause mark (TokenInfo::clause_mark_before).
// Only the runtime decodes under it: the trainer learns from every annotation as written, the
// four of ANERcorp's that run a name over a parenthesis or comma included (measured: five-fold
// CV 77.2 this way, 77.1 with the trainer constrained too).
void no_name_across_clause_marks(const std::vector<TokenInfo>& toks, std::vector<float>& emit) {
  for (size_t i = 0; i < toks.size(); ++i)
    if (toks[i].clause_mark_before)
      for (int t = 0; t < kTagCount; ++t)
        if (t != O && !tag_begins(t)) emit[i * kTagCount + size_t(t)] = kNone;
}

}  // namespace

std::vector<uint8_t> viterbi(const std::vector<float>& emit, size_t n, const Transitions& trans,
                             std::vector<float>* margin) {
  std::vector<uint8_t> tags(n, O);
  if (margin) margin->assign(n, 0.0f);
  if (n == 0) return tags;
  // Invalid transitions score kNone, so the loops below need no branches.
  Transitions allowed;
  for (int p = 0; p <= kTagCount; ++p)
    for (int t = 0; t < kTagCount; ++t)
      allowed[size_t(p * kTagCount + t)] =
          valid_transition(p, t) ? trans[size_t(p * kTagCount + t)] : kNone;
  // alpha[i][t]: best score of a path over 0..i ending in t; back[i][t]: its tag at i-1.
  std::vector<float> alpha(n * kTagCount);
  std::vector<uint8_t> back(n * kTagCount, O);
  for (int t = 0; t < kTagCount; ++t)
    alpha[size_t(t)] = allowed[size_t(kStart * kTagCount + t)] + emit[size_t(t)];
  for (size_t i = 1; i < n; ++i) {
    const float* prev = &alpha[(i - 1) * kTagCount];
    float* cur = &alpha[i * kTagCount];
    for (int t = 0; t < kTagCount; ++t) {
      float best;
      int arg;
      if (t == O || tag_begins(t)) {
        best = prev[0] + allowed[size_t(t)];
        arg = 0;
        for (int p = 1; p < kTagCount; ++p) {
          float v = prev[p] + allowed[size_t(p * kTagCount + t)];
          if (v > best) best = v, arg = p;
        }
      } else {
        // I-X follows only B-X or I-X: the other seven scores are kNone and never win.
        best = prev[t - 1] + allowed[size_t((t - 1) * kTagCount + t)];
        arg = t - 1;
        float v = prev[t] + allowed[size_t(t * kTagCount + t)];
        if (v > best) best = v, arg = t;
      }
      cur[t] = best + emit[i * kTagCount + size_t(t)];
      back[i * kTagCount + size_t(t)] = uint8_t(arg);
    }
  }
  const float* last = &alpha[(n - 1) * kTagCount];
  int end = O;
  for (int t = 1; t < kTagCount; ++t)
    if (last[t] > last[end]) end = t;
  tags[n - 1] = uint8_t(end);
  for (size_t i = n - 1; i > 0; --i) tags[i - 1] = back[i * kTagCount + tags[i]];
  if (!margin) return tags;
  // beta[i][t]: best score of the rest of the sentence after token i given tag t at i.
  std::vector<float> beta(n * kTagCount, 0.0f);
  for (size_t i = n - 1; i > 0; --i) {
    const float* next = &beta[i * kTagCount];
    const float* e = &emit[i * kTagCount];
    float* cur = &beta[(i - 1) * kTagCount];
    for (int p = 0; p < kTagCount; ++p) {
      // After p: O, any B-X, and I-X only when p is B-X or I-X (the rest score kNone).
      const float* row = &allowed[size_t(p * kTagCount)];
      float best = row[0] + e[0] + next[0];
      for (int t = 1; t < kTagCount; t += 2) best = std::max(best, row[t] + e[t] + next[t]);
      if (p != O) {
        const int inside = tag_begins(p) ? p + 1 : p;
        best = std::max(best, row[inside] + e[inside] + next[inside]);
      }
      cur[p] = best;
    }
  }
  const float total = last[end];
  for (size_t i = 0; i < n; ++i) {
    float other = kNone;
    for (int t = 0; t < kTagCount; ++t)
      if (t != tags[i])
        other = std::max(other, alpha[i * kTagCount + size_t(t)] + beta[i * kTagCount + size_t(t)]);
    (*margin)[i] = other <= kNone / 2 ? 1e9f : total - other;
  }
  return tags;
}

namespace {

// Bit `i` of the bits packed low bit first at `bits`.
bool bit(const unsigned char* bits, size_t i) { return bits[i / 8] >> (i % 8) & 1; }

// The tags whose weights in `bucket` are not zero, as bits.
uint32_t tag_mask(const int8_t* bucket) {
  uint32_t mask = 0;
  for (int t = 0; t < kTagCount; ++t) mask |= uint32_t(bucket[t] != 0) << t;
  return mask;
}

size_t packed_size(size_t bits) { return (bits + 7) / 8; }

// kTagCount bits of tags per bucket: a byte for tags 0-7, then one bit plane per higher tag.
constexpr int kPlaneTags = kTagCount > 8 ? kTagCount - 8 : 0;

}  // namespace

std::string encode_weights(const std::vector<int8_t>& dense) {
  const size_t buckets = dense.size() / kTagCount;
  std::string used(packed_size(buckets), '\0'), low, values;
  std::vector<uint32_t> masks;
  for (size_t b = 0; b < buckets; ++b) {
    const uint32_t mask = tag_mask(&dense[b * kTagCount]);
    if (!mask) continue;
    used[b / 8] = char(used[b / 8] | 1 << (b % 8));
    masks.push_back(mask);
    low.push_back(char(mask & 0xFF));
    for (int t = 0; t < kTagCount; ++t)
      if (mask >> t & 1) values.push_back(char(dense[b * kTagCount + size_t(t)]));
  }
  std::string planes(kPlaneTags * packed_size(masks.size()), '\0');
  for (int p = 0; p < kPlaneTags; ++p)
    for (size_t i = 0; i < masks.size(); ++i)
      if (masks[i] >> (8 + p) & 1) {
        char& byte = planes[size_t(p) * packed_size(masks.size()) + i / 8];
        byte = char(byte | 1 << (i % 8));
      }
  return used + low + planes + values;
}

std::optional<std::vector<int8_t>> decode_weights(std::string_view bytes, size_t weights) {
  if (weights % kTagCount) return std::nullopt;
  const size_t buckets = weights / kTagCount, used_size = packed_size(buckets);
  if (bytes.size() < used_size) return std::nullopt;
  const auto* used = reinterpret_cast<const unsigned char*>(bytes.data());
  // Bits past the last bucket would stand for buckets that do not exist.
  if (buckets % 8 && used[used_size - 1] >> (buckets % 8)) return std::nullopt;
  size_t set = 0;
  for (size_t i = 0; i < used_size; ++i) set += size_t(__builtin_popcount(used[i]));
  const size_t plane_size = packed_size(set);
  if (bytes.size() - used_size < set + kPlaneTags * plane_size) return std::nullopt;
  const unsigned char* low = used + used_size;
  const unsigned char* planes = low + set;
  const unsigned char* value = planes + kPlaneTags * plane_size;
  const unsigned char* const end = used + bytes.size();
  // Zeroed once, here: the model sets about one weight in thirteen.
  std::vector<int8_t> dense(weights);
  // Loading a model is part of creating an analyzer: the set bits are walked a byte at a time.
  for (size_t byte = 0, i = 0; byte < used_size; ++byte) {
    for (unsigned buckets_here = used[byte]; buckets_here; buckets_here &= buckets_here - 1, ++i) {
      const size_t b = 8 * byte + size_t(__builtin_ctz(buckets_here));
      uint32_t mask = low[i];
      for (int p = 0; p < kPlaneTags; ++p)
        mask |= uint32_t(bit(planes + p * plane_size, i)) << (8 + p);
      if (!mask) return std::nullopt;
      for (; mask; mask &= mask - 1) {
        if (value == end || *value == 0) return std::nullopt;
        dense[b * kTagCount + size_t(__builtin_ctz(mask))] = int8_t(*value++);
      }
    }
  }
  if (value != end) return std::nullopt;
  return dense;
}

bool Tagger::load(std::string_view bytes) {
  constexpr size_t kHeader = sizeof(kModelMagic) + 4 + 4 + sizeof(Transitions);
  weights_.clear();
  if (bytes.size() < kHeader || std::memcmp(bytes.data(), kModelMagic, sizeof(kModelMagic)) != 0)
    return false;
  uint32_t log2 = 0;
  std::memcpy(&log2, bytes.data() + 8, 4);
  if (log2 < 8 || log2 > 24) return false;
  std::optional<std::vector<int8_t>> weights =
      decode_weights(bytes.substr(kHeader), (size_t(1) << log2) * kTagCount);
  if (!weights) return false;
  std::memcpy(&scale_, bytes.data() + 12, 4);
  std::memcpy(trans_.data(), bytes.data() + 16, sizeof(Transitions));
  weights_ = std::move(*weights);
  mask_ = (uint32_t(1) << log2) - 1;
  return true;
}

std::vector<uint8_t> Tagger::decode(const std::vector<TokenInfo>& toks, const LayerTags& layers,
                                    std::vector<float>* confidence) const {
  const size_t n = toks.size();
  if (weights_.empty()) {
    if (confidence) confidence->assign(n, 0.0f);
    return std::vector<uint8_t>(n, O);
  }
  auto add_weights = [&](const FeatureSet& fs, int32_t* raw) {
    for (int f = 0; f < fs.n; ++f) {
      const int8_t* w = weights_.data() + size_t(fs.h[f] & mask_) * kTagCount;
      for (int t = 0; t < kTagCount; ++t) raw[t] += w[t];
    }
  };
  // Most tokens of running text repeat a word seen earlier in the document (في, من, أن, the
  // names of its subject): their word features are summed once per distinct word
  // (TokenInfo::word_id).
  uint32_t words = 0;
  for (const TokenInfo& t : toks) words = std::max(words, t.word_id + 1);
  std::vector<std::array<int32_t, kTagCount>> by_word(words);
  std::vector<bool> summed(words, false);
  std::vector<float> emit(n * kTagCount);
  for (size_t i = 0; i < n; ++i) {
    const TokenInfo& t = toks[i];
    std::array<int32_t, kTagCount>& word_sum = by_word[t.word_id];
    if (!summed[t.word_id]) {
      FeatureSet fs;
      word_features(t, fs);
      word_sum.fill(0);
      add_weights(fs, word_sum.data());
      summed[t.word_id] = true;
    }
    int32_t raw[kTagCount];
    std::copy(word_sum.begin(), word_sum.end(), raw);
    FeatureSet fs;
    context_features(toks, layers, i, fs);
    add_weights(fs, raw);
    for (int t = 0; t < kTagCount; ++t) emit[i * kTagCount + size_t(t)] = float(raw[t]) * scale_;
  }
  no_name_across_clause_marks(toks, emit);
  std::vector<uint8_t> tags = viterbi(emit, n, trans_, confidence);
  if (confidence) {
    // A token's margin (how much worse the best path giving it another tag is) mapped to
    // [0, 1]; perceptron scores are uncalibrated (calibration.h maps them to probabilities),
    // and the temperature only spreads them: at 4, 56% of dev mentions scored exactly 1.0f and
    // calibration could not tell them apart.
    constexpr float kTemperature = kMarginTemperature;
    for (float& m : *confidence) m = 1.0f / (1.0f + std::exp(-m / kTemperature));
  }
  return tags;
}

std::vector<Candidate> tags_to_candidates(const std::vector<uint8_t>& tags,
                                          const std::vector<float>& confidence,
                                          const std::vector<TokenInfo>& toks) {
  std::vector<Candidate> out;
  for (size_t i = 0; i < tags.size();) {
    if (!tag_reported(tags[i]) || !tag_begins(tags[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    float sum = confidence.empty() ? 1.0f : confidence[i];
    while (j + 1 < tags.size() && tags[j + 1] == tags[i] + 1) {
      ++j;
      sum += confidence.empty() ? 1.0f : confidence[j];
    }
    (void)toks;
    out.push_back(
        {uint32_t(i), uint32_t(j), 0, tag_type(tags[i]), Source::model, sum / float(j - i + 1)});
    i = j + 1;
  }
  return out;
}

}  // namespace aa::ner
