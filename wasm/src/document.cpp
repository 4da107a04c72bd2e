#include "arabic_analyzer/document.h"

#include "arabic_analyzer/text.h"

namespace aa {

Document DocumentBuilder::build(std::u16string_view text) const {
  Document doc;
  doc.original.assign(text);
  replace_lone_surrogates(doc.original);
  doc.search = search_.normalize(doc.original);
  doc.words = tokenizer_.tokenize(doc.search);
  return doc;
}

}  // namespace aa
