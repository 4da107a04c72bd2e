// The one error value every entry point reports instead of a partial result.
#pragma once

#include <cstdint>
#include <string>

namespace aa {

enum class ErrorCode : uint8_t { input_too_large, bad_options };
// The code as the JSON shows it: "input_too_large", "bad_options".
const char* error_code_name(ErrorCode c);

struct Error {
  ErrorCode code = ErrorCode::bad_options;
  std::string message;  // one clear sentence
};

}  // namespace aa
