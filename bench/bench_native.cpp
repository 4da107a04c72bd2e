// Native benchmark per stage (Google Benchmark). Input: the seed articles in tests/data,
// repeated to at least 1 MB (or the file named by AA_BENCH_INPUT). Throughput is reported
// as bytes_per_second over the UTF-8 size of the input.
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

#include "arabic_analyzer/analyzer.h"
#include "arabic_analyzer/document.h"
#include "arabic_analyzer/json_output.h"
#include "arabic_analyzer/numbers.h"

#ifndef AA_SOURCE_DIR
#define AA_SOURCE_DIR "."
#endif

namespace {

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

const std::string& corpus_utf8() {
  static const std::string text = [] {
    if (const char* p = std::getenv("AA_BENCH_INPUT")) return read_file(p);
    std::string seeds = read_file(AA_SOURCE_DIR "/tests/data/000_00fe2e4262b66faa.txt") + "\n\n" +
                        read_file(AA_SOURCE_DIR "/tests/data/003_068320e3f5882409.txt") + "\n\n";
    std::string out;
    while (out.size() < (1u << 20)) out += seeds;
    return out;
  }();
  return text;
}

const std::u16string& corpus() {
  static const std::u16string text = aa::utf8_to_utf16(corpus_utf8());
  return text;
}

const aa::Analyzer& analyzer() {
  static const aa::Analyzer a;
  return a;
}

aa::Document make_document() {
  aa::Document d;
  d.original = corpus();
  d.search = analyzer().normalizer(aa::Profile::search).normalize(d.original);
  aa::Tokenizer t;
  d.words = t.tokenize(d.search);
  return d;
}

const aa::Document& document() {
  static const aa::Document d = make_document();
  return d;
}

void set_bytes(benchmark::State& state) {
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(corpus_utf8().size()));
}

void BM_normalize_search(benchmark::State& state) {
  const aa::Normalizer& n = analyzer().normalizer(aa::Profile::search);
  for (auto _ : state) benchmark::DoNotOptimize(n.normalize(corpus()));
  set_bytes(state);
}
BENCHMARK(BM_normalize_search)->Unit(benchmark::kMillisecond);

void BM_tokenize(benchmark::State& state) {
  aa::Tokenizer t;
  for (auto _ : state) benchmark::DoNotOptimize(t.tokenize(document().search));
  set_bytes(state);
}
BENCHMARK(BM_tokenize)->Unit(benchmark::kMillisecond);

void BM_extract_social(benchmark::State& state) {
  const aa::Normalizer& n = analyzer().normalizer(aa::Profile::search);
  for (auto _ : state) benchmark::DoNotOptimize(aa::extract_social(corpus(), n));
  set_bytes(state);
}
BENCHMARK(BM_extract_social)->Unit(benchmark::kMillisecond);

void BM_numbers(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(aa::extract_numbers(document()));
  set_bytes(state);
}
BENCHMARK(BM_numbers)->Unit(benchmark::kMillisecond);

void BM_keywords(benchmark::State& state) {
  aa::KeywordExtractor k;
  auto social = aa::extract_social(corpus(), analyzer().normalizer(aa::Profile::search));
  for (auto _ : state) benchmark::DoNotOptimize(k.extract(document(), social.hashtags, {}));
  set_bytes(state);
}
BENCHMARK(BM_keywords)->Unit(benchmark::kMillisecond);

void BM_entities(benchmark::State& state) {
  aa::EntityRecognizer e;
  for (auto _ : state) benchmark::DoNotOptimize(e.recognize(document()));
  set_bytes(state);
}
BENCHMARK(BM_entities)->Unit(benchmark::kMillisecond);

void BM_json(benchmark::State& state) {
  aa::Result r = analyzer().analyze(corpus());
  for (auto _ : state) benchmark::DoNotOptimize(aa::to_json(r));
  set_bytes(state);
}
BENCHMARK(BM_json)->Unit(benchmark::kMillisecond);

void BM_analyze_whole(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(aa::to_json(analyzer().analyze(corpus())));
  set_bytes(state);
}
BENCHMARK(BM_analyze_whole)->Unit(benchmark::kMillisecond);

// One typical article (the first seed, ~4 KB) at a time: the page's real workload.
void BM_analyze_article(benchmark::State& state) {
  static const std::u16string article =
      aa::utf8_to_utf16(read_file(AA_SOURCE_DIR "/tests/data/000_00fe2e4262b66faa.txt"));
  for (auto _ : state) benchmark::DoNotOptimize(aa::to_json(analyzer().analyze(article)));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_analyze_article)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
