// Annotated corpora for training and evaluating the entity tagger (native tools only).
//
// AQMAR (Arabic Wikipedia, CoNLL "word TAG"): MIS* tags and typos become O / the intended tag.
// NewsFANE (newswire, word<TAB>fine-class BIO): its 50 classes are mapped to PER/LOC/ORG/O and
// its clitic split (و قال, ان ه) is undone so words look like the raw text the analyzer sees.
// Both are CC BY-SA 3.0. Each document is rebuilt as plain text and analyzed by the same
// normalizer and tokenizer as the product, so the features match at run time.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/entities.h"

namespace aa::ner {
struct Resources;
}

namespace aa::ner_tools {

struct Word {
  std::string text;  // UTF-8
  char bio = 'O';    // 'B', 'I' or 'O'
  EntityType type = EntityType::PER;
  bool misc = false;  // ANERcorp's MISC (nationalities, events...): trained on, never scored
};

struct Doc {
  std::string name;
  std::vector<std::vector<Word>> sentences;
};

enum class Split { train, dev, test };

// AQMAR articles: every fourth article (sorted by name) is held out for test.
std::vector<Doc> load_aqmar(const std::string& conll_dir, Split split);
// NewsFANE or WikiFANE (same format and classes) in file order: the first 70% of sentences
// train, the next 15% dev, the last 15% test; consecutive sentences are grouped into
// documents of `doc_sentences`. Their Group class (nationalities) is read as MISC.
std::vector<Doc> load_fane(const std::string& path, Split split, size_t doc_sentences = 10);
// ANERcorp's train split (`token TAG` lines, PERS/LOC/ORG/MISC): the first 90% of its
// sentences are our train, the last 10% our dev. Its own test split is held out elsewhere
// and is not read by anything here (Split::test gives nothing).
std::vector<Doc> load_anercorp(const std::string& path, Split split, size_t doc_sentences = 10);

// NER_MODEL=FILE: `res` gets that model instead of the embedded one (one trained without the
// dev slice, to score the slice honestly). False, with a message, when FILE is not a model.
bool use_model_from_env(ner::Resources& res);

// The product's document builder, built once per tool run.
const DocumentBuilder& documents();

// The unlabeled Wikipedia text of data/arwiki, decompressed (wikiextractor's format): calls
// f(doc) with every paragraph line built as a product document (the <doc> lines skipped);
// `doc` lives until f returns, so views into it (token stems) must not outlive the call.
// Returns the number of paragraphs.
size_t for_each_wikipedia_paragraph(const std::string& path,
                                    const std::function<void(const Document&)>& f);

// A corpus document analyzed like product input, with the gold words located in it.
struct Analyzed {
  Document doc;
  std::vector<Span> word_spans;  // original-text span of every gold word, in order
  std::vector<const Word*> words;
  std::vector<int32_t> word_of_unit;  // original UTF-16 unit -> gold word index, or -1
};
Analyzed analyze(const Doc& d);

// Gold mentions as inclusive gold-word ranges.
struct Mention {
  uint32_t first, last;
  EntityType type;
  bool operator<(const Mention& o) const {
    return first != o.first ? first < o.first : last != o.last ? last < o.last : type < o.type;
  }
  bool operator==(const Mention& o) const {
    return first == o.first && last == o.last && type == o.type;
  }
};
std::vector<Mention> gold_mentions(const Analyzed& a);
// A predicted span as the gold words it covers (false if it covers none).
bool to_mention(const Analyzed& a, Span span, EntityType type, Mention& out);

// BIO tag per analyzer token from the gold words (the first token of a gold entity's first
// word is B, later tokens inside the entity I).
std::vector<uint8_t> token_tags(const Analyzed& a);

}  // namespace aa::ner_tools
