#!/usr/bin/env bash
# The CLI contract from the README: exit codes, --jsonl streaming and error lines, invalid UTF-8.
set -u
cli="$1"
fail=0
check() { if [ "$1" != "$2" ]; then echo "FAIL: $3 (got '$1', want '$2')"; fail=1; fi; }

out=$(printf '#الكلور في إدلب' | "$cli" analyze); check $? 0 "analyze exit"
echo "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["schema"]==3' || { echo "FAIL: schema"; fail=1; }

"$cli" bogus >/dev/null 2>&1; check $? 2 "unknown command exits 2"
"$cli" normalize --profile nope </dev/null >/dev/null 2>&1; check $? 2 "unknown profile exits 2"
"$cli" analyze /nonexistent/file >/dev/null 2>&1; check $? 1 "missing file exits 1"

out=$(printf 'الأُمم' | "$cli" normalize --profile search); check "$out" "الامم" "normalize search"
out=$(printf 'وبالأمس للكلور ال\n«الأمن' | "$cli" normalize --strip-article)
check "$out" "$(printf 'امس كلور ال\n«الامن')" "normalize --strip-article (per whitespace-separated word)"

# Invalid UTF-8 becomes U+FFFD, offsets stay consistent, exit 0 with a warning.
err=$(printf 'a\xffb' | "$cli" analyze 2>&1 >/dev/null); check $? 0 "invalid utf-8 exit"
case "$err" in *"invalid UTF-8"*) ;; *) echo "FAIL: no warning for invalid UTF-8"; fail=1;; esac

# --jsonl: a bad line is reported with its number, the other lines still processed.
out=$(printf '{"id":1,"text":"أ"}\nnot json\n{"id":"x","text":"ب"}\n' | "$cli" analyze --jsonl 2>/tmp/aa_cli_err.$$)
check $? 1 "jsonl with a bad line exits 1"
check "$(echo "$out" | wc -l)" 3 "jsonl emits one line per input line"
check "$(echo "$out" | sed -n 3p | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')" x "jsonl keeps ids"
grep -q "line 2" /tmp/aa_cli_err.$$ || { echo "FAIL: jsonl error names the line"; fail=1; }
rm -f /tmp/aa_cli_err.$$
# A bad line keeps its id when one can be read (a batch driver matches errors by id).
out=$(printf '{"id":"y"}\n' | "$cli" analyze --jsonl 2>/dev/null)
check "$(echo "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["id"], d["error"]["code"])')" "y bad_line" "jsonl bad line keeps its id"
[ $fail = 0 ] && echo "cli contract: ok"
exit $fail
