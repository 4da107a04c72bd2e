// Per-stage timing in wasm (bench/stages.h) through the bench-only module
// arabic-analyzer-bench-core (cmake/wasm.cmake), so the product module carries no benchmark
// code. Shared by Node (bench_wasm.mjs) and Chromium (browser/bench-worker.js).
//
// createBenchCore: the module's ES-module factory; moduleArgs: where its .wasm comes from.
export async function loadStages(createBenchCore, moduleArgs = {}) {
  const core = await createBenchCore(moduleArgs);
  return {
    /** Prepares `text` inside the core; returns { run(stage, reps), free() }. */
    prepare(text) {
      const units = text.length;
      const ptr = core._aa_malloc(Math.max(units * 2, 2));
      const heap16 = new Uint16Array(core.HEAPU8.buffer, ptr, units);
      for (let i = 0; i < units; i++) heap16[i] = text.charCodeAt(i);
      const handle = core._aa_bench_prepare(ptr, units);
      core._aa_free(ptr);
      return {
        run: (stage, reps) => core._aa_bench_run(handle, stage, reps),
        free: () => core._aa_bench_run(handle, -1, 0),
      };
    },
  };
}
