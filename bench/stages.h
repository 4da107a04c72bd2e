// The analysis split into the stages the benchmarks time, shared by the native benchmark
// (Google Benchmark) and the wasm one (exported to JavaScript), so both time the same work.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace aa_bench {

enum class Stage : int {
  normalize = 0,
  tokenize,
  extract,
  numbers,
  keywords,
  entities,
  quotes,
  json,
  whole,
  count
};
const char* stage_name(Stage s);

class Stages {
 public:
  Stages();
  ~Stages();
  // Prepares the inputs every stage needs (normalized text, tokens, a result to serialize).
  void prepare(std::u16string_view text);
  // Runs one stage once on the prepared text; returns a number derived from the output so
  // the work cannot be optimized away.
  uint64_t run(Stage stage);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace aa_bench
