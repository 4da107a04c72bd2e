// Named entities: people, places, organizations, and numbers/percentages/dates.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "arabic_analyzer/document.h"

namespace aa {

enum class EntityType : uint8_t { PER, LOC, ORG, NUM, PERCENT, DATE };
const char* entity_type_name(EntityType t);

// Which layer found an entity: listed phrase, cue rule, the tagger, a link to another
// mention of the same name, or the number scanner.
enum class EntitySource : uint8_t { gazetteer, rule, model, link, number };
// The source as the JSON shows it: "gazetteer", "rule", "model", "link", "number".
const char* entity_source_name(EntitySource s);

struct Entity {
  Span span;         // original text
  std::string text;  // original text of the span
  EntityType type = EntityType::NUM;
  std::string normalized;   // search-normalized, clitics stripped: the linking key
  double confidence = 1.0;  // in [0, 1]
  int32_t group = -1;       // mentions of the same entity share a group id (>= 0)
  EntitySource source = EntitySource::number;
};

class EntityRecognizer {
 public:
  // Uses the gazetteers, cue lists and the model in place (their keys were search-normalized
  // at build time). Throws std::runtime_error if the embedded data is damaged.
  EntityRecognizer();
  ~EntityRecognizer();
  EntityRecognizer(EntityRecognizer&&) noexcept;
  EntityRecognizer& operator=(EntityRecognizer&&) noexcept;
  // PER/LOC/ORG mentions, sorted by span start.
  std::vector<Entity> recognize(const Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace aa
