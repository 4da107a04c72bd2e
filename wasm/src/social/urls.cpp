// URLs and e-mail addresses. The URL rules are twitter-text's `extractUrl` regular
// expression and extractUrlsWithIndices, re-expressed as a scanner:
//   preceding char, optional http(s)://, domain (subdomains, a domain name, a known TLD or
//   punycode), optional :port, optional /path (ends on a path-ending char or balanced
//   parens), optional ?query (ends on a query-ending char).
// Only the choices the regex makes by backtracking are reproduced (most subdomains first,
// longest TLD, the last path/query position that may end a URL).
#include <algorithm>
#include <array>
#include <string>

#include "arabic_analyzer/embedded_data.h"
#include "social/chars.h"
#include "social/finders.h"
#include "text/key_table.h"

namespace aa::social {
namespace {

constexpr size_t kNone = size_t(-1);
constexpr size_t kMaxUrlLength = 4096;    // twitter-text MAX_URL_LENGTH
constexpr size_t kMaxTcoSlugLength = 40;  // twitter-text MAX_TCO_SLUG_LENGTH
constexpr size_t kMaxLabelLength = 63;    // DNS label limit (RFC 1035), after punycode

// The TLD list, compiled at build time (tools/tables/gen_tlds.cpp) into a table read in
// place: opening it costs nothing on the first URL.
const KeyTable& tld_table() {
  static const KeyTable table(embedded_file("tlds.bin"), "tlds.bin", 0);
  return table;
}

// twitter-text's validPunycode alternative: xn--[-0-9a-z]+ (no lookahead).
size_t match_punycode(std::u16string_view text, size_t pos, size_t end) {
  if (end - pos < 5 || ascii_lower(text[pos]) != 'x' || ascii_lower(text[pos + 1]) != 'n' ||
      text[pos + 2] != '-' || text[pos + 3] != '-') {
    return 0;
  }
  size_t i = pos + 4;
  while (i < end && (is_ascii_alnum(text[i]) || text[i] == '-')) ++i;
  return i > pos + 4 ? i - pos : 0;
}

size_t match_domain_tail(std::u16string_view text, size_t pos, size_t end) {
  if (size_t n = match_tld(text, pos, end)) return n;
  return match_punycode(text, pos, end);
}

bool is_segment_char(char16_t c) { return c == '-' || c == '_' || is_domain_char(c); }

// Length of an IDNA label after punycode encoding (RFC 3492), as twitter-text checks it
// with punycode.toASCII; labels of ASCII only are unchanged.
size_t encoded_label_length(std::u16string_view label) {
  std::array<char32_t, kMaxLabelLength + 1> cps;
  size_t count = 0, basic = 0;
  bool ascii = true;
  for (size_t i = 0; i < label.size();) {
    char32_t c = next_code_point(label, i);
    if (count == cps.size()) return kMaxLabelLength + 1;  // too long whatever the encoding
    cps[count++] = c;
    if (c < 0x80) ++basic;
    if (c > 0x7E) ascii = false;
  }
  if (ascii) return label.size();
  constexpr uint64_t base = 36, tmin = 1, tmax = 26, skew = 38, damp = 700;
  auto adapt = [&](uint64_t delta, uint64_t points, bool first) {
    delta = first ? delta / damp : delta / 2;
    delta += delta / points;
    uint64_t k = 0;
    while (delta > ((base - tmin) * tmax) / 2) {
      delta /= base - tmin;
      k += base;
    }
    return k + (base - tmin + 1) * delta / (delta + skew);
  };
  size_t out = 4 + basic + (basic > 0 ? 1 : 0);  // "xn--", the basic code points, '-'
  uint64_t n = 128, delta = 0, bias = 72, handled = basic;
  while (handled < count) {
    uint64_t m = UINT64_MAX;
    for (size_t i = 0; i < count; ++i) {
      if (cps[i] >= n && cps[i] < m) m = cps[i];
    }
    delta += (m - n) * (handled + 1);
    n = m;
    for (size_t i = 0; i < count; ++i) {
      if (cps[i] < n) ++delta;
      if (cps[i] != n) continue;
      uint64_t q = delta;
      for (uint64_t k = base;; k += base) {
        uint64_t t = k <= bias ? tmin : (k >= bias + tmax ? tmax : k - bias);
        if (q < t) break;
        ++out;
        q = (q - t) / (base - t);
      }
      ++out;
      bias = adapt(delta, handled + 1, handled == basic);
      delta = 0;
      ++handled;
    }
    ++delta;
    ++n;
  }
  return out;
}

// twitter-text's validAsciiDomain, applied the way extractUrlsWithIndices applies it to the
// domain of a URL written without protocol: each call finds the next ASCII domain in
// [from, end) ("example.com" inside "これはexample.com"), or returns false.
bool next_ascii_domain(std::u16string_view text, size_t from, size_t end, Span& found) {
  auto label_char = [](char16_t c) { return is_ascii_alnum(c) || c == '-' || is_latin_accent(c); };
  for (size_t s = from; s < end; ++s) {
    if (!label_char(text[s])) continue;
    // Greedy labels "abc." from s; then the TLD after the last dot that has one.
    size_t dots[64];
    size_t ndots = 0;
    for (size_t p = s; p < end && ndots < 64;) {
      size_t r = p;
      while (r < end && label_char(text[r])) ++r;
      if (r == p || r >= end || text[r] != '.') break;
      dots[ndots++] = r + 1;
      p = r + 1;
    }
    for (size_t j = ndots; j-- > 0;) {
      if (size_t n = match_domain_tail(text, dots[j], end)) {
        found = {uint32_t(s), uint32_t(dots[j] + n)};
        return true;
      }
    }
  }
  return false;
}

bool has_protocol(std::u16string_view text, size_t pos, size_t& length) {
  static constexpr char16_t kHttp[] = u"http";
  if ((text[pos] | 0x20) != 'h' || text.size() - pos < 7) return false;
  for (size_t i = 0; i < 4; ++i) {
    if (ascii_lower(text[pos + i]) != kHttp[i]) return false;
  }
  size_t i = pos + 4;
  if (ascii_lower(text[i]) == 's') ++i;
  if (text.size() - i < 3 || text[i] != ':' || text[i + 1] != '/' || text[i + 2] != '/')
    return false;
  length = i + 3 - pos;
  return true;
}

// twitter-text's validUrlBalancedParens at text[pos] == '(': up to one nested level.
size_t balanced_parens_end(std::u16string_view text, size_t pos) {
  size_t n = text.size(), i = pos + 1, g = i;
  while (g < n && is_path_char(text[g])) ++g;
  if (g < n && text[g] == ')' && g > i) return g + 1;
  if (g >= n || text[g] != '(') return 0;
  size_t k = g + 1, g2 = k;
  while (g2 < n && is_path_char(text[g2])) ++g2;
  if (g2 == k || g2 >= n || text[g2] != ')') return 0;
  size_t g3 = g2 + 1;
  while (g3 < n && is_path_char(text[g3])) ++g3;
  return (g3 < n && text[g3] == ')') ? g3 + 1 : 0;
}

// The path after '/' at text[pos]: path characters and balanced parens, cut back to the
// last character that may end a path.
size_t path_end(std::u16string_view text, size_t pos) {
  size_t last = pos, i = pos;
  while (i < text.size()) {
    char16_t c = text[i];
    if (c == '(') {
      size_t e = balanced_parens_end(text, i);
      if (!e) break;
      i = last = e;
      continue;
    }
    if (!is_path_char(c)) break;
    ++i;
    if (is_path_end_char(c)) last = i;
  }
  return last;
}

// The query at text[pos] == '?', bounded by `end`; returns pos if there is none.
size_t query_end(std::u16string_view text, size_t pos, size_t end) {
  size_t last = pos;
  for (size_t i = pos + 1; i < end && is_query_char(text[i]); ++i) {
    if (is_query_end_char(text[i])) last = i + 1;
  }
  return last;
}

struct UrlMatch {
  size_t start = 0, end = 0;  // the whole URL
  size_t protocol = 0;        // length of "http(s)://", 0 if absent
  size_t domain_start = 0, domain_end = 0;
  bool path = false;
};

// Reusable scratch for segment boundaries, so scanning allocates only when a text has
// unusually many dotted segments.
struct Segments {
  std::vector<size_t> start, end;
  std::vector<bool> dot_after;
};

// The domain starting at `pos` (twitter-text's validDomain). Sets `hopeless` when no
// segment after the first could start a TLD: then no later start up to the end of this
// dotted chain (seg.end.back()) can match either, since it sees a suffix of the same chain.
size_t match_domain(std::u16string_view text, size_t pos, Segments& seg, bool& hopeless) {
  size_t n = text.size();
  seg.start.clear();
  seg.end.clear();
  seg.dot_after.clear();
  for (size_t p = pos;;) {
    size_t e = p;
    while (e < n && is_segment_char(text[e])) ++e;
    bool dot = e < n && text[e] == '.' && e > p;
    seg.start.push_back(p);
    seg.end.push_back(e);
    seg.dot_after.push_back(dot);
    if (!dot) break;
    p = e + 1;
  }
  hopeless = seg.start.size() < 2;
  if (hopeless) return kNone;
  auto sub_ok = [&](size_t i) {
    size_t s = seg.start[i], e = seg.end[i];
    return e > s && is_domain_char(text[s]) && is_domain_char(text[e - 1]);
  };
  auto name_ok = [&](size_t i) {
    if (!sub_ok(i)) return false;
    for (size_t k = seg.start[i]; k < seg.end[i]; ++k) {
      if (text[k] == '_') return false;
    }
    return true;
  };
  size_t subs = 0;  // leading valid subdomain labels
  while (subs + 1 < seg.start.size() && seg.dot_after[subs] && sub_ok(subs)) ++subs;
  bool any_tld = false;
  for (size_t j = subs + 1; j-- > 0;) {
    if (j + 1 >= seg.start.size() || !seg.dot_after[j]) continue;
    size_t t = seg.start[j + 1];
    size_t len = match_domain_tail(text, t, n);
    if (len) any_tld = true;
    if (len && name_ok(j)) return t + len;
  }
  if (!any_tld) {
    // Later starts inside the first segment see the same later segments.
    for (size_t j = subs + 1; j + 1 < seg.start.size(); ++j) {
      if (match_domain_tail(text, seg.start[j + 1], n)) any_tld = true;
    }
  }
  hopeless = !any_tld;
  return kNone;
}

bool match_url_at(std::u16string_view text, size_t u, Segments& seg, UrlMatch& m, bool& hopeless) {
  size_t n = text.size();
  m = UrlMatch{};
  m.start = u;
  hopeless = false;
  size_t plen = 0;
  if (has_protocol(text, u, plen)) {
    bool unused = false;
    size_t d = match_domain(text, u + plen, seg, unused);
    if (d != kNone) {
      m.protocol = plen;
      m.domain_start = u + plen;
      m.domain_end = d;
    }
  }
  if (!m.protocol) {
    size_t d = match_domain(text, u, seg, hopeless);
    if (d == kNone) return false;
    m.domain_start = u;
    m.domain_end = d;
  }
  size_t e = m.domain_end;
  if (e + 1 < n && text[e] == ':' && is_ascii_digit(text[e + 1])) {
    ++e;
    while (e < n && is_ascii_digit(text[e])) ++e;
  }
  if (e < n && text[e] == '/') {
    m.path = true;
    e = path_end(text, e + 1);
  }
  if (e < n && text[e] == '?') e = query_end(text, e, n);
  m.end = e;
  return true;
}

// idna.toAscii and the length limit of twitter-text's isValidUrl.
bool valid_url(std::u16string_view text, const UrlMatch& m) {
  std::u16string_view domain = text.substr(m.domain_start, m.domain_end - m.domain_start);
  Span unused;
  if (domain.substr(0, 4) == u"xn--" &&
      !next_ascii_domain(text, m.domain_start, m.domain_end, unused)) {
    return false;  // punycode cannot contain non-ASCII characters
  }
  size_t encoded = 0;
  for (size_t p = 0; p <= domain.size();) {
    size_t dot = domain.find(u'.', p);
    if (dot == std::u16string_view::npos) dot = domain.size();
    size_t len = encoded_label_length(domain.substr(p, dot - p));
    if (len < 1 || len > kMaxLabelLength) return false;
    encoded += len + (dot < domain.size() ? 1 : 0);
    p = dot + 1;
  }
  size_t protocol = m.protocol ? m.protocol : 8;  // "https://" is assumed when absent
  return protocol + (m.end - m.start) - domain.size() + encoded <= kMaxUrlLength;
}

// t.co links end after their slug (and query): "http://t.co/abc's" is http://t.co/abc.
// Returns the new end, m.end if the rule does not apply, or kNone to drop the URL.
size_t tco_end(std::u16string_view text, const UrlMatch& m) {
  size_t d = m.domain_start;
  if (m.end - d < 5) return m.end;
  if (ascii_lower(text[d]) != 't' || text[d + 1] != '.' || ascii_lower(text[d + 2]) != 'c' ||
      ascii_lower(text[d + 3]) != 'o' || text[d + 4] != '/') {
    return m.end;
  }
  size_t s = d + 5, e = s;
  while (e < m.end && is_ascii_alnum(text[e])) ++e;
  if (e == s) return m.end;
  if (e - s > kMaxTcoSlugLength) return kNone;
  if (e < m.end && text[e] == '?') e = query_end(text, e, m.end);
  return e;
}

bool valid_url_preceding(char16_t c) {
  return !is_ascii_alnum(c) && c != '@' && c != u'＠' && c != '$' && !is_hash_sign(c) &&
         !is_invalid_char(c);
}

}  // namespace

size_t match_tld(std::u16string_view text, size_t pos, size_t end) {
  if (pos >= end) return 0;
  const KeyTable& table = tld_table();
  std::array<char16_t, kMaxTldLength> lower;
  const size_t longest = std::min(end - pos, lower.size());
  for (size_t i = 0; i < longest; ++i) lower[i] = ascii_lower(text[pos + i]);
  for (size_t len = longest; len > 0; --len) {
    if (pos + len < end) {
      const char16_t c = text[pos + len];
      if (is_ascii_alnum(c) || c == '@' || c == '+' || c == '-') continue;
    }
    // find() tries the table's shape filter first, which turns most lengths away unsearched.
    if (table.find(std::u16string_view(lower.data(), len))) return len;
  }
  return 0;
}

std::vector<Span> find_urls(std::u16string_view text) {
  std::vector<Span> urls;
  if (text.find(u'.') == std::u16string_view::npos) return urls;
  const size_t n = text.size();
  Segments seg;
  UrlMatch m;
  size_t hopeless_until = 0;  // starts before this cannot match without a protocol
  for (size_t k = 0; k < n; ++k) {
    // A match consumes its preceding character text[k] (or, at 0 only, none: '^').
    size_t candidates[2];
    size_t count = 0;
    if (valid_url_preceding(text[k])) candidates[count++] = k + 1;
    if (k == 0) candidates[count++] = 0;
    bool matched = false;
    for (size_t c = 0; c < count && !matched; ++c) {
      size_t u = candidates[c];
      if (u >= n) continue;
      size_t plen = 0;
      if (u < hopeless_until && !has_protocol(text, u, plen)) continue;
      bool protocol = has_protocol(text, u, plen);
      if (!protocol) {
        // Most words: a run of label characters not followed by '.' is no domain, from
        // any start inside it.
        size_t e = u;
        while (e < n && is_segment_char(text[e])) ++e;
        if (e == u) continue;
        // ... nor one whose '.' ends a sentence (no label after it): the common case in prose.
        if (e >= n || text[e] != '.' || e + 1 >= n || !is_segment_char(text[e + 1])) {
          hopeless_until = e;
          continue;
        }
      }
      bool hopeless = false;
      if (!match_url_at(text, u, seg, m, hopeless)) {
        if (hopeless) hopeless_until = seg.end.empty() ? u : seg.end.back();
        continue;
      }
      matched = true;
    }
    if (!matched) continue;
    k = m.end - 1;  // the loop's ++k makes the next preceding character text[m.end]
    if (!valid_url(text, m)) continue;
    if (m.protocol) {
      size_t e = tco_end(text, m);
      if (e == kNone) continue;
      urls.push_back({uint32_t(m.start), uint32_t(e)});
      continue;
    }
    if (m.start > 0) {
      char16_t before = text[m.start - 1];
      if (before == '-' || before == '_' || before == '.' || before == '/') continue;
    }
    Span found;
    size_t from = m.domain_start;
    size_t first_new = urls.size();
    while (next_ascii_domain(text, from, m.domain_end, found)) {
      urls.push_back(found);
      from = found.end;
    }
    if (urls.size() > first_new && m.path) urls.back().end = uint32_t(m.end);
  }
  return urls;
}

std::vector<Span> find_emails(std::u16string_view text) {
  std::vector<Span> emails;
  auto local_char = [](char16_t c) {
    return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  };
  auto host_char = [](char16_t c) { return is_ascii_alnum(c) || c == '-'; };
  const size_t n = text.size();
  size_t taken = 0;
  for (size_t at = text.find(u'@'); at != std::u16string_view::npos; at = text.find(u'@', at + 1)) {
    if (at < taken) continue;
    size_t l = at;
    while (l > taken && local_char(text[l - 1])) --l;
    while (l < at && !is_ascii_alnum(text[l])) ++l;  // starts with a letter or digit
    if (l == at) continue;
    // Host labels after '@'; the address ends at the last label that is a known TLD.
    size_t end = 0;
    for (size_t p = at + 1;;) {
      size_t e = p;
      while (e < n && host_char(text[e])) ++e;
      if (e == p || text[p] == '-' || text[e - 1] == '-') break;
      if (p > at + 1) {
        size_t len = match_tld(text, p, n);
        if (len == e - p) end = e;
      }
      if (e >= n || text[e] != '.') break;
      p = e + 1;
    }
    if (!end) continue;
    emails.push_back({uint32_t(l), uint32_t(end)});
    taken = end;
  }
  return emails;
}

}  // namespace aa::social
