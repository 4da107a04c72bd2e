#!/usr/bin/env bash
# Keyword quality: P/R/F1 at 5 and 10 of the native extractor on the held-out AQMAR articles
# with hand-written gold keyphrases (tools/keywords_eval/README.md says how they were made).
# usage: eval-keywords.sh [CLI]   (default build/native/arabic-analyzer; needs ../shared)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="${1:-$root/build/native/arabic-analyzer}"
shared="${AA_SHARED_DIR:-$root/../shared}"
if [ ! -d "$shared/data/aqmar/text" ]; then
  echo "eval-keywords: $shared/data/aqmar/text not found; skipped"
  exit 0
fi
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
python3 "$root/tools/keywords_eval/make_aqmar_jsonl.py" "$shared" > "$tmp"
echo "== keywords: AQMAR held-out articles (Wikipedia, hand-written gold)"
python3 "$root/tools/keywords_eval/evaluate.py" "$cli" "$tmp" --baseline
