#include "arabic_analyzer/json_output.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace aa {
namespace {

using nlohmann::json;

// Scores are rounded so that native and wasm builds print identical JSON.
double round4(double x) { return std::round(x * 10000.0) / 10000.0; }

void put_span(json& j, Span s) {
  j["start"] = s.start;
  j["end"] = s.end;
}

// The arrays of extract_social, shared by the full result and the social-only result.
void put_social(json& j, const std::vector<Hashtag>& hashtag_list,
                const std::vector<SuspectHashtag>& suspect_list, const std::vector<Mention>& mention_list,
                const std::vector<Url>& url_list, const std::vector<Cashtag>& cashtag_list) {
  json& hashtags = j["hashtags"] = json::array();
  for (const Hashtag& h : hashtag_list) {
    json o;
    put_span(o, h.span);
    o["text"] = h.text;
    o["tag"] = h.tag;
    o["normalized"] = h.normalized;
    hashtags.push_back(std::move(o));
  }
  json& suspects = j["suspect_hashtags"] = json::array();
  for (const SuspectHashtag& h : suspect_list) {
    json o;
    put_span(o, h.span);
    o["text"] = h.text;
    o["reason"] = h.reason;
    suspects.push_back(std::move(o));
  }
  json& mentions = j["mentions"] = json::array();
  for (const Mention& m : mention_list) {
    json o;
    put_span(o, m.span);
    o["text"] = m.text;
    o["name"] = m.name;
    mentions.push_back(std::move(o));
  }
  json& urls = j["urls"] = json::array();
  for (const Url& u : url_list) {
    json o;
    put_span(o, u.span);
    o["text"] = u.text;
    o["email"] = u.email;
    urls.push_back(std::move(o));
  }
  json& cashtags = j["cashtags"] = json::array();
  for (const Cashtag& c : cashtag_list) {
    json o;
    put_span(o, c.span);
    o["text"] = c.text;
    o["symbol"] = c.symbol;
    cashtags.push_back(std::move(o));
  }
}

}  // namespace

const char* entity_type_name(EntityType t) {
  switch (t) {
    case EntityType::PER: return "PER";
    case EntityType::LOC: return "LOC";
    case EntityType::ORG: return "ORG";
    case EntityType::NUM: return "NUM";
    case EntityType::PERCENT: return "PERCENT";
    case EntityType::DATE: return "DATE";
  }
  return "NUM";
}

std::string social_to_json(const Extracted& x) {
  json j = json::object();
  j["schema"] = kSchemaVersion;
  put_social(j, x.hashtags, x.suspect_hashtags, x.mentions, x.urls, x.cashtags);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string to_json(const Result& r) {
  json j = json::object();
  j["schema"] = kSchemaVersion;
  if (r.error) {
    j["error"] = {{"code", r.error->code}, {"message", r.error->message}};
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  j["profile"] = profile_name(r.profile);
  j["normalized"] = r.normalized;

  put_social(j, r.hashtags, r.suspect_hashtags, r.mentions, r.urls, r.cashtags);
  json& keywords = j["keywords"] = json::array();
  for (const Keyword& k : r.keywords) {
    json o;
    o["term"] = k.term;
    o["normalized"] = k.normalized;
    o["score"] = round4(k.score);
    o["count"] = k.count;
    json& occ = o["occurrences"] = json::array();
    for (Span s : k.occurrences) occ.push_back({{"start", s.start}, {"end", s.end}});
    json why = {{"code", k.why.code}, {"count", k.why.count}, {"sentences", k.why.sentences},
                {"background", round4(k.why.background)}};
    if (!k.why.entity.empty()) why["entity"] = k.why.entity;
    o["why"] = std::move(why);
    keywords.push_back(std::move(o));
  }
  json& entities = j["entities"] = json::array();
  for (const Entity& e : r.entities) {
    json o;
    put_span(o, e.span);
    o["text"] = e.text;
    o["type"] = entity_type_name(e.type);
    o["normalized"] = e.normalized;
    o["confidence"] = round4(e.confidence);
    o["group"] = e.group;
    o["source"] = e.source;
    entities.push_back(std::move(o));
  }
  j["stats"] = {{"characters", r.stats.characters},
                {"words", r.stats.words},
                {"sentences", r.stats.sentences},
                {"arabic_share", round4(r.stats.arabic_share)},
                {"reading_minutes", r.stats.reading_minutes}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace {

// nlohmann's typed getters throw, and the wasm build has no exception catching, so every
// field's type is checked before it is read.
bool read_int(const json& o, const char* key, int& out) {
  if (!o.contains(key)) return true;
  if (!o[key].is_number_integer()) return false;
  out = o[key].get<int>();
  return true;
}
bool read_bool(const json& o, const char* key, bool& out) {
  if (!o.contains(key)) return true;
  if (!o[key].is_boolean()) return false;
  out = o[key].get<bool>();
  return true;
}

}  // namespace

ParsedOptions options_from_json(std::string_view text) {
  ParsedOptions p;
  if (text.empty()) return p;
  json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    p.error = Error{"bad_options", "Options must be a JSON object."};
    return p;
  }
  if (j.contains("profile")) {
    std::optional<Profile> prof;
    if (j["profile"].is_string()) prof = profile_from_name(j["profile"].get<std::string>());
    if (!prof) {
      p.error = Error{"bad_options", "Unknown profile; use \"none\", \"display\" or \"search\"."};
      return p;
    }
    p.options.profile = *prof;
  }
  bool ok = read_bool(j, "include_normalized", p.options.include_normalized);
  if (ok && j.contains("keywords")) {
    const json& k = j["keywords"];
    KeywordOptions& ko = p.options.keywords;
    ok = k.is_object() && read_int(k, "top_k", ko.top_k) && read_int(k, "min_words", ko.min_words) &&
         read_int(k, "max_words", ko.max_words) && read_bool(k, "phrases", ko.phrases) &&
         ko.top_k >= 0 && ko.top_k <= 1000 && ko.min_words >= 1 && ko.max_words >= ko.min_words &&
         ko.max_words <= 8;
  }
  if (!ok) {
    p.error = Error{"bad_options",
                    "Bad options: include_normalized and keywords.phrases are booleans; keywords "
                    "needs integers 0 <= top_k <= 1000 and 1 <= min_words <= max_words <= 8."};
  }
  return p;
}

}  // namespace aa
