#!/usr/bin/env bash
# Retrains the entity tagger from the annotated corpora in ../shared/data (AQMAR, NewsFANE;
# CC BY-SA 3.0) and writes wasm/data/ner_model.bin, then rebuilds and prints the held-out
# evaluation (tools/ner/ner_eval). Deterministic: same data and code give the same model.
# usage: build-scripts/train-ner.sh [SHARED_DATA_DIR] [epochs=8] [log2_buckets=18]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
data="${1:-$root/../shared/data}"
epochs="${2:-8}"
buckets="${3:-18}"
build="$root/build/native-ner"
cd "$root"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
# The trainer computes the layer-1/2 features with the lexicons embedded in the core, so it
# is built (and the old model embedded) first; the model itself is not used while training.
ninja -C "$build" ner_train
# Settings (epochs, buckets, layer combination) were chosen on the NewsFANE dev slice; the
# shipped model then also learns from that slice. The test slices are only read by ner_eval.
"$build/tools/ner/ner_train" "$data" "$root/wasm/data/ner_model.bin" "$epochs" "$buckets" with-dev
echo "model: $(stat -c %s wasm/data/ner_model.bin) bytes, $(gzip -9 -c wasm/data/ner_model.bin | wc -c) gzipped"
ninja -C "$build" ner_eval
"$build/tools/ner/ner_eval" "$data" test
