// Generates wasm/data/ner_name_lists.tsv: token stems that the name lists of ../shared/data/names
// know, as name-likeness features of the entity tagger. A stem of a person-name token borne by
// many people on Wikidata, a transliterated foreign word, a word of a club's or a city's name:
// unseen names in news are mostly such words, and the annotated text is too small to have met
// them. Keys are computed by the same normalizer, tokenizer and stemmer as at run time.
//
//   ner_gen_name_lists SHARED_DATA_DIR CLDR_GAZETTEER ARWIKI_TEXT > wasm/data/ner_name_lists.tsv
//
// ARWIKI_TEXT is the decompressed unlabeled Wikipedia text (data/arwiki). Only stems that
// occur there are written, and not those whose one piece of evidence is a token of one or two
// Wikidata people: of the 59,153 listed stems that leaves 14,934, which news is likely to use
// (all of them would add 166 KB gzipped to ner_lexicon.bin; these add 40 KB, and on our
// ANERcorp dev slice they score as well or better: tools/ner/README.md).
//
// CLDR_GAZETTEER is wasm/data/gazetteer_cldr.tsv: a word of a country's name never gets the
// club letter (نادي مصر is a club, but مصر in a sports report is the country or its team).
//
// Letters of the second column (NameListBits in wasm/src/entities/internal.h):
//   p  a person-name token of 1-2 Wikidata people      P  ... of 3 or more
//   t  a transliterated word (google/transliteration)
//   c  a word of a sports club's name                  y  a word of a city's or place's name
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/internal.h"
#include "ner_data.h"

using namespace aa;
using namespace aa::ner;
using namespace aa::ner_tools;

namespace {

// Calls f(fields) for every row of a tab-separated list, skipping `#` headers.
template <class F>
bool for_each_row(const std::string& path, F f) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, '\t');) fields.push_back(field);
    f(fields);
  }
  return true;
}

// The stems of an Arabic name's words, as the tagger will see them: words the cue lists
// describe (نادي, مدينة, بن) are left to those lists.
std::vector<std::string> stems_of(const std::string& name, const Resources& res) {
  std::vector<std::string> out;
  Document doc = documents().build(utf8_to_utf16(name));
  for (const TokenInfo& t : token_infos(doc, res.lexicon)) {
    if (!t.arabic || t.stem.size() < 2 || t.stop || t.title || t.place_trigger || t.org_head ||
        t.org_trigger || t.name_connector)
      continue;
    out.push_back(utf16_to_utf8(t.stem));
  }
  return out;
}

// Every token stem of the Wikipedia text (wikiextractor's <doc> lines skipped).
std::unordered_set<std::string> stems_in(const std::string& path, const Resources& res) {
  std::unordered_set<std::string> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.rfind("<doc ", 0) == 0 || line == "</doc>") continue;
    // The document outlives the loop: token stems are views into its text.
    const Document doc = documents().build(utf8_to_utf16(line));
    for (const TokenInfo& t : token_infos(doc, res.lexicon))
      if (t.arabic) out.insert(utf16_to_utf8(t.stem));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr,
                 "usage: %s SHARED_DATA_DIR CLDR_GAZETTEER ARWIKI_TEXT > ner_name_lists.tsv\n",
                 argv[0]);
    return 2;
  }
  const std::string names = std::string(argv[1]) + "/names/";
  const Resources res = Resources::load();
  std::map<std::string, std::string> letters;  // sorted, for a stable, diffable file
  auto mark = [&](const std::string& stem, char c) {
    std::string& l = letters[stem];
    if (l.find(c) == std::string::npos) l += c;
  };
  // Wikidata pairs each Latin token with its Arabic one; the count is per pair, so a token's
  // bearers are summed over its spellings first.
  std::unordered_map<std::string, unsigned> bearers;
  bool ok = for_each_row(names + "wikidata_person_name_tokens.tsv", [&](const auto& f) {
    if (f.size() >= 3) bearers[f[1]] += unsigned(std::stoul(f[2]));
  });
  for (const auto& [token, n] : bearers)
    for (const std::string& s : stems_of(token, res)) mark(s, n >= 3 ? 'P' : 'p');
  ok = ok && for_each_row(names + "google_transliteration_ar2en.tsv", [&](const auto& f) {
         for (const std::string& s : stems_of(f[0], res)) mark(s, 't');
       });
  ok = ok && for_each_row(names + "arwikicats_clubs.tsv", [&](const auto& f) {
         if (f.size() >= 2)
           for (const std::string& s : stems_of(f[1], res)) mark(s, 'c');
       });
  ok = ok && for_each_row(names + "arwikicats_cities.tsv", [&](const auto& f) {
         if (f.size() >= 2)
           for (const std::string& s : stems_of(f[1], res)) mark(s, 'y');
       });
  ok = ok && for_each_row(argv[2], [&](const auto& f) {
         if (f.size() < 3 || f[2] != "region") return;
         for (const std::string& s : stems_of(f[0], res)) {
           auto it = letters.find(s);
           if (it != letters.end() && it->second.find('c') != std::string::npos)
             it->second.erase(it->second.find('c'), 1);
         }
       });
  if (!ok) {
    std::fprintf(stderr, "name lists missing under %s or %s unreadable\n", names.c_str(), argv[2]);
    return 1;
  }
  std::printf(
      "# Token stems the name lists know: name-likeness features of the entity tagger.\n"
      "# Generated by tools/ner/gen_name_lists.cpp (build-scripts/train-ner.sh) - do not edit.\n"
      "# p/P: a person-name token of 1-2 / 3+ Wikidata people (Wikidata labels via\n"
      "#   steveash/NETransliteration-COLING2018, CC0 1.0); t: a transliterated word\n"
      "#   (google/transliteration ar2en, Apache-2.0); c/y: a word of a club's / city's name\n"
      "#   (ArWikiCats, MIT). This derived table keeps those terms (package/NOTICE.md).\n"
      "# Only stems that occur in the Arabic Wikipedia text of data/arwiki (Arabic Wikipedia\n"
      "#   contributors, via motazsaad/egy-arb-dialect-id; CC BY-SA 4.0) and have more than a\n"
      "#   rare person-name token (p) as evidence are listed.\n");
  const std::unordered_set<std::string> in_wikipedia = stems_in(argv[3], res);
  if (in_wikipedia.empty()) {
    std::fprintf(stderr, "no text in %s\n", argv[3]);
    return 1;
  }
  size_t written = 0;
  for (auto& [stem, l] : letters) {
    if (l.empty() || l == "p" || !in_wikipedia.count(stem)) continue;
    ++written;
    if (l.find('P') != std::string::npos && l.find('p') != std::string::npos)
      l.erase(l.find('p'), 1);
    std::printf("%s\t%s\n", stem.c_str(), l.c_str());
  }
  std::fprintf(stderr, "%zu of %zu listed stems written\n", written, letters.size());
  return 0;
}
