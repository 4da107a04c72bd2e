// Data compiled into the core either loads whole or stops construction with an error: a
// missing lexicon or a damaged model must never turn into quietly poorer results.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/embedded_data.h"
#include "entities/internal.h"
#include "keywords/lexicon.h"
#include "quotes/lexicon.h"

namespace {

TEST(EmbeddedData, AMistypedNameIsAnErrorNotAnEmptyFile) {
  EXPECT_FALSE(aa::embedded_file("tlds.bin").empty());
  EXPECT_THROW(aa::embedded_file("tld.bin"), std::runtime_error);
  EXPECT_THROW(aa::embedded_file(""), std::runtime_error);
}

TEST(EmbeddedData, ADamagedEntityModelStopsConstruction) {
  const std::string model(aa::embedded_file("ner_model.bin"));
  EXPECT_TRUE(aa::ner::Resources::load(model).tagger.loaded());

  EXPECT_THROW(aa::ner::Resources::load(model.substr(0, 20)), std::runtime_error);  // header cut
  std::string wrong_magic = model;
  wrong_magic[0] ^= 0x20;
  EXPECT_THROW(aa::ner::Resources::load(wrong_magic), std::runtime_error);
  // A zero run reaching past the weight table.
  EXPECT_THROW(aa::ner::Resources::load(model + "\xFF\xFF\xFF\x7F\x01"), std::runtime_error);
}

TEST(EmbeddedData, ADamagedEntityLexiconStopsConstruction) {
  const std::string table(aa::embedded_file("ner_lexicon.bin"));
  // دمشق is a listed place.
  EXPECT_TRUE(aa::ner::FormLex(aa::ner::Lexicon(table).find(u"\u062F\u0645\u0634\u0642")).phrase());
  EXPECT_THROW(aa::ner::Lexicon{table.substr(0, table.size() - 1)}, std::runtime_error);
  EXPECT_THROW(aa::ner::Lexicon{table + "x"}, std::runtime_error);
  EXPECT_THROW(aa::ner::Lexicon{std::string_view("no header")}, std::runtime_error);
  std::string wrong_magic = table;
  wrong_magic[table.find('\0') + 1] ^= 0x20;
  EXPECT_THROW(aa::ner::Lexicon{wrong_magic}, std::runtime_error);
}

TEST(EmbeddedData, ADamagedKeywordLexiconStopsConstruction) {
  const std::string table(aa::embedded_file("keyword_lexicon.bin"));
  EXPECT_TRUE(aa::kw::StopList(table).contains(u"\u0641\u064A"));               // في
  EXPECT_FALSE(aa::kw::StopList(table).contains(u"\u062F\u0645\u0634\u0642"));  // دمشق
  EXPECT_THROW(aa::kw::StopList{table.substr(0, table.size() - 1)}, std::runtime_error);
  EXPECT_THROW(aa::kw::BrokenPlurals{table + "x"}, std::runtime_error);
}

TEST(EmbeddedData, ADamagedQuotesLexiconStopsConstruction) {
  const std::string cues(aa::embedded_file("quotes_lexicon.bin"));
  const std::string speakers(aa::embedded_file("quotes_speakers.bin"));
  EXPECT_TRUE(aa::quotes::Lexicon(cues, speakers).cue(u"\u0642\u0627\u0644"));  // قال
  EXPECT_THROW(aa::quotes::Lexicon(cues.substr(0, cues.size() - 1), speakers), std::runtime_error);
  EXPECT_THROW(aa::quotes::Lexicon(cues, speakers + "x"), std::runtime_error);
}

TEST(EmbeddedData, ADamagedKeywordTableStopsConstruction) {
  const std::string table(aa::embedded_file("keyword_df.bin"));
  // الحكومة is in a large share of news: the intact table knows its key.
  const auto keys = aa::Analyzer().keyword_keys(u"\u0627\u0644\u062D\u0643\u0648\u0645\u0629");
  ASSERT_EQ(keys.size(), 1u);
  EXPECT_LT(aa::kw::BackgroundDf(table).idf(aa::utf8_to_utf16(keys[0].key)), 0.5);
  EXPECT_THROW(aa::kw::BackgroundDf(table.substr(0, table.size() - 1)), std::runtime_error);
  EXPECT_THROW(aa::kw::BackgroundDf(table + "x"), std::runtime_error);
  EXPECT_THROW(aa::kw::BackgroundDf(std::string_view("no header")), std::runtime_error);
}

}  // namespace
