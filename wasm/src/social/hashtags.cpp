// Hashtags (twitter-text's validHashtag), suspect hashtags, and extract_social, which runs
// every finder and resolves overlaps the way twitter-text's extractEntitiesWithIndices does.
#include "arabic_analyzer/hashtags.h"

#include <algorithm>

#include "social/chars.h"
#include "social/finders.h"

namespace aa {
namespace social {
namespace {

// End of the run of hashtag characters starting at `pos`; `alpha` tells whether it holds a
// letter or mark (a tag of digits and joiners only, like #2017 or #_, is no hashtag).
size_t tag_run_end(std::u16string_view text, size_t pos, bool& alpha) {
  alpha = false;
  size_t i = pos;
  while (i < text.size()) {
    size_t next = i;
    char32_t c = next_code_point(text, next);
    if (!is_hashtag_alnum(c)) break;
    if (!alpha && is_hashtag_alpha(c)) alpha = true;
    i = next;
  }
  return i;
}

// Start of the run of hashtag characters ending at `pos`, and whether it has a letter.
size_t tag_run_start(std::u16string_view text, size_t pos, bool& alpha) {
  alpha = false;
  size_t i = pos;
  while (i > 0) {
    size_t prev = i;
    char32_t c = prev_code_point(text, prev);
    if (!is_hashtag_alnum(c)) break;
    if (!alpha && is_hashtag_alpha(c)) alpha = true;
    i = prev;
  }
  return i;
}

bool is_horizontal_space(char16_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F; }

}  // namespace

HashtagSpans find_hashtags(std::u16string_view text) {
  HashtagSpans out;
  const size_t n = text.size();
  size_t from = 0;  // where the next regex search starts
  for (size_t h = find_either(text, 0, u'#', u'＃'); h != std::u16string_view::npos;
       h = find_either(text, h + 1, u'#', u'＃')) {
    // hashtagBoundary: the start, a variation selector, or a character that is neither a
    // hashtag character nor '&' and that no earlier match consumed.
    bool boundary = h == 0;
    bool after_word = false;
    if (h > 0) {
      size_t p = h;
      char32_t c = prev_code_point(text, p);
      if (c == 0xFE0E || c == 0xFE0F) {
        boundary = p >= from;
      } else if (is_hashtag_alnum(c)) {
        after_word = true;
      } else {
        boundary = c != '&' && p >= from;
      }
    }
    size_t body = h + 1;
    if (body < n && (text[body] == 0xFE0F || text[body] == 0x20E3)) continue;  // keycap emoji
    bool alpha = false;
    size_t end = tag_run_end(text, body, alpha);
    if (boundary && alpha) {
      from = end;
      // endHashtagMatch: a tag running into another hash sign or "://" is no hashtag.
      bool bad_end =
          end < n && (is_hash_sign(text[end]) || (text[end] == ':' && end + 2 < n &&
                                                  text[end + 1] == '/' && text[end + 2] == '/'));
      if (!bad_end) out.hashtags.push_back({uint32_t(h), uint32_t(end)});
      continue;
    }
    // What a reader would still take for a hashtag: "محافظة#" or "a#b" (hash glued to the
    // word before it), and "# إدلب" (space between the hash and the word).
    if (after_word) {
      bool word_alpha = false;
      size_t start = tag_run_start(text, h, word_alpha);
      if (alpha) {
        out.suspects.push_back({{uint32_t(start), uint32_t(end)}, SuspectReason::hash_inside_word});
      } else if (word_alpha) {
        out.suspects.push_back(
            {{uint32_t(start), uint32_t(h + 1)}, SuspectReason::hash_after_word});
      }
      continue;
    }
    if (boundary && end == body) {
      size_t w = body;
      while (w < n && is_horizontal_space(text[w])) ++w;
      if (w == body) continue;
      bool word_alpha = false;
      size_t word_end = tag_run_end(text, w, word_alpha);
      if (word_alpha)
        out.suspects.push_back(
            {{uint32_t(h), uint32_t(word_end)}, SuspectReason::space_after_hash});
    }
  }
  return out;
}

}  // namespace social

namespace {

enum class Kind : uint8_t { email, url, mention, hashtag, cashtag };

struct Found {
  Span span;
  Kind kind;
};

bool overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

// Whether `s` overlaps one of `spans`, which are sorted and do not overlap each other.
template <typename T, typename SpanOf>
bool overlaps_any(const std::vector<T>& spans, Span s, SpanOf span_of) {
  auto it = std::partition_point(spans.begin(), spans.end(),
                                 [&](const T& x) { return span_of(x).end <= s.start; });
  return it != spans.end() && overlaps(span_of(*it), s);
}

std::string hashtag_key(std::u16string_view tag, const Normalizer& search) {
  std::u16string norm = search.normalize_text(tag);
  // Underscores join words in a tag: #الغوطة_الشرقية groups with "الغوطة الشرقية".
  std::u16string spaced;
  spaced.reserve(norm.size());
  for (char16_t c : norm) {
    if (c == u'_') {
      if (!spaced.empty() && spaced.back() != u' ') spaced.push_back(u' ');
    } else {
      spaced.push_back(c);
    }
  }
  while (!spaced.empty() && spaced.back() == u' ') spaced.pop_back();
  return utf16_to_utf8(spaced);
}

}  // namespace

Extracted extract_social(std::u16string_view text, const Normalizer& search) {
  std::vector<Span> emails = social::find_emails(text);
  std::vector<Span> urls = social::find_urls(text);
  // An address's domain is never also a link.
  auto same = [](Span x) { return x; };
  urls.erase(std::remove_if(urls.begin(), urls.end(),
                            [&](Span u) { return overlaps_any(emails, u, same); }),
             urls.end());
  social::HashtagSpans tags = social::find_hashtags(text);

  std::vector<Found> all;
  auto add = [&](const std::vector<Span>& spans, Kind kind) {
    for (Span s : spans) all.push_back({s, kind});
  };
  add(emails, Kind::email);
  add(urls, Kind::url);
  add(social::find_mentions(text), Kind::mention);
  add(tags.hashtags, Kind::hashtag);
  add(social::find_cashtags(text), Kind::cashtag);
  // twitter-text's removeOverlappingEntities: by start, the first of overlapping entities
  // wins (so "twitter.com/#tag" is a URL, not a hashtag).
  std::stable_sort(all.begin(), all.end(),
                   [](const Found& a, const Found& b) { return a.span.start < b.span.start; });
  std::vector<Found> kept;
  kept.reserve(all.size());
  for (const Found& f : all) {
    if (!kept.empty() && kept.back().span.end > f.span.start) continue;
    kept.push_back(f);
  }

  Extracted out;
  auto slice = [&](Span s) { return text.substr(s.start, s.size()); };
  for (const Found& f : kept) {
    std::u16string_view whole = slice(f.span);
    switch (f.kind) {
      case Kind::email:
      case Kind::url:
        out.urls.push_back({f.span, utf16_to_utf8(whole), f.kind == Kind::email});
        break;
      case Kind::mention:
        out.mentions.push_back({f.span, utf16_to_utf8(whole), utf16_to_utf8(whole.substr(1))});
        break;
      case Kind::hashtag:
        out.hashtags.push_back({f.span, utf16_to_utf8(whole), utf16_to_utf8(whole.substr(1)),
                                hashtag_key(whole.substr(1), search)});
        break;
      case Kind::cashtag:
        out.cashtags.push_back({f.span, utf16_to_utf8(whole), utf16_to_utf8(whole.substr(1))});
        break;
    }
  }
  // Suspects never overlap a kept entity or each other ("أث#أث#" is one suspect, not two
  // sharing أث): the first one found wins, like entities across kinds.
  uint32_t suspect_end = 0;
  for (const auto& s : tags.suspects) {
    if (s.span.start < suspect_end) continue;
    if (overlaps_any(kept, s.span, [](const Found& f) { return f.span; })) continue;
    out.suspect_hashtags.push_back({s.span, utf16_to_utf8(slice(s.span)), s.reason});
    suspect_end = s.span.end;
  }
  return out;
}

}  // namespace aa
