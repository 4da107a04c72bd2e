#!/usr/bin/env bash
# Idempotent setup: Debian packages, the npm dev dependencies (from package-lock.json),
# and ICU built for WebAssembly (cached outside the checkout).
# Everything comes from Debian's archive or the npm registry; nothing else is downloaded.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

debs=(build-essential cmake ninja-build pkg-config dpkg-dev
      emscripten nodejs
      libicu-dev icu-devtools nlohmann-json3-dev
      libgtest-dev googletest libbenchmark-dev libyaml-cpp-dev
      clang libclang-rt-14-dev
      chromium python3 gzip python3-distributed  # Dask, the cluster for tools/batch/analyze_dask.py
      python3-fonttools python3-brotli  # the page's font subsets (build-scripts/subset-fonts.py)
      fasttext     # word vectors for the entity model's clusters (build-scripts/build-ner-clusters.sh)
      publicsuffix  # the TLD list behind wasm/data/tlds.txt (build-scripts/build-data.sh tlds)
      unicode-data)  # Unicode's WordBreakTest.txt for the word break tests (native and wasm)

missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm dev dependencies (playwright-core, twitter-text, font, stopwords) from the committed lock file.
if [ -f "$root/package-lock.json" ]; then
  stamp="$root/node_modules/.setup-stamp"
  if [ ! -f "$stamp" ] || [ "$root/package-lock.json" -nt "$stamp" ]; then
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
fi

"$here/build-icu-wasm.sh"
