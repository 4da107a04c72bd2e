// Trains the entity tagger (averaged perceptron, greedy left-to-right decoding, hashed
// features shared with the runtime in wasm/src/entities_model.cpp) and writes the
// quantized model wasm/data/ner_model.bin.
//
//   ner_train SHARED_DATA_DIR OUT.bin [epochs=8] [log2_buckets=18] [with-dev]
//
// Trains on the AQMAR training articles and the first 70% of NewsFANE; reports entity F1
// on the NewsFANE dev slice (70-85%) after each epoch (settings were chosen there). With
// `with-dev` the dev slice is added to the training data for the shipped model (its dev
// figures are then meaningless). Test data is never read here.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "../../wasm/src/entities_internal.h"
#include "ner_data.h"

using namespace aa;
using namespace aa::ner;
using namespace aa::ner_tools;

namespace {

struct Example {
  std::vector<TokenInfo> toks;  // views into `text`
  std::vector<uint8_t> gold;
  std::vector<FeatureSet> feats;
};

struct Prepared {
  std::deque<Analyzed> analyzed;  // owns the text the TokenInfo views point into (never moves)
  std::vector<Example> examples;
};

void prepare(const std::vector<Doc>& docs, const Resources& res, Prepared& out) {
  for (const Doc& d : docs) {
    out.analyzed.push_back(analyze(d));
    const Analyzed& a = out.analyzed.back();
    Example ex;
    ex.toks = token_infos(a.doc, res.lexicon);
    ex.gold = token_tags(a);
    std::vector<Candidate> gaz = match_gazetteer(ex.toks, res.lexicon);
    std::vector<Candidate> rules = apply_rules(ex.toks, res.lexicon, gaz);
    LayerTags lt = layer_tags(ex.toks.size(), gaz, rules);
    ex.feats.resize(ex.toks.size());
    for (size_t i = 0; i < ex.toks.size(); ++i) static_features(ex.toks, lt, i, ex.feats[i]);
    out.examples.push_back(std::move(ex));
  }
}

class Perceptron {
 public:
  explicit Perceptron(uint32_t log2) : mask_((1u << log2) - 1), w_((size_t(1) << log2) * kTagCount),
                                       total_(w_.size()), stamp_(w_.size()) {}

  void scores(const FeatureSet& fs, float* s) const {
    std::fill(s, s + kTagCount, 0.0f);
    for (int f = 0; f < fs.n; ++f) {
      const float* w = &w_[size_t(fs.h[f] & mask_) * kTagCount];
      for (int t = 0; t < kTagCount; ++t) s[t] += w[t];
    }
  }
  void update(const FeatureSet& fs, int tag, float delta) {
    for (int f = 0; f < fs.n; ++f) {
      size_t k = size_t(fs.h[f] & mask_) * kTagCount + size_t(tag);
      total_[k] += double(now_ - stamp_[k]) * w_[k];
      stamp_[k] = now_;
      w_[k] += delta;
    }
  }
  void tick() { ++now_; }
  void average() {
    for (size_t k = 0; k < w_.size(); ++k) {
      total_[k] += double(now_ - stamp_[k]) * w_[k];
      stamp_[k] = now_;
      w_[k] = float(total_[k] / double(now_ ? now_ : 1));
    }
  }
  // Adding one constant to a feature's weights for every tag changes no decision (nor the
  // softmax confidence): removing each bucket's mean leaves smaller values to quantize.
  void center() {
    for (size_t b = 0; b < w_.size(); b += kTagCount) {
      float mean = 0;
      for (int t = 0; t < kTagCount; ++t) mean += w_[b + size_t(t)];
      mean /= kTagCount;
      for (int t = 0; t < kTagCount; ++t) w_[b + size_t(t)] -= mean;
    }
  }
  const std::vector<float>& weights() const { return w_; }
  uint32_t mask() const { return mask_; }

 private:
  uint32_t mask_;
  std::vector<float> w_;
  std::vector<double> total_;
  std::vector<uint64_t> stamp_;
  uint64_t now_ = 0;
};

std::vector<uint8_t> decode(const Perceptron& p, const Example& ex) {
  std::vector<uint8_t> tags(ex.toks.size(), O);
  int prev = O, prev2 = O;
  for (size_t i = 0; i < ex.toks.size(); ++i) {
    FeatureSet fs = ex.feats[i];
    tag_features(ex.toks, i, prev, prev2, fs);
    float s[kTagCount];
    p.scores(fs, s);
    int best = best_valid_tag(prev, s);
    tags[i] = uint8_t(best);
    prev2 = prev;
    prev = best;
  }
  return tags;
}

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double f1() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0; }
};

std::vector<std::array<uint32_t, 3>> spans(const std::vector<uint8_t>& tags) {
  std::vector<std::array<uint32_t, 3>> out;
  for (size_t i = 0; i < tags.size();) {
    if (!tag_begins(tags[i])) { ++i; continue; }
    size_t j = i;
    while (j + 1 < tags.size() && tags[j + 1] == tags[i] + 1) ++j;
    out.push_back({uint32_t(i), uint32_t(j), tags[i]});
    i = j + 1;
  }
  return out;
}

double token_level_f1(const Perceptron& p, const std::vector<Example>& dev) {
  Counts c;
  for (const Example& ex : dev) {
    auto g = spans(ex.gold), s = spans(decode(p, ex));
    for (auto& x : s) (std::find(g.begin(), g.end(), x) != g.end() ? c.tp : c.fp)++;
    for (auto& x : g) if (std::find(s.begin(), s.end(), x) == s.end()) c.fn++;
  }
  return c.f1();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s SHARED_DATA_DIR OUT.bin [epochs] [log2_buckets]\n", argv[0]);
    return 2;
  }
  std::string data = argv[1], out_path = argv[2];
  int epochs = argc > 3 ? std::atoi(argv[3]) : 8;
  uint32_t log2 = argc > 4 ? uint32_t(std::atoi(argv[4])) : 18;
  bool with_dev = argc > 5 && std::string(argv[5]) == "with-dev";

  Resources res = Resources::load();
  Prepared train, dev;
  prepare(load_aqmar(data + "/aqmar/conll", Split::train), res, train);
  prepare(load_newsfane(data + "/newsfane/NewsFANE_Gold_2014_170K.txt", Split::train), res, train);
  prepare(load_newsfane(data + "/newsfane/NewsFANE_Gold_2014_170K.txt", Split::dev), res, dev);
  if (with_dev) prepare(load_newsfane(data + "/newsfane/NewsFANE_Gold_2014_170K.txt", Split::dev), res, train);
  size_t ntok = 0;
  for (auto& e : train.examples) ntok += e.toks.size();
  std::fprintf(stderr, "train: %zu documents, %zu tokens; dev: %zu documents\n", train.examples.size(), ntok,
               dev.examples.size());

  Perceptron p(log2);
  std::vector<size_t> order(train.examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(12345);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t errors = 0;
    for (size_t idx : order) {
      const Example& ex = train.examples[idx];
      int prev = O, prev2 = O;
      for (size_t i = 0; i < ex.toks.size(); ++i) {
        p.tick();
        FeatureSet fs = ex.feats[i];
        tag_features(ex.toks, i, prev, prev2, fs);
        float s[kTagCount];
        p.scores(fs, s);
        int best = best_valid_tag(prev, s);
        int gold = ex.gold[i];
        if (best != gold) {
          ++errors;
          p.update(fs, gold, 1.0f);
          p.update(fs, best, -1.0f);
        }
        prev2 = prev;
        prev = best;
      }
    }
    Perceptron avg = p;
    avg.average();
    std::fprintf(stderr, "epoch %d: %zu token errors, dev entity F1 (tokens) %.4f\n", epoch + 1, errors,
                 token_level_f1(avg, dev.examples));
  }
  p.average();

  // Quantize linearly to int16: the largest weight maps to 32767. Perceptron weights span
  // a few large values (biases, strong cues) and many small ones; 8-bit codes (linear or
  // logarithmic) cost 2-15 F1 points on dev, 16 bits cost nothing measurable.
  float maxw = 0;
  for (float w : p.weights()) maxw = std::max(maxw, std::fabs(w));
  float scale = maxw > 0 ? maxw / 32767.0f : 1.0f;
  std::vector<int16_t> q(p.weights().size(), 0);
  size_t nonzero = 0;
  for (size_t k = 0; k < q.size(); ++k) {
    long v = std::lround(p.weights()[k] / scale);
    q[k] = int16_t(std::max(-32767L, std::min(32767L, v)));
    nonzero += q[k] != 0;
  }
  std::ofstream out(out_path, std::ios::binary);
  out.write(kModelMagic, sizeof(kModelMagic));
  out.write(reinterpret_cast<const char*>(&log2), 4);
  out.write(reinterpret_cast<const char*>(&scale), 4);
  out.write(reinterpret_cast<const char*>(q.data()), std::streamsize(q.size() * sizeof(int16_t)));
  std::fprintf(stderr, "wrote %s: %zu weights, %zu non-zero\n", out_path.c_str(), q.size(), nonzero);
  out.close();
  // Check the file as the runtime reads it.
  std::ifstream in(out_path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Tagger tagger;
  if (!tagger.load(bytes)) {
    std::fprintf(stderr, "error: the written model does not load\n");
    return 1;
  }
  Counts c;
  for (size_t k = 0; k < dev.examples.size(); ++k) {
    const Example& ex = dev.examples[k];
    std::vector<Candidate> gaz = match_gazetteer(ex.toks, res.lexicon);
    LayerTags lt = layer_tags(ex.toks.size(), gaz, apply_rules(ex.toks, res.lexicon, gaz));
    auto g = spans(ex.gold), s = spans(tagger.decode(ex.toks, lt, nullptr));
    for (auto& x : s) (std::find(g.begin(), g.end(), x) != g.end() ? c.tp : c.fp)++;
    for (auto& x : g) if (std::find(s.begin(), s.end(), x) == s.end()) c.fn++;
  }
  std::fprintf(stderr, "quantized model: dev entity F1 (tokens) %.4f\n", c.f1());
  if (std::getenv("NER_CONFUSION")) {
    size_t m[kTagCount][kTagCount] = {};
    for (const Example& ex : dev.examples) {
      std::vector<Candidate> gaz = match_gazetteer(ex.toks, res.lexicon);
      LayerTags lt = layer_tags(ex.toks.size(), gaz, apply_rules(ex.toks, res.lexicon, gaz));
      std::vector<uint8_t> pred = tagger.decode(ex.toks, lt, nullptr);
      for (size_t i = 0; i < pred.size(); ++i) m[ex.gold[i]][pred[i]]++;
    }
    for (int g = 0; g < kTagCount; ++g) {
      for (int t = 0; t < kTagCount; ++t) std::fprintf(stderr, "%7zu", m[g][t]);
      std::fprintf(stderr, "\n");
    }
  }
  return 0;
}
