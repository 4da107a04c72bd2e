#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UBSan (build/fuzz) and runs
# each for SECONDS (default 60) seeded from tests/data and the shared corpora. Crashes land
# in build/fuzz/artifacts/; turn each into a regression case under tests/cases/.
# usage: fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
seconds="${1:-60}"; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_analyze fuzz_normalize fuzz_social fuzz_word_break)
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DAA_SANITIZE=ON -DAA_FUZZ=ON >/dev/null
# ctest in build/fuzz also runs the lexicon generators (the *_up_to_date tests).
ninja -C build/fuzz "${targets[@]}" aa_tests arabic-analyzer gen_entity_lexicon gen_keyword_lexicon \
  gen_quote_lexicon gen_quote_speakers gen_tlds gen_number_words gen_char_props >/dev/null
mkdir -p build/fuzz/corpus build/fuzz/artifacts
cp tests/data/*.txt build/fuzz/corpus/ 2>/dev/null || true
cp tests/fuzz/regressions/crash-* build/fuzz/corpus/ 2>/dev/null || true
# Real Wikipedia text as seeds; outside CI, fuzzing goes on without them.
if need_shared "fuzzing seeds from AQMAR (fuzz.sh)" "$shared/data/aqmar/text"; then
  for f in "$shared"/data/aqmar/text/*.txt; do
    [ -f "$f" ] || continue
    head -c 4000 "$f" >"build/fuzz/corpus/aqmar-$(basename "$f")"
  done
fi
status=0
for t in "${targets[@]}"; do
  mkdir -p "build/fuzz/corpus-$t"
  echo "fuzz: $t for ${seconds}s"
  if ! "build/fuzz/$t" -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
       -artifact_prefix=build/fuzz/artifacts/ "build/fuzz/corpus-$t" build/fuzz/corpus 2>build/fuzz/$t.log; then
    tail -40 "build/fuzz/$t.log"; status=1
  else
    grep -E "stat::number_of_executed_units|Done" "build/fuzz/$t.log" | tail -2
  fi
done
exit $status
