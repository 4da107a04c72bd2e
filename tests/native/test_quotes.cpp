// The quotes stage's parts on inputs the shared cases cannot express compactly: mark pairing
// and the inflection of the reporting verbs.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/json_output.h"
#include "arabic_analyzer/normalize.h"
#include "arabic_analyzer/text.h"
#include "quotes/lexicon.h"
#include "quotes/marks.h"
#include "test_support.h"

namespace {

using aa::quotes::Agreement;
using aa::quotes::find_quotations;

std::u16string content(std::u16string_view text, const aa::quotes::Quotation& q) {
  return std::u16string(text.substr(q.content.start, q.content.size()));
}

TEST(QuoteMarks, StraightQuotesNestByContext) {
  const std::u16string text = u"قال: \"إن ما يسمى \"خارطة الطريق\" فشل\" أمس";
  auto qs = find_quotations(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_TRUE(qs[0].closed);
  EXPECT_EQ(content(text, qs[0]), u"إن ما يسمى \"خارطة الطريق\" فشل");
}

TEST(QuoteMarks, MirroredGuillemetsPair) {
  const std::u16string text = u"وقال »الوضع خطير« ثم غادر";
  auto qs = find_quotations(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(content(text, qs[0]), u"الوضع خطير");
}

TEST(QuoteMarks, UnclosedMarkEndsAtItsParagraph) {
  const std::u16string text = u"وقال: «الوضع خطير جدا.\nوفي سياق آخر «افتتح» المعرض.";
  auto qs = find_quotations(text);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_FALSE(qs[0].closed);
  EXPECT_EQ(content(text, qs[0]), u"الوضع خطير جدا");
  EXPECT_EQ(content(text, qs[1]), u"افتتح");
}

TEST(QuoteMarks, UnclosedMarkStopsAtTheLengthLimit) {
  std::u16string text = u"«" + std::u16string(3 * aa::quotes::kMaxQuotationUnits, u'ب');
  auto qs = find_quotations(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].content.size(), aa::quotes::kMaxQuotationUnits);
}

TEST(QuoteMarks, LimitNeverSplitsASurrogatePair) {
  std::u16string text = u"\"";
  while (text.size() < 2 * aa::quotes::kMaxQuotationUnits) text += u"😀";
  for (const auto& q : find_quotations(text)) {
    EXPECT_FALSE(aa::is_lead(text[q.content.end - 1]));
  }
}

TEST(QuoteMarks, StrayClosingMarksAndApostrophesAreNotQuotations) {
  EXPECT_TRUE(find_quotations(u"انتهى» الاجتماع” اليوم").empty());
  EXPECT_TRUE(find_quotations(u"O'Brien and d'Alembert").empty());
}

class QuoteLexicon : public testing::Test {
 protected:
  static std::optional<aa::quotes::Cue> cue(std::u16string_view word) {
    return lexicon().cue(search().normalize_text(word));
  }
  static const aa::quotes::Lexicon& lexicon() {
    static const aa::quotes::Lexicon lexicon;
    return lexicon;
  }
  static const aa::Normalizer& search() {
    static const aa::Normalizer search(aa::Profile::search);
    return search;
  }
};

TEST_F(QuoteLexicon, VerbsInflectWithAgreement) {
  ASSERT_TRUE(cue(u"وأضافت"));
  EXPECT_EQ(cue(u"وأضافت")->agreement, Agreement::feminine);
  ASSERT_TRUE(cue(u"ويؤكدون"));
  EXPECT_EQ(cue(u"ويؤكدون")->agreement, Agreement::plural);
  ASSERT_TRUE(cue(u"مشيرة"));
  EXPECT_EQ(cue(u"مشيرة")->form, aa::quotes::CueForm::participle);
  EXPECT_EQ(cue(u"مشيرة")->agreement, Agreement::feminine);
  ASSERT_TRUE(cue(u"فقلنا"));
  EXPECT_EQ(cue(u"نفت")->agreement, Agreement::feminine);
  EXPECT_EQ(cue(u"بقوله")->form, aa::quotes::CueForm::noun);
  EXPECT_TRUE(cue(u"اعتبره"));
}

// A form two rows give keeps the first row's reading: أعلن is the perfect (he announced), not
// the imperfect أ + علن (I announce) listed after it; نفيت after نفى is she, not I.
TEST_F(QuoteLexicon, TheFirstReadingListedWins) {
  ASSERT_TRUE(cue(u"أعلن"));
  EXPECT_EQ(cue(u"أعلن")->agreement, Agreement::masculine);
  ASSERT_TRUE(cue(u"نفيت"));
  EXPECT_EQ(cue(u"نفيت")->agreement, Agreement::feminine);
}

TEST_F(QuoteLexicon, SourcePhrasesKeepTheirPreposition) {
  auto preposition = [](std::u16string_view word) -> std::optional<std::u16string> {
    const aa::quotes::CueWord c = lexicon().cue_word(search().normalize_text(word));
    if (!c.source) return std::nullopt;
    return lexicon().preposition(*c.source);
  };
  EXPECT_EQ(preposition(u"وبحسب"), u"");
  EXPECT_EQ(preposition(u"وفقا"), u"ل");
  EXPECT_EQ(preposition(u"نقلا"), u"عن");
  EXPECT_EQ(preposition(u"فحسب"), std::nullopt);  // "only"
  EXPECT_EQ(preposition(u"عن"), std::nullopt);    // a preposition is no phrase
  EXPECT_FALSE(cue(u"بحسب"));
}

TEST_F(QuoteLexicon, SpeakerWordsWithoutArticleAndConjunction) {
  auto word = [](std::u16string_view w) {
    return lexicon().speaker_word(search().normalize_text(w));
  };
  auto agreement = [](std::u16string_view w) {
    return lexicon().head_agreement(search().normalize_text(w));
  };
  using aa::quotes::SpeakerWord;
  EXPECT_EQ(word(u"والوزيرة"), SpeakerWord::head);
  EXPECT_EQ(agreement(u"والوزيرة"), Agreement::feminine);
  EXPECT_EQ(agreement(u"مصادر"), Agreement::feminine);  // a plural of things
  EXPECT_EQ(agreement(u"المسؤولون"), Agreement::plural);
  EXPECT_EQ(word(u"التي"), SpeakerWord::stop);
  EXPECT_EQ(agreement(u"التي"), Agreement::any);
  // The cue list and the speaker list are apart: a verb is no speaker word, nor a title a cue.
  EXPECT_EQ(word(u"قال"), SpeakerWord::none);
  EXPECT_FALSE(cue(u"الوزير"));
}

TEST_F(QuoteLexicon, OtherWordsAreNoCues) {
  // سيعلن is future (nothing said yet); رأى and توقع are not listed verbs.
  for (auto w : {u"سيعلن", u"رأى", u"توقع", u"الوزير", u"قول", u"ذكرى"}) EXPECT_FALSE(cue(w));
}

}  // namespace

// Every span of every stage is well formed on real news: the repository's ANERcorp articles
// (tools/quotes_eval/gold) once gave a pronoun speaker whose start came after its end, when its
// antecedent was a name behind a clitic.
TEST(QuoteSpans, WellFormedOnRepositoryNews) {
  static const aa::Analyzer analyzer;
  size_t articles = 0;
  for (const std::string& text : aa_test::repository_news()) {
    aa::Result r = analyzer.analyze_utf8(text, aa::AnalyzeOptions{});
    ASSERT_FALSE(r.error);
    const std::string why =
        aa_test::check_spans(nlohmann::json::parse(aa::to_json(r)), aa::utf8_to_utf16(text));
    EXPECT_TRUE(why.empty()) << "article " << articles << ": " << why;
    ++articles;
  }
  EXPECT_GE(articles, 30u);
}
