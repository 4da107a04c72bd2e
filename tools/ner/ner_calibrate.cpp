// Fits the calibration of entity confidences (wasm/data/ner_calibration.tsv) and reports how
// well calibrated they are, on our ANERcorp dev slice with the full pipeline.
//
//   NER_MODEL=DEV_MODEL ner_calibrate SHARED_DATA_DIR [OUT.tsv]
//
// DEV_MODEL must be trained without the dev slice (`ner_train ... dev`), or the scores are
// those of text the model has learned. Every PER/LOC/ORG mention the shipped pipeline reports
// is right when its span and type are a gold mention's (ner_eval's matching), else wrong.
// Printed: the reliability table and ECE of the raw scores, then of the calibrated ones by
// 2-fold cross-fitting (curves fitted on one half of the dev documents are measured on the
// other, and the other way round: fitting and measuring on the same mentions would flatter
// them), for one curve per source and one per source and type. NER_DEBUG=1 lists every
// mention with its raw score. With OUT.tsv, the cut with the
// lower cross-fitted ECE is fitted on all of the slice and written there.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "calibration_fit.h"
#include "entities/internal.h"
#include "ner_data.h"

using namespace aa;
using namespace aa::ner;
using namespace aa::ner_tools;

namespace {

// A source or a source and type with fewer mentions shares the pooled curve: the dev slice
// has about 800 mentions, and an isotonic fit of a few dozen is mostly noise.
constexpr size_t kMinExamples = 100;
// Mentions under each step of a curve: an accuracy measured on fewer has a standard error
// over 0.1, twice the calibration error aimed at, and the fit's end steps would otherwise
// claim 0 or 1 from a handful (cross-fitted ECE on dev, per source and type: 0.039 with
// steps of any size, 0.034 with 20).
constexpr size_t kMinStep = 20;

using Halves = std::array<std::vector<Scored>, 2>;

// The mentions of `docs` with their raw scores, split by document into the slice's first and
// second half (documents are runs of ten consecutive sentences, so one story rarely crosses).
Halves score_mentions(const std::vector<Doc>& docs, const Resources& res) {
  Halves halves;
  for (size_t d = 0; d < docs.size(); ++d) {
    Analyzed a = analyze(docs[d]);
    std::vector<Mention> gold = gold_mentions(a);
    for (const Entity& e : recognize(a.doc, res, Layers{})) {
      Mention m;
      // A span covering no corpus word is wrong too (ner_eval cannot count it at all).
      bool right =
          to_mention(a, e.span, e.type, m) && std::binary_search(gold.begin(), gold.end(), m);
      halves[2 * d < docs.size() ? 0 : 1].push_back({e.source, e.type, e.confidence, right});
      if (std::getenv("NER_DEBUG"))
        std::printf("%s %.9f %s %s [%s]\n", right ? "right" : "wrong", e.confidence,
                    entity_type_name(e.type), e.text.c_str(), entity_source_name(e.source));
    }
  }
  return halves;
}

std::vector<double> calibrated(const Calibration& c, const std::vector<Scored>& xs) {
  std::vector<double> out;
  for (const Scored& x : xs) out.push_back(c.apply(x.source, x.type, x.score));
  return out;
}

// The calibrated probability of every mention of both halves, each from curves fitted on the
// other half (where a curve and a step need half as many mentions, so that a half is cut as
// the whole slice is); in the order of the first half, then the second.
std::vector<double> cross_fitted(const Halves& halves, Granularity g) {
  std::vector<double> out;
  for (size_t h = 0; h < 2; ++h) {
    Calibration fitted(fit_table(halves[1 - h], g, kMinExamples / 2, kMinStep / 2));
    std::vector<double> p = calibrated(fitted, halves[h]);
    out.insert(out.end(), p.begin(), p.end());
  }
  return out;
}

const char* granularity_name(Granularity g) {
  return g == Granularity::source ? "per source" : "per source and type";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: NER_MODEL=DEV_MODEL %s SHARED_DATA_DIR [OUT.tsv]\n", argv[0]);
    return 2;
  }
  std::string data = argv[1];
  Resources res = Resources::load();
  if (!use_model_from_env(res)) return 1;
  res.calibration = Calibration();  // the raw scores are what is fitted
  Halves halves = score_mentions(load_anercorp(data + "/anercorp/train.txt", Split::dev), res);
  std::vector<Scored> all = halves[0];
  all.insert(all.end(), halves[1].begin(), halves[1].end());

  std::printf("\nCalibration on ANERcorp dev: %zu mentions (halves %zu + %zu);", all.size(),
              halves[0].size(), halves[1].size());
  for (EntitySource s :
       {EntitySource::model, EntitySource::link, EntitySource::rule, EntitySource::gazetteer}) {
    size_t n = 0;
    for (const Scored& x : all) n += x.source == s;
    std::printf(" %s %zu", entity_source_name(s), n);
  }
  std::printf("\n\nUncalibrated (raw scores):\n\n");
  std::vector<double> raw;
  for (const Scored& x : all) raw.push_back(x.score);
  double raw_ece = reliability(all, raw, stdout);
  std::printf("\nECE %.4f\n", raw_ece);

  Granularity best = Granularity::source;
  double best_ece = 2;
  for (Granularity g : {Granularity::source, Granularity::source_and_type}) {
    std::printf("\nCalibrated, %s, 2-fold cross-fitted:\n\n", granularity_name(g));
    double ece = reliability(all, cross_fitted(halves, g), stdout);
    std::printf("\nECE %.4f (uncalibrated %.4f)\n", ece, raw_ece);
    // Per type only when it helps: the simpler table otherwise.
    if (ece < best_ece) best = g, best_ece = ece;
  }
  if (argc < 3) return 0;

  std::string table = fit_table(all, best, kMinExamples, kMinStep);
  std::FILE* out = std::fopen(argv[2], "w");
  if (!out) {
    std::perror(argv[2]);
    return 1;
  }
  std::fprintf(out,
               "# Calibration of entity confidences: per row a source (model, link, rule, "
               "gazetteer; * any), a\n"
               "# type (PER, LOC, ORG; * any) and a monotone piecewise-linear curve from the "
               "recognizer's raw\n"
               "# score to the probability that a mention's span and type are right, as "
               "RAW:PROBABILITY knots\n"
               "# (flat beyond the ends). The most specific row applies; * * serves sources "
               "with too few\n"
               "# mentions to fit. Fitted by isotonic regression (pool-adjacent-violators) on "
               "the mentions of\n"
               "# our ANERcorp dev slice, scored by a model trained without it. Generated by\n"
               "# tools/ner/ner_calibrate.cpp (build-scripts/train-ner.sh) - do not edit.\n"
               "# Derived from ANERcorp (CC BY-SA 4.0): this file is CC BY-SA 4.0.\n"
               "# %zu mentions, %s; ECE 2-fold cross-fitted %.4f, uncalibrated %.4f.\n",
               all.size(), granularity_name(best), best_ece, raw_ece);
  std::fputs(table.c_str(), out);
  std::fclose(out);
  std::printf("\nwrote %s (%s)\n", argv[2], granularity_name(best));
  return 0;
}
