#!/usr/bin/env bash
# Builds the filtered ICU data package for the wasm build and turns it into C source whose
# symbol is icudt72_dat (what a static ICU looks up).
# usage: icu-data-package.sh ICU_WASM_DIR ITEMS_LIST OUT_DIR
set -euo pipefail
icu="$1"; list="$2"; out="$3"
mkdir -p "$out"
export LD_LIBRARY_PATH="$icu/native-lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
items="$out/items.txt"
grep -v '^\s*#' "$list" | sed '/^\s*$/d' > "$items"
rm -f "$out/icudt72l.dat"
# Extract the chosen items from the full archive, then pack them as a new archive.
tmp="$out/items"; rm -rf "$tmp"; mkdir -p "$tmp"
"$icu/bin/icupkg" -d "$tmp" -x "$items" "$icu/icudt72l.dat"
"$icu/bin/icupkg" --ignore-deps -s "$tmp" -a "$items" new "$out/icudt72l.dat"
"$icu/bin/genccode" -q -d "$out" "$out/icudt72l.dat"
# genccode names the array after the file (icudt72l_dat); a static ICU looks for icudt72_dat.
sed -i 's/\bicudt72l_dat\b/icudt72_dat/' "$out/icudt72l_dat.c"
grep -q 'icudt72_dat=' "$out/icudt72l_dat.c"
