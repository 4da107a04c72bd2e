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
#include <iterator>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "arabic_analyzer/embedded_data.h"
#include "entities/internal.h"
#include "ner_data.h"

using namespace aa;
using namespace aa::ner;
using namespace aa::ner_tools;

namespace {

// The whole of a name list, for for_each_data_row (false when it cannot be read).
bool read_list(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// The stems of an Arabic name's words, as the tagger will see them: words the cue lists
// describe (نادي, مدينة, بن) are left to those lists.
std::vector<std::string> stems_of(std::string_view name, const Resources& res) {
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

// Every token stem of the Wikipedia text.
std::unordered_set<std::string> stems_in(const std::string& path, const Resources& res) {
  std::unordered_set<std::string> out;
  for_each_wikipedia_paragraph(path, [&](const Document& doc) {
    for (const TokenInfo& t : token_infos(doc, res.lexicon))
      if (t.arabic) out.insert(utf16_to_utf8(t.stem));
  });
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
  std::string wikidata, translit, clubs, cities, cldr;
  if (!read_list(names + "wikidata_person_name_tokens.tsv", wikidata) ||
      !read_list(names + "google_transliteration_ar2en.tsv", translit) ||
      !read_list(names + "arwikicats_clubs.tsv", clubs) ||
      !read_list(names + "arwikicats_cities.tsv", cities) || !read_list(argv[2], cldr)) {
    std::fprintf(stderr, "name lists missing under %s or %s unreadable\n", names.c_str(), argv[2]);
    return 1;
  }
  std::unordered_map<std::string, unsigned> bearers;
  for_each_data_row(wikidata, [&](std::string_view, std::string_view arabic, std::string_view n) {
    if (!n.empty()) bearers[std::string(arabic)] += unsigned(std::stoul(std::string(n)));
  });
  for (const auto& [token, n] : bearers)
    for (const std::string& s : stems_of(token, res)) mark(s, n >= 3 ? 'P' : 'p');
  for_each_data_row(translit, [&](std::string_view arabic, std::string_view) {
    for (const std::string& s : stems_of(arabic, res)) mark(s, 't');
  });
  for (const auto& [list, letter] : {std::pair{&clubs, 'c'}, std::pair{&cities, 'y'}}) {
    for_each_data_row(*list, [&](std::string_view, std::string_view arabic) {
      for (const std::string& s : stems_of(arabic, res)) mark(s, letter);
    });
  }
  for_each_data_row(cldr, [&](std::string_view name, std::string_view, std::string_view kind) {
    if (kind != "region") return;
    for (const std::string& s : stems_of(name, res)) {
      auto it = letters.find(s);
      if (it != letters.end() && it->second.find('c') != std::string::npos)
        it->second.erase(it->second.find('c'), 1);
    }
  });
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
