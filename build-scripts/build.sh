#!/usr/bin/env bash
# Builds everything: the native core/CLI/tests/benchmark (build/native) and the WebAssembly
# module (build/wasm), then assembles the static site in dist/web, prints the size budget, and
# packs the npm package (dist/arabic-analyzer-VERSION.tgz).
# usage: build.sh [--native-only|--wasm-only]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
what="${1:-all}"
jobs=$(nproc)
export NODE_PATH=/usr/share/nodejs

"$here/setup.sh"

if [ "$what" != "--wasm-only" ]; then
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  ninja -C build/native -j"$jobs"
fi

if [ "$what" != "--native-only" ]; then
  icu_dir="$("$here/build-icu-wasm.sh" | tail -n 1)"
  emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release -DICU_WASM_DIR="$icu_dir" >/dev/null
  ninja -C build/wasm -j"$jobs"
  "$here/assemble-web.sh"
  "$here/pack-npm.sh"
fi
