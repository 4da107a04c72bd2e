// Entity confidences as probabilities: the isotonic fit (tools/ner/calibration_fit.cpp), the
// table format the core reads (wasm/src/entities/calibration.cpp), and the core applying the
// embedded table to what it reports while deciding spans on raw scores.
#include <gtest/gtest.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "arabic_analyzer/document.h"
#include "calibration_fit.h"
#include "entities/calibration.h"
#include "entities/internal.h"
#include "test_support.h"

namespace {

using aa::EntitySource;
using aa::EntityType;
using aa::ner::Calibration;
using aa::ner_tools::Scored;

std::vector<Scored> scored(const std::vector<std::pair<double, bool>>& xs,
                           EntitySource source = EntitySource::model) {
  std::vector<Scored> out;
  for (auto [score, right] : xs) out.push_back({source, EntityType::PER, score, right});
  return out;
}

TEST(Calibration, IsotonicFitPoolsAdjacentViolators) {
  // right/wrong 1 0 1 1 0 1: the first two pool to 1/2, then 1 1 0 pool to 2/3.
  const std::vector<Scored> xs =
      scored({{0.6, true}, {0.1, true}, {0.2, false}, {0.3, true}, {0.4, true}, {0.5, false}});
  auto knots = aa::ner_tools::isotonic_knots(xs, 1);
  ASSERT_EQ(knots.size(), 5u);
  const double want[][2] = {{0.1, 0.5}, {0.2, 0.5}, {0.3, 2.0 / 3}, {0.5, 2.0 / 3}, {0.6, 1}};
  for (size_t k = 0; k < knots.size(); ++k) {
    EXPECT_DOUBLE_EQ(knots[k].raw, want[k][0]) << k;
    EXPECT_DOUBLE_EQ(knots[k].probability, want[k][1]) << k;
  }
  // Equal scores cannot be told apart: one knot at their accuracy.
  knots = aa::ner_tools::isotonic_knots(scored({{0.8, true}, {0.8, false}, {0.8, false}}), 1);
  ASSERT_EQ(knots.size(), 1u);
  EXPECT_DOUBLE_EQ(knots[0].probability, 1.0 / 3);
  // Steps of 3 or more: the last step (0.6, one mention) joins the one before, then the first
  // (two) joins what follows.
  knots = aa::ner_tools::isotonic_knots(xs, 3);
  ASSERT_EQ(knots.size(), 2u);
  EXPECT_DOUBLE_EQ(knots[0].raw, 0.1);
  EXPECT_DOUBLE_EQ(knots[1].raw, 0.6);
  EXPECT_DOUBLE_EQ(knots[0].probability, 4.0 / 6);
  EXPECT_DOUBLE_EQ(knots[1].probability, 4.0 / 6);
}

TEST(Calibration, TheMostSpecificCurveAppliesLinearBetweenKnotsFlatBeyond) {
  Calibration c(
      "*\t*\t0.5:0.2 0.9:0.6\n"
      "model\t*\t0.6:0.3 0.8:0.7\n"
      "model\tLOC\t0.5:0.9\n");
  EXPECT_NEAR(c.apply(EntitySource::model, EntityType::PER, 0.7), 0.5, 1e-12);
  EXPECT_NEAR(c.apply(EntitySource::model, EntityType::PER, 0.1), 0.3, 1e-12);
  EXPECT_NEAR(c.apply(EntitySource::model, EntityType::PER, 0.95), 0.7, 1e-12);
  EXPECT_NEAR(c.apply(EntitySource::model, EntityType::LOC, 0.7), 0.9, 1e-12);
  EXPECT_NEAR(c.apply(EntitySource::link, EntityType::LOC, 0.7), 0.4, 1e-12);  // pooled
  // Without a table the raw score passes through, clamped.
  EXPECT_DOUBLE_EQ(Calibration().apply(EntitySource::rule, EntityType::ORG, 0.8), 0.8);
  EXPECT_DOUBLE_EQ(Calibration().apply(EntitySource::rule, EntityType::ORG, 1.5), 1.0);
}

TEST(Calibration, ADamagedTableIsAnError) {
  for (const char* bad : {
           "model\t*\t0.5:0.2\n",                   // no pooled curve
           "*\t*\t0.5:0.6 0.9:0.2\n",               // decreasing
           "*\t*\t0.5:0.2 0.5:0.6\n",               // raw not increasing
           "*\t*\t0,5:0.2\n",                       // not a decimal point
           "*\t*\t0.5:1.2\n",                       // beyond 1
           "*\t*\t0.5\n",                           // no probability
           "*\t*\t\n",                              // no knots
           "*\t*\t0.5:0.2\nnumbers\t*\t0.5:0.2\n",  // unknown source
           "*\tMISC\t0.5:0.2\n",                    // unknown type
           "*\t*\t0.5:0.2\n*\t*\t0.6:0.3\n",        // two curves for one case
       }) {
    EXPECT_THROW(Calibration{std::string_view(bad)}, std::runtime_error) << bad;
  }
}

TEST(Calibration, AFittedTableReadsBackAndPoolsSmallSources) {
  std::vector<Scored> xs = scored({{0.55, false}, {0.6, false}, {0.7, true}, {0.9, true}});
  std::vector<Scored> links = scored({{0.5, true}}, EntitySource::link);
  xs.insert(xs.end(), links.begin(), links.end());
  std::string table =
      aa::ner_tools::fit_table(xs, aa::ner_tools::Granularity::source_and_type, 4, 1);
  // model has 4 mentions (its own curve, and one for PER), link 1 (the pool's).
  EXPECT_NE(table.find("model\t*\t"), std::string::npos) << table;
  EXPECT_NE(table.find("model\tPER\t"), std::string::npos) << table;
  EXPECT_EQ(table.find("link\t"), std::string::npos) << table;
  Calibration c(table);
  EXPECT_DOUBLE_EQ(c.apply(EntitySource::model, EntityType::PER, 0.6), 0.0);
  EXPECT_DOUBLE_EQ(c.apply(EntitySource::model, EntityType::PER, 0.8), 1.0);
  // The pool starts with the link's right 0.5, then model's two wrongs: 1/3 up to 0.6.
  EXPECT_NEAR(c.apply(EntitySource::link, EntityType::PER, 0.5), 1.0 / 3, 1e-4);
}

TEST(Calibration, ReliabilityTableAndExpectedCalibrationError) {
  std::vector<Scored> xs = scored({{0, false}, {0, false}, {0, true}, {0, false}});
  std::FILE* sink = std::tmpfile();
  ASSERT_TRUE(sink);
  // Bin 0.0-0.1: confidence 0.05, accuracy 0; bin 0.9-1.0: confidence 0.95, accuracy 1/2.
  double ece = aa::ner_tools::reliability(xs, {0.05, 0.05, 0.95, 0.95}, sink);
  std::fclose(sink);
  EXPECT_NEAR(ece, (0.05 * 2 + 0.45 * 2) / 4, 1e-12);
}

TEST(Calibration, TheCoreReportsCalibratedScoresOnSpansChosenByRawOnes) {
  const std::string text =
      aa_test::read_file(aa_test::source_path("tests/data/000_00fe2e4262b66faa.txt"));
  aa::Document doc = aa::DocumentBuilder().build(aa::utf8_to_utf16(text));
  aa::ner::Resources res = aa::ner::Resources::load();
  std::vector<aa::Entity> calibrated = aa::ner::recognize(doc, res, aa::ner::Layers{});
  Calibration table = res.calibration;
  res.calibration = Calibration();
  std::vector<aa::Entity> raw = aa::ner::recognize(doc, res, aa::ner::Layers{});
  ASSERT_EQ(calibrated.size(), raw.size());
  ASSERT_FALSE(raw.empty());
  bool changed = false;
  for (size_t k = 0; k < raw.size(); ++k) {
    EXPECT_EQ(calibrated[k].span.start, raw[k].span.start);
    EXPECT_EQ(calibrated[k].span.end, raw[k].span.end);
    EXPECT_EQ(calibrated[k].group, raw[k].group);
    EXPECT_DOUBLE_EQ(calibrated[k].confidence,
                     table.apply(raw[k].source, raw[k].type, raw[k].confidence));
    changed = changed || calibrated[k].confidence != raw[k].confidence;
  }
  EXPECT_TRUE(changed);
}

TEST(Calibration, TheEmbeddedTableIsMonotoneForEverySourceAndType) {
  Calibration c = Calibration::load();
  for (EntitySource s :
       {EntitySource::model, EntitySource::link, EntitySource::rule, EntitySource::gazetteer}) {
    for (EntityType t : {EntityType::PER, EntityType::LOC, EntityType::ORG}) {
      double last = 0;
      for (int k = 0; k <= 100; ++k) {
        double p = c.apply(s, t, k / 100.0);
        EXPECT_GE(p, last) << aa::entity_source_name(s) << ' ' << k;
        last = p;
      }
    }
  }
}

}  // namespace
