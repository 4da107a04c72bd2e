#include "arabic_analyzer/json_output.h"

#include "output/json_writer.h"

// Every object's keys are written in byte order: schema 2 was first printed by nlohmann::json,
// whose objects are std::maps, and clients may compare outputs byte for byte.

namespace aa {
namespace {

void write_item(JsonWriter& w, const Hashtag& h) {
  w.begin_object();
  w.key("end").integer(h.span.end);
  w.key("normalized").string(h.normalized);
  w.key("start").integer(h.span.start);
  w.key("tag").string(h.tag);
  w.key("text").string(h.text);
  w.end_object();
}

void write_item(JsonWriter& w, const SuspectHashtag& h) {
  w.begin_object();
  w.key("end").integer(h.span.end);
  w.key("reason").string(suspect_reason_name(h.reason));
  w.key("start").integer(h.span.start);
  w.key("text").string(h.text);
  w.end_object();
}

void write_item(JsonWriter& w, const Mention& m) {
  w.begin_object();
  w.key("end").integer(m.span.end);
  w.key("name").string(m.name);
  w.key("start").integer(m.span.start);
  w.key("text").string(m.text);
  w.end_object();
}

void write_item(JsonWriter& w, const Url& u) {
  w.begin_object();
  w.key("email").boolean(u.email);
  w.key("end").integer(u.span.end);
  w.key("start").integer(u.span.start);
  w.key("text").string(u.text);
  w.end_object();
}

void write_item(JsonWriter& w, const Cashtag& c) {
  w.begin_object();
  w.key("end").integer(c.span.end);
  w.key("start").integer(c.span.start);
  w.key("symbol").string(c.symbol);
  w.key("text").string(c.text);
  w.end_object();
}

void write_item(JsonWriter& w, Span s) {
  w.begin_object();
  w.key("end").integer(s.end);
  w.key("start").integer(s.start);
  w.end_object();
}

void write_item(JsonWriter& w, const KeywordWhy& why) {
  w.begin_object();
  w.key("background").fixed4(why.background);
  w.key("code").string(why.code);
  w.key("count").integer(why.count);
  if (!why.entity.empty()) w.key("entity").string(why.entity);
  w.key("sentences").integer(why.sentences);
  w.end_object();
}

void write_item(JsonWriter& w, const Keyword& k) {
  w.begin_object();
  w.key("count").integer(k.count);
  w.key("normalized").string(k.normalized);
  w.key("occurrences").begin_array();
  for (Span s : k.occurrences) write_item(w, s);
  w.end_array();
  w.key("score").fixed4(k.score);
  w.key("term").string(k.term);
  w.key("why");
  write_item(w, k.why);
  w.end_object();
}

void write_item(JsonWriter& w, const Entity& e) {
  w.begin_object();
  w.key("confidence").fixed4(e.confidence);
  w.key("end").integer(e.span.end);
  w.key("group").integer(e.group);
  w.key("normalized").string(e.normalized);
  w.key("source").string(entity_source_name(e.source));
  w.key("start").integer(e.span.start);
  w.key("text").string(e.text);
  w.key("type").string(entity_type_name(e.type));
  w.end_object();
}

void write_item(JsonWriter& w, const QuoteSpan& s) {
  w.begin_object();
  w.key("end").integer(s.span.end);
  w.key("start").integer(s.span.start);
  w.key("text").string(s.text);
  w.end_object();
}

void write_item(JsonWriter& w, const QuoteSpeaker& s) {
  w.begin_object();
  w.key("end").integer(s.phrase.span.end);
  w.key("group");
  if (s.group >= 0) {
    w.integer(s.group);
  } else {
    w.null();
  }
  w.key("start").integer(s.phrase.span.start);
  w.key("text").string(s.phrase.text);
  w.end_object();
}

void write_item(JsonWriter& w, const Quote& q) {
  w.begin_object();
  w.key("content");
  write_item(w, q.content);
  w.key("cue");
  write_item(w, q.cue);
  w.key("kind").string(quote_kind_name(q.kind));
  w.key("speaker");
  if (q.speaker) {
    write_item(w, *q.speaker);
  } else {
    w.null();
  }
  w.end_object();
}

void write_item(JsonWriter& w, const Stats& s) {
  w.begin_object();
  w.key("arabic_share").fixed4(s.arabic_share);
  w.key("characters").integer(s.characters);
  w.key("reading_minutes").fixed4(s.reading_minutes);  // already one decimal: printed as is
  w.key("sentences").integer(s.sentences);
  w.key("words").integer(s.words);
  w.end_object();
}

void write_item(JsonWriter& w, const Error& e) {
  w.begin_object();
  w.key("code").string(error_code_name(e.code));
  w.key("message").string(e.message);
  w.end_object();
}

// After every write_item overload, which it finds by ordinary lookup.
template <typename T>
void write_list(JsonWriter& w, const std::vector<T>& items) {
  w.begin_array();
  for (const T& item : items) write_item(w, item);
  w.end_array();
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

const char* entity_source_name(EntitySource s) {
  switch (s) {
    case EntitySource::gazetteer: return "gazetteer";
    case EntitySource::rule: return "rule";
    case EntitySource::model: return "model";
    case EntitySource::link: return "link";
    case EntitySource::number: return "number";
  }
  return "model";
}

const char* suspect_reason_name(SuspectReason r) {
  switch (r) {
    case SuspectReason::hash_after_word: return "hash_after_word";
    case SuspectReason::hash_inside_word: return "hash_inside_word";
    case SuspectReason::space_after_hash: return "space_after_hash";
  }
  return "hash_after_word";
}

const char* error_code_name(ErrorCode c) {
  switch (c) {
    case ErrorCode::input_too_large: return "input_too_large";
    case ErrorCode::bad_options: return "bad_options";
  }
  return "bad_options";
}

std::string social_to_json(const Extracted& x) {
  JsonWriter w;
  w.begin_object();
  w.key("cashtags");
  write_list(w, x.cashtags);
  w.key("hashtags");
  write_list(w, x.hashtags);
  w.key("mentions");
  write_list(w, x.mentions);
  w.key("schema").integer(kSchemaVersion);
  w.key("suspect_hashtags");
  write_list(w, x.suspect_hashtags);
  w.key("urls");
  write_list(w, x.urls);
  return w.end_object().take();
}

std::string to_json(const Result& r) {
  JsonWriter w;
  w.begin_object();
  if (r.error) {
    w.key("error");
    write_item(w, *r.error);
    w.key("schema").integer(kSchemaVersion);
    return w.end_object().take();
  }
  w.key("cashtags");
  write_list(w, r.cashtags);
  w.key("entities");
  write_list(w, r.entities);
  w.key("hashtags");
  write_list(w, r.hashtags);
  w.key("keywords");
  write_list(w, r.keywords);
  w.key("mentions");
  write_list(w, r.mentions);
  w.key("normalized").string(r.normalized);
  w.key("profile").string(profile_name(r.profile));
  w.key("quotes");
  write_list(w, r.quotes);
  w.key("schema").integer(kSchemaVersion);
  w.key("stats");
  write_item(w, r.stats);
  w.key("suspect_hashtags");
  write_list(w, r.suspect_hashtags);
  w.key("urls");
  write_list(w, r.urls);
  return w.end_object().take();
}

}  // namespace aa
