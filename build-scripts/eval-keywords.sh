#!/usr/bin/env bash
# Keyword quality: exact and partial P/R/F1 at 5 and 10 of the native extractor, a TF-IDF
# baseline and a frequency baseline, on the news set (37 ANERcorp articles, gold written from
# the article alone) and the AQMAR set (10 Wikipedia articles); tools/keywords_eval/README.md
# says how the gold was made and defines the metrics. The TF-IDF background is the document
# list of the extractor's background table (build-keyword-df.py --docs-only), evaluation
# documents excluded.
# usage: eval-keywords.sh [CLI]   (default build/native/arabic-analyzer; needs ../shared/data)
# Without the corpora it fails under CI=true and warns and skips elsewhere (lib.sh need_shared).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cli="${1:-$root/build/native/arabic-analyzer}"
need_shared "keyword evaluation (eval-keywords.sh)" \
  "$shared/data/anercorp" "$shared/data/newsfane" "$shared/data/wikifane" "$shared/data/aqmar/text" || exit 0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$here/build-keyword-df.py" --data "$shared/data" --docs-only --docs-out "$tmp/background.jsonl" 2>/dev/null
python3 "$root/tools/keywords_eval/news/make_jsonl.py" --data "$shared/data" -o "$tmp/news.jsonl" 2>/dev/null
python3 "$root/tools/keywords_eval/make_aqmar_jsonl.py" "$shared" > "$tmp/aqmar.jsonl"
echo "== keywords: news set (37 ANERcorp articles, gold from the article alone)"
python3 "$root/tools/keywords_eval/evaluate.py" "$cli" "$tmp/news.jsonl" --background "$tmp/background.jsonl"
echo "== keywords: AQMAR set (10 Wikipedia articles, gold written after the extractor existed)"
python3 "$root/tools/keywords_eval/evaluate.py" "$cli" "$tmp/aqmar.jsonl" --background "$tmp/background.jsonl"
