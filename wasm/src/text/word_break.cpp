// UAX #29 word boundaries (https://www.unicode.org/reports/tr29/#Word_Boundary_Rules,
// Unicode 15.0 as in ICU 72) over ICU's character properties, with ICU's word kinds.
//
// Where ICU 72's root word rules (icu4c/source/data/brkitr/rules/word.txt) depart from
// plain UAX #29, this follows ICU, so the tokenizer's words stay what ICU made them:
//   - Kinds: ICU gives each segment the status of the rules that end it, which comes down to
//     its last character that is not Extend/Format/ZWJ (kind_of below).
//   - Dictionary scripts: Line_Break=Complex_Context letters (Thai, Lao, Khmer, Myanmar, ...)
//     count as letters ($ALetterPlus), not Other; Hangul syllables and Han-script letters
//     (々) do not (they are left to dictionaries), so "가a" and "가_" break where UAX #29
//     keeps them; adjacent Han, Hiragana and Katakana join, and so do adjacent Hangul
//     syllables; Han-script marks (U+16FF0, U+16FF1) are no Extend.
//   - CLDR's root tailoring (classify): "@" is a letter and the colons (: U+FE55 U+FF1A) are
//     not MidLetter, so "المصدر:رويترز" is two words and "@name" one.
// Deliberate difference from ICU: with its dictionary data (Debian's ICU has it), ICU splits
// runs of those dictionary scripts into words from word lists; here a run stays one segment,
// as it always was in the wasm build, which never shipped the dictionaries (megabytes).
// tests/native/test_word_break.cpp checks all of this against Unicode's WordBreakTest.txt (with
// U+00B7, also MidLetter, where it has a colon) and against ICU's break iterator.
#include "arabic_analyzer/word_break.h"

#include <unicode/uchar.h>

#include "text/char_props.h"

namespace aa {

namespace {

// Word_Break values (UAX #29, table 3), after ICU's tailoring (classify()).
enum class Wb : uint8_t {
  other,
  cr,
  lf,
  newline,
  extend,
  zwj,
  regional_indicator,
  format,
  katakana,
  hebrew_letter,
  aletter,
  single_quote,
  double_quote,
  mid_num_let,
  mid_letter,
  mid_num,
  numeric,
  extend_num_let,
  wseg_space,
};

// ICU's sets beyond Word_Break.
enum : uint8_t {
  kKanaKanji = 1,  // $KanaKanji: Han, Hiragana, Katakana; adjacent ones join
  kHangul = 2,     // $HangulSyllable (U+AC00..U+D7A3); adjacent ones join
  kIdeo = 4,       // a word even alone (status kana/ideo): Katakana, Hiragana, Ideographic
};

struct Char {
  UChar32 c = 0;
  Wb wb = Wb::other;
  uint8_t icu = 0;
};

Wb word_break(uint16_t props) {
  switch (props & cp::kWordBreakMask) {
    case U_WB_CR: return Wb::cr;
    case U_WB_LF: return Wb::lf;
    case U_WB_NEWLINE: return Wb::newline;
    case U_WB_EXTEND: return Wb::extend;
    case U_WB_ZWJ: return Wb::zwj;
    case U_WB_REGIONAL_INDICATOR: return Wb::regional_indicator;
    case U_WB_FORMAT: return Wb::format;
    case U_WB_KATAKANA: return Wb::katakana;
    case U_WB_HEBREW_LETTER: return Wb::hebrew_letter;
    case U_WB_ALETTER: return Wb::aletter;
    case U_WB_SINGLE_QUOTE: return Wb::single_quote;
    case U_WB_DOUBLE_QUOTE: return Wb::double_quote;
    case U_WB_MIDNUMLET: return Wb::mid_num_let;
    case U_WB_MIDLETTER: return Wb::mid_letter;
    case U_WB_MIDNUM: return Wb::mid_num;
    case U_WB_NUMERIC: return Wb::numeric;
    case U_WB_EXTENDNUMLET: return Wb::extend_num_let;
    case U_WB_WSEGSPACE: return Wb::wseg_space;
    default: return Wb::other;  // also the emoji values of Unicode 9..10, unused since 11
  }
}

Char classify(UChar32 c) {
  const uint16_t p = char_props(char32_t(c));
  Char k{c, word_break(p), 0};
  // CLDR's root tailoring, as ICU 72 has it: "@" is a letter (so "@name" and "a@b.c" are one
  // word) and the colons are not MidLetter (UAX #29 keeps "c:a" together with WB6/WB7).
  if (c == u'@') k.wb = Wb::aletter;
  if (c == u':' || c == 0xFE55 || c == 0xFF1A) k.wb = Wb::other;
  if (k.wb == Wb::katakana) {
    k.icu = kKanaKanji | kIdeo;
    return k;
  }
  // ICU's other sets have nothing below Thai nor in U+2000..U+2E7F (punctuation, symbols):
  // Arabic text and its punctuation skip the lookups below. (The tests try every code point.)
  if (c < 0x0E00 || (c >= 0x2000 && c < 0x2E80)) return k;
  if (k.wb != Wb::other && k.wb != Wb::aletter && k.wb != Wb::extend) return k;
  if (c >= 0xAC00 && c <= 0xD7A3) return {c, Wb::other, kHangul};
  const bool hiragana = p & cp::kHiragana, kana_kanji = hiragana || (p & cp::kHan);
  if (kana_kanji) k = {c, Wb::other, kKanaKanji};  // neither $ALetterPlus nor $Extend
  if (k.wb == Wb::aletter) return k;
  if (hiragana || (p & cp::kIdeographic)) {
    k.icu |= kIdeo;  // an Extend among them (U+16FE4) stays Extend
  } else if (k.wb == Wb::other && !kana_kanji && (p & cp::kComplexContext)) {
    k.wb = Wb::aletter;  // $ALetterPlus takes in [$ComplexContext - $Extend - $Control]
  }
  return k;
}

bool newline(Wb w) { return w == Wb::cr || w == Wb::lf || w == Wb::newline; }
bool ignorable(Wb w) { return w == Wb::extend || w == Wb::format || w == Wb::zwj; }
bool ah_letter(Wb w) { return w == Wb::aletter || w == Wb::hebrew_letter; }
bool mid_letter_q(Wb w) {
  return w == Wb::mid_letter || w == Wb::mid_num_let || w == Wb::single_quote;
}
bool mid_num_q(Wb w) { return w == Wb::mid_num || w == Wb::mid_num_let || w == Wb::single_quote; }

// A Char in the 32 bits WordSegmenter keeps: code point (21 bits), ICU flags (3), Wb (8).
uint32_t pack(Char k) { return uint32_t(k.c) << 11 | uint32_t(k.icu) << 8 | uint32_t(k.wb); }
Char unpack(uint32_t v) { return {UChar32(v >> 11), Wb(v & 0xFF), uint8_t(v >> 8 & 0x7)}; }

Char read(std::u16string_view text, size_t& i) {
  return classify(UChar32(next_code_point(text, i)));
}

// The first character at or after `i` that WB4 does not ignore; Other at the end of the text.
Wb after_ignorables(std::u16string_view text, size_t i) {
  while (i < text.size()) {
    Wb w = read(text, i).wb;
    if (!ignorable(w)) return w;
  }
  return Wb::other;
}

// What the rules need to know about the segment so far.
struct Segment {
  Char last;              // the character just before the candidate boundary (WB3..WB4)
  Char base;              // the last one WB4 does not ignore: the "X" of WB5 onwards
  Wb before = Wb::other;  // the one before `base`, for WB7, WB7c, WB11 (Other if none)
  bool has_before = false;
  bool ignored_after = false;  // Extend/Format/ZWJ after `base`
  bool ideo_after = false;     // one of them is Ideographic too (U+16FE4)
  uint32_t regional_indicators = 0;

  explicit Segment(Char first) : last(first), base(first) {
    regional_indicators = first.wb == Wb::regional_indicator;
  }

  void add(Char n) {
    last = n;
    if (ignorable(n.wb)) {
      ignored_after = true;
      ideo_after |= (n.icu & kIdeo) != 0;
      return;
    }
    before = base.wb;
    has_before = true;
    base = n;
    ignored_after = ideo_after = false;
    regional_indicators += n.wb == Wb::regional_indicator;
  }
};

// No boundary between the segment and `n`, whose text ends at `next` (for the look-ahead
// of WB6, WB7b, WB12)?
bool joins(const Segment& s, Char n, std::u16string_view text, size_t next) {
  const Wb prev = s.last.wb;
  if (prev == Wb::cr && n.wb == Wb::lf) return true;  // WB3
  if (newline(prev) || newline(n.wb)) return false;   // WB3a, WB3b
  if (prev == Wb::zwj && (char_props(char32_t(n.c)) & cp::kExtPictographic)) return true;  // WB3c
  if (prev == Wb::wseg_space && n.wb == Wb::wseg_space) return true;                       // WB3d
  if (ignorable(n.wb)) return true;                                                        // WB4
  const Wb x = s.base.wb, w = s.before;
  if (ah_letter(x) && ah_letter(n.wb)) return true;  // WB5
  if (ah_letter(x) && mid_letter_q(n.wb) && ah_letter(after_ignorables(text, next)))
    return true;                                                        // WB6
  if (ah_letter(w) && mid_letter_q(x) && ah_letter(n.wb)) return true;  // WB7
  if (x == Wb::hebrew_letter && n.wb == Wb::single_quote) return true;  // WB7a
  if (x == Wb::hebrew_letter && n.wb == Wb::double_quote &&
      after_ignorables(text, next) == Wb::hebrew_letter)
    return true;  // WB7b
  if (w == Wb::hebrew_letter && x == Wb::double_quote && n.wb == Wb::hebrew_letter)
    return true;                                                             // WB7c
  if (x == Wb::numeric && n.wb == Wb::numeric) return true;                  // WB8
  if (ah_letter(x) && n.wb == Wb::numeric) return true;                      // WB9
  if (x == Wb::numeric && ah_letter(n.wb)) return true;                      // WB10
  if (w == Wb::numeric && mid_num_q(x) && n.wb == Wb::numeric) return true;  // WB11
  if (x == Wb::numeric && mid_num_q(n.wb) && after_ignorables(text, next) == Wb::numeric)
    return true;                                               // WB12
  if (x == Wb::katakana && n.wb == Wb::katakana) return true;  // WB13
  if ((ah_letter(x) || x == Wb::numeric || x == Wb::katakana || x == Wb::extend_num_let) &&
      n.wb == Wb::extend_num_let)
    return true;  // WB13a
  if (x == Wb::extend_num_let && (ah_letter(n.wb) || n.wb == Wb::numeric || n.wb == Wb::katakana)) {
    return true;  // WB13b
  }
  if (x == Wb::regional_indicator && n.wb == Wb::regional_indicator &&
      s.regional_indicators % 2 == 1) {
    return true;  // WB15, WB16
  }
  // ICU: runs for its dictionaries ($KanaKanji $KanaKanji, $HangulSyllable $HangulSyllable).
  if (s.last.icu & n.icu & (kKanaKanji | kHangul)) return true;
  return false;  // WB999
}

// ICU's rule status, grouped. Each of its rules that sets a status ends on a character WB4
// does not ignore (`base`); the first ones below let Extend/Format/ZWJ follow it ($ExFm*),
// the others do not, and what follows then gets a rule without status.
WordKind kind_of(const Segment& s) {
  const Char& x = s.base;
  if (s.ideo_after) return WordKind::letter;                        // $Ideographic $ExFm*
  if (x.wb == Wb::numeric) return WordKind::number;                 // $Numeric $ExFm*
  if (ah_letter(x.wb) || (x.icu & kIdeo)) return WordKind::letter;  // $ALetterPlus $ExFm*, ...
  if (s.ignored_after) return WordKind::other;
  if (x.icu & kHangul) return WordKind::letter;  // $HangulSyllable
  if (!s.has_before) return WordKind::other;
  if (x.icu & kKanaKanji) return WordKind::letter;  // $KanaKanji $KanaKanji
  if (x.wb == Wb::extend_num_let) {                 // WB13a
    if (s.before == Wb::numeric) return WordKind::number;
    if (ah_letter(s.before) || s.before == Wb::katakana || s.before == Wb::extend_num_let) {
      return WordKind::letter;
    }
  }
  if (x.wb == Wb::single_quote && s.before == Wb::hebrew_letter) return WordKind::letter;  // WB7a
  return WordKind::other;
}

}  // namespace

bool WordSegmenter::next(WordSegment& segment) {
  if (pos_ >= text_.size()) return false;
  size_t end = pos_;
  Segment s(next_end_ > pos_ ? unpack(next_class_) : read(text_, end));
  if (next_end_ > pos_) end = next_end_;
  while (end < text_.size()) {
    size_t next = end;
    Char n = read(text_, next);
    if (!joins(s, n, text_, next)) {
      next_end_ = next;
      next_class_ = pack(n);
      break;
    }
    s.add(n);
    end = next;
  }
  segment.span = {uint32_t(pos_), uint32_t(end)};
  segment.kind = kind_of(s);
  pos_ = end;
  return true;
}

}  // namespace aa
