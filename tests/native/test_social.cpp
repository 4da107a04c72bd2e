// extract_social edge cases that the shared JSON cases cannot express compactly: generated
// long inputs, DNS label limits, and outputs of pathological text.
#include <gtest/gtest.h>

#include "arabic_analyzer/hashtags.h"

namespace {

const aa::Normalizer& search() {
  static const aa::Normalizer n(aa::Profile::search);
  return n;
}

aa::Extracted extract(const std::string& utf8) {
  return aa::extract_social(aa::utf8_to_utf16(utf8), search());
}

std::vector<std::string> url_texts(const aa::Extracted& x) {
  std::vector<std::string> out;
  for (const auto& u : x.urls) out.push_back(u.text);
  return out;
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(Social, AsciiLabelOf63IsAUrlButNot64) {
  std::string ok = "http://" + repeat("a", 63) + ".com";
  std::string too_long = "http://" + repeat("a", 64) + ".com";
  EXPECT_EQ(url_texts(extract("see " + ok)), std::vector<std::string>{ok});
  EXPECT_TRUE(url_texts(extract("see " + too_long)).empty());
}

TEST(Social, IdnLabelLimitCountsPunycodeLength) {
  // 20 Arabic letters encode to well under 63 ASCII characters; 70 cannot fit.
  std::string ok = "http://" + repeat("\xD9\x85", 20) + ".com/x";
  std::string too_long = "http://" + repeat("\xD9\x85", 70) + ".com/x";
  EXPECT_EQ(url_texts(extract("رابط " + ok + " هنا")), std::vector<std::string>{ok});
  EXPECT_TRUE(url_texts(extract("رابط " + too_long + " هنا")).empty());
}

TEST(Social, LongDottedArabicTextHasNoUrls) {
  // Sentence-final periods without spaces, many times over: no TLD, so nothing, and the scan
  // stays linear (this input is quadratic for a naive start-by-start matcher).
  aa::Extracted x = extract(repeat("ادلب.", 20000) + " #سوريا");
  EXPECT_TRUE(x.urls.empty());
  ASSERT_EQ(x.hashtags.size(), 1u);
  EXPECT_EQ(x.hashtags[0].tag, "سوريا");
}

TEST(Social, ManyHashtagsKeepOrderAndUtf16Spans) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "\xF0\x9F\x98\x80 #وسم_" + std::to_string(i) + " ";
  aa::Extracted x = extract(text);
  ASSERT_EQ(x.hashtags.size(), 500u);
  std::u16string u = aa::utf8_to_utf16(text);
  for (size_t i = 0; i < x.hashtags.size(); ++i) {
    const auto& h = x.hashtags[i];
    EXPECT_EQ(aa::utf16_to_utf8(u.substr(h.span.start, h.span.size())), h.text);
    EXPECT_EQ(h.tag, "وسم_" + std::to_string(i));
    EXPECT_EQ(h.normalized, "وسم " + std::to_string(i));
  }
}

TEST(Social, SuspectsInsideUrlsAreNotReported) {
  aa::Extracted x = extract("https://example.com/a#b و http://x.com/page#");
  EXPECT_TRUE(x.suspect_hashtags.empty());
  EXPECT_EQ(url_texts(x),
            (std::vector<std::string>{"https://example.com/a#b", "http://x.com/page#"}));
}

TEST(Social, EmailEndsBeforeSentencePeriodAndArabic) {
  aa::Extracted x = extract("للتواصل: press.office@un.org.وقال");
  ASSERT_EQ(x.urls.size(), 1u);
  EXPECT_EQ(x.urls[0].text, "press.office@un.org");
  EXPECT_TRUE(x.urls[0].email);
  EXPECT_TRUE(x.mentions.empty());
}

TEST(Social, EmptyAndSignOnlyTexts) {
  for (const char* t : {"", "#", "@", "$", ".", "://", "#@$.", "\xEF\xBC\x83"}) {
    aa::Extracted x = extract(t);
    EXPECT_TRUE(x.hashtags.empty() && x.mentions.empty() && x.urls.empty() && x.cashtags.empty() &&
                x.suspect_hashtags.empty())
        << t;
  }
}

}  // namespace
