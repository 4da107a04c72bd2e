// Benchmark hooks of the bench-only wasm module (arabic-analyzer-bench-core, loaded by
// bench/bench_stages.mjs): run one stage of bench/stages.h in wasm so JavaScript can time
// exactly what the native benchmark times. Not in the product module.
#include <emscripten/emscripten.h>

#include "stages.h"

extern "C" {

EMSCRIPTEN_KEEPALIVE void* aa_bench_prepare(const char16_t* text, size_t length) {
  auto* s = new aa_bench::Stages();
  s->prepare(std::u16string_view(text, length));
  return s;
}

// Runs `stage` `reps` times; a negative stage frees the handle.
EMSCRIPTEN_KEEPALIVE double aa_bench_run(void* handle, int stage, int reps) {
  auto* s = static_cast<aa_bench::Stages*>(handle);
  if (stage < 0) {
    delete s;
    return 0;
  }
  uint64_t sink = 0;
  for (int i = 0; i < reps; ++i) sink += s->run(aa_bench::Stage(stage));
  return double(sink);
}

}  // extern "C"
