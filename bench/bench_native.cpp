// Native benchmark per stage (Google Benchmark). Input: the seed articles in tests/data,
// repeated to at least 1 MB, or the file named by AA_BENCH_INPUT. Throughput is
// bytes_per_second over the UTF-8 size of the input. build-scripts/bench.sh runs it with
// the wasm benchmarks and prints them side by side.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "arabic_analyzer/text.h"
#include "stages.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

std::string seeds() {
  return read_file(AA_SOURCE_DIR "/tests/data/000_00fe2e4262b66faa.txt") + "\n\n" +
         read_file(AA_SOURCE_DIR "/tests/data/003_068320e3f5882409.txt") + "\n\n";
}

const std::string& corpus_utf8() {
  static const std::string text = [] {
    if (const char* p = std::getenv("AA_BENCH_INPUT")) return read_file(p);
    std::string s = seeds(), out;
    while (out.size() < (1u << 20)) out += s;
    return out;
  }();
  return text;
}

aa_bench::Stages& stages() {
  static aa_bench::Stages* s = [] {
    auto* st = new aa_bench::Stages();
    st->prepare(aa::utf8_to_utf16(corpus_utf8()));
    return st;
  }();
  return *s;
}

void BM_stage(benchmark::State& state) {
  auto stage = aa_bench::Stage(state.range(0));
  state.SetLabel(aa_bench::stage_name(stage));
  aa_bench::Stages& prepared = stages();  // built outside the timed loop
  for (auto _ : state) benchmark::DoNotOptimize(prepared.run(stage));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(corpus_utf8().size()));
}
BENCHMARK(BM_stage)->DenseRange(0, int(aa_bench::Stage::count) - 1)->Unit(benchmark::kMillisecond);

// One typical article (the first seed, ~4 KB) at a time: the page's real workload.
void BM_article(benchmark::State& state) {
  aa_bench::Stages s;
  s.prepare(aa::utf8_to_utf16(read_file(AA_SOURCE_DIR "/tests/data/000_00fe2e4262b66faa.txt")));
  for (auto _ : state) benchmark::DoNotOptimize(s.run(aa_bench::Stage::whole));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_article)->Unit(benchmark::kMicrosecond);

// Cost must grow linearly: the whole analysis on 1 KB .. 10 MB of news text.
void BM_scaling(benchmark::State& state) {
  std::string s = seeds(), text;
  while (text.size() < size_t(state.range(0))) text += s;
  text.resize(size_t(state.range(0)));
  aa_bench::Stages st;
  st.prepare(aa::utf8_to_utf16(text));  // resize may cut a character: it becomes U+FFFD
  for (auto _ : state) benchmark::DoNotOptimize(st.run(aa_bench::Stage::whole));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
}
BENCHMARK(BM_scaling)
    ->Arg(1 << 10)
    ->Arg(10 << 10)
    ->Arg(100 << 10)
    ->Arg(1 << 20)
    ->Arg(10 << 20)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
