#!/usr/bin/env bash
# Checks the shared habits: C and C++ layout against .clang-format (Google style), and every
# hand-written JavaScript file against ESLint's recommended rules (eslint.config.js).
# usage: lint.sh [--fix]   (--fix rewrites the files instead of reporting them)
set -uo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
fix="${1:-}"
status=0

mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if [ "$fix" = "--fix" ]; then
  clang-format -i "${sources[@]}"
else
  echo "lint: clang-format on ${#sources[@]} C++ files"
  clang-format --dry-run --Werror "${sources[@]}" || { echo "lint: run build-scripts/lint.sh --fix"; status=1; }
fi

echo "lint: eslint"
node_modules/.bin/eslint ${fix:+--fix} . || status=1

exit $status
