// Layer 3: an averaged-perceptron BIO tagger over hashed features (trained by
// tools/ner/ner_train.cpp; the shipped weights are wasm/data/ner_model.bin).
#include <cmath>
#include <cstring>

#include "entities_internal.h"

namespace aa::ner {
namespace {

// Feature templates. Values are hashed with the template id, so the ids must not change
// once a model is trained (retrain after editing this list).
enum Template : uint32_t {
  kBias = 1, kWord, kStem, kBare, kPrefix2, kPrefix3, kSuffix1, kSuffix2, kSuffix3,
  kPrevWord, kNextWord, kPrevStem, kNextStem, kPrev2Word, kNext2Word, kPrevStemStem,
  kStemNextStem, kShape, kFlags, kPrevFlags, kNextFlags, kPrev2Flags, kGaz, kPrevGaz, kNextGaz,
  kRule, kPrevRule, kNextRule, kGazRule, kPrevGazRule, kNextGazRule,
  kPrevTag = 40, kPrevTags, kPrevTagStem, kPrevTagLayers, kPrevTagWord,
};

inline uint32_t finish(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return uint32_t(h);
}
inline uint64_t seed(Template id) { return 1469598103934665603ull ^ (uint64_t(id) * 0x9E3779B97F4A7C15ull); }
inline uint32_t fstr(Template id, std::u16string_view s) { return finish(hash_u16(s, seed(id))); }
inline uint32_t fnum(Template id, uint64_t v) { return finish(seed(id) ^ (v * 0xC2B2AE3D27D4EB4Full)); }
inline uint32_t fpair(Template id, std::u16string_view a, std::u16string_view b) {
  return finish(hash_join(hash_u16(a, seed(id)), b));
}

uint64_t flags(const TokenInfo& t) {
  return uint64_t(t.stop) | uint64_t(t.title) << 1 | uint64_t(t.given) << 2 |
         uint64_t(t.place_trigger) << 3 | uint64_t(t.org_head) << 4 | uint64_t(t.org_trigger) << 5;
}

uint64_t shape(const TokenInfo& t, bool break_after) {
  size_t len = t.stem.size() < 9 ? t.stem.size() : 9;
  return uint64_t(t.article) | uint64_t(t.number) << 1 | uint64_t(t.arabic) << 2 |
         uint64_t(t.break_before) << 3 | uint64_t(break_after) << 4 | uint64_t(!t.bare.empty()) << 5 |
         uint64_t(len) << 6;
}

const std::u16string_view kBoundary = u"<s>";

}  // namespace

void static_features(const std::vector<TokenInfo>& toks, const LayerTags& layers, size_t i,
                     FeatureSet& out) {
  const size_t n = toks.size();
  const TokenInfo& t = toks[i];
  auto word = [&](long k) { return k >= 0 && size_t(k) < n ? toks[size_t(k)].word : kBoundary; };
  auto stem = [&](long k) { return k >= 0 && size_t(k) < n ? toks[size_t(k)].stem : kBoundary; };
  auto layer = [&](const std::vector<uint8_t>& v, long k) -> uint64_t {
    return k >= 0 && size_t(k) < n && !v.empty() ? v[size_t(k)] : 15;
  };
  long li = long(i);
  std::u16string_view s = t.stem;
  out.add(fnum(kBias, 0));
  out.add(fstr(kWord, t.word));
  out.add(fstr(kStem, s));
  if (!t.bare.empty()) out.add(fstr(kBare, t.bare));
  if (!t.number) {
    out.add(fstr(kPrefix2, s.substr(0, 2)));
    out.add(fstr(kPrefix3, s.substr(0, 3)));
    out.add(fstr(kSuffix1, s.substr(s.size() > 1 ? s.size() - 1 : 0)));
    out.add(fstr(kSuffix2, s.substr(s.size() > 2 ? s.size() - 2 : 0)));
    out.add(fstr(kSuffix3, s.substr(s.size() > 3 ? s.size() - 3 : 0)));
  }
  out.add(fstr(kPrevWord, word(li - 1)));
  out.add(fstr(kNextWord, word(li + 1)));
  out.add(fstr(kPrevStem, stem(li - 1)));
  out.add(fstr(kNextStem, stem(li + 1)));
  out.add(fstr(kPrev2Word, word(li - 2)));
  out.add(fstr(kNext2Word, word(li + 2)));
  out.add(fpair(kPrevStemStem, stem(li - 1), s));
  out.add(fpair(kStemNextStem, s, stem(li + 1)));
  bool break_after = i + 1 >= n || toks[i + 1].break_before;
  out.add(fnum(kShape, shape(t, break_after)));
  out.add(fnum(kFlags, flags(t)));
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
}

void tag_features(const std::vector<TokenInfo>& toks, size_t i, int prev, int prev2,
                  FeatureSet& out) {
  out.add(fnum(kPrevTag, uint64_t(prev)));
  out.add(fnum(kPrevTags, uint64_t(prev) << 4 | uint64_t(prev2)));
  out.add(finish(hash_u16(toks[i].stem, seed(kPrevTagStem) ^ uint64_t(prev))));
  out.add(finish(hash_u16(i > 0 ? toks[i - 1].word : kBoundary, seed(kPrevTagWord) ^ uint64_t(prev))));
}

LayerTags layer_tags(size_t n, const std::vector<Candidate>& gazetteer,
                     const std::vector<Candidate>& rules) {
  LayerTags lt;
  lt.gazetteer.assign(n, O);
  lt.rule.assign(n, O);
  auto mark = [](std::vector<uint8_t>& v, const Candidate& c) {
    int b = begin_tag(c.type);
    for (uint32_t k = c.first; k <= c.last; ++k) v[k] = uint8_t(k == c.first ? b : b + 1);
  };
  for (const Candidate& c : gazetteer) mark(lt.gazetteer, c);
  for (const Candidate& c : rules) mark(lt.rule, c);
  return lt;
}

bool Tagger::load(std::string_view bytes) {
  constexpr size_t kHeader = sizeof(kModelMagic) + 4 + 4;
  if (bytes.size() < kHeader || std::memcmp(bytes.data(), kModelMagic, sizeof(kModelMagic)) != 0)
    return false;
  uint32_t log2 = 0;
  std::memcpy(&log2, bytes.data() + 8, 4);
  if (log2 < 8 || log2 > 24 || bytes.size() != kHeader + (size_t(2) << log2) * kTagCount) return false;
  std::memcpy(&scale_, bytes.data() + 12, 4);
  weights_ = reinterpret_cast<const unsigned char*>(bytes.data() + kHeader);
  mask_ = (uint32_t(1) << log2) - 1;
  return true;
}

std::vector<uint8_t> Tagger::decode(const std::vector<TokenInfo>& toks, const LayerTags& layers,
                                    std::vector<float>* confidence) const {
  const size_t n = toks.size();
  std::vector<uint8_t> tags(n, O);
  if (confidence) confidence->assign(n, 0.0f);
  if (!weights_) return tags;
  int prev = O, prev2 = O;
  for (size_t i = 0; i < n; ++i) {
    FeatureSet fs;
    static_features(toks, layers, i, fs);
    tag_features(toks, i, prev, prev2, fs);
    int32_t raw[kTagCount] = {};
    for (int f = 0; f < fs.n; ++f) {
      const unsigned char* w = weights_ + size_t(fs.h[f] & mask_) * kTagCount * 2;
      for (int t = 0; t < kTagCount; ++t) raw[t] += int16_t(uint16_t(w[2 * t] | (w[2 * t + 1] << 8)));
    }
    float score[kTagCount];
    for (int t = 0; t < kTagCount; ++t) score[t] = float(raw[t]) * scale_;
    int best = best_valid_tag(prev, score);
    if (confidence) {
      // Softmax probability of the chosen tag among the valid ones; perceptron scores are
      // uncalibrated, the temperature only spreads them over [0, 1] usefully.
      constexpr double kTemperature = 4.0;
      double z = 0;
      for (int t = 0; t < kTagCount; ++t)
        if (valid_transition(prev, t)) z += std::exp(double(score[t] - score[best]) / kTemperature);
      (*confidence)[i] = float(1.0 / z);
    }
    tags[i] = uint8_t(best);
    prev2 = prev;
    prev = best;
  }
  return tags;
}

std::vector<Candidate> tags_to_candidates(const std::vector<uint8_t>& tags,
                                          const std::vector<float>& confidence,
                                          const std::vector<TokenInfo>& toks) {
  std::vector<Candidate> out;
  for (size_t i = 0; i < tags.size();) {
    if (!tag_begins(tags[i])) {
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
    out.push_back({uint32_t(i), uint32_t(j), 0, tag_type(tags[i]), Source::model,
                   sum / float(j - i + 1)});
    i = j + 1;
  }
  return out;
}

}  // namespace aa::ner
