// Raw entity scores to probabilities through the fitted curves of ner_calibration.tsv.
#include "entities/calibration.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "arabic_analyzer/embedded_data.h"

namespace aa::ner {
namespace {

// One message for every defect: the table is generated, and the detail would cost the wasm
// a string-building error path for a file that the tests load on every build.
[[noreturn]] void bad_table() {
  throw std::runtime_error(
      "arabic-analyzer: ner_calibration.tsv does not parse (each curve: RAW:PROBABILITY knots "
      "in [0, 1], increasing; a * * curve); regenerate it with build-scripts/train-ner.sh");
}

// "RAW:PROBABILITY RAW:PROBABILITY ...", each number of [0, 1] written as the fitting tool
// writes it ("0.8125", "1"), raw strictly increasing, probability non-decreasing. Read digit
// by digit: strtod follows the C locale a host program may have changed, and the wasm
// toolchain's standard library has no floating-point std::from_chars.
CalibrationCurve parse_curve(std::string_view text) {
  CalibrationCurve c;
  double number[2];
  int field = 0;                   // 0: the raw score, 1: the probability
  uint64_t digits = 0, scale = 0;  // scale 0: no digit yet; 1: whole part; 10^n: n decimals
  bool point = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    char ch = i < text.size() ? text[i] : ' ';
    if (ch >= '0' && ch <= '9' && scale < 1000000000) {
      digits = digits * 10 + uint64_t(ch - '0');
      scale = point ? scale * 10 : 1;
      if (!point && digits > 1) bad_table();
    } else if (ch == '.' && scale == 1 && !point) {
      point = true;
    } else if (ch == (field ? ' ' : ':') && scale > 0 && digits <= scale) {
      number[field] = double(digits) / double(scale);
      digits = scale = 0;
      point = false;
      if ((field ^= 1) == 0) {
        CalibrationCurve::Knot k{number[0], number[1]};
        if (!c.knots.empty() &&
            (k.raw <= c.knots.back().raw || k.probability < c.knots.back().probability))
          bad_table();
        c.knots.push_back(k);
      }
    } else {
      bad_table();
    }
  }
  if (c.knots.empty() || field) bad_table();
  return c;
}

// The table's name of a source or a type as an index of curve_of_ (`count` for "*"), or -1.
template <typename Enum>
int slot_of(std::string_view name, int count, const char* (*name_of)(Enum)) {
  if (name == "*") return count;
  for (int k = 0; k < count; ++k)
    if (name == name_of(Enum(k))) return k;
  return -1;
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
  for_each_data_row(table,
                    [&](std::string_view source, std::string_view type, std::string_view knots) {
                      int s = slot_of(source, kSources, entity_source_name);
                      int t = slot_of(type, kTypes, entity_type_name);
                      if (s < 0 || t < 0 || !curve_of_[s][t].knots.empty())
                        bad_table();  // unknown, or twice
                      curve_of_[s][t] = parse_curve(knots);
                    });
  // Sources and types without a curve of their own need the pooled one.
  if (curve_of_[kSources][kTypes].knots.empty()) bad_table();
}

double Calibration::apply(EntitySource source, EntityType type, double raw) const {
  int s = std::min(int(source), kSources), t = std::min(int(type), kTypes);
  // The most specific curve: of the source and type, of the source, the pooled one.
  for (const CalibrationCurve* c :
       {&curve_of_[s][t], &curve_of_[s][kTypes], &curve_of_[kSources][kTypes]}) {
    if (!c->knots.empty()) {
      raw = c->apply(raw);
      break;
    }
  }
  return std::min(1.0, std::max(0.0, raw));
}

}  // namespace aa::ner
