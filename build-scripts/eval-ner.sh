#!/usr/bin/env bash
# Prints the entity evaluation of the README without changing any file:
#   1. our ANERcorp dev slice (the last 10% of its train split's sentences), scored on a model
#      trained WITHOUT it by the same trainer and settings as the shipped one (the shipped
#      model has seen the slice, so it cannot be scored there), and the reliability of its
#      confidences, raw and calibrated (2-fold cross-fitted);
#   2. five-fold cross-validation of the tagger alone over the rest of ANERcorp's train split;
#   3. the shipped recognizer on each other corpus's own held-out test slice.
# usage: build-scripts/eval-ner.sh [NATIVE_BUILD_DIR=build/native] [SHARED_DATA_DIR]
# Without the corpora it fails under CI=true and warns and skips elsewhere (lib.sh need_shared).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
build="${1:-$root/build/native}"
data="${2:-$shared/data}"
need_shared "entity evaluation (eval-ner.sh)" \
  "$data/anercorp" "$data/aqmar/conll" "$data/wikifane" "$data/newsfane" || exit 0
tools="$build/tools/ner"
# Settings of the shipped model (build-scripts/train-ner.sh).
epochs=10
buckets=16
dev_model="$(mktemp --suffix=.bin)"
trap 'rm -f "$dev_model"' EXIT
echo "== entities: ANERcorp dev slice, model trained without it (ner_train dev + ner_eval dev)"
"$tools/ner_train" "$data" "$dev_model" "$epochs" "$buckets" dev 2>&1 | grep -v '^epoch'
NER_MODEL="$dev_model" "$tools/ner_eval" "$data" dev
echo "== entities: confidence calibration on the same slice and model (ner_calibrate)"
NER_MODEL="$dev_model" "$tools/ner_calibrate" "$data"
echo "== entities: five-fold cross-validation of the tagger on the rest of ANERcorp train (ner_train cv)"
"$tools/ner_train" "$data" /dev/null "$epochs" "$buckets" cv 2>&1 | grep -v '^epoch'
echo "== entities: shipped model on the other corpora's held-out test slices (ner_eval test)"
"$tools/ner_eval" "$data" test
