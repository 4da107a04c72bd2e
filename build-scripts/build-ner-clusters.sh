#!/usr/bin/env bash
# Learns the word clusters the entity tagger uses as features and writes
# wasm/data/ner_clusters.tsv: the training corpora in ../shared/data (ANERcorp train minus our
# dev slice, WikiFANE train+dev, AQMAR train; never NewsFANE or any test slice) are dumped as
# analyzer stems (tools/ner/dump_tokens), embedded with fastText skipgram (Debian's
# `fasttext`), and the vectors grouped by hierarchical spherical k-means
# (tools/ner/kmeans_clusters). Deterministic: one fastText thread, fixed seeds.
# AA_CLUSTERS_WIKIPEDIA=1 adds the unlabeled Arabic Wikipedia text (data/arwiki, 8.1 million
# words; 20 minutes on one core): measured and not shipped (tools/ner/README.md).
# usage: build-scripts/build-ner-clusters.sh [SHARED_DATA_DIR] [min_count=3] [max_words=30000] [OUT]
# (OUT defaults to wasm/data/ner_clusters.tsv; build-scripts/build-data.sh clusters runs this)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
data="${1:-$shared/data}"
min_count="${2:-3}"
max_words="${3:-30000}"
build="$root/build/native-ner"
out="${4:-$root/wasm/data/ner_clusters.tsv}"
need_shared "word clusters (build-ner-clusters.sh)" "$data/anercorp" "$data/wikifane" "$data/aqmar/conll" || exit 1
cd "$root"
command -v fasttext >/dev/null || { echo "fasttext not found (apt-get install fasttext)" >&2; exit 1; }
start=$SECONDS
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" ner_dump_tokens ner_kmeans_clusters
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
wiki=()
if [ "${AA_CLUSTERS_WIKIPEDIA:-}" = 1 ]; then
  need_shared "word clusters from Wikipedia" "$data/arwiki/arwiki-2017.txt.xz" || exit 1
  xz -dc "$data/arwiki/arwiki-2017.txt.xz" >"$tmp/arwiki.txt"
  wiki=("$tmp/arwiki.txt")
fi
"$build/tools/ner/ner_dump_tokens" "$data" "${wiki[@]}" >"$tmp/tokens.txt"
# Character n-grams of 2-5 units make words that share a spelling pattern (the endings of
# transliterated names) neighbours even when they are rare.
ft_args=(-dim 100 -minCount 3 -minn 2 -maxn 5 -epoch "${AA_CLUSTERS_EPOCHS:-10}" -ws 5 -thread 1 -seed 1)
fasttext skipgram -input "$tmp/tokens.txt" -output "$tmp/vec" "${ft_args[@]}" -verbose 1
"$build/tools/ner/ner_kmeans_clusters" "$tmp/vec.vec" "$tmp/tokens.txt" "$min_count" "$max_words" \
  "${ft_args[*]}" >"$tmp/clusters.tsv"
mv "$tmp/clusters.tsv" "$out"
echo "clusters: $(grep -v '^#' "$out" | cut -f2 | wc -w) words, $(stat -c %s "$out") bytes," \
  "$(gzip -9 -c "$out" | wc -c) gzipped, $((SECONDS - start)) s"
