#!/usr/bin/env bash
# Builds in release mode and runs one benchmark over the same corpus on the native core
# (Google Benchmark, per stage), the native CLI in batch (--jsonl), the wasm module in Node and
# the wasm module in headless Chromium (in a Web Worker, plus the page's and the widget's load
# to their first result), with twitter-text and a regex normalizer as peers; prints the tables
# side by side with the product's goals and writes build/bench/report.json.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
"$here/build.sh" >/dev/null
# The bench-only wasm twin with the per-stage hooks (cmake/wasm.cmake); not built by build.sh.
NODE_PATH=/usr/share/nodejs ninja -C build/wasm arabic-analyzer-bench-core >/dev/null
mkdir -p build/bench
echo "== native (Google Benchmark)"
/usr/bin/time -f '%M' -o build/bench/native.rss build/native/aa_bench --benchmark_min_time=0.3 \
  --benchmark_out=build/bench/native.json --benchmark_out_format=json --benchmark_counters_tabular=true
# Keep the peak RSS with the native results for the report.
node -e "const fs=require('fs');const p='build/bench/native.json';const j=JSON.parse(fs.readFileSync(p));j.peak_rss_kb=Number(fs.readFileSync('build/bench/native.rss','utf8').trim().split('\n').pop());fs.writeFileSync(p,JSON.stringify(j,null,1))"
echo "== native CLI, analyze --jsonl"
node bench/bench_cli.mjs
echo "== wasm in Node"
node bench/bench_wasm.mjs
echo "== wasm start-up in Node (fresh processes)"
node bench/bench_startup.mjs
echo "== wasm in Chromium"
node bench/bench_chromium.mjs
node bench/report.mjs
