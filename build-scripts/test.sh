#!/usr/bin/env bash
# Sets up if needed, builds, and runs every test level:
#   1. native unit tests and shared cases (GoogleTest via ctest)
#   2. the same shared cases and wasm-specific tests against the wasm build (Node's test runner)
#   3. browser end-to-end tests (Playwright driving Debian's Chromium, headless)
#   4. robustness: the unit tests under AddressSanitizer + UBSan, and a bounded libFuzzer
#      session (FUZZ_SECONDS per target, default 20: under two minutes for the four targets)
# Every level runs even if an earlier one failed; the exit status is non-zero if any failed.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
"$here/build.sh" || { echo "test.sh: build failed"; exit 1; }

status=0
echo "== native: ctest"
(cd build/native && ctest --output-on-failure --timeout 900 -j"$(nproc)") || status=1

echo "== batch: Dask LocalCluster"
/usr/bin/python3 tests/batch/test_dask.py build/native/arabic-analyzer || status=1

echo "== quality on held-out data (figures for the README; needs ../shared)"
if [ -d "$root/../shared/data" ]; then
  "$here/eval-keywords.sh" build/native/arabic-analyzer || status=1
  echo "== entities: CoNLL entity-level P/R/F1 per layer (dev slice, cross-validation, held-out test splits)"
  "$here/eval-ner.sh" build/native "$root/../shared/data" || status=1
else
  echo "quality: ../shared/data absent; evaluations skipped"
fi

echo "== wasm: node --test"
timeout 1200 node --test --test-reporter=spec tests/wasm/ || status=1

echo "== browser: playwright + chromium"
# A hard bound: a browser that hangs must fail the run, not stall CI.
timeout 1200 node --test --test-concurrency=1 --test-reporter=spec tests/e2e/ || status=1

echo "== sanitizers: unit tests under ASan + UBSan, bounded fuzzing"
if "$here/fuzz.sh" "${FUZZ_SECONDS:-20}"; then
  (cd build/fuzz && ctest --output-on-failure --timeout 1800 -j"$(nproc)") || status=1
else
  status=1
fi

exit $status
