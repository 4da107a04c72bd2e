#!/usr/bin/env bash
# Sets up if needed, builds, and serves the page on http://127.0.0.1:8080 (PORT to change).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
"$here/build.sh"
cd "$root"
echo "Open http://127.0.0.1:${PORT:-8080}/ (Ctrl-C to stop)"
exec node build-scripts/serve.mjs --root dist/web --port "${PORT:-8080}"
