// Dumps the training corpora as the entity tagger sees them, for unsupervised word clusters
// (build-scripts/build-ner-clusters.sh): one sentence per line, each token replaced by its
// cluster key, the article-free stem of TokenInfo, so that the clusters are looked up with
// exactly the string the tagger has at run time.
//
//   ner_dump_tokens SHARED_DATA_DIR > tokens.txt
//
// Reads only training material: ANERcorp's train slice (its dev slice is our dev set),
// WikiFANE train + dev (its test slice is held out) and the AQMAR training articles.
// NewsFANE is not read: the sentences it has beyond ANERcorp's train file are very probably
// ANERcorp's held-out test split. The raw AQMAR text (aqmar/text) is not read either: it is
// word for word the CoNLL files, so it would only count the same articles twice.
#include <cstdio>
#include <string>
#include <vector>

#include "arabic_analyzer/text.h"
#include "entities/internal.h"
#include "ner_data.h"

using namespace aa;
using namespace aa::ner_tools;

namespace {

size_t dump(const std::vector<Doc>& docs, const ner::Resources& res, std::string& buf) {
  size_t tokens = 0;
  for (const Doc& d : docs) {
    Analyzed a = analyze(d);
    std::vector<ner::TokenInfo> toks = ner::token_infos(a.doc, res.lexicon);
    bool line_open = false;
    uint32_t sentence = 0;
    for (const ner::TokenInfo& t : toks) {
      if (t.stem.empty()) continue;
      if (line_open && t.sentence != sentence) {
        buf += '\n';
        line_open = false;
      }
      if (line_open) buf += ' ';
      buf += utf16_to_utf8(t.stem);
      sentence = t.sentence;
      line_open = true;
      ++tokens;
    }
    if (line_open) buf += '\n';
    std::fwrite(buf.data(), 1, buf.size(), stdout);
    buf.clear();
  }
  return tokens;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s SHARED_DATA_DIR > tokens.txt\n", argv[0]);
    return 2;
  }
  const std::string data = argv[1];
  const ner::Resources res = ner::Resources::load();
  struct Part {
    const char* name;
    std::vector<Doc> docs;
  };
  const std::string fane = data + "/wikifane/WikiFANE_Gold_2014_500K.txt";
  Part parts[] = {
      {"anercorp train", load_anercorp(data + "/anercorp/train.txt", Split::train)},
      {"wikifane train", load_fane(fane, Split::train)},
      {"wikifane dev", load_fane(fane, Split::dev)},
      {"aqmar train", load_aqmar(data + "/aqmar/conll", Split::train)},
  };
  std::string buf;
  size_t total = 0;
  for (const Part& p : parts) {
    // An empty part means a wrong path: fail rather than silently train on less.
    if (p.docs.empty()) {
      std::fprintf(stderr, "%s: no documents under %s\n", p.name, data.c_str());
      return 1;
    }
    size_t n = dump(p.docs, res, buf);
    std::fprintf(stderr, "%s: %zu documents, %zu tokens\n", p.name, p.docs.size(), n);
    total += n;
  }
  std::fprintf(stderr, "total: %zu tokens\n", total);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
