#!/usr/bin/env bash
# Attributed statements ("who said what"): statement P/R/F1 (overall, direct, indirect) and
# speaker accuracy of the analyzer's `quotes` and of the verb-and-particle baseline, on the
# quote gold (tools/quotes_eval/gold: 35 articles annotated before any extractor existed), for
# the development articles (1-18), the test articles (19-35) and all. tools/quotes_eval/README.md
# defines the matching. The gold is in the repository: no shared folder needed.
# Runs the scorer's unit tests first. Fails (exit 2) when the analyzer's output has no `quotes`
# key, i.e. the build has no attributed-statement stage: that is not a score of zero.
# usage: eval-quotes.sh [CLI]   (default build/native/arabic-analyzer)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cli="${1:-$root/build/native/arabic-analyzer}"
tools="$root/tools/quotes_eval"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "== quotes: unit tests of the scorer and the baseline"
python3 -m unittest discover -q -s "$tools" -p 'test_*.py' 2>&1 | grep -v '^-*$'
python3 "$tools/gold.py" >"$tmp/texts.jsonl"
"$cli" analyze --jsonl <"$tmp/texts.jsonl" >"$tmp/extractor.jsonl"
python3 "$tools/baseline.py" >"$tmp/baseline.jsonl"
echo "== quotes: statements and speakers on the quote gold (extractor = $cli)"
python3 "$tools/score.py" extractor="$tmp/extractor.jsonl" baseline="$tmp/baseline.jsonl"
