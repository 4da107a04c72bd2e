// The entity tagger's decoder: exact (the best valid tag sequence, found by brute force on
// short inputs) and never an I- tag after O or after another type, whatever the scores say.
// The decoder is internal, so it is tested here directly; its effect on results is covered by
// the shared cases (tests/cases/entities.json) in both builds.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "entities/internal.h"

namespace {

using aa::ner::kStart;
using aa::ner::kTagCount;
using aa::ner::Transitions;
using aa::ner::valid_transition;

bool valid_sequence(const std::vector<uint8_t>& tags) {
  int prev = kStart;
  for (uint8_t t : tags) {
    if (!valid_transition(prev, t)) return false;
    prev = t;
  }
  return true;
}

float score(const std::vector<float>& emit, const Transitions& trans,
            const std::vector<uint8_t>& tags) {
  float s = 0;
  int prev = kStart;
  for (size_t i = 0; i < tags.size(); ++i) {
    s += trans[size_t(prev * kTagCount + tags[i])] + emit[i * kTagCount + tags[i]];
    prev = tags[i];
  }
  return s;
}

// The best valid sequence by enumerating all kTagCount^n of them.
float brute_force_best(const std::vector<float>& emit, const Transitions& trans, size_t n) {
  std::vector<uint8_t> tags(n, 0);
  float best = -1e30f;
  while (true) {
    if (valid_sequence(tags)) best = std::max(best, score(emit, trans, tags));
    size_t k = 0;
    while (k < n && ++tags[k] == kTagCount) tags[k++] = 0;
    if (k == n) return best;
  }
}

TEST(Viterbi, FindsTheBestValidSequence) {
  std::mt19937 rng(7);
  std::normal_distribution<float> g(0.0f, 3.0f);
  for (size_t n = 1; n <= 5; ++n) {
    for (int trial = 0; trial < 20; ++trial) {
      std::vector<float> emit(n * kTagCount);
      Transitions trans;
      for (float& x : emit) x = g(rng);
      for (float& x : trans) x = g(rng);
      std::vector<float> margin;
      std::vector<uint8_t> tags = aa::ner::viterbi(emit, n, trans, &margin);
      ASSERT_EQ(tags.size(), n);
      EXPECT_TRUE(valid_sequence(tags));
      EXPECT_NEAR(score(emit, trans, tags), brute_force_best(emit, trans, n), 1e-3);
      for (float m : margin) EXPECT_GE(m, -1e-3f);  // no other tag gives a better path
    }
  }
}

TEST(Viterbi, NeverPutsAnInsideTagAfterOutsideOrAnotherType) {
  // Scores that reward exactly the invalid choices a greedy decoder would make: I-PER after O,
  // I-LOC right after B-PER, I-ORG at the start.
  const size_t n = 6;
  std::vector<float> emit(n * kTagCount, 0.0f);
  auto at = [&](size_t i, int t) -> float& { return emit[i * kTagCount + size_t(t)]; };
  at(0, aa::ner::I_ORG) = 50;
  at(1, aa::ner::O) = 10;
  at(2, aa::ner::I_PER) = 50;
  at(3, aa::ner::B_PER) = 20;
  at(4, aa::ner::I_LOC) = 50;
  at(5, aa::ner::I_MISC) = 50;
  Transitions trans;
  trans.fill(0.0f);
  std::vector<uint8_t> tags = aa::ner::viterbi(emit, n, trans);
  EXPECT_TRUE(valid_sequence(tags));
  EXPECT_NEAR(score(emit, trans, tags), brute_force_best(emit, trans, n), 1e-3);
}

TEST(Viterbi, LongInputsStayValid) {
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> u(-5.0f, 5.0f);
  const size_t n = 100000;
  std::vector<float> emit(n * kTagCount);
  Transitions trans;
  for (float& x : emit) x = u(rng);
  for (float& x : trans) x = u(rng);
  std::vector<uint8_t> tags = aa::ner::viterbi(emit, n, trans);
  EXPECT_TRUE(valid_sequence(tags));
}

}  // namespace

// The shipped weights are stored sparsely; a model that decodes to other weights, or a
// truncated one, would silently change every entity, so loading must reject it.
TEST(ModelWeights, SparseEncodingRoundTripsAndRejectsDamage) {
  std::mt19937 rng(7);
  std::vector<int8_t> dense(9 * 4096, 0);
  for (size_t k = 0; k < dense.size(); k += 1 + rng() % 300)
    dense[k] = int8_t(int(rng() % 255) - 127);
  dense.back() = 5;  // the last tag (the one in the bit planes) of the last bucket
  std::string bytes = aa::ner::encode_weights(dense);
  std::optional<std::vector<int8_t>> back = aa::ner::decode_weights(bytes, dense.size());
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, dense);

  EXPECT_FALSE(aa::ner::decode_weights(bytes, dense.size() - 1));
  EXPECT_FALSE(aa::ner::decode_weights(bytes, dense.size() - 9));
  EXPECT_FALSE(aa::ner::decode_weights(bytes.substr(0, bytes.size() - 1), dense.size()));
  EXPECT_FALSE(aa::ner::decode_weights(std::string(8, '\xff'), dense.size()));
}
