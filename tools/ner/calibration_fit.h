// Fitting and measuring entity confidence calibration (tools/ner/ner_calibrate.cpp): isotonic
// regression by pool-adjacent-violators, the rows of wasm/data/ner_calibration.tsv, and the
// reliability table with its expected calibration error.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "arabic_analyzer/entities.h"
#include "entities/calibration.h"

namespace aa::ner_tools {

// One predicted mention: who found it, its score, and whether its span and type are a gold
// mention's.
struct Scored {
  EntitySource source;
  EntityType type;
  double score;
  bool right;
};

// The isotonic (non-decreasing) least-squares fit of right/wrong against score, each step
// standing on at least `min_step` mentions, as the knots of a piecewise-linear curve: a step
// contributes its lowest and highest score at its accuracy, so the curve is the fit's steps
// joined by straight lines.
std::vector<ner::CalibrationCurve::Knot> isotonic_knots(std::vector<Scored> xs, size_t min_step);

// How finely the table is cut: one curve per source, or per source and type.
enum class Granularity { source, source_and_type };

// The rows of ner_calibration.tsv fitted on `xs`: a curve for each source (and type) with at
// least `min_examples` mentions, and the pooled curve (* *) of all of them, which serves the
// rest; steps as isotonic_knots.
std::string fit_table(const std::vector<Scored>& xs, Granularity g, size_t min_examples,
                      size_t min_step);

// 10 equal-width bins of `confidence` (a probability per mention of `xs`): the bins' counts,
// mean confidence and accuracy as a Markdown table on `out`; returns the expected calibration
// error, the sum over bins of |accuracy - mean confidence| * count / total.
double reliability(const std::vector<Scored>& xs, const std::vector<double>& confidence,
                   std::FILE* out);

}  // namespace aa::ner_tools
