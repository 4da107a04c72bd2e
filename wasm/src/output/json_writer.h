// A streaming JSON writer: appends to one string instead of building a document tree, so the
// result's JSON costs one pass and the wasm carries no DOM or general serializer. Internal to
// the core (json_output.cpp).
//
// Its bytes are those nlohmann::json::dump(-1, ' ', false, error_handler_t::replace) wrote
// before it, which schema 2's clients have seen: compact, UTF-8 unescaped, invalid UTF-8 as
// U+FFFD. The writer does not sort keys; callers write each object's keys in byte order, as
// nlohmann's std::map-based objects did.
#pragma once

#include <charconv>
#include <string>
#include <string_view>
#include <type_traits>

namespace aa {

class JsonWriter {
 public:
  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  // `name` is one of the caller's ASCII identifiers, so it is written without escaping.
  JsonWriter& key(std::string_view name);

  // UTF-8; each maximal ill-formed subpart (Unicode 3.9, as nlohmann's decoder finds them)
  // becomes one U+FFFD, so a bad byte never hides the text around it.
  JsonWriter& string(std::string_view utf8);

  template <typename Int>
  JsonWriter& integer(Int value) {
    static_assert(std::is_integral_v<Int> && !std::is_same_v<Int, bool>);
    separate();
    char buf[24];
    out_.append(buf, std::to_chars(buf, buf + sizeof buf, value).ptr);
    need_comma_ = true;
    return *this;
  }

  // `value` rounded to 4 decimals (half away from zero) and printed with 1 to 4 of them:
  // 0.873, 1.0, -0.0. Fixed precision makes native and wasm builds print the same digits.
  // NaN and infinities become null.
  JsonWriter& fixed4(double value);

  JsonWriter& boolean(bool value);
  JsonWriter& null();

  std::string take() { return std::move(out_); }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void separate() {
    if (need_comma_) out_ += ',';
  }

  std::string out_;
  bool need_comma_ = false;  // a value was just completed at the current level
};

}  // namespace aa
