// Benchmark hooks for the wasm build (bench/bench_wasm.mjs, the Chromium benchmark): run
// one stage of bench/stages.h in wasm so JavaScript can time exactly what the native
// benchmark times. A few hundred bytes of code; not part of the documented API.
#include <emscripten/emscripten.h>

#include "../../bench/stages.h"

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
