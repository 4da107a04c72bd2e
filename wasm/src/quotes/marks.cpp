#include "quotes/marks.h"

#include <algorithm>
#include <array>

namespace aa::quotes {

namespace {

enum class Mark : uint8_t { straight_double, straight_single, guillemets, mirrored, curly };

struct Open {
  Mark mark;
  uint32_t at;
};

// Nesting deeper than this is noise (a run of marks), not quotation within quotation.
constexpr size_t kMaxDepth = 8;

bool is_quote_char(char16_t c) {
  return c == u'"' || c == u'\'' || c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D;
}

// Whether the character next to a straight mark lets it open (before it) or close (after it):
// space, a paragraph break, punctuation, another mark, or the text's edge.
bool is_boundary(std::u16string_view text, size_t i) {
  if (i >= text.size()) return true;
  char16_t c = text[i];
  if (c == u' ' || c == u'\t' || c == 0x00A0 || is_paragraph_break(c) || is_quote_char(c))
    return true;
  return is_final_punctuation(c) || c == u',' || c == u'(' || c == u')' || c == u'[' || c == u']' ||
         c == u'-' || c == 0x2013 || c == 0x2014 || c == 0x2026 || c == u'/';
}

// Every character of the text is looked at; only marks and line ends need more than this.
bool may_matter(char16_t c) {
  if (c < 0x0080) return c == u'"' || c == u'\'' || c == u'\n' || c == u'\r';
  return c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D || c == 0x2028 || c == 0x2029;
}

class Pairing {
 public:
  explicit Pairing(std::u16string_view text) : text_(text) {}

  std::vector<Quotation> run() {
    for (size_t i = 0; i < text_.size(); ++i) {
      const char16_t c = text_[i];
      if (!may_matter(c)) continue;
      if (depth_ && i - stack_[0].at > kMaxQuotationUnits) {
        cut(stack_[0].at + 1 + kMaxQuotationUnits);
      }
      if (is_paragraph_break(c)) {
        if (depth_) cut(i);
        continue;
      }
      switch (c) {
        case u'"': straight(Mark::straight_double, i); break;
        case u'\'': straight(Mark::straight_single, i); break;
        case 0x00AB:  // «
          if (!close(Mark::mirrored, i)) open(Mark::guillemets, i);
          break;
        case 0x00BB:  // »
          if (!close(Mark::guillemets, i) && !is_boundary(text_, i + 1)) open(Mark::mirrored, i);
          break;
        case 0x201C: open(Mark::curly, i); break;
        case 0x201D: close(Mark::curly, i); break;
        default: break;
      }
    }
    if (depth_) cut(std::min<size_t>(text_.size(), stack_[0].at + 1 + kMaxQuotationUnits));
    return std::move(out_);
  }

 private:
  void straight(Mark mark, size_t i) {
    const bool before = i == 0 || is_boundary(text_, i - 1);
    const bool after = is_boundary(text_, i + 1);
    if (before && !after) {
      open(mark, i);
    } else if (after && !before) {
      close(mark, i);
    } else if (!close(mark, i) && mark == Mark::straight_double) {
      open(mark, i);  // an apostrophe between letters (O'Brien) is no mark
    }
  }

  void open(Mark mark, size_t i) {
    if (depth_ == kMaxDepth) return;
    stack_[depth_++] = {mark, uint32_t(i)};
  }

  // Closes the innermost open `mark`, dropping any unclosed marks inside it.
  bool close(Mark mark, size_t i) {
    for (size_t k = depth_; k-- > 0;) {
      if (stack_[k].mark != mark) continue;
      depth_ = k;
      if (depth_ == 0) {
        const uint32_t open = stack_[0].at;
        out_.push_back({open, {open + 1, uint32_t(i)}, uint32_t(i + 1), true});
      }
      return true;
    }
    return false;
  }

  // The outermost open quotation ends before `end` (a paragraph break, the length limit or
  // the text's end), without the spaces and final punctuation there.
  void cut(size_t end) {
    const uint32_t open = stack_[0].at;
    size_t e = end;
    while (e > open + 1 && (text_[e - 1] == u' ' || text_[e - 1] == u'\t' ||
                            is_final_punctuation(text_[e - 1]) || is_lead(text_[e - 1]))) {
      --e;
    }
    out_.push_back({open, {open + 1, uint32_t(e)}, uint32_t(e), false});
    depth_ = 0;
  }

  std::u16string_view text_;
  std::array<Open, kMaxDepth> stack_{};
  size_t depth_ = 0;
  std::vector<Quotation> out_;
};

}  // namespace

bool is_final_punctuation(char16_t c) {
  return c == u'.' || c == 0x060C || c == 0x061B || c == u':' || c == u'!' || c == 0x061F ||
         c == u',' || c == u';' || c == u'?' || c == 0x06D4 || c == 0x2026;
}

std::vector<Quotation> find_quotations(std::u16string_view text) { return Pairing(text).run(); }

}  // namespace aa::quotes
