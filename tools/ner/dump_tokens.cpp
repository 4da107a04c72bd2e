// Dumps the training corpora as the entity tagger sees them, for unsupervised word clusters
// (build-scripts/build-ner-clusters.sh): one sentence per line, each token replaced by its
// cluster key, the article-free stem of TokenInfo, so that the clusters are looked up with
// exactly the string the tagger has at run time.
//
//   ner_dump_tokens SHARED_DATA_DIR [ARWIKI_TEXT] > tokens.txt
//
// ARWIKI_TEXT is the decompressed unlabeled Wikipedia text (data/arwiki, wikiextractor's
// <doc> format): ten times the annotated text, so that names never annotated anywhere still
// get a cluster. Every paragraph line is analyzed as its own document.
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

// One line per sentence of `doc`, its stems separated by spaces; returns how many.
size_t dump_stems(const Document& doc, const ner::Resources& res, std::string& buf) {
  size_t tokens = 0;
  bool line_open = false;
  uint32_t sentence = 0;
  for (const ner::TokenInfo& t : ner::token_infos(doc, res.lexicon)) {
    if (t.stem.empty()) continue;
    if (line_open && t.sentence != sentence)
      buf += '\n';
    else if (line_open)
      buf += ' ';
    buf += utf16_to_utf8(t.stem);
    sentence = t.sentence;
    line_open = true;
    ++tokens;
  }
  if (line_open) buf += '\n';
  return tokens;
}

size_t dump(const std::vector<Doc>& docs, const ner::Resources& res, std::string& buf) {
  size_t tokens = 0;
  for (const Doc& d : docs) {
    tokens += dump_stems(analyze(d).doc, res, buf);
    std::fwrite(buf.data(), 1, buf.size(), stdout);
    buf.clear();
  }
  return tokens;
}

size_t dump_wikipedia(const std::string& path, const ner::Resources& res, std::string& buf) {
  const size_t paragraphs = for_each_wikipedia_paragraph(path, [&](const Document& doc) {
    dump_stems(doc, res, buf);
    if (buf.size() > (1u << 20)) {
      std::fwrite(buf.data(), 1, buf.size(), stdout);
      buf.clear();
    }
  });
  std::fwrite(buf.data(), 1, buf.size(), stdout);
  buf.clear();
  return paragraphs;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "usage: %s SHARED_DATA_DIR [ARWIKI_TEXT] > tokens.txt\n", argv[0]);
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
  std::fprintf(stderr, "total: %zu annotated tokens\n", total);
  if (argc == 3) {
    size_t n = dump_wikipedia(argv[2], res, buf);
    if (n == 0) {
      std::fprintf(stderr, "%s: no text\n", argv[2]);
      return 1;
    }
    std::fprintf(stderr, "wikipedia: %zu paragraphs\n", n);
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}
