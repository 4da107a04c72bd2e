// Entity confidences as probabilities. The layers score a mention on scales of their own (the
// tagger's squashed Viterbi margin, fixed values for rules, fractions of a referent's score for
// links); those raw scores stay internal, where thresholds such as linking's are set on them.
// What a caller sees is the raw score mapped through a monotone piecewise-linear curve fitted
// by isotonic regression on held-out news (wasm/data/ner_calibration.tsv, written by
// tools/ner/ner_calibrate.cpp): the probability that the span and the type are both right.
#pragma once

#include <string_view>
#include <vector>

#include "arabic_analyzer/entities.h"

namespace aa::ner {

// One fitted curve: knots with strictly increasing raw scores and non-decreasing
// probabilities; linear between knots, flat beyond the first and the last.
struct CalibrationCurve {
  struct Knot {
    double raw, probability;
  };
  std::vector<Knot> knots;
  double apply(double raw) const;
};

class Calibration {
 public:
  // No curves: raw scores pass through, clamped to [0, 1] (what the fitting tool reads).
  Calibration() = default;
  // The embedded ner_calibration.tsv.
  static Calibration load();
  // A table in the format of ner_calibration.tsv; throws std::runtime_error when a row does
  // not parse, a curve is not monotone, a source and type have two, or the pooled one (* *)
  // is missing.
  explicit Calibration(std::string_view table);

  // The probability for a mention of `type` found by `source` with score `raw`: the curve of
  // that source and type, else of the source, else the pooled one.
  double apply(EntitySource source, EntityType type, double raw) const;

 private:
  // The curve of each source that finds names (gazetteer, rule, model, link) and type (PER,
  // LOC, ORG), empty for none; the last row and column stand for any source, any type (*).
  static constexpr int kSources = 4, kTypes = 3;
  CalibrationCurve curve_of_[kSources + 1][kTypes + 1];
};

}  // namespace aa::ner
