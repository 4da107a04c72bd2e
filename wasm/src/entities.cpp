// PLACEHOLDER until issue 6 lands: returns nothing.
#include "arabic_analyzer/entities.h"
namespace aa {
struct EntityRecognizer::Impl {};
EntityRecognizer::EntityRecognizer() : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;
std::vector<Entity> EntityRecognizer::recognize(const Document&) const { return {}; }
}  // namespace aa
