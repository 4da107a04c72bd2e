// Where a statement's content ends (ANNOTATION.md section 4). Internal to the quotes stage.
#pragma once

#include "quotes/scan.h"

namespace aa::quotes {

// A content clause runs at most this many words: three times the longest of the development
// gold (42), and a bound that keeps nested cues in one endless sentence (قال إن X قال إن
// Y...) from copying the rest of the text once per cue.
constexpr size_t kMaxContentTokens = 120;

// The indirect content starting at token `first`: to the end of its sentence (a quotation
// opened inside it runs on to its closing mark), or earlier, before a new statement's cue or
// a postposed source or frame phrase (، مشيرا إلى أن؛ ، بحسب الوكالة؛ ، وذلك في...), final
// punctuation left out. The span starts at a quotation mark just before `first`.
Span indirect_content(const Scan& scan, size_t first);

// Whether quotation `q` is a statement's whole content: nothing but final punctuation
// follows it before its sentence ends or a new statement begins.
bool quotation_ends_statement(const Scan& scan, size_t q);

// Whether token k begins a new statement inside a running one: a cue or source phrase after
// a comma or a conjunction, or the frame phrase وذلك.
bool starts_statement(const Scan& scan, size_t k);

}  // namespace aa::quotes
