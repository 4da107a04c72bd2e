// Writes wasm/data/ner_lexicon.bin: the entity recognizer's gazetteers and word lists
// compiled into one sorted key table of search-normalized strings (its fields:
// wasm/src/entities/internal.h, LexiconField), which the core reads in place.
//
//   build-scripts/build-data.sh lexicons   (runs the native target gen_entity_lexicon)
//   usage: gen_entity_lexicon DATA_DIR > ner_lexicon.bin
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "arabic_analyzer/embedded_data.h"
#include "arabic_analyzer/normalize.h"
#include "entities/internal.h"
#include "generator_io.h"

namespace {

using namespace aa;
using namespace aa::ner;

struct PhraseRow {
  std::u16string name;  // search-normalized
  EntityType type;
  bool weak;
};

void read_phrases(std::vector<PhraseRow>& rows, const std::string& file, const Normalizer& norm) {
  for_each_data_row(tables::read_data_file(file),
                    [&](std::string_view name, std::string_view type_name, std::string_view kind) {
                      EntityType type;
                      if (!entity_type_from_name(type_name, type)) return;
                      std::u16string n = norm.normalize_text(utf8_to_utf16(name));
                      if (n.find_first_not_of(u' ') == std::u16string::npos) return;
                      bool weak =
                          kind.size() >= 10 && kind.substr(kind.size() - 10) == "_ambiguous";
                      rows.push_back({std::move(n), type, weak});
                    });
}

// A nationality adjective (البريطاني, الكورية) names the country of a listed place.
bool nationality_adjective(std::u16string_view w, const std::set<std::u16string>& places) {
  if (w.size() < 5 || w.substr(0, 2) != u"ال") return false;
  std::u16string root(w.substr(2));
  if (root.size() > 2 && root.substr(root.size() - 2) == u"يه")
    root.resize(root.size() - 2);
  else if (root.back() == u'ي')
    root.pop_back();
  else
    return false;
  for (std::u16string tail : {u"", u"يا", u"ا"})
    if (places.count(root + tail) || places.count(u"ال" + root + tail)) return true;
  return false;
}

// ANERcorp's convention, which the tagger is judged by, leaves a nationality adjective after
// a name outside it (حزب العمال | البريطاني): a listed phrase that only adds one to another
// listed phrase is dropped so it cannot pull the adjective in.
void add_phrases(tables::KeyTableWriter& table, const std::vector<PhraseRow>& rows) {
  std::set<std::u16string> places, strong;
  for (const PhraseRow& r : rows) {
    if (r.type == EntityType::LOC && r.name.find(u' ') == std::u16string::npos)
      places.insert(r.name);
    if (!r.weak) strong.insert(r.name);
  }
  for (const PhraseRow& r : rows) {
    std::u16string_view n = r.name;
    size_t last_space = n.rfind(u' ');
    if (last_space != std::u16string_view::npos &&
        strong.count(std::u16string(n.substr(0, last_space))) &&
        nationality_adjective(n.substr(last_space + 1), places))
      continue;
    // Words separated by one space, as the matcher joins tokens.
    std::u16string key;
    for (size_t pos = 0; pos < n.size();) {
      size_t sp = std::min(n.find(u' ', pos), n.size());
      if (sp > pos) {
        if (!key.empty()) {
          table.row(key)[kFieldPhrase] |= kPhrasePrefix;
          key += u' ';
        }
        key += n.substr(pos, sp - pos);
      }
      pos = sp + 1;
    }
    // The first list to name a phrase wins; the curated lists are read before CLDR.
    std::vector<uint32_t>& row = table.row(key);
    if (row[kFieldPhrase] & kPhraseListed) continue;
    row[kFieldPhrase] |=
        kPhraseListed | (r.weak ? kPhraseWeak : 0) | uint32_t(r.type) << kPhraseTypeShift;
  }
}

void add_cues(tables::KeyTableWriter& table, const std::string& file, const Normalizer& norm,
              uint32_t bits, std::string_view only_kind = {}, uint32_t kind_bits = 0) {
  for_each_data_row(tables::read_data_file(file), [&](std::string_view w, std::string_view kind) {
    table.row(norm.normalize_text(utf8_to_utf16(w)))[kFieldCues] |=
        !only_kind.empty() && kind == only_kind ? kind_bits : bits;
  });
}

}  // namespace

int main(int argc, char** argv) {
  if (!tables::read_command_line(argc, argv, "ner_lexicon.bin")) return 2;
  const Normalizer norm(Profile::search);
  tables::KeyTableWriter table({4, 2, 1, 1, 1});
  static_assert(kLexiconFields == 5, "one width per LexiconField");

  std::vector<PhraseRow> rows;
  for (const char* file : {"gazetteer_orgs_ar.tsv", "gazetteer_places_ar.tsv",
                           "gazetteer_people_ar.tsv", "gazetteer_cldr.tsv"})
    read_phrases(rows, file, norm);
  add_phrases(table, rows);
  add_cues(table, "ner_stopwords_ar.txt", norm, kCueStop);
  add_cues(table, "ner_titles_ar.txt", norm, kCueTitle);
  add_cues(table, "ner_given_names_ar.txt", norm, kCueGiven);
  add_cues(table, "ner_place_triggers_ar.txt", norm, kCuePlace, "strong",
           kCuePlace | kCueStrongPlace);
  add_cues(table, "ner_org_heads_ar.txt", norm, kCueOrgHead, "trigger", kCueOrgTrigger);
  add_cues(table, "ner_name_connectors_ar.txt", norm, kCueNameConnector);
  add_cues(table, "ner_compound_place_heads_ar.txt", norm, kCueCompoundPlaceHead);
  add_cues(table, "ner_place_adjectives_ar.txt", norm, kCuePlaceAdjective);
  add_cues(table, "ner_resumptive_pronouns_ar.txt", norm, kCueResumptive);
  add_cues(table, "ner_title_modifiers_ar.txt", norm, kCueTitleModifier);
  add_cues(table, "ner_title_links_ar.txt", norm, kCueTitleLink);
  add_cues(table, "ner_plural_place_triggers_ar.txt", norm, kCuePluralPlace);
  add_cues(table, "ner_sports_cues_ar.txt", norm, kCueSports);
  add_cues(table, "ner_regnal_ordinals_ar.txt", norm, kCueOrdinal, "teen", kCueOrdinalTeen);
  // Keys are already token stems in search form (written by build-scripts/build-ner-clusters.sh
  // and tools/ner/gen_name_words.cpp).
  for_each_data_row(
      tables::read_data_file("ner_clusters.tsv"), [&](std::string_view id, std::string_view words) {
        int v = 0;
        for (char c : id) v = v * 10 + (c - '0');
        for (size_t at = 0; at < words.size();) {
          size_t end = std::min(words.find(' ', at), words.size());
          if (end > at) {
            table.row(utf8_to_utf16(words.substr(at, end - at)))[kFieldCluster] = uint32_t(v + 1);
          }
          at = end + 1;
        }
      });
  // Both files give a word's bits as letters (ner_name_words.tsv: PLOM; ner_name_lists.tsv:
  // pPtcy, see gen_name_lists.cpp).
  struct Letter {
    char letter;
    uint32_t bit;
  };
  auto read_letters = [&](const char* file, LexiconField field, std::initializer_list<Letter> map) {
    for_each_data_row(
        tables::read_data_file(file), [&](std::string_view w, std::string_view letters) {
          uint32_t bits = 0;
          for (char c : letters)
            for (const Letter& l : map) bits |= c == l.letter ? l.bit : 0;
          // LexEntry::word_stats() tells a listed name word by its bits.
          if (!bits) {
            std::fprintf(stderr, "gen_entity_lexicon: %s: a word without a known letter\n", file);
            std::exit(1);
          }
          table.row(utf8_to_utf16(w))[field] = bits;
        });
  };
  read_letters("ner_name_words.tsv", kFieldNameTypes,
               {{'P', kNamePer}, {'L', kNameLoc}, {'O', kNameOrg}, {'M', kNameMisc}});
  read_letters("ner_name_lists.tsv", kFieldNameLists,
               {{'p', kListPersonRare},
                {'P', kListPerson},
                {'t', kListTranslit},
                {'c', kListClub},
                {'y', kListCity}});

  tables::write_table(
      table, "ner_lexicon.bin",
      "# Entity lexicon (ner_lexicon.bin): the gazetteers and word lists of the entity recognizer "
      "as\n"
      "# one sorted table of search-normalized strings (wasm/src/text/key_table.h; fields in\n"
      "# wasm/src/entities/internal.h).\n"
      "# generated by build-scripts/build-data.sh (tools/tables/gen_entity_lexicon.cpp) - do not "
      "edit.\n"
      "# Sources (wasm/data; each file's header names its own): "
      "gazetteer_{orgs,places,people}_ar.tsv\n"
      "# and ner_*_ar.txt (CC0 1.0), gazetteer_cldr.tsv (CLDR, Unicode License v3), "
      "ner_clusters.tsv and\n"
      "# ner_name_words.tsv (derived from ANERcorp, WikiFANE and AQMAR); as they are, this table "
      "is\n"
      "# CC BY-SA 4.0 (wasm/data/ner_model.LICENSE).\n");
  return 0;
}
