// Raw entity scores to probabilities through the fitted curves of ner_calibration.tsv.
#include "entities/calibration.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <string>

#include "arabic_analyzer/embedded_data.h"
#include "entities/internal.h"

namespace aa::ner {
namespace {

[[noreturn]] void bad_table(const std::string& why) {
  throw std::runtime_error("arabic-analyzer: ner_calibration.tsv: " + why +
                           "; regenerate it (build-scripts/train-ner.sh)");
}

// A number of [0, 1] written as digits, a point and digits ("0.8125", "1"). Read as integers
// with std::from_chars: strtod follows the C locale a host program may have changed, and the
// wasm toolchain's standard library has no floating-point from_chars.
bool parse_unit_decimal(std::string_view s, double& out) {
  size_t dot = s.find('.');
  std::string_view whole = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  if (whole.size() != 1 || (dot != std::string_view::npos && (frac.empty() || frac.size() > 9)))
    return false;
  unsigned w = 0, f = 0;
  if (std::from_chars(whole.data(), whole.data() + whole.size(), w).ptr != whole.end())
    return false;
  if (!frac.empty() && std::from_chars(frac.data(), frac.data() + frac.size(), f).ptr != frac.end())
    return false;
  double scale = 1;
  for (size_t k = 0; k < frac.size(); ++k) scale *= 10;
  out = w + f / scale;
  return out <= 1.0;
}

// "RAW:PROBABILITY RAW:PROBABILITY ...", raw strictly increasing, probability non-decreasing.
CalibrationCurve parse_curve(std::string_view text) {
  CalibrationCurve c;
  while (!text.empty()) {
    size_t space = text.find(' ');
    std::string_view knot = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
    if (knot.empty()) continue;
    size_t colon = knot.find(':');
    CalibrationCurve::Knot k{};
    if (colon == std::string_view::npos || !parse_unit_decimal(knot.substr(0, colon), k.raw) ||
        !parse_unit_decimal(knot.substr(colon + 1), k.probability))
      bad_table("knot '" + std::string(knot) + "' is not RAW:PROBABILITY in [0, 1]");
    if (!c.knots.empty() &&
        (k.raw <= c.knots.back().raw || k.probability < c.knots.back().probability))
      bad_table("a curve is not increasing at '" + std::string(knot) + "'");
    c.knots.push_back(k);
  }
  if (c.knots.empty()) bad_table("a curve has no knots");
  return c;
}

bool source_from_name(std::string_view name, EntitySource& out) {
  for (EntitySource s :
       {EntitySource::model, EntitySource::link, EntitySource::rule, EntitySource::gazetteer}) {
    if (name == entity_source_name(s)) {
      out = s;
      return true;
    }
  }
  return false;
}

}  // namespace

double CalibrationCurve::apply(double raw) const {
  if (raw <= knots.front().raw) return knots.front().probability;
  if (raw >= knots.back().raw) return knots.back().probability;
  auto hi = std::upper_bound(knots.begin(), knots.end(), raw,
                             [](double r, const Knot& k) { return r < k.raw; });
  auto lo = hi - 1;
  double t = (raw - lo->raw) / (hi->raw - lo->raw);
  return lo->probability + t * (hi->probability - lo->probability);
}

Calibration Calibration::load() { return Calibration(embedded_file("ner_calibration.tsv")); }

Calibration::Calibration(std::string_view table) {
  bool pooled = false;
  for_each_data_row(table, [&](std::string_view source, std::string_view type,
                               std::string_view knots) {
    Entry e{EntitySource::model, EntityType::PER, source == "*", type == "*", {}};
    if (!e.any_source && !source_from_name(source, e.source))
      bad_table("unknown source '" + std::string(source) + "'");
    if (!e.any_type && !entity_type_from_name(type, e.type))
      bad_table("unknown type '" + std::string(type) + "'");
    e.curve = parse_curve(knots);
    pooled = pooled || (e.any_source && e.any_type);
    entries_.push_back(std::move(e));
  });
  if (!pooled) bad_table("no pooled curve (* *) for sources and types without one of their own");
}

double Calibration::apply(EntitySource source, EntityType type, double raw) const {
  const CalibrationCurve* best = nullptr;
  int best_rank = -1;
  for (const Entry& e : entries_) {
    if ((!e.any_source && e.source != source) || (!e.any_type && e.type != type)) continue;
    // The most specific curve wins: source and type, then the source alone, then the pool.
    int rank = 2 * !e.any_source + !e.any_type;
    if (rank > best_rank) best = &e.curve, best_rank = rank;
  }
  double p = best ? best->apply(raw) : raw;
  return std::min(1.0, std::max(0.0, p));
}

}  // namespace aa::ner
