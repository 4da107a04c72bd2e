// Trains the entity tagger: a structured averaged perceptron over the linear-chain model of
// wasm/src/entities/model.cpp (same hashed features, same Viterbi decoder), and writes the
// quantized model wasm/data/ner_model.bin.
//
//   ner_train SHARED_DATA_DIR OUT.bin [epochs=10] [log2_buckets=16] [dev|ship|cv]
//
// `dev` (default) trains on ANERcorp's train split minus our dev slice (its last 10% of
// sentences) and reports entity F1 on that slice after each epoch: every setting was chosen
// there. `ship` trains the same way on all of ANERcorp's train split (no dev figure then).
// `cv` scores five-fold cross-validation over our train part (no model written).
// Extra corpora (Wikipedia, other conventions) join with NER_EXTRA=wikifane,aqmar and a
// per-update weight NER_EXTRA_WEIGHT (default 0.5). NewsFANE is never read: its newswire is
// ANERcorp's, re-annotated, so the part of it not in ANERcorp's train file is very probably
// ANERcorp's held-out test split.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/internal.h"
#include "ner_data.h"

using namespace aa;
using namespace aa::ner;
using namespace aa::ner_tools;

namespace {

// One sentence: the perceptron learns from each sentence's errors (a whole document would
// give one update for many mistakes). Features are computed on the whole document first.
struct Example {
  std::vector<TokenInfo> toks;  // views into the Analyzed text
  std::vector<uint8_t> gold;
  std::vector<FeatureSet> feats;
  float weight = 1.0f;
};

struct Prepared {
  std::deque<Analyzed> analyzed;  // owns the text the TokenInfo views point into (never moves)
  std::vector<Example> examples;
};

void prepare(const std::vector<Doc>& docs, const Resources& res, float weight, Prepared& out) {
  for (size_t di = 0; di < docs.size(); ++di) {
    const Doc& d = docs[di];
    out.analyzed.push_back(analyze(d));
    const Analyzed& a = out.analyzed.back();
    std::vector<TokenInfo> toks = token_infos(a.doc, res.lexicon);
    // NER_ABLATE=clusters,names: train and score without a feature family (for the README).
    static const std::string ablate = std::getenv("NER_ABLATE") ? std::getenv("NER_ABLATE") : "";
    for (TokenInfo& t : toks) {
      if (ablate.find("clusters") != std::string::npos) t.cluster = -1;
      if (ablate.find("names") != std::string::npos) t.name_types = 0;
      if (ablate.find("lists") != std::string::npos) t.name_lists = 0;
    }
    std::vector<uint8_t> gold = token_tags(a);
    std::vector<Candidate> gaz = match_gazetteer(toks, res.lexicon);
    std::vector<Candidate> rules = apply_rules(toks, res.lexicon, gaz);
    LayerTags lt = layer_tags(toks, gaz, rules);
    for (size_t i = 0; i < toks.size();) {
      size_t j = i;
      // A gold entity never spans a sentence break, but stay safe: cut only before a B or O.
      while (j < toks.size() && (j == i || toks[j].sentence == toks[i].sentence ||
                                 ((gold[j] & 1) == 0 && gold[j] != O)))
        ++j;
      Example ex;
      ex.weight = weight;
      ex.toks.assign(toks.begin() + long(i), toks.begin() + long(j));
      ex.gold.assign(gold.begin() + long(i), gold.begin() + long(j));
      ex.feats.resize(j - i);
      for (size_t k = i; k < j; ++k) static_features(toks, lt, k, ex.feats[k - i]);
      out.examples.push_back(std::move(ex));
      i = j;
    }
  }
}

// Weights ship as int8 codes of one step. Most of a perceptron's weights are small and rarely
// decide anything: zeroing those under 1.5 steps and using a quarter of int8's levels leaves
// the model's download (stored sparsely) 61 KB gzipped instead of 200 KB. Measured on dev: F1 76.6
// vs 76.7, and 76.4 vs 76.5 in cross-validation (build-scripts/eval-ner.sh); halving the levels
// again or zeroing under 2.5 steps costs most of a point.
constexpr float kLevels = 127.0f / 4;
constexpr float kMinLevel = 1.5f;
struct Quantizer {
  float step = 1.0f;
  explicit Quantizer(const std::vector<float>& w) {
    float maxw = 0;
    for (float x : w) maxw = std::max(maxw, std::fabs(x));
    step = maxw > 0 ? maxw / kLevels : 1.0f;
  }
  int8_t code(float w) const {
    if (std::fabs(w) < kMinLevel * step) return 0;
    long v = std::lround(w / step);
    return int8_t(std::max(-127L, std::min(127L, v)));
  }
};

// Averaged perceptron weights with lazy averaging (each weight remembers when it last changed).
class Perceptron {
 public:
  explicit Perceptron(uint32_t log2)
      : mask_((1u << log2) - 1),
        w_((size_t(1) << log2) * kTagCount),
        total_(w_.size()),
        stamp_(w_.size()) {
    trans_.fill(0.0f);
    trans_total_.fill(0.0);
  }

  void emissions(const Example& ex, std::vector<float>& emit) const {
    emit.assign(ex.toks.size() * kTagCount, 0.0f);
    for (size_t i = 0; i < ex.toks.size(); ++i) {
      float* s = &emit[i * kTagCount];
      const FeatureSet& fs = ex.feats[i];
      for (int f = 0; f < fs.n; ++f) {
        const float* w = &w_[size_t(fs.h[f] & mask_) * kTagCount];
        for (int t = 0; t < kTagCount; ++t) s[t] += w[t];
      }
    }
  }
  std::vector<uint8_t> decode(const Example& ex) const {
    std::vector<float> emit;
    emissions(ex, emit);
    return viterbi(emit, ex.toks.size(), trans_);
  }
  void update(const FeatureSet& fs, int tag, float delta) {
    for (int f = 0; f < fs.n; ++f) {
      size_t k = size_t(fs.h[f] & mask_) * kTagCount + size_t(tag);
      total_[k] += double(now_ - stamp_[k]) * w_[k];
      stamp_[k] = now_;
      w_[k] += delta;
    }
  }
  void update_transition(int prev, int tag, float delta) {
    trans_[size_t(prev * kTagCount + tag)] += delta;
  }
  // One training sequence seen: transitions are few, so they are averaged eagerly.
  void tick() {
    ++now_;
    for (size_t k = 0; k < trans_.size(); ++k) trans_total_[k] += trans_[k];
  }
  void average() {
    for (size_t k = 0; k < w_.size(); ++k) {
      total_[k] += double(now_ - stamp_[k]) * w_[k];
      stamp_[k] = now_;
      w_[k] = float(total_[k] / double(now_ ? now_ : 1));
    }
    for (size_t k = 0; k < trans_.size(); ++k)
      trans_[k] = float(trans_total_[k] / double(now_ ? now_ : 1));
  }
  // Adding one constant to a feature's weights for every tag changes no decision: removing
  // each bucket's mean leaves smaller values to quantize.
  void center() {
    for (size_t b = 0; b < w_.size(); b += kTagCount) {
      float mean = 0;
      for (int t = 0; t < kTagCount; ++t) mean += w_[b + size_t(t)];
      mean /= kTagCount;
      for (int t = 0; t < kTagCount; ++t) w_[b + size_t(t)] -= mean;
    }
  }
  // Rounds every weight to the shipped code (see quantize()), so that cross-validation scores
  // the model as it will be loaded.
  void snap(const Quantizer& q) {
    for (float& w : w_) w = float(q.code(w)) * q.step;
  }
  // Sums and scales whole models (train_perceptron's mean of several).
  void add(const Perceptron& o) {
    for (size_t k = 0; k < w_.size(); ++k) w_[k] += o.w_[k];
    for (size_t k = 0; k < trans_.size(); ++k) trans_[k] += o.trans_[k];
  }
  void scale(float f) {
    for (float& w : w_) w *= f;
    for (float& w : trans_) w *= f;
  }
  const std::vector<float>& weights() const { return w_; }
  const Transitions& transitions() const { return trans_; }

 private:
  uint32_t mask_;
  std::vector<float> w_;
  std::vector<double> total_;
  std::vector<uint64_t> stamp_;
  Transitions trans_;
  std::array<double, (kTagCount + 1) * kTagCount> trans_total_;
  uint64_t now_ = 0;
};

// One perceptron step on a sentence.
void train_one(Perceptron& p, const Example& ex, size_t& errors) {
  p.tick();
  std::vector<uint8_t> pred = p.decode(ex);
  if (pred == ex.gold) return;
  const float d = ex.weight;
  int gp = kStart, pp = kStart;
  for (size_t i = 0; i < pred.size(); ++i) {
    int g = ex.gold[i], y = pred[i];
    if (g != y) {
      ++errors;
      p.update(ex.feats[i], g, d);
      p.update(ex.feats[i], y, -d);
    }
    if (g != y || gp != pp) {
      p.update_transition(gp, g, d);
      p.update_transition(pp, y, -d);
    }
    gp = g, pp = y;
  }
}

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double p() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double r() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f1() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0; }
};

std::vector<std::array<uint32_t, 3>> spans(const std::vector<uint8_t>& tags) {
  std::vector<std::array<uint32_t, 3>> out;
  for (size_t i = 0; i < tags.size();) {
    if (!tag_begins(tags[i]) || !tag_reported(tags[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < tags.size() && tags[j + 1] == tags[i] + 1) ++j;
    out.push_back({uint32_t(i), uint32_t(j), tags[i]});
    i = j + 1;
  }
  return out;
}

// Entity F1 over analyzer tokens (the tagger alone; tools/ner/ner_eval scores the whole
// recognizer on corpus words).
template <typename Decode>
Counts report(const char* what, const std::vector<Example>& dev, Decode decode) {
  Counts all, by[3];
  for (const Example& ex : dev) {
    auto g = spans(ex.gold), s = spans(decode(ex));
    for (auto& x : s) {
      bool hit = std::find(g.begin(), g.end(), x) != g.end();
      (hit ? all.tp : all.fp)++;
      (hit ? by[(x[2] - 1) / 2].tp : by[(x[2] - 1) / 2].fp)++;
    }
    for (auto& x : g)
      if (std::find(s.begin(), s.end(), x) == s.end()) all.fn++, by[(x[2] - 1) / 2].fn++;
    // NER_DEBUG=1: every missed and spurious span with its sentence.
    if (std::getenv("NER_DEBUG")) {
      auto words = [&](uint32_t a, uint32_t b) {
        std::u16string w;
        for (uint32_t k = a; k <= b; ++k) w += std::u16string(ex.toks[k].word) + u" ";
        return utf16_to_utf8(w);
      };
      for (auto& x : g)
        if (std::find(s.begin(), s.end(), x) == s.end())
          std::fprintf(stderr, "FN %s %s\n", entity_type_name(tag_type(x[2])),
                       words(x[0], x[1]).c_str());
      for (auto& x : s)
        if (std::find(g.begin(), g.end(), x) == g.end())
          std::fprintf(stderr, "FP %s %s\n", entity_type_name(tag_type(x[2])),
                       words(x[0], x[1]).c_str());
    }
  }
  std::fprintf(stderr, "%s: F1 %.4f (P %.3f R %.3f)  PER %.3f  LOC %.3f  ORG %.3f\n", what,
               all.f1(), all.p(), all.r(), by[0].f1(), by[1].f1(), by[2].f1());
  return all;
}

// One averaged perceptron over the examples in an order shuffled from `seed`.
Perceptron train_shuffled(const std::vector<Example>& examples, int epochs, uint32_t log2,
                          uint32_t seed) {
  Perceptron p(log2);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(seed);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t errors = 0;
    for (size_t idx : order) train_one(p, examples[idx], errors);
    std::fprintf(stderr, "epoch %d: %zu token errors\n", epoch + 1, errors);
  }
  p.average();
  return p;
}

// The mean of kBags perceptrons trained in different orders. Measured: five-fold CV 77.1 with
// three (77.0 with one or five), and weights small enough to quantize to zero more often, so
// the model downloads in 46.8 KB gzipped instead of 51.1 with one.
constexpr int kBags = 3;
Perceptron train_perceptron(const std::vector<Example>& examples, int epochs, uint32_t log2) {
  Perceptron p = train_shuffled(examples, epochs, log2, 12345);
  for (int b = 1; b < kBags; ++b) p.add(train_shuffled(examples, epochs, log2, 12345 + 7919 * b));
  p.scale(1.0f / kBags);
  return p;
}

std::vector<std::string> split_list(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  for (const char* c = s ? s : "";; ++c) {
    if (*c == ',' || *c == 0) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      if (*c == 0) break;
    } else {
      cur += *c;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s SHARED_DATA_DIR OUT.bin [epochs] [log2_buckets] [dev|ship]\n",
                 argv[0]);
    return 2;
  }
  std::string data = argv[1], out_path = argv[2];
  int epochs = argc > 3 ? std::atoi(argv[3]) : 10;
  uint32_t log2 = argc > 4 ? uint32_t(std::atoi(argv[4])) : 16;
  bool ship = argc > 5 && std::string(argv[5]) == "ship";
  bool cv = argc > 5 && std::string(argv[5]) == "cv";
  const char* extra_weight_env = std::getenv("NER_EXTRA_WEIGHT");
  float extra_weight = extra_weight_env ? float(std::atof(extra_weight_env)) : 0.5f;

  Resources res = Resources::load({});  // lexicon only: it trains the model
  Prepared train, dev;
  const std::string anercorp = data + "/anercorp/train.txt";
  std::vector<Doc> news_docs = load_anercorp(anercorp, Split::train);
  std::vector<Doc> dev_docs = load_anercorp(anercorp, Split::dev);
  if (ship) news_docs.insert(news_docs.end(), dev_docs.begin(), dev_docs.end());
  prepare(news_docs, res, 1.0f, train);
  if (!ship) prepare(dev_docs, res, 1.0f, dev);
  const size_t n_news_examples = train.examples.size();
  for (const std::string& extra : split_list(std::getenv("NER_EXTRA"))) {
    if (extra == "wikifane") {
      // Its test slice stays out so ner_eval can report it.
      for (Split s : {Split::train, Split::dev})
        prepare(load_fane(data + "/wikifane/WikiFANE_Gold_2014_500K.txt", s), res, extra_weight,
                train);
    } else if (extra == "aqmar") {
      prepare(load_aqmar(data + "/aqmar/conll", Split::train), res, extra_weight, train);
    } else {
      std::fprintf(stderr, "unknown NER_EXTRA corpus %s\n", extra.c_str());
      return 2;
    }
  }
  size_t ntok = 0;
  for (auto& e : train.examples) ntok += e.toks.size();
  std::fprintf(stderr, "train: %zu sequences, %zu tokens; dev: %zu sequences\n",
               train.examples.size(), ntok, dev.examples.size());

  if (cv) {
    // Five contiguous blocks of our train part, each scored by a model trained on the others
    // (the extra corpora always train): a steadier signal for choices than one dev slice.
    Counts total;
    size_t n = train.examples.size(), base = n_news_examples;
    for (int k = 0; k < 5; ++k) {
      size_t lo = base * size_t(k) / 5, hi = base * size_t(k + 1) / 5;
      std::vector<Example> tr, te;
      for (size_t i = 0; i < n; ++i) (i >= lo && i < hi ? te : tr).push_back(train.examples[i]);
      Perceptron fp = train_perceptron(tr, epochs, log2);
      fp.center();
      fp.snap(Quantizer(fp.weights()));
      Counts c = report("  fold", te, [&](const Example& ex) { return fp.decode(ex); });
      total.tp += c.tp, total.fp += c.fp, total.fn += c.fn;
    }
    std::fprintf(stderr, "cv: F1 %.4f (P %.3f R %.3f)\n", total.f1(), total.p(), total.r());
    return 0;
  }
  Perceptron p = train_perceptron(train.examples, epochs, log2);
  if (!ship)
    report("  dev (averaged)", dev.examples, [&](const Example& ex) { return p.decode(ex); });
  p.center();

  const Quantizer quant(p.weights());
  const float scale = quant.step;
  std::vector<int8_t> q(p.weights().size(), 0);
  size_t nonzero = 0;
  for (size_t k = 0; k < q.size(); ++k) {
    q[k] = quant.code(p.weights()[k]);
    nonzero += q[k] != 0;
  }
  {
    std::ofstream out(out_path, std::ios::binary);
    out.write(kModelMagic, sizeof(kModelMagic));
    out.write(reinterpret_cast<const char*>(&log2), 4);
    out.write(reinterpret_cast<const char*>(&scale), 4);
    out.write(reinterpret_cast<const char*>(p.transitions().data()), sizeof(Transitions));
    const std::string sparse = encode_weights(q);
    out.write(sparse.data(), std::streamsize(sparse.size()));
  }
  std::fprintf(stderr, "wrote %s: %zu weights, %zu non-zero\n", out_path.c_str(), q.size(),
               nonzero);
  // Check the file as the runtime reads it.
  std::ifstream in(out_path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Tagger tagger;
  if (!tagger.load(bytes)) {
    std::fprintf(stderr, "error: the written model does not load\n");
    return 1;
  }
  if (!ship) {
    // The tagger alone, sentence by sentence, without the document-level steps (linking,
    // clause marks, name chains) the pipeline adds: eval-ner.sh's "+model+link" row is the
    // shipped figure; this one checks that quantizing and loading lost nothing.
    report("dev, tagger alone as loaded (quantized, per sentence)", dev.examples,
           [&](const Example& ex) {
             std::vector<Candidate> gaz = match_gazetteer(ex.toks, res.lexicon);
             LayerTags lt = layer_tags(ex.toks, gaz, apply_rules(ex.toks, res.lexicon, gaz));
             return tagger.decode(ex.toks, lt, nullptr);
           });
  }
  return 0;
}
