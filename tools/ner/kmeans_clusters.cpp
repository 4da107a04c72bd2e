// Word clusters for the entity tagger, learned without labels: groups fastText word vectors
// with hierarchical spherical k-means and prints the data file wasm/data/ner_clusters.tsv
// (run by build-scripts/build-ner-clusters.sh).
//
//   ner_kmeans_clusters VECTORS.vec TOKENS.txt [MIN_COUNT=3] [MAX_WORDS=30000] [FASTTEXT_SETTINGS]
//
// VECTORS.vec is fastText's text output ("count dim", then "word v1 ... vdim"); TOKENS.txt is
// what it was trained on (ner_dump_tokens), read again for word frequencies. The most frequent
// MAX_WORDS words seen at least MIN_COUNT times are clustered into 32 coarse clusters, each
// split into up to 16 fine ones; a word's id is coarse * 16 + fine, so the tagger can use
// both granularities from one number (coarse = id >> 4). FASTTEXT_SETTINGS is only copied
// into the file's header. Deterministic: fixed seed, fixed iteration order.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

constexpr int kCoarse = 32, kFine = 16;  // ids fit in [0, 512)
constexpr int kIterations = 20;
constexpr unsigned kSeed = 20240601;

// Unit vectors, one row per word.
struct Matrix {
  size_t dim = 0;
  std::vector<float> v;
  const float* row(size_t i) const { return &v[i * dim]; }
  float* row(size_t i) { return &v[i * dim]; }
};

float dot(const float* a, const float* b, size_t dim) {
  float s = 0;
  for (size_t k = 0; k < dim; ++k) s += a[k] * b[k];
  return s;
}

void normalize(float* a, size_t dim) {
  float n = std::sqrt(dot(a, a, dim));
  if (n > 0)
    for (size_t k = 0; k < dim; ++k) a[k] /= n;
}

// Spherical k-means over the rows `items` of `m`; returns the cluster in [0, k) of each item.
// Cosine similarity to the (renormalized) centroid; k-means++ seeding, where for unit vectors
// 1 - cos is half the squared Euclidean distance, so sampling by it is the usual D^2 rule.
std::vector<int> spherical_kmeans(const Matrix& m, const std::vector<size_t>& items, int k,
                                  std::mt19937& rng) {
  const size_t n = items.size(), dim = m.dim;
  std::vector<int> assign(n, 0);
  if (k <= 1 || n == 0) return assign;
  if (size_t(k) >= n) {
    for (size_t i = 0; i < n; ++i) assign[i] = int(i);
    return assign;
  }
  Matrix c;
  c.dim = dim;
  c.v.assign(size_t(k) * dim, 0.0f);

  // k-means++: the first center uniformly, then each next one with probability ~ distance
  // to the nearest chosen center.
  std::vector<float> best_sim(n, -2.0f);
  std::uniform_int_distribution<size_t> first(0, n - 1);
  size_t pick = first(rng);
  for (int j = 0; j < k; ++j) {
    std::copy(m.row(items[pick]), m.row(items[pick]) + dim, c.row(size_t(j)));
    if (j + 1 == k) break;
    double total = 0;
    std::vector<double> weight(n);
    for (size_t i = 0; i < n; ++i) {
      best_sim[i] = std::max(best_sim[i], dot(m.row(items[i]), c.row(size_t(j)), dim));
      weight[i] = std::max(0.0, 1.0 - double(best_sim[i]));
      total += weight[i];
    }
    if (total <= 0) {  // all remaining points coincide with centers: any distinct index will do
      pick = (pick + 1) % n;
      continue;
    }
    double r = std::uniform_real_distribution<double>(0.0, total)(rng);
    pick = n - 1;
    for (size_t i = 0; i < n; ++i) {
      r -= weight[i];
      if (r < 0) {
        pick = i;
        break;
      }
    }
  }

  std::vector<float> sim(n);
  std::vector<size_t> members(static_cast<size_t>(k));
  for (int it = 0; it < kIterations; ++it) {
    size_t changed = 0;
    for (size_t i = 0; i < n; ++i) {
      const float* x = m.row(items[i]);
      int best = 0;
      float bs = -2.0f;
      for (int j = 0; j < k; ++j) {
        float s = dot(x, c.row(size_t(j)), dim);
        if (s > bs) bs = s, best = j;
      }
      if (it == 0 || best != assign[i]) ++changed;
      assign[i] = best;
      sim[i] = bs;
    }
    if (changed == 0) break;
    std::fill(c.v.begin(), c.v.end(), 0.0f);
    std::fill(members.begin(), members.end(), 0);
    for (size_t i = 0; i < n; ++i) {
      float* cj = c.row(size_t(assign[i]));
      const float* x = m.row(items[i]);
      for (size_t d = 0; d < dim; ++d) cj[d] += x[d];
      ++members[size_t(assign[i])];
    }
    for (int j = 0; j < k; ++j) {
      if (members[size_t(j)] == 0) {
        // An empty cluster restarts at the worst-fitting point so that all k ids stay used.
        size_t worst = size_t(std::min_element(sim.begin(), sim.end()) - sim.begin());
        std::copy(m.row(items[worst]), m.row(items[worst]) + dim, c.row(size_t(j)));
        sim[worst] = 2.0f;
      }
      normalize(c.row(size_t(j)), dim);
    }
  }
  return assign;
}

// Frequency of every whitespace-separated token.
std::unordered_map<std::string, size_t> count_tokens(const std::string& path) {
  std::unordered_map<std::string, size_t> freq;
  std::ifstream in(path);
  std::string w;
  while (in >> w) ++freq[w];
  return freq;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 6) {
    std::fprintf(stderr,
                 "usage: %s VECTORS.vec TOKENS.txt [MIN_COUNT=3] [MAX_WORDS=30000] "
                 "[FASTTEXT_SETTINGS] > clusters.tsv\n",
                 argv[0]);
    return 2;
  }
  const std::string vec_path = argv[1], tokens_path = argv[2];
  const size_t min_count = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 3;
  const size_t max_words = argc > 4 ? std::strtoul(argv[4], nullptr, 10) : 30000;
  const std::string settings = argc > 5 ? argv[5] : "not recorded";

  const std::unordered_map<std::string, size_t> freq = count_tokens(tokens_path);
  if (freq.empty()) {
    std::fprintf(stderr, "%s: no tokens\n", tokens_path.c_str());
    return 1;
  }

  std::ifstream in(vec_path);
  size_t count = 0, dim = 0;
  if (!(in >> count >> dim) || dim == 0) {
    std::fprintf(stderr, "%s: not a fastText .vec file\n", vec_path.c_str());
    return 1;
  }
  struct Entry {
    std::string word;
    size_t freq;
    std::vector<float> vec;
  };
  std::vector<Entry> entries;
  std::string line;
  std::getline(in, line);  // rest of the header line
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    Entry e;
    if (!(ls >> e.word)) continue;
    auto f = freq.find(e.word);
    // Not in the dump: fastText's end-of-line token "</s>".
    if (f == freq.end() || f->second < min_count) continue;
    e.freq = f->second;
    e.vec.resize(dim);
    for (float& x : e.vec)
      if (!(ls >> x)) {
        std::fprintf(stderr, "%s: short vector for %s\n", vec_path.c_str(), e.word.c_str());
        return 1;
      }
    entries.push_back(std::move(e));
  }
  // Most frequent first; ties by word so the cut does not depend on the .vec order.
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.freq != b.freq ? a.freq > b.freq : a.word < b.word;
  });
  if (entries.size() > max_words) entries.resize(max_words);
  if (entries.empty()) {
    std::fprintf(stderr, "no word has both a vector and %zu occurrences\n", min_count);
    return 1;
  }
  const size_t min_freq = entries.back().freq;

  Matrix m;
  m.dim = dim;
  m.v.reserve(entries.size() * dim);
  for (Entry& e : entries) {
    m.v.insert(m.v.end(), e.vec.begin(), e.vec.end());
    normalize(m.row(m.v.size() / dim - 1), dim);
    e.vec = {};
  }

  std::mt19937 rng(kSeed);
  std::vector<size_t> all(entries.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  const std::vector<int> coarse = spherical_kmeans(m, all, kCoarse, rng);
  std::vector<int> id(entries.size());
  for (int c = 0; c < kCoarse; ++c) {
    std::vector<size_t> members;
    for (size_t i = 0; i < all.size(); ++i)
      if (coarse[i] == c) members.push_back(i);
    const std::vector<int> fine = spherical_kmeans(m, members, kFine, rng);
    for (size_t i = 0; i < members.size(); ++i) id[members[i]] = c * kFine + fine[i];
  }

  std::vector<size_t> order(all);
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return entries[a].word < entries[b].word; });
  std::printf(
      "# Word clusters for the entity tagger's features, learned without labels so that unseen\n"
      "# names (transliterations above all) share a feature with names seen in training.\n"
      "# id<TAB>words, one line per cluster: its words (sorted, space-separated) are the analyzer\n"
      "# token's article-free stem (TokenInfo::stem); id in [0,512) is coarse * 16 + fine (coarse\n"
      "# cluster of 32 = id >> 4, fine cluster of up to 16 within it). Spherical (cosine) "
      "k-means,\n"
      "# k-means++ seeding, fixed seed, over the %zu most frequent words (minimum count %zu; the\n"
      "# rarest kept word occurs %zu times).\n"
      "# generated by build-scripts/build-data.sh (clusters: build-ner-clusters.sh) — do not "
      "edit.\n"
      "# Vectors: fastText skipgram (%s) on the stems of\n"
      "#   - ANERcorp train split minus our dev slice (Benajiba, Rosso and Benedi 2007; CAMeL Lab\n"
      "#     split), CC BY-SA 4.0\n"
      "#   - WikiFANE Gold train and dev slices (Alotaibi and Lee, COLING 2014), CC BY-SA 3.0\n"
      "#   - AQMAR Arabic Wikipedia NE corpus training articles (Mohit et al., CMU), CC BY-SA 3.0\n"
      "# Licence: a derived work of these corpora, distributed under CC BY-SA 4.0\n"
      "# (https://creativecommons.org/licenses/by-sa/4.0/).\n",
      entries.size(), min_count, min_freq, settings.c_str());
  // One line per cluster: the id is not repeated for each of its words (12% of the file
  // gzipped, which the wasm download pays).
  for (int c = 0; c < kCoarse * kFine; ++c) {
    bool first = true;
    for (size_t i : order) {
      if (id[i] != c) continue;
      if (first)
        std::printf("%d\t%s", c, entries[i].word.c_str());
      else
        std::printf(" %s", entries[i].word.c_str());
      first = false;
    }
    if (!first) std::printf("\n");
  }

  std::vector<size_t> sizes(kCoarse * kFine);
  for (int x : id) ++sizes[size_t(x)];
  size_t used = size_t(std::count_if(sizes.begin(), sizes.end(), [](size_t s) { return s > 0; }));
  std::fprintf(stderr, "clusters: %zu words (frequency >= %zu), %zu of %d ids used, largest %zu\n",
               entries.size(), min_freq, used, kCoarse * kFine,
               *std::max_element(sizes.begin(), sizes.end()));
  return std::fflush(stdout) == 0 ? 0 : 1;
}
