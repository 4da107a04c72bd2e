#!/usr/bin/env bash
# Retrains the entity tagger from the annotated corpora in ../shared/data and prints its
# evaluation. Deterministic: same data and code give the same files.
#   1. wasm/data/ner_name_words.tsv from WikiFANE + AQMAR (tools/ner/gen_name_words.cpp) and
#      wasm/data/ner_name_lists.tsv from data/names and data/arwiki
#      (tools/ner/gen_name_lists.cpp), compiled into ner_lexicon.bin (build-data.sh lexicons)
#   2. a model WITHOUT our ANERcorp dev slice, scored on that slice (every setting was chosen
#      there): the dev figures of the README; its confidences on the slice fit
#      wasm/data/ner_calibration.tsv (tools/ner/ner_calibrate.cpp)
#   3. the shipped model on all of ANERcorp's train split -> wasm/data/ner_model.bin
#   4. the shipped recognizer on each other corpus's own test slice
# Word clusters (wasm/data/ner_clusters.tsv) are rebuilt separately: build-ner-clusters.sh.
# usage: build-scripts/train-ner.sh [SHARED_DATA_DIR] [epochs] [log2_buckets]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
data="${1:-$shared/data}"
epochs="${2:-10}"
buckets="${3:-16}"
build="$root/build/native-ner"
need_shared "entity model training (train-ner.sh)" "$data/anercorp" "$data/wikifane" "$data/aqmar/conll" \
  "$data/names" "$data/arwiki/arwiki-2017.txt.xz" || exit 1
cd "$root"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" ner_gen_name_words ner_gen_name_lists
"$build/tools/ner/ner_gen_name_words" "$data" > wasm/data/ner_name_words.tsv
wiki="$(mktemp)"
xz -dc "$data/arwiki/arwiki-2017.txt.xz" >"$wiki"
"$build/tools/ner/ner_gen_name_lists" "$data" wasm/data/gazetteer_cldr.tsv "$wiki" \
  > wasm/data/ner_name_lists.tsv
rm -f "$wiki"
# The trainer computes features with the lexicons embedded in the core, so the entity
# lexicon table is regenerated with the new name words and the trainer rebuilt; the
# embedded model itself is not used while training.
"$here/build-data.sh" lexicons
ninja -C "$build" ner_train ner_eval ner_calibrate
dev_model="$(mktemp --suffix=.bin)"
trap 'rm -f "$dev_model"' EXIT
echo "== dev configuration (trained without the dev slice)"
"$build/tools/ner/ner_train" "$data" "$dev_model" "$epochs" "$buckets" dev
NER_MODEL="$dev_model" "$build/tools/ner/ner_eval" "$data" dev
echo "== confidence calibration (dev slice, the same model)"
NER_MODEL="$dev_model" "$build/tools/ner/ner_calibrate" "$data" wasm/data/ner_calibration.tsv
echo "== shipped model (all of ANERcorp's train split)"
"$build/tools/ner/ner_train" "$data" wasm/data/ner_model.bin "$epochs" "$buckets" ship
echo "model: $(stat -c %s wasm/data/ner_model.bin) bytes, $(gzip -9 -c wasm/data/ner_model.bin | wc -c) gzipped"
ninja -C "$build" ner_eval
"$build/tools/ner/ner_eval" "$data" test
