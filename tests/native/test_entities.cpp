// Entity behaviour the shared cases cannot express: mention groups across items, clitic
// spans and the linking key, ordering and bounds of every result.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/document.h"
#include "arabic_analyzer/entities.h"
#include "arabic_analyzer/text.h"
#include "entities/internal.h"
#include "test_support.h"

namespace {

const aa::Analyzer& analyzer() {
  static const aa::Analyzer a;
  return a;
}

std::vector<aa::Entity> names(const std::string& utf8) {
  aa::Result r = analyzer().analyze_utf8(utf8);
  std::vector<aa::Entity> out;
  for (const aa::Entity& e : r.entities)
    if (e.type == aa::EntityType::PER || e.type == aa::EntityType::LOC ||
        e.type == aa::EntityType::ORG)
      out.push_back(e);
  return out;
}

const aa::Entity* find(const std::vector<aa::Entity>& es, const std::string& text, size_t nth = 0) {
  for (const aa::Entity& e : es)
    if (e.text == text && nth-- == 0) return &e;
  return nullptr;
}

// A text's tokens as the entity stage sees them (TokenInfo views into the document it keeps).
struct EntityTokens {
  explicit EntityTokens(const char* utf8)
      : doc(aa::DocumentBuilder().build(aa::utf8_to_utf16(utf8))),
        t(aa::ner::token_infos(doc, lexicon())) {}
  static const aa::ner::Lexicon& lexicon() {
    static const aa::ner::Lexicon lex = aa::ner::Lexicon::load();
    return lex;
  }
  const aa::Document doc;
  const std::vector<aa::ner::TokenInfo> t;
};

std::string seed(const char* name) {
  return aa_test::read_file(aa_test::source_path(std::string("tests/data/") + name));
}

TEST(Entities, SurnameAndVariantSpellingJoinTheFullNamesGroup) {
  std::vector<aa::Entity> es = names(seed("000_00fe2e4262b66faa.txt"));
  const aa::Entity* full = find(es, "نيكي_هيلي");
  const aa::Entity* variant = find(es, "هايلي");
  ASSERT_TRUE(full && variant);
  EXPECT_EQ(variant->type, aa::EntityType::PER);
  EXPECT_EQ(variant->group, full->group);

  const aa::Entity* assad = find(es, "بشار الأسد");
  ASSERT_TRUE(assad);
  size_t surname_mentions = 0;
  for (const aa::Entity& e : es) {
    if (e.text == "الأسد") {
      EXPECT_EQ(e.group, assad->group);
      ++surname_mentions;
    }
  }
  EXPECT_GE(surname_mentions, 1u);  // نظام الأسد
  EXPECT_NE(assad->group, full->group);
}

TEST(Entities, RepeatedNamesShareAGroupAndDifferentOnesDoNot) {
  std::vector<aa::Entity> es = names(seed("003_068320e3f5882409.txt"));
  const aa::Entity* a = find(es, "خان شيخون", 0);
  const aa::Entity* b = find(es, "خان شيخون", 1);
  const aa::Entity* aleppo = find(es, "حلب");
  ASSERT_TRUE(a && b && aleppo);
  EXPECT_EQ(a->group, b->group);
  EXPECT_NE(a->group, aleppo->group);
}

TEST(Entities, CliticsStayOutsideTheSpanAndTheKey) {
  std::vector<aa::Entity> es = names("قال مسؤول إن الوفد وصل وبدمشق التقى ممثلين للأمم المتحدة.");
  const aa::Entity* damascus = find(es, "دمشق");
  ASSERT_TRUE(damascus);
  EXPECT_EQ(damascus->normalized, "دمشق");
  // لل is ل + ال with the alef elided: the article's lam stays in the span, the key is whole.
  auto un = std::find_if(es.begin(), es.end(),
                         [](const aa::Entity& e) { return e.type == aa::EntityType::ORG; });
  ASSERT_NE(un, es.end());
  EXPECT_EQ(un->text, "لأمم المتحدة");
  EXPECT_EQ(un->normalized, "الامم المتحده");
}

TEST(Entities, SortedNonOverlappingWithBoundedConfidence) {
  for (const char* file : {"000_00fe2e4262b66faa.txt", "003_068320e3f5882409.txt"}) {
    std::vector<aa::Entity> es = names(seed(file));
    ASSERT_FALSE(es.empty());
    for (size_t k = 0; k < es.size(); ++k) {
      EXPECT_GE(es[k].confidence, 0.0);
      EXPECT_LE(es[k].confidence, 1.0);
      EXPECT_GE(es[k].group, 0);
      EXPECT_NE(es[k].source, aa::EntitySource::number)
          << es[k].text;  // names come from a name layer
      if (k > 0) EXPECT_GE(es[k].span.start, es[k - 1].span.end) << es[k].text;
    }
  }
}

TEST(Entities, NothingInTextWithoutNames) {
  EXPECT_TRUE(names("").empty());
  EXPECT_TRUE(names("قال إنه لم يكن في المنزل يوم الاثنين من شهر شباط/فبراير الماضي.").empty());
  EXPECT_TRUE(names("1234 5678 !!! ؟؟").empty());
  EXPECT_TRUE(names("لللل وو ال الـ ـــ").empty());
}

// The name-part lists (ner_compound_place_heads_ar.txt, ner_place_adjectives_ar.txt) take the
// next word into a place only as written: with a clitic it is another word.
TEST(Entities, CompoundPlaceHeadsAndPlaceAdjectivesAreWholeWords) {
  auto places = [](const std::string& text) {
    std::vector<std::string> out;
    for (const aa::Entity& e : names(text))
      if (e.type == aa::EntityType::LOC) out.push_back(e.text);
    return out;
  };
  EXPECT_EQ(places("قصفت الطائرات بلدة كفر زيتا أمس"), std::vector<std::string>{"كفر زيتا"});
  EXPECT_EQ(places("قصفت الطائرات بلدة زيتا الشرقية أمس"),
            std::vector<std::string>{"زيتا الشرقية"});
  EXPECT_EQ(places("قصفت الطائرات بلدة زيتا والشرقية أمس"), std::vector<std::string>{"زيتا"});
}

// The word lists the rules compare keep the rules' matching: resumptive pronouns, title
// modifiers and title links as written (a clitic makes another word), broken-plural place
// triggers also after a one-letter proclitic (وقرى), but not after the article (والقرى).
TEST(Entities, RuleWordListsMatchAsTheRulesCompare) {
  const EntityTokens tokens("عليها وعليها العام والعام لدى ولدى قرى وقرى والقرى");
  const std::vector<aa::ner::TokenInfo>& t = tokens.t;
  ASSERT_EQ(t.size(), 9u);
  EXPECT_TRUE(t[0].resumptive);
  EXPECT_FALSE(t[1].resumptive);
  EXPECT_TRUE(t[2].title_modifier);
  EXPECT_FALSE(t[3].title_modifier);
  EXPECT_TRUE(t[4].title_link);
  EXPECT_FALSE(t[5].title_link);
  EXPECT_TRUE(t[6].plural_place);
  EXPECT_TRUE(t[7].plural_place);
  EXPECT_FALSE(t[8].plural_place);
}

// A name never goes on across a comma, colon, full stop, quote mark or line break (the tagger
// once gave «لندن ، فإن» as one place), but does across a hyphen (كيم جونغ - ايل).
TEST(Entities, ClauseMarksEndNamesHyphensDoNot) {
  const EntityTokens tokens("لندن، فإن باريس: وقال «كيم جونغ - ايل» غدا.\nعمان");
  const std::vector<aa::ner::TokenInfo>& t = tokens.t;
  // لندن فإن باريس وقال كيم جونغ ايل غدا عمان
  const bool expected[] = {false, true, false, true, true, false, false, true, true};
  ASSERT_EQ(t.size(), std::size(expected));
  for (size_t k = 0; k < t.size(); ++k)
    EXPECT_EQ(t[k].clause_mark_before, expected[k]) << aa::utf16_to_utf8(t[k].word);

  size_t articles = 0, mentions = 0;
  for (const std::string& text : aa_test::repository_news()) {
    for (const aa::Entity& e : names(text)) {
      ++mentions;
      // A full stop inside a word is no clause mark (سي.أن.أن).
      EXPECT_EQ(e.text.find_first_of(",:;!?\"\n"), std::string::npos) << e.text;
      EXPECT_EQ(e.text.find(". "), std::string::npos) << e.text;
      for (const char* mark : {"\u060C", "\u061B", "\u061F", "\u00AB", "\u00BB"})
        EXPECT_EQ(e.text.find(mark), std::string::npos) << e.text;
    }
    ++articles;
  }
  EXPECT_GE(articles, 30u);
  EXPECT_GE(mentions, 300u);
}

// A nationality adjective the tagger began a person with is left out of the name (العاجي
// ايمانويل ايبوي), whatever the model says; a name that only is such a word stays.
TEST(Entities, PersonsLoseALeadingNationalityAdjective) {
  const EntityTokens tokens("وسجل العاجي ايمانويل ايبوي ثم المصري");
  const std::vector<aa::ner::TokenInfo>& t = tokens.t;
  ASSERT_EQ(t.size(), 6u);
  using aa::ner::Candidate;
  std::vector<Candidate> in(2);
  in[0].first = 1, in[0].last = 3, in[0].source = aa::ner::Source::model;
  in[1].first = 5, in[1].last = 5, in[1].source = aa::ner::Source::model;
  const std::vector<Candidate> out = aa::ner::join_name_chains(in, t);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].first, 2u);
  EXPECT_EQ(out[0].last, 3u);
  EXPECT_EQ(out[1].first, 5u);
}

}  // namespace
