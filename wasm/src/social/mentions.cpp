// @mentions and $cashtags, as twitter-text's validMentionOrList and validCashtag find them.
#include "social/chars.h"
#include "social/finders.h"

namespace aa::social {
namespace {

constexpr size_t kMaxScreenName = 20;  // twitter-text's {1,20}
constexpr size_t kMaxListSlug = 25;
constexpr size_t kMaxCashtag = 6;

bool is_name_char(char16_t c) { return is_ascii_alnum(c) || c == '_'; }

// validMentionPrecedingChars, for a match that may start no earlier than `from`:
// the start of the text, a character that is not [a-zA-Z0-9_!#$%&*@＠], or a retweet
// marker "RT"/"RT:" in any case that itself follows the start or a character outside
// [a-zA-Z0-9_+~.-].
bool mention_may_follow(std::u16string_view text, size_t at, size_t from) {
  if (at == 0) return true;
  char16_t p = text[at - 1];
  if (at - 1 >= from) {
    switch (p) {
      case '!':
      case '#':
      case '$':
      case '%':
      case '&':
      case '*':
      case '@':
      case u'＠': break;
      default:
        if (!is_name_char(p)) return true;
    }
  }
  size_t r = at;
  if (text[r - 1] == ':') --r;
  if (r < 2 || (text[r - 1] | 0x20) != 't' || (text[r - 2] | 0x20) != 'r') return false;
  size_t s = r - 2;  // where "rt" starts
  if (s == 0) return from == 0;
  char16_t q = text[s - 1];
  bool ok = !(is_name_char(q) || q == '+' || q == '~' || q == '.' || q == '-');
  return ok && s - 1 >= from;
}

}  // namespace

std::vector<Span> find_mentions(std::u16string_view text) {
  std::vector<Span> mentions;
  const size_t n = text.size();
  size_t from = 0;  // where the next regex search starts
  for (size_t at = find_either(text, 0, u'@', u'＠'); at != std::u16string_view::npos;
       at = find_either(text, at + 1, u'@', u'＠')) {
    if (at < from) continue;
    if (!mention_may_follow(text, at, from)) continue;
    const size_t start = at;
    size_t e = at + 1;
    while (e < n && e - at - 1 < kMaxScreenName && is_name_char(text[e])) ++e;
    if (e == at + 1) continue;
    size_t name_end = e;
    bool list = false;
    if (e + 1 < n && text[e] == '/' && is_ascii_alpha(text[e + 1])) {
      size_t l = e + 2;
      while (l < n && l - e - 1 < kMaxListSlug && (is_name_char(text[l]) || text[l] == '-')) ++l;
      e = l;
      list = true;
    }
    from = e;
    at = e - 1;  // the search resumes at e
    // endMentionMatch: not followed by another at sign, an accented Latin letter or "://".
    if (e < n) {
      char16_t c = text[e];
      if (is_at_sign(c) || is_latin_accent(c)) continue;
      if (c == ':' && e + 2 < n && text[e + 1] == '/' && text[e + 2] == '/') continue;
    }
    if (!list) mentions.push_back({uint32_t(start), uint32_t(name_end)});
  }
  return mentions;
}

std::vector<Span> find_cashtags(std::u16string_view text) {
  std::vector<Span> cashtags;
  const size_t n = text.size();
  size_t from = 0;
  for (size_t d = text.find(u'$'); d != std::u16string_view::npos; d = text.find(u'$', d + 1)) {
    // Preceded by the start of the text or by a space that no earlier match consumed.
    if (d > 0 && !(d - 1 >= from && is_twitter_space(text[d - 1]))) continue;
    size_t e = d + 1;
    while (e < n && is_ascii_alpha(text[e])) ++e;
    size_t letters = e - d - 1;
    if (letters == 0 || letters > kMaxCashtag) continue;
    auto followed_ok = [&](size_t p) {
      return p >= n || is_js_space(text[p]) || is_twitter_punct(text[p]);
    };
    size_t end = 0;
    if (e + 1 < n && (text[e] == '.' || text[e] == '_')) {
      size_t s = e + 1;
      while (s < n && is_ascii_alpha(text[s])) ++s;
      if (s - e - 1 >= 1 && s - e - 1 <= 2 && followed_ok(s)) end = s;
    }
    if (!end && followed_ok(e)) end = e;
    if (!end) continue;
    cashtags.push_back({uint32_t(d), uint32_t(end)});
    from = end;
    d = end - 1;
  }
  return cashtags;
}

}  // namespace aa::social
