// Data compiled into the core either loads whole or stops construction with an error: a
// missing lexicon or a damaged model must never turn into quietly poorer results.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "arabic_analyzer/embedded_data.h"
#include "arabic_analyzer/normalize.h"
#include "entities/internal.h"

namespace {

TEST(EmbeddedData, AMistypedNameIsAnErrorNotAnEmptyFile) {
  EXPECT_FALSE(aa::embedded_file("stopwords_ar.txt").empty());
  EXPECT_THROW(aa::embedded_file("stopwords.txt"), std::runtime_error);
  EXPECT_THROW(aa::embedded_file(""), std::runtime_error);
}

TEST(EmbeddedData, ADamagedEntityModelStopsConstruction) {
  const aa::Normalizer search(aa::Profile::search);
  const std::string model(aa::embedded_file("ner_model.bin"));
  EXPECT_TRUE(aa::ner::Resources::load(search, model).tagger.loaded());

  EXPECT_THROW(aa::ner::Resources::load(search, model.substr(0, 20)), std::runtime_error);  // header cut
  std::string wrong_magic = model;
  wrong_magic[0] ^= 0x20;
  EXPECT_THROW(aa::ner::Resources::load(search, wrong_magic), std::runtime_error);
  // A zero run reaching past the weight table.
  EXPECT_THROW(aa::ner::Resources::load(search, model + "\xFF\xFF\xFF\x7F\x01"), std::runtime_error);
}

}  // namespace
