#include "calibration_fit.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace aa::ner_tools {
namespace {

using Knot = ner::CalibrationCurve::Knot;

// A step of the isotonic fit: mentions with scores in [lo, hi], `right` of `n` right.
struct Block {
  double right, n, lo, hi;
  double accuracy() const { return right / n; }
};

Block joined(const Block& a, const Block& b) { return {a.right + b.right, a.n + b.n, a.lo, b.hi}; }

// The tagger's scores crowd towards 1, where floats are 6e-8 apart: eight decimals keep them
// apart. Four are more than the probabilities' own precision on a few hundred mentions.
std::string format_curve(const std::vector<Knot>& knots) {
  std::vector<Knot> rounded;
  for (const Knot& k : knots) {
    Knot r{std::round(std::clamp(k.raw, 0.0, 1.0) * 1e8) / 1e8,
           std::clamp(k.probability, 0.0, 1.0)};
    // Two knots rounded together: the later one, never lower, stands for both.
    if (!rounded.empty() && rounded.back().raw == r.raw) rounded.pop_back();
    rounded.push_back(r);
  }
  std::string out;
  char buf[32];
  for (const Knot& k : rounded) {
    std::snprintf(buf, sizeof buf, "%s%.8f:%.4f", out.empty() ? "" : " ", k.raw, k.probability);
    out += buf;
  }
  return out;
}

std::string row(const char* source, const char* type, const std::vector<Scored>& xs,
                size_t min_step) {
  return std::string(source) + '\t' + type + '\t' + format_curve(isotonic_knots(xs, min_step)) +
         '\n';
}

}  // namespace

std::vector<Knot> isotonic_knots(std::vector<Scored> xs, size_t min_step) {
  std::sort(xs.begin(), xs.end(),
            [](const Scored& a, const Scored& b) { return a.score < b.score; });
  // Equal scores start in one block, since no curve can tell them apart.
  std::vector<Block> blocks;
  for (const Scored& x : xs) {
    if (!blocks.empty() && blocks.back().hi == x.score) {
      blocks.back().right += x.right;
      blocks.back().n += 1;
    } else {
      blocks.push_back({double(x.right), 1, x.score, x.score});
    }
    // Pool adjacent violators: a block less accurate than the one before joins it.
    while (blocks.size() > 1) {
      Block& b = blocks.back();
      Block& a = blocks[blocks.size() - 2];
      if (a.accuracy() <= b.accuracy()) break;
      a = joined(a, b);
      blocks.pop_back();
    }
  }
  // Steps on fewer than `min_step` mentions join the neighbour of closer accuracy (their
  // pooled accuracy lies between the two, so the fit stays monotone).
  auto accuracy = [&](size_t i) { return blocks[i].accuracy(); };
  for (size_t i = 0; i < blocks.size() && blocks.size() > 1;) {
    if (blocks[i].n >= double(min_step)) {
      ++i;
      continue;
    }
    bool with_previous = i + 1 == blocks.size() ||
                         (i > 0 && accuracy(i) - accuracy(i - 1) <= accuracy(i + 1) - accuracy(i));
    size_t a = with_previous ? i - 1 : i;
    blocks[a] = joined(blocks[a], blocks[a + 1]);
    blocks.erase(blocks.begin() + long(a + 1));
    i = a;
  }
  std::vector<Knot> knots;
  for (const Block& b : blocks) {
    knots.push_back({b.lo, b.accuracy()});
    if (b.hi > b.lo) knots.push_back({b.hi, b.accuracy()});
  }
  return knots;
}

std::string fit_table(const std::vector<Scored>& xs, Granularity g, size_t min_examples,
                      size_t min_step) {
  std::string out = row("*", "*", xs, min_step);
  std::map<std::pair<int, int>, std::vector<Scored>> groups;  // (source, type or -1)
  for (const Scored& x : xs) {
    groups[{int(x.source), -1}].push_back(x);
    if (g == Granularity::source_and_type) groups[{int(x.source), int(x.type)}].push_back(x);
  }
  for (const auto& [key, members] : groups) {
    if (members.size() < min_examples) continue;
    const char* type = key.second < 0 ? "*" : entity_type_name(EntityType(key.second));
    out += row(entity_source_name(EntitySource(key.first)), type, members, min_step);
  }
  return out;
}

double reliability(const std::vector<Scored>& xs, const std::vector<double>& confidence,
                   std::FILE* out) {
  constexpr int kBins = 10;
  double n[kBins] = {}, conf[kBins] = {}, right[kBins] = {};
  for (size_t i = 0; i < xs.size(); ++i) {
    int b = std::min(kBins - 1, int(confidence[i] * kBins));
    n[b] += 1, conf[b] += confidence[i], right[b] += xs[i].right;
  }
  std::fprintf(out, "| bin | mentions | mean confidence | accuracy |\n|---|---|---|---|\n");
  double ece = 0;
  for (int b = 0; b < kBins; ++b) {
    std::fprintf(out, "| %.1f-%.1f | %.0f |", b / double(kBins), (b + 1) / double(kBins), n[b]);
    if (n[b] == 0) {
      std::fprintf(out, " | |\n");
      continue;
    }
    std::fprintf(out, " %.3f | %.3f |\n", conf[b] / n[b], right[b] / n[b]);
    ece += std::abs(right[b] - conf[b]) / double(xs.size());
  }
  return ece;
}

}  // namespace aa::ner_tools
