// Internal interface of the entity recognizer (entities_*.cpp) and its trainer/evaluator
// (tools/ner). Not part of the public API.
//
// Pipeline for one Document:
//   token_infos()      per-token views: normalized word, article-free stem, lexicon flags
//   match_gazetteer()  layer 1: phrases of the gazetteers, clitics stripped
//   apply_rules()      layer 2: titles -> PER, place triggers -> LOC, organization heads -> ORG
//   Tagger::decode()   layer 3: linear-chain BIO tagger (Viterbi), layers 1-2 as features
//   recognize()        model_mentions(): city-named clubs in sports reports, regnal and
//                      بن chains joined, conjunctions split, multi-word names spread in the
//                      document, strong-trigger places kept whole, clitics off, Latin-script
//                      names added (entities.cpp, sports.cpp, name_chains.cpp, latin.cpp)
//   link_mentions()    mentions of one referent grouped, surnames found alone
//   Calibration        raw scores to reported probabilities (calibration.h), once per mention
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "arabic_analyzer/document.h"
#include "arabic_analyzer/entities.h"
#include "entities/calibration.h"
#include "text/hash.h"
#include "text/key_table.h"

namespace aa::ner {

// Lexicons are stored as hashes so lookups allocate nothing (text/hash.h).
inline uint64_t hash_u16(std::u16string_view s, uint64_t h = Fnv<uint64_t>::basis) {
  return fnv1a(s, h);
}
// Two hashes into one (word sequences keyed by their tokens' precomputed hashes, feature pairs).
inline uint64_t hash_combine(uint64_t a, uint64_t b) {
  return (a * 0x100000001B3ull) ^ (b + 0x9E3779B97F4A7C15ull);
}
inline uint64_t hash_join(uint64_t h, std::u16string_view word) {
  return fnv1a(word, fnv1a<uint64_t>(u" ", h));  // the space between words of a phrase
}

using Source = EntitySource;

// BIO tags of the sequence tagger. MISC (nationalities, events: ANERcorp's convention) is
// learned so that such words stop looking like places or people, and is never reported.
enum Tag : uint8_t { O = 0, B_PER, I_PER, B_LOC, I_LOC, B_ORG, I_ORG, B_MISC, I_MISC };
constexpr int kTagCount = 9;
inline bool tag_begins(int t) { return t != O && (t & 1); }
inline bool tag_reported(int t) { return t != O && t < B_MISC; }
inline EntityType tag_type(int t) { return EntityType((t - 1) / 2); }  // PER, LOC, ORG
inline int begin_tag(EntityType t) { return 1 + 2 * int(t); }

// The three name types as the corpora and the word lists spell them ("PER", "LOC", "ORG");
// false for anything else (MISC, numbers), which the tools skip.
inline bool entity_type_from_name(std::string_view name, EntityType& out) {
  for (EntityType t : {EntityType::PER, EntityType::LOC, EntityType::ORG}) {
    if (name == entity_type_name(t)) {
      out = t;
      return true;
    }
  }
  return false;
}

// Bits of Lexicon::cues: the curated word lists (stopwords, titles, given names, triggers,
// parts of names, words the rules compare). From kCueNameConnector on they are matched on the
// word as written only, kCuePluralPlace on the word without its one-letter proclitic (see
// TokenInfo).
enum CueBits : uint32_t {
  kCueStop = 1,
  kCueTitle = 2,
  kCueGiven = 4,
  kCuePlace = 8,
  kCueStrongPlace = 16,
  kCueOrgHead = 32,
  kCueOrgTrigger = 64,
  kCueNameConnector = 128,
  kCueCompoundPlaceHead = 256,
  kCuePlaceAdjective = 512,
  kCueResumptive = 1024,
  kCueTitleModifier = 2048,
  kCueTitleLink = 4096,
  kCuePluralPlace = 8192,
  kCueSports = 16384,
  kCueOrdinal = 1 << 15,      // ner_regnal_ordinals_ar.txt
  kCueOrdinalTeen = 1 << 16,  // ... its `teen` row (عشر of السادس عشر)
};

// Bits of TokenInfo::name_types.
enum NameBits : uint8_t { kNamePer = 1, kNameLoc = 2, kNameOrg = 4, kNameMisc = 8 };
// Bits of TokenInfo::name_lists: which name lists know the stem (ner_name_lists.tsv).
enum NameListBits : uint8_t {
  kListPersonRare = 1,  // a person-name token of one or two Wikidata people
  kListPerson = 2,      // ... of three or more
  kListTranslit = 4,    // a transliterated foreign word
  kListClub = 8,        // a word of a sports club's name
  kListCity = 16,       // a word of a city's name
};

// ner_lexicon.bin: every search-normalized string the word lists and gazetteers name (a
// word, a phrase, or whole words beginning a phrase), in a sorted key table
// (text/key_table.h) with these fields; written by tools/tables/gen_entity_lexicon.cpp.
enum LexiconField : size_t {
  kFieldCues,       // kCue* bits
  kFieldCluster,    // word cluster + 1 (ner_clusters.tsv), 0 for none
  kFieldNameTypes,  // kName* bits (ner_name_words.tsv: every row has one)
  kFieldPhrase,     // PhraseBits, and the EntityType of a listed phrase from bit kPhraseTypeShift
  kFieldNameLists,  // NameListBits (ner_name_lists.tsv)
  kLexiconFields
};
enum PhraseBits : uint8_t {
  kPhrasePrefix = 1,  // whole words beginning a listed phrase, not all of it
  kPhraseListed = 2,  // a listed phrase (its first list decides its type)
  kPhraseWeak =
      4,  // ... from an `*_ambiguous` entry (النصر, الجزيرة): a feature, never an override
};
constexpr unsigned kPhraseTypeShift = 4;

// What the lexicons say about one search-normalized string.
struct LexEntry {
  uint32_t cues = 0;
  int16_t cluster = -1;
  uint8_t name_types = 0;
  uint8_t phrase = 0;  // kFieldPhrase
  uint8_t name_lists = 0;

  // A token stem of ner_clusters.tsv or ner_name_words.tsv.
  bool word_stats() const { return cluster >= 0 || name_types; }
};

// The ways a listed word can appear in a token (word_forms).
enum FormKind : uint8_t { kFormWord, kFormArticleStem, kFormBare, kFormBare2, kFormKinds };

// What the layers after token_infos need of a word form's LexEntry, in one byte (a
// TokenInfo is copied for every token): its PhraseBits and phrase type, and whether the
// lexicons list or know it.
class FormLex {
 public:
  FormLex() = default;
  explicit FormLex(const LexEntry& e);
  bool phrase() const { return bits_ & kPhraseListed; }
  bool weak() const { return bits_ & kPhraseWeak; }
  bool prefix() const { return bits_ & kPhrasePrefix; }
  EntityType phrase_type() const { return EntityType(bits_ >> kPhraseTypeShift & 3); }
  // In a curated list on its own: a listed name or name start, a given name, a cue.
  bool listed() const { return bits_ & kListed; }
  // ... or at least seen as a word in the corpora (clusters, name words).
  bool known() const { return bits_ & kKnown; }

 private:
  // PhraseBits in bits 0-2, the phrase type from kPhraseTypeShift (bits 4-5) as in the table.
  static constexpr uint8_t kListed = 8, kKnown = 64;
  uint8_t bits_ = 0;
};

// Word lists and gazetteers from wasm/data (see each file's header for source and licence),
// compiled into ner_lexicon.bin at build time and read in place.
class Lexicon {
 public:
  Lexicon() = default;  // knows nothing
  // The embedded ner_lexicon.bin; throws std::runtime_error when it does not parse.
  static Lexicon load();
  explicit Lexicon(std::string_view table);
  LexEntry find(std::u16string_view normalized) const;

 private:
  KeyTable table_;
};

enum class LatinShape : uint8_t { none, lower, capitalized, acronym, other };

struct TokenInfo {
  std::u16string_view word;  // the normalized token
  std::u16string_view stem;  // article-bearing prefixes removed (وبالولايات -> ولايات)
  std::u16string_view bare;  // the word without a one-letter bare proclitic (و ف ب ل ك), or empty
  std::u16string_view bare2;  // the word without a two-letter one (وب فل ...), or empty
  uint16_t article_skip = 0;  // units before the article (و of والغوطة), when `stem` lost one
  bool article = false;       // `stem` lost an article
  uint16_t given_skip = 0, head_skip = 0;  // clitic units before a listed given name / org head
  uint32_t sentence = 0;
  uint32_t word_id = 0;  // tokens with the same word (and kind) in a document share it, 0..
  // hash_u16 of word, stem, bare, bare2 and ال + stem, computed once: every feature of the
  // token and its neighbours reuses them.
  uint64_t h_word = 0, h_stem = 0, h_bare = 0, h_bare2 = 0, h_article_stem = 0;
  // What the lexicons say about each form of the word (word_forms), by FormKind: looked up
  // once per distinct word of a document.
  FormLex lex[kFormKinds];
  int16_t cluster = -1;    // unsupervised word cluster of `stem` (ner_clusters.tsv), or -1
  uint8_t name_types = 0;  // kName* bits: name types `stem` is mostly seen in (ner_name_words.tsv)
  uint8_t name_lists = 0;  // NameListBits of `stem` (or the bare forms, like the cluster)
  bool arabic = false, number = false, break_before = false;
  // A comma, colon, full stop, quote or line break comes before the token: a name does not go
  // on across one (لندن ، فإن), so the tagger never gives the token an inside tag.
  bool clause_mark_before = false;
  bool stop = false, title = false, given = false, place_trigger = false, org_head = false,
       org_trigger = false, strong_place_trigger = false;
  // Listed words the rules compare with the whole token, a clitic making another word (ابو
  // joins a name, وابو does not): ner_name_connectors_ar.txt (عبد, بن, ابو),
  // ner_compound_place_heads_ar.txt (خان, دير, كفر), ner_place_adjectives_ar.txt (الشرقيه).
  bool name_connector = false, compound_place_head = false, place_adjective = false;
  // ... and ner_resumptive_pronouns_ar.txt (عليها, فيه), ner_title_modifiers_ar.txt (العام),
  // ner_title_links_ar.txt (لدي, باسم).
  bool resumptive = false, title_modifier = false, title_link = false;
  // ner_plural_place_triggers_ar.txt (قري, مدن), compared with `bare` when the word has one
  // (وقري), else with the word.
  bool plural_place = false;
  bool sports = false;                         // ner_sports_cues_ar.txt, any form of the word
  bool ordinal = false, ordinal_teen = false;  // ner_regnal_ordinals_ar.txt, as written
  // How a Latin-script word is written in the original text (search form is case-folded):
  // brands, media and companies inside Arabic news are Capitalized or ACRONYMS.
  LatinShape latin = LatinShape::none;
};

std::vector<TokenInfo> token_infos(const Document& doc, const Lexicon& lex);

// Could be (part of) a proper name: an Arabic word that is no function word or cue word
// (the rules' names, the words a بن chain takes).
inline bool name_word(const TokenInfo& t) {
  return t.arabic && !t.number && !t.stop && t.word.size() >= 2 && !t.title && !t.place_trigger &&
         !t.org_head && !t.org_trigger;
}

// The ways a listed word can appear in a token, unsplit first: the word itself, with its
// article restored (للرئيس: الرئيس), or without one or two bare proclitics (ولجنة: لجنة). `skip`
// is the length of what precedes the listed form in the token.
struct WordForm {
  FormKind kind;
  uint64_t hash;
  uint16_t skip;
  std::u16string_view text;  // the form, after ال for kFormArticleStem
};
int word_forms(const TokenInfo& t, WordForm out[4]);

// A mention over tokens [first, last]; `skip` normalized units of the first token are a
// clitic outside the name (و, ب, لل...).
// Model confidences are sigmoid(margin / kMarginTemperature) of the tokens' Viterbi margins.
constexpr float kMarginTemperature = 64.0f;
// A model mention is trusted (looked for elsewhere by linking) from this mean confidence: a
// margin of about 5.5 per token.
constexpr float kTrustedModelConfidence = 0.5216f;

struct Candidate {
  uint32_t first = 0, last = 0;
  uint16_t skip = 0;
  EntityType type = EntityType::PER;
  Source source = Source::gazetteer;
  float confidence = 1.0f;
  bool strong = false;  // a rule mention with a cue strong enough to stand against the tagger
};

std::vector<Candidate> match_gazetteer(const std::vector<TokenInfo>& toks, const Lexicon& lex);
std::vector<Candidate> apply_rules(const std::vector<TokenInfo>& toks, const Lexicon& lex,
                                   const std::vector<Candidate>& gazetteer);

// Keeps non-overlapping candidates: longer first, then by the order of `sources_by_priority`.
std::vector<Candidate> resolve(std::vector<Candidate> candidates);

// Per-token BIO tag of the layer-1 and layer-2 mentions (features for the tagger), and the
// document's memory of them: `elsewhere` has bit 1 << type set when another token with the
// same stem is inside a layer-1/2 mention of that type (a surname alone after "المستشارة
// انغيلا ميركل", a club a sports report names once in full).
struct LayerTags {
  std::vector<uint8_t> gazetteer, rule, elsewhere;
  // How many sports words (ner_sports_cues_ar.txt) come before each token (n + 1 counts).
  std::vector<uint32_t> sports_before;
  // A sports report (three sports words or more) with one within `window` words of token i.
  bool in_sports_report(size_t i, size_t window = 12) const {
    if (sports_before.empty()) return false;
    const size_t n = sports_before.size() - 1;
    if (i >= n || sports_before[n] < 3) return false;
    const size_t lo = i > window ? i - window : 0, hi = std::min(n, i + window + 1);
    const uint32_t own = sports_before[i + 1] - sports_before[i];
    return sports_before[hi] - sports_before[lo] > own;
  }
};
LayerTags layer_tags(const std::vector<TokenInfo>& toks, const std::vector<Candidate>& gazetteer,
                     const std::vector<Candidate>& rules);

// Person names the tagger cut in two: a regnal ordinal after the name (محمد السادس), a
// بن/بنت/آل chain (محمد بن راشد آل مكتوم) (name_chains.cpp).
std::vector<Candidate> join_name_chains(std::vector<Candidate> mentions,
                                        const std::vector<TokenInfo>& toks);

// Runs of Latin-script names set in Arabic text that `found` does not cover, as
// organizations (latin.cpp).
std::vector<Candidate> latin_names(const std::vector<TokenInfo>& toks,
                                   const std::vector<Candidate>& found);

// Places that are clubs named after their city, in sports reports (sports.cpp).
std::vector<Candidate> clubs_in_sports_reports(std::vector<Candidate> mentions,
                                               const std::vector<TokenInfo>& toks,
                                               const LayerTags& layers);

// ---- Layer 3: the tagger -------------------------------------------------------------
// A linear-chain model over BIO tags: per-token scores from hashed features plus a score for
// each tag pair, decoded exactly (Viterbi) with only valid transitions. Trained as a
// structured averaged perceptron (tools/ner/ner_train.cpp) with the same decoder.
constexpr int kMaxFeatures = 64;
struct FeatureSet {
  std::array<uint32_t, kMaxFeatures> h;
  int n = 0;
  void add(uint32_t x) {
    if (n < kMaxFeatures) h[n++] = x;
  }
};
// Hashed features of token i (they never depend on predicted tags: that is what keeps
// decoding exact and linear).
void static_features(const std::vector<TokenInfo>& toks, const LayerTags& layers, size_t i,
                     FeatureSet& out);

// I-X may only follow B-X or I-X; a sequence never starts with I-X.
inline bool valid_transition(int prev, int t) {
  if (t == O || tag_begins(t)) return true;
  return prev == t || prev == t - 1;
}
constexpr int kStart = kTagCount;  // the "previous tag" of the first token

// Transition scores: row prev in [0, kTagCount] (kStart last), column = tag.
using Transitions = std::array<float, (kTagCount + 1) * kTagCount>;

// Exact best path under per-token `emit` scores (n x kTagCount, row-major) and `trans`;
// invalid transitions are never taken. With `margin`, each token receives how much lower the
// best path that gives it any other tag scores (max-marginals from a backward pass).
std::vector<uint8_t> viterbi(const std::vector<float>& emit, size_t n, const Transitions& trans,
                             std::vector<float>* margin = nullptr);

// The shipped model, expanded once from the embedded file (no per-feature allocation).
class Tagger {
 public:
  bool load(std::string_view bytes);
  bool loaded() const { return !weights_.empty(); }
  // Best tag sequence; `confidence` receives a [0,1] value per token from its margin.
  std::vector<uint8_t> decode(const std::vector<TokenInfo>& toks, const LayerTags& layers,
                              std::vector<float>* confidence) const;
  uint32_t buckets() const { return mask_ + 1; }

 private:
  std::vector<int8_t> weights_;  // buckets * kTagCount, bucket-major
  float scale_ = 1.0f;
  uint32_t mask_ = 0;
  Transitions trans_{};
};

// Model file layout (little-endian): "AANER07\0", uint32 log2_buckets, float scale,
// (kTagCount + 1) * kTagCount float transition scores, then the buckets * kTagCount int8
// emission weights (bucket-major; a weight is value * scale), stored sparsely by
// encode_weights: nine in ten are zero, and a dense array's zero runs would each become a
// data segment of their own in the wasm.
constexpr char kModelMagic[8] = {'A', 'A', 'N', 'E', 'R', '0', '7', '\0'};
// Sparse weights in three areas, each of like bytes, which gzip codes better than one area
// of zero counts and values interleaved (ner_model.bin 58.1 -> 50.9 KB gzipped): a bit per
// bucket (low bit first), set when any of its weights is not zero; per such bucket, which
// tags' weights are not zero, as a byte of tags 0-7 and then a bit plane per tag from 8 up
// (a bit per such bucket, low bit first); then the non-zero weights, bucket by bucket, tag by
// tag. `dense` holds kTagCount weights per bucket.
std::string encode_weights(const std::vector<int8_t>& dense);
// The `weights` weights `bytes` encode; nullopt unless they encode exactly that many.
std::optional<std::vector<int8_t>> decode_weights(std::string_view bytes, size_t weights);

// Mentions from per-token tags.
std::vector<Candidate> tags_to_candidates(const std::vector<uint8_t>& tags,
                                          const std::vector<float>& confidence,
                                          const std::vector<TokenInfo>& toks);

// ---- Assembly --------------------------------------------------------------------------
// Which layers run: all in the product; tools/ner/ner_eval scores them one by one.
struct Layers {
  bool gazetteer = true, rules = true, model = true, link = true;
};

struct Resources {
  Lexicon lexicon;
  Tagger tagger;
  // Raw scores to the probabilities the result reports. tools/ner/ner_calibrate.cpp, which
  // fits the table, sets Calibration() to read the raw scores.
  Calibration calibration = Calibration::load();
  // The product's resources, from the embedded data; read-only afterwards. Throws
  // std::runtime_error when the embedded model, lexicon or calibration table does not parse.
  static Resources load();
  // With another model (the trainers: an empty view loads the lexicon only).
  static Resources load(std::string_view model);
};

std::vector<Entity> recognize(const Document& doc, const Resources& res, Layers layers);

// The name's own form of a mention's first word: clitic removed, article restored where
// لل elided its alef (للأمم -> الامم).
std::u16string first_word_form(const TokenInfo& t, uint16_t skip);
// hash_u16(first_word_form(t, skip)) without building the string.
uint64_t first_word_hash(const TokenInfo& t, uint16_t skip);

// Adds linked mentions (surnames, repeated names found only once by context) and assigns
// groups. `cands` are final, non-overlapping, sorted by first token.
std::vector<Candidate> link_mentions(const std::vector<TokenInfo>& toks,
                                     std::vector<Candidate> cands, std::vector<int32_t>& groups);

}  // namespace aa::ner
