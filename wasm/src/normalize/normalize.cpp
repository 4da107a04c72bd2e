#include "arabic_analyzer/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "normalize/tables.h"

namespace aa {

using namespace norm;

namespace {
constexpr size_t kMaxSegment = 32;  // longest NFKC segment, in code points (see normalize())
}  // namespace

NormalizeSteps steps_for(Profile profile) {
  NormalizeSteps s;
  switch (profile) {
    case Profile::none: break;
    case Profile::search:
      s.unify_alef = s.unify_alef_maksura = s.teh_marbuta_to_heh = true;
      s.persian_letters = s.digits_to_ascii = s.arabic_punctuation = true;
      s.collapse_whitespace = s.fold_case = true;
      [[fallthrough]];
    case Profile::display:
      s.nfkc = s.strip_tashkeel = s.strip_tatweel = s.strip_controls = true;
      break;
  }
  return s;
}

std::optional<Profile> profile_from_name(std::string_view name) {
  for (Profile p : kProfiles) {
    if (name == profile_name(p)) return p;
  }
  return std::nullopt;
}

const char* profile_name(Profile profile) {
  switch (profile) {
    case Profile::none: return "none";
    case Profile::display: return "display";
    case Profile::search: return "search";
  }
  return "none";
}

struct Normalizer::Tables {
  NormalizeSteps steps;
  const icu::Normalizer2* nfkc = nullptr;
  const NormalizeTables* bmp = nullptr;
};

namespace norm {

uint8_t astral_action(char32_t c, bool fold_case, char32_t* to) {
  if (fold_case) {
    UChar32 f = u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT);
    if (f != UChar32(c)) {
      *to = char32_t(f);
      return kMap;
    }
  }
  return kKeep;
}

}  // namespace norm

Normalizer::Normalizer(Profile profile) : Normalizer(steps_for(profile), profile_tables(profile)) {}

Normalizer::Normalizer(const NormalizeSteps& steps, const NormalizeTables& tables) {
  auto t = std::make_unique<Tables>();
  t->steps = steps;
  t->bmp = &tables;
  if (steps.nfkc) {
    UErrorCode ec = U_ZERO_ERROR;
    t->nfkc = icu::Normalizer2::getNFKCInstance(ec);
    if (U_FAILURE(ec)) t->nfkc = nullptr;  // data missing: degrade to no NFKC rather than fail
  }
  tables_ = std::move(t);
}

Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;
const NormalizeSteps& Normalizer::steps() const { return tables_->steps; }

namespace {

// Appends normalized units and their source spans; owns the collapse and mark-joining logic.
class Emitter {
 public:
  Emitter(std::u16string& text, std::vector<uint32_t>& start, std::vector<uint32_t>& end)
      : text_(text), start_(start), end_(end) {}

  void emit(uint8_t action, char32_t c, uint32_t s, uint32_t e) {
    switch (action & kActionMask) {
      case kKeep:
      case kMap:
        push(c, s, e);
        in_space_ = false;
        return;
      case kDropMark:
        if (text_.empty()) return;
        // Join the mark to every unit of the preceding character (all share its start).
        for (size_t k = end_.size(); k-- > 0 && start_[k] == start_.back();) end_[k] = e;
        return;
      case kDrop: return;
      case kSpace:
      case kLineBreak: {
        bool line = (action & kActionMask) == kLineBreak;
        if (in_space_) {
          end_.back() = e;
          if (line) text_.back() = u'\n';
          return;
        }
        push(line ? U'\n' : U' ', s, e);
        in_space_ = true;
        return;
      }
    }
  }

 private:
  void push(char32_t c, uint32_t s, uint32_t e) {
    size_t before = text_.size();
    append_code_point(text_, c);
    for (size_t k = before; k < text_.size(); ++k) {
      start_.push_back(s);
      end_.push_back(e);
    }
  }
  std::u16string& text_;
  std::vector<uint32_t>& start_;
  std::vector<uint32_t>& end_;
  bool in_space_ = false;
};

}  // namespace

Normalized Normalizer::normalize(std::u16string_view in) const {
  const Tables& t = *tables_;
  // A copy, so that its pointers stay in registers: the output's stores could alias them.
  const NormalizeTables bmp = *t.bmp;
  Normalized out;
  out.text.reserve(in.size());
  out.map.start_.reserve(in.size());
  out.map.end_.reserve(in.size());
  out.map.original_length_ = uint32_t(in.size());
  Emitter emitter(out.text, out.map.start_, out.map.end_);
  icu::UnicodeString segment_out;  // reused: ICU appends into its buffer without reallocating

  auto emit_one = [&](char32_t c, uint32_t s, uint32_t e) {
    if (c < 0x10000) {
      uint8_t a = bmp.action(char16_t(c));
      emitter.emit(a, (a & kActionMask) == kMap ? bmp.mapped_to(char16_t(c)) : c, s, e);
    } else {
      char32_t to = c;
      uint8_t a = astral_action(c, t.steps.fold_case, &to);
      emitter.emit(a, to, s, e);
    }
  };

  size_t i = 0;
  while (i < in.size()) {
    const size_t seg_start = i;
    char32_t c = next_code_point(in, i);
    bool needs_nfkc = t.nfkc && (c < 0x10000 ? (bmp.action(char16_t(c)) & kNeedsNfkc) != 0
                                             : !t.nfkc->isInert(UChar32(c)));
    // Fast path for characters like ا that only change when something combines with them:
    // when the next character starts a new segment, nothing does.
    if (needs_nfkc && c < 0x10000 && (bmp.action(char16_t(c)) & kNfkcAlone)) {
      size_t j = i;
      needs_nfkc = i < in.size() && !t.nfkc->hasBoundaryBefore(UChar32(next_code_point(in, j)));
    }
    if (!needs_nfkc) {
      emit_one(c, uint32_t(seg_start), uint32_t(i));
      continue;
    }
    // The NFKC segment runs to the next code point with a normalization boundary before it,
    // so composition and reordering never reach across segments and each output unit maps
    // to exactly the input characters that produced it.
    // A segment is cut after kMaxSegment code points, as Unicode's Stream-Safe Text Format
    // (UAX #15) does after 30 non-starters: canonical reordering is quadratic in the run
    // length, and a paste of nothing but diacritics would otherwise be one huge segment.
    for (size_t count = 1; i < in.size() && count < kMaxSegment; ++count) {
      size_t j = i;
      char32_t d = next_code_point(in, j);
      if (t.nfkc->hasBoundaryBefore(UChar32(d))) break;
      i = j;
    }
    UErrorCode ec = U_ZERO_ERROR;
    const icu::UnicodeString src(false, in.data() + seg_start, int32_t(i - seg_start));
    t.nfkc->normalize(src, segment_out, ec);
    if (U_FAILURE(ec)) segment_out = src;
    std::u16string_view seg(segment_out.getBuffer(), size_t(segment_out.length()));
    for (size_t k = 0; k < seg.size();) {
      emit_one(next_code_point(seg, k), uint32_t(seg_start), uint32_t(i));
    }
  }
  return out;
}

std::u16string Normalizer::normalize_text(std::u16string_view original) const {
  return normalize(original).text;
}

Span OffsetMap::to_original(Span n) const {
  if (start_.empty()) return {0, 0};
  if (n.start >= start_.size()) return {original_length_, original_length_};
  if (n.end <= n.start) return {start_[n.start], start_[n.start]};
  uint32_t last = std::min<uint32_t>(n.end, uint32_t(start_.size())) - 1;
  return {start_[n.start], end_[last]};
}

uint32_t OffsetMap::to_normalized(uint32_t original_offset) const {
  auto it = std::lower_bound(start_.begin(), start_.end(), original_offset);
  return uint32_t(it - start_.begin());
}

std::u16string variant_key(std::u16string_view w) {
  std::u16string key;
  if (w.empty()) return key;
  key.reserve(w.size());
  key.push_back(w[0]);
  for (size_t k = 1; k < w.size(); ++k) {
    char16_t u = w[k];
    bool long_vowel = u == u'\u0627' || u == u'\u0648' || u == u'\u064A' || u == u'\u0649';
    bool final_heh = (u == u'\u0647' || u == u'\u0629') && k + 1 == w.size();
    if (!long_vowel && !final_heh) key.push_back(u);
  }
  return key;
}

}  // namespace aa
