// C ABI for the WebAssembly module. JavaScript (web/arabic-analyzer.js) owns every buffer
// that crosses the boundary: it writes the text as UTF-16 into memory it allocated, and
// frees the UTF-8 JSON result this returns with aa_free. No pointer reaches API users.
#include <emscripten/emscripten.h>
#include <malloc.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/json_output.h"
#include "arabic_analyzer/options.h"

namespace {

// Results cross as a 4-byte length followed by the UTF-8 bytes, so text containing NUL
// (which users can paste) survives; JavaScript decodes exactly that many bytes.
char* to_c_string(const std::string& s) {
  uint32_t n = uint32_t(s.size());
  char* out = static_cast<char*>(std::malloc(sizeof n + s.size()));
  if (!out) return nullptr;
  std::memcpy(out, &n, sizeof n);
  std::memcpy(out + sizeof n, s.data(), s.size());
  return out;
}

std::string error_json(const aa::Error& e) {
  aa::Result r;
  r.error = e;
  return aa::to_json(r);
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* aa_create() { return new aa::Analyzer(); }

EMSCRIPTEN_KEEPALIVE void aa_destroy(void* analyzer) {
  delete static_cast<aa::Analyzer*>(analyzer);
}

EMSCRIPTEN_KEEPALIVE void* aa_malloc(size_t n) { return std::malloc(n); }

EMSCRIPTEN_KEEPALIVE void aa_free(void* p) { std::free(p); }

// Bytes currently allocated on the heap: lets tests prove nothing leaks across calls.
EMSCRIPTEN_KEEPALIVE size_t aa_heap_in_use() { return size_t(mallinfo().uordblks); }

// text: UTF-16 code units (lone surrogates allowed; they become U+FFFD), options: UTF-8 JSON or
// null.
EMSCRIPTEN_KEEPALIVE char* aa_analyze(void* analyzer, const char16_t* text, size_t length,
                                      const char* options) {
  auto parsed = aa::options_from_json(options ? std::string_view(options) : std::string_view());
  if (parsed.error) return to_c_string(error_json(*parsed.error));
  auto* a = static_cast<aa::Analyzer*>(analyzer);
  return to_c_string(aa::to_json(a->analyze(std::u16string_view(text, length), parsed.options)));
}

// Returns the normalized text as UTF-8, or null for an unknown profile.
EMSCRIPTEN_KEEPALIVE char* aa_normalize(void* analyzer, const char16_t* text, size_t length,
                                        const char* profile) {
  auto p = aa::profile_from_name(profile ? profile : "search");
  if (!p) return nullptr;
  auto* a = static_cast<aa::Analyzer*>(analyzer);
  return to_c_string(aa::utf16_to_utf8(a->normalize(std::u16string_view(text, length), *p)));
}

// The spelling-variant key of one word (see aa::variant_key), as UTF-8.
EMSCRIPTEN_KEEPALIVE char* aa_variant_key(void* analyzer, const char16_t* text, size_t length,
                                          const char*) {
  auto* a = static_cast<aa::Analyzer*>(analyzer);
  return to_c_string(aa::utf16_to_utf8(
      aa::variant_key(a->normalize(std::u16string_view(text, length), aa::Profile::search))));
}

// Hashtags, suspect hashtags, mentions, URLs/e-mails and cashtags only, without the other
// stages, as UTF-8 JSON (see aa::social_to_json).
EMSCRIPTEN_KEEPALIVE char* aa_extract_social(void* analyzer, const char16_t* text, size_t length,
                                             const char*) {
  if (auto too_large = aa::input_size_error(length)) return to_c_string(error_json(*too_large));
  std::u16string clean(text, length);
  aa::replace_lone_surrogates(clean);
  auto* a = static_cast<aa::Analyzer*>(analyzer);
  return to_c_string(
      aa::social_to_json(aa::extract_social(clean, a->normalizer(aa::Profile::search))));
}

}  // extern "C"
