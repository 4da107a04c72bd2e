#include "stages.h"

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/document.h"
#include "arabic_analyzer/json_output.h"
#include "arabic_analyzer/numbers.h"

namespace aa_bench {

const char* stage_name(Stage s) {
  static const char* const names[] = {"normalize", "tokenize", "extract", "numbers", "keywords",
                                      "entities",  "quotes",   "json",    "whole"};
  int i = int(s);
  return i >= 0 && i < int(Stage::count) ? names[i] : "?";
}

struct Stages::Impl {
  aa::Analyzer analyzer;
  aa::DocumentBuilder documents;
  aa::Tokenizer tokenizer;  // the tokenize stage alone, on the prepared normalized text
  aa::KeywordExtractor keywords;
  aa::EntityRecognizer entities;
  aa::NumberExtractor numbers;
  aa::QuoteFinder quotes;
  aa::Document doc;
  aa::Extracted social;
  aa::Result result;
};

Stages::Stages() : impl_(std::make_unique<Impl>()) {}
Stages::~Stages() = default;

void Stages::prepare(std::u16string_view text) {
  Impl& m = *impl_;
  m.doc = m.documents.build(text);
  m.social = aa::extract_social(m.doc.original, m.documents.search());
  m.result = m.analyzer.analyze(m.doc.original);
}

uint64_t Stages::run(Stage stage) {
  Impl& m = *impl_;
  const aa::Normalizer& search = m.documents.search();
  switch (stage) {
    case Stage::normalize: return search.normalize(m.doc.original).text.size();
    case Stage::tokenize: return m.tokenizer.tokenize(m.doc.search).tokens.size();
    case Stage::extract: {
      aa::Extracted e = aa::extract_social(m.doc.original, search);
      return e.hashtags.size() + e.mentions.size() + e.urls.size();
    }
    case Stage::numbers: return m.numbers.extract(m.doc, m.social).size();
    case Stage::keywords: return m.keywords.extract(m.doc, m.social, m.result.entities, {}).size();
    case Stage::entities: return m.entities.recognize(m.doc).size();
    case Stage::quotes: return m.quotes.find(m.doc, m.result.entities).size();
    case Stage::json: return aa::to_json(m.result).size();
    case Stage::whole: return aa::to_json(m.analyzer.analyze(m.doc.original)).size();
    case Stage::count: break;
  }
  return 0;
}

}  // namespace aa_bench
