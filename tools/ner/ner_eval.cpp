// CoNLL-style entity-level evaluation of the recognizer on held-out data, per type and per
// layer: exact gold-word range and type must match (a clitic the analyzer leaves outside the
// span still counts: spans are compared as the corpus words they touch).
//
//   ner_eval SHARED_DATA_DIR [dev|test]
//
// `dev` (default): our ANERcorp dev slice (the last 10% of its train split's sentences), where
// every choice was made; meaningful for a model trained without it (NER_MODEL=FILE, from
// `ner_train ... dev`). `test`: each other corpus's own held-out part, none of it read by the
// trainer: every fourth AQMAR article, the last 15% of WikiFANE (both Wikipedia, other
// conventions), and the last 15% of NewsFANE (newswire; its text overlaps ANERcorp's, so it
// is only a check of conventions, not of unseen news).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include "entities/internal.h"
#include "ner_data.h"

using namespace aa;
using namespace aa::ner;
using namespace aa::ner_tools;

namespace {

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double p() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double r() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};

struct Row {
  const char* name;
  Layers layers;
};

const bool debug = std::getenv("NER_DEBUG") != nullptr;

void evaluate(const char* corpus, const std::vector<Doc>& docs, const Resources& res) {
  // clang-format off
  const Row rows[] = {
      {"gazetteer", {true, false, false, false}},
      {"+rules", {true, true, false, false}},
      {"+rules+link", {true, true, false, true}},
      {"+model", {true, true, true, false}},
      {"+model+link (shipped)", {true, true, true, true}},
  };
  // clang-format on
  std::vector<Analyzed> analyzed;
  for (const Doc& d : docs) analyzed.push_back(analyze(d));
  size_t gold_total = 0;
  for (const Analyzed& a : analyzed) gold_total += gold_mentions(a).size();
  std::printf("\n%s: %zu documents, %zu gold mentions\n", corpus, docs.size(), gold_total);
  std::printf(
      "| layer | PER P/R/F1 | LOC P/R/F1 | ORG P/R/F1 | all P/R/F1 |\n|---|---|---|---|---|\n");
  for (const Row& row : rows) {
    Counts by[3], all;
    for (const Analyzed& a : analyzed) {
      std::vector<Mention> gold = gold_mentions(a);
      std::set<Mention> g(gold.begin(), gold.end()), s;
      for (const Entity& e : recognize(a.doc, res, row.layers)) {
        Mention m;
        if (!to_mention(a, e.span, e.type, m)) continue;
        s.insert(m);
        // NER_DEBUG=1: false positives of the shipped pipeline, with the layer that produced them.
        if (debug && &row == &rows[std::size(rows) - 1] &&
            !std::binary_search(gold.begin(), gold.end(), m)) {
          std::string g;
          for (const Mention& x : gold)
            if (x.first <= m.last && m.first <= x.last) g = entity_type_name(x.type);
          std::printf("FP %s %s [%s] gold:%s\n", entity_type_name(e.type), e.text.c_str(),
                      entity_source_name(e.source), g.c_str());
        }
      }
      for (const Mention& m : s) {
        bool hit = g.count(m);
        (hit ? by[int(m.type)].tp : by[int(m.type)].fp)++;
        (hit ? all.tp : all.fp)++;
      }
      for (const Mention& m : g) {
        if (s.count(m)) continue;
        by[int(m.type)].fn++, all.fn++;
        if (debug && &row == &rows[std::size(rows) - 1]) {
          std::string words;
          for (uint32_t k = m.first; k <= m.last; ++k)
            words += (k > m.first ? " " : "") + a.words[k]->text;
          std::printf("FN %s %s\n", entity_type_name(m.type), words.c_str());
        }
      }
    }
    std::printf("| %s |", row.name);
    for (const Counts& c : {by[0], by[1], by[2], all})
      std::printf(" %.1f / %.1f / **%.1f** |", 100 * c.p(), 100 * c.r(), 100 * c.f());
    std::printf("\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s SHARED_DATA_DIR [test|dev]\n", argv[0]);
    return 2;
  }
  std::string data = argv[1];
  bool dev = argc < 3 || std::string(argv[2]) != "test";
  Resources res = Resources::load();
  if (!use_model_from_env(res)) return 1;
  if (!res.tagger.loaded())
    std::fprintf(stderr, "warning: no model embedded (wasm/data/ner_model.bin)\n");
  if (dev) {
    evaluate("ANERcorp dev (last 10% of the train split's sentences)",
             load_anercorp(data + "/anercorp/train.txt", Split::dev), res);
    return 0;
  }
  evaluate("AQMAR test (7 held-out articles)", load_aqmar(data + "/aqmar/conll", Split::test), res);
  evaluate("WikiFANE test (last 15%)",
           load_fane(data + "/wikifane/WikiFANE_Gold_2014_500K.txt", Split::test), res);
  evaluate("NewsFANE test (last 15%)",
           load_fane(data + "/newsfane/NewsFANE_Gold_2014_170K.txt", Split::test), res);
  return 0;
}
