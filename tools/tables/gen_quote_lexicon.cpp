// Writes wasm/data/quotes_lexicon.bin: the quotes stage's cue words as one sorted key table of
// search-normalized forms (its fields: wasm/src/quotes/lexicon.h, CueField) that the core
// reads in place: every inflected form of the reporting verbs (the rules below), and the
// source phrases with their prepositions.
//
//   build-scripts/build-data.sh lexicons   (runs the native target gen_quote_lexicon)
//   usage: gen_quote_lexicon DATA_DIR > quotes_lexicon.bin
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "arabic_analyzer/embedded_data.h"
#include "arabic_analyzer/normalize.h"
#include "generator_io.h"
#include "quotes/lexicon.h"

namespace {

using namespace aa;
using namespace aa::quotes;
using A = Agreement;

struct Affix {
  std::u16string_view text;
  Agreement agreement;
};

// Perfect suffixes that start with a vowel (a hollow verb keeps its long stem: قالت) and
// with a consonant (it shortens: قلنا). A sound verb takes both on one stem. ت alone is the
// third person feminine after a long stem; after a short one it is the first or second person.
constexpr Affix kPerfectLong[] = {{u"", A::masculine},
                                  {u"ت", A::feminine},
                                  {u"وا", A::plural},
                                  {u"ا", A::plural},
                                  {u"تا", A::plural}};
constexpr Affix kPerfectShort[] = {{u"ت", A::any},     {u"ن", A::plural},  {u"نا", A::plural},
                                   {u"تم", A::plural}, {u"تن", A::plural}, {u"تما", A::plural}};
// Imperfect prefix + suffix pairs, with the subject they imply.
struct Circumfix {
  std::u16string_view prefix, suffix;
  Agreement agreement;
};
constexpr Circumfix kImperfect[] = {
    {u"ي", u"", A::masculine}, {u"ي", u"ون", A::plural}, {u"ي", u"ان", A::plural},
    {u"ي", u"ن", A::plural},   {u"ي", u"وا", A::plural}, {u"ت", u"", A::feminine},
    {u"ت", u"ان", A::plural},  {u"ت", u"ين", A::any},    {u"ت", u"ون", A::any},
    {u"ن", u"", A::plural},    {u"ا", u"", A::any}};
// The participle used adverbially is accusative: مضيفا، مضيفة، مضيفين، مضيفات.
constexpr Affix kParticiple[] = {{u"ا", A::masculine}, {u"ه", A::feminine}, {u"ين", A::plural},
                                 {u"ون", A::plural},   {u"ات", A::plural},  {u"ان", A::plural}};
// A verb's object pronoun (اعتبره) leaves the cue intact.
constexpr std::u16string_view kObjectPronouns[] = {u"ه", u"ها", u"هم"};
// The verbal noun carries the content only with its article or its subject's pronoun:
// القول، بالقول، قوله، بقولها.
constexpr Affix kNounSuffixes[] = {
    {u"ه", A::masculine}, {u"ها", A::feminine}, {u"هم", A::plural}, {u"هما", A::plural}};

[[noreturn]] void fail(const char* file, const char* what, std::string_view value) {
  std::fprintf(stderr, "gen_quote_lexicon: %s: %s '%.*s'\n", file, what, int(value.size()),
               value.data());
  std::exit(1);
}

std::u16string join(std::initializer_list<std::u16string_view> parts) {
  std::u16string out;
  for (std::u16string_view p : parts) out += p;
  return out;
}

// Every form of one row of quotes_reporting_verbs_ar.txt, in the order they were always
// added: the first reading listed wins (a form two stems or patterns give keeps the first).
class VerbForms {
 public:
  VerbForms(tables::KeyTableWriter& table, std::u16string stem, CueRole role)
      : table_(table), stem_(std::move(stem)) {
    cue_.role = role;
  }

  void expand(std::string_view pattern) {
    const bool perfect = pattern == "perfect";
    if (perfect || pattern == "perfect_long")
      for (const Affix& s : kPerfectLong) finite(join({stem_, s.text}), s.agreement);
    if (perfect || pattern == "perfect_short") {
      for (const Affix& s : kPerfectShort) {
        if (perfect && s.text == u"ت") continue;  // the long stem's ت
        finite(join({stem_, s.text}), s.agreement);
      }
    }
    if (pattern == "imperfect") {
      for (const Circumfix& c : kImperfect) finite(join({c.prefix, stem_, c.suffix}), c.agreement);
    } else if (pattern == "participle") {
      cue_.form = CueForm::participle;
      for (const Affix& s : kParticiple) add(join({stem_, s.text}), s.agreement);
    } else if (pattern == "noun") {
      cue_.form = CueForm::noun;
      add(join({u"ال", stem_}), A::any);
      add(join({u"بال", stem_}), A::any);
      for (const Affix& s : kNounSuffixes) {
        add(join({stem_, s.text}), s.agreement);
        add(join({u"ب", stem_, s.text}), s.agreement);
      }
    } else if (pattern == "form_m" || pattern == "form_f" || pattern == "form_pl") {
      cue_.form = CueForm::finite;
      add(stem_, pattern == "form_m"   ? A::masculine
                 : pattern == "form_f" ? A::feminine
                                       : A::plural);
    } else if (pattern.rfind("perfect", 0) != 0) {
      fail("quotes_reporting_verbs_ar.txt", "unknown pattern", pattern);
    }
  }

 private:
  // A finite form, and the same with each object pronoun.
  void finite(const std::u16string& form, Agreement agreement) {
    cue_.form = CueForm::finite;
    add(form, agreement);
    for (std::u16string_view p : kObjectPronouns) add(join({form, p}), agreement);
  }
  void add(const std::u16string& form, Agreement agreement) {
    cue_.agreement = agreement;
    uint32_t& field = table_.row(form)[kFieldCue];
    if (!field) field = kListedCue | pack_cue(cue_);
  }

  tables::KeyTableWriter& table_;
  const std::u16string stem_;
  Cue cue_;
};

}  // namespace

int main(int argc, char** argv) {
  if (!tables::read_command_line(argc, argv, "quotes_lexicon.bin")) return 2;
  const Normalizer search(Profile::search);
  auto norm = [&](std::string_view utf8) { return search.normalize_text(utf8_to_utf16(utf8)); };
  // Looked up for almost every token, most of which are no cue: the shape filter turns those
  // away cheaply (text/key_table.h).
  tables::KeyTableWriter table({1, 2}, 16, tables::KeyTableWriter::Filter::shapes);
  static_assert(kCueFields == 2, "one width per CueField");

  for_each_data_row(tables::read_data_file("quotes_reporting_verbs_ar.txt"),
                    [&](std::string_view stem, std::string_view pattern, std::string_view role) {
                      if (role != "reporting" && role != "direct")
                        fail("quotes_reporting_verbs_ar.txt", "unknown role", role);
                      VerbForms(table, norm(stem),
                                role == "direct" ? CueRole::direct : CueRole::reporting)
                          .expand(pattern);
                    });

  // A phrase's preposition is a key of its own, which the phrase's field points to by rank:
  // the ranks are known once every key is in.
  std::vector<std::pair<std::u16string, std::u16string>> prepositions;
  for_each_data_row(tables::read_data_file("quotes_source_phrases_ar.txt"),
                    [&](std::string_view word, std::string_view preposition) {
                      std::u16string form = norm(word), p = norm(preposition);
                      table.row(form);
                      if (!p.empty()) table.row(p);
                      prepositions.emplace_back(std::move(form), std::move(p));
                    });

  for (const auto& [form, p] : prepositions)  // the last row of a phrase wins, as it always did
    table.row(form)[kFieldSource] = p.empty() ? kSourceAlone : kSourceBefore + table.rank(p);

  tables::write_table(
      table, "quotes_lexicon.bin",
      "# Quotes lexicon (quotes_lexicon.bin): every inflected form of the reporting verbs, the\n"
      "# source phrases and their prepositions, search-normalized, as a table of text keys with\n"
      "# a shape filter (wasm/src/text/key_table.h; fields in wasm/src/quotes/lexicon.h).\n"
      "# generated by build-scripts/build-data.sh (tools/tables/gen_quote_lexicon.cpp) - do not "
      "edit.\n"
      "# Sources (wasm/data): quotes_reporting_verbs_ar.txt, quotes_source_phrases_ar.txt,\n"
      "# written for this project. Licence: CC0 1.0.\n");
  return 0;
}
