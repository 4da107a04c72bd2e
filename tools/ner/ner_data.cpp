#include "ner_data.h"

#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include "arabic_analyzer/tokenize.h"
#include "entities/internal.h"

namespace aa::ner_tools {
namespace {

std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.substr(n.size() - 4) == ".txt") out.push_back(n);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Removes U+200E (NewsFANE prefixes every word with it), U+200F, U+FEFF and trailing \r.
std::string clean(std::string s) {
  for (const char* junk : {"\xE2\x80\x8E", "\xE2\x80\x8F", "\xEF\xBB\xBF", "\r"}) {
    size_t p;
    while ((p = s.find(junk)) != std::string::npos) s.erase(p, std::string(junk).size());
  }
  return s;
}

// AQMAR tag -> (bio, type). Typos seen in the data: "I--ORG", "B-MIS1`", "OO", "IO".
Word aqmar_word(const std::string& text, std::string tag) {
  Word w{text, 'O', EntityType::PER};
  tag.erase(std::remove(tag.begin(), tag.end(), '`'), tag.end());
  if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I')) return w;
  size_t dash = tag.find_first_not_of('-', 1);
  if (tag[1] != '-' || dash == std::string::npos) return w;
  EntityType type;
  if (!ner::entity_type_from_name(tag.substr(dash), type)) return w;  // MIS*, SPANISH, ENGLISH -> O
  w.bio = tag[0];
  w.type = type;
  return w;
}

// NewsFANE fine classes (Alotaibi & Lee 2014, an ACE-style two-level taxonomy) -> coarse.
bool newsfane_type(const std::string& fine, EntityType& out) {
  static const char* kPer[] = {"Politician",    "Athlete",   "Artist",         "Other_PER",
                               "Religious_PER", "Scientist", "Businessperson", "Lawyer",
                               "Engineer",      "Police"};
  static const char* kLoc[] = {"Nation",
                               "Population-Center",
                               "State-or-Province",
                               "GPE-Cluster",
                               "Continent",
                               "County-or-District",
                               "Water-Body",
                               "Land",
                               "Land-Region-Natural",
                               "Building-Grounds",
                               "Airport",
                               "Path",
                               "Subarea-Facility"};
  static const char* kOrg[] = {
      "Non-Governmental", "Sports",        "Government",      "Media",        "Commercial",
      "Educational",      "Entertainment", "Medical-Science", "Religious_ORG"};
  for (const char* c : kPer)
    if (fine == c) return out = EntityType::PER, true;
  for (const char* c : kLoc)
    if (fine == c) return out = EntityType::LOC, true;
  for (const char* c : kOrg)
    if (fine == c) return out = EntityType::ORG, true;
  return false;  // Group (nationalities), Book, Movie, Software, weapons, ... -> O
}

bool is_proclitic(const std::string& w) {
  return w == "و" || w == "ف" || w == "ب" || w == "ل" || w == "ك";
}
bool is_enclitic(const std::string& w) { return w == "ه" || w == "ها" || w == "هما"; }
bool is_word(const std::string& w) {
  return !w.empty() && (unsigned char)w[0] >= 0xD8 && (unsigned char)w[0] <= 0xDB;  // Arabic block
}

// Undoes NewsFANE's clitic segmentation: و قال -> وقال, ل الاتحاد -> للاتحاد, ان ه -> انه.
std::vector<Word> join_clitics(const std::vector<Word>& in) {
  std::vector<Word> out;
  for (size_t i = 0; i < in.size(); ++i) {
    Word w = in[i];
    // Stacked proclitics (و ب ...) fold one by one into the following word.
    size_t j = i;
    std::string prefix;
    while (j + 1 < in.size() && is_proclitic(in[j].text) && is_word(in[j + 1].text)) {
      prefix += in[j].text;
      ++j;
    }
    if (j > i) {
      Word stem = in[j];
      std::string t = stem.text;
      if (!prefix.empty() && prefix.substr(prefix.size() - 2) == "ل" && t.rfind("ال", 0) == 0) {
        t = t.substr(2);  // ل + ال -> لل (the alef is not written)
      }
      stem.text = prefix + t;
      if (stem.bio == 'O' && in[i].bio == 'B') stem.bio = 'B', stem.type = in[i].type;
      w = stem;
      i = j;
    }
    if (!out.empty() && is_enclitic(w.text) && is_word(out.back().text)) {
      out.back().text += w.text;
      continue;
    }
    out.push_back(w);
  }
  return out;
}

std::vector<Doc> group_sentences(const std::string& name, std::vector<std::vector<Word>>& sentences,
                                 size_t from, size_t to, size_t doc_sentences) {
  std::vector<Doc> docs;
  for (size_t i = from; i < to; i += doc_sentences) {
    Doc d;
    d.name = name + "/" + std::to_string(i);
    for (size_t k = i; k < std::min(to, i + doc_sentences); ++k)
      d.sentences.push_back(std::move(sentences[k]));
    docs.push_back(std::move(d));
  }
  return docs;
}

// Marks an I without a preceding B/I of its type as B (CoNLL's IOB1 habit in AQMAR).
void repair_bio(std::vector<Word>& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i].bio != 'I') continue;
    if (i == 0 || s[i - 1].bio == 'O' || s[i - 1].type != s[i].type || s[i - 1].misc != s[i].misc)
      s[i].bio = 'B';
  }
}

}  // namespace

std::vector<Doc> load_aqmar(const std::string& dir, Split split) {
  std::vector<Doc> docs;
  std::vector<std::string> files = list_dir(dir);
  for (size_t f = 0; f < files.size(); ++f) {
    bool test = f % 4 == 3;
    if ((split == Split::test) != test || split == Split::dev) continue;
    std::ifstream in(dir + "/" + files[f]);
    Doc d;
    d.name = "aqmar/" + files[f];
    std::vector<Word> s;
    std::string line;
    auto flush = [&] {
      if (!s.empty()) repair_bio(s), d.sentences.push_back(std::move(s));
      s.clear();
    };
    while (std::getline(in, line)) {
      line = clean(line);
      std::istringstream ls(line);
      std::string word, tag;
      if (!(ls >> word)) {
        flush();
        continue;
      }
      ls >> tag;
      s.push_back(aqmar_word(word, tag));
    }
    flush();
    docs.push_back(std::move(d));
  }
  return docs;
}

std::vector<Doc> load_fane(const std::string& path, Split split, size_t doc_sentences) {
  std::ifstream in(path);
  std::vector<std::vector<Word>> sentences;
  std::vector<Word> s;
  std::string line;
  auto flush = [&] {
    if (!s.empty()) {
      std::vector<Word> j = join_clitics(s);
      repair_bio(j);
      sentences.push_back(std::move(j));
    }
    s.clear();
  };
  while (std::getline(in, line)) {
    line = clean(line);
    size_t tab = line.find('\t');
    // WikiFANE marks a sentence break with an empty word ("\t").
    if (line.empty() || tab == std::string::npos || tab == 0) {
      flush();
      continue;
    }
    Word w{line.substr(0, tab), 'O', EntityType::PER};
    std::string tag = line.substr(tab + 1);
    EntityType type;
    if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I')) {
      if (newsfane_type(tag.substr(2), type)) {
        w.bio = tag[0];
        w.type = type;
      } else if (tag.substr(2) == "Group") {
        w.bio = tag[0];
        w.misc = true;
      }
    }
    s.push_back(w);
  }
  flush();
  size_t n = sentences.size(), a = n * 70 / 100, b = n * 85 / 100;
  size_t from = split == Split::train ? 0 : split == Split::dev ? a : b;
  size_t to = split == Split::train ? a : split == Split::dev ? b : n;
  std::string name = path.substr(path.find_last_of('/') + 1);
  return group_sentences(name, sentences, from, to, doc_sentences);
}

std::vector<Doc> load_anercorp(const std::string& path, Split split, size_t doc_sentences) {
  if (split == Split::test) return {};
  std::ifstream in(path);
  std::vector<std::vector<Word>> sentences;
  std::vector<Word> s;
  std::string line;
  auto flush = [&] {
    if (!s.empty()) repair_bio(s), sentences.push_back(std::move(s));
    s.clear();
  };
  while (std::getline(in, line)) {
    line = clean(line);
    size_t sp = line.rfind(' ');
    if (line.empty() || sp == std::string::npos) {
      flush();
      continue;
    }
    Word w{line.substr(0, sp), 'O', EntityType::PER};
    std::string tag = line.substr(sp + 1);
    if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
      std::string t = tag.substr(2);
      EntityType type;
      if (t == "PERS") t = "PER";
      if (ner::entity_type_from_name(t, type))
        w.bio = tag[0], w.type = type;
      else if (t == "MISC")
        w.bio = tag[0], w.misc = true;
    }
    s.push_back(w);
  }
  flush();
  size_t n = sentences.size(), a = n * 90 / 100;
  return split == Split::train ? group_sentences("anercorp", sentences, 0, a, doc_sentences)
                               : group_sentences("anercorp", sentences, a, n, doc_sentences);
}

size_t for_each_wikipedia_paragraph(const std::string& path,
                                    const std::function<void(const Document&)>& f) {
  std::ifstream in(path);
  size_t paragraphs = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.rfind("<doc ", 0) == 0 || line == "</doc>") continue;
    const Document doc = documents().build(utf8_to_utf16(line));
    f(doc);
    ++paragraphs;
  }
  return paragraphs;
}

const DocumentBuilder& documents() {
  static const DocumentBuilder builder;
  return builder;
}

Analyzed analyze(const Doc& d) {
  Analyzed a;
  std::string text;
  std::vector<std::pair<size_t, size_t>> byte_spans;
  for (const auto& s : d.sentences) {
    for (const Word& w : s) {
      if (!text.empty() && text.back() != '\n') text += ' ';
      byte_spans.push_back({text.size(), text.size() + w.text.size()});
      text += w.text;
      a.words.push_back(&w);
    }
    text += '\n';
  }
  // UTF-8 byte offsets -> UTF-16 offsets (the corpora are valid UTF-8).
  std::vector<uint32_t> u16_at(text.size() + 1, 0);
  uint32_t u = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    u16_at[i] = u;
    unsigned char c = (unsigned char)text[i];
    if ((c & 0xC0) != 0x80) u += (c >= 0xF0) ? 2 : 1;
  }
  u16_at[text.size()] = u;
  a.doc = documents().build(utf8_to_utf16(text));
  a.word_of_unit.assign(a.doc.original.size() + 1, -1);
  for (size_t k = 0; k < byte_spans.size(); ++k) {
    Span sp{u16_at[byte_spans[k].first], u16_at[byte_spans[k].second]};
    a.word_spans.push_back(sp);
    for (uint32_t x = sp.start; x < sp.end; ++x) a.word_of_unit[x] = int32_t(k);
  }
  return a;
}

std::vector<Mention> gold_mentions(const Analyzed& a) {
  std::vector<Mention> out;
  for (size_t k = 0; k < a.words.size(); ++k) {
    if (a.words[k]->bio != 'B' || a.words[k]->misc) continue;
    size_t e = k;
    while (e + 1 < a.words.size() && a.words[e + 1]->bio == 'I' && !a.words[e + 1]->misc &&
           a.words[e + 1]->type == a.words[k]->type)
      ++e;
    out.push_back({uint32_t(k), uint32_t(e), a.words[k]->type});
  }
  return out;
}

bool to_mention(const Analyzed& a, Span span, EntityType type, Mention& out) {
  int32_t first = -1, last = -1;
  for (uint32_t x = span.start; x < span.end && x < a.word_of_unit.size(); ++x) {
    int32_t w = a.word_of_unit[x];
    if (w < 0) continue;
    if (first < 0) first = w;
    last = w;
  }
  if (first < 0) return false;
  out = {uint32_t(first), uint32_t(last), type};
  return true;
}

std::vector<uint8_t> token_tags(const Analyzed& a) {
  std::vector<uint8_t> tags;
  int32_t prev_word = -1;
  for (const Token& t : a.doc.words.tokens) {
    int32_t w = t.orig.start < a.word_of_unit.size() ? a.word_of_unit[t.orig.start] : -1;
    uint8_t tag = ner::O;
    if (w >= 0 && a.words[size_t(w)]->bio != 'O') {
      const Word& gw = *a.words[size_t(w)];
      bool begins = gw.bio == 'B' && w != prev_word;
      tag = uint8_t((gw.misc ? int(ner::B_MISC) : ner::begin_tag(gw.type)) + (begins ? 0 : 1));
    }
    tags.push_back(tag);
    prev_word = w;
  }
  return tags;
}

bool use_model_from_env(ner::Resources& res) {
  const char* path = std::getenv("NER_MODEL");
  if (!path) return true;
  std::ifstream in(path, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (res.tagger.load(bytes)) return true;
  std::fprintf(stderr, "error: %s is not a model\n", path);
  return false;
}

}  // namespace aa::ner_tools
