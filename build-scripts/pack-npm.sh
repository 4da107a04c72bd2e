#!/usr/bin/env bash
# Builds the npm package from the assembled site (dist/web) into dist/npm and packs it with
# `npm pack` into dist/arabic-analyzer-VERSION.tgz. Nothing is published.
# The JS API, the worker client and the widget ship as dist/web has them (ES modules, the widget
# bundled with its own modules but importing the client); the worker
# ships bundled into one self-contained file, because bundlers do not follow
# `new URL('./analyzer-worker.js', import.meta.url)`: a bundled app copies that file and the
# .wasm beside its bundle and is done (package/README.md).
# usage: pack-npm.sh [WEB_DIR]   (default dist/web)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
web="${1:-dist/web}"
out=dist/npm
version=$(node -p 'require("./package/package.json").version')
grep -q "^## $version " CHANGELOG.md || { echo "pack-npm: CHANGELOG.md has no entry for $version"; exit 1; }

rm -rf "$out"
mkdir -p "$out"
# The API, the client, the widget and every module it imports, and the wasm: the files the
# widget budget lists (build-scripts/size-budget.json; tests/wasm/size-budget.test.mjs keeps
# that list in step with the imports). The worker is bundled below instead.
node -e '
const fs = require("fs"), path = require("path");
const [budget, web, out] = process.argv.slice(1);
for (const f of JSON.parse(fs.readFileSync(budget, "utf8")).widget.files) {
  if (f === "analyzer-worker.js") continue;
  fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
  fs.copyFileSync(path.join(web, f), path.join(out, f));
}' build-scripts/size-budget.json "$web" "$out"
# The Emscripten glue's and the API's Node-only imports (fs, path, node:*) sit behind
# environment checks a browser never passes; they stay external instead of failing the bundle.
node_modules/.bin/esbuild "$web/analyzer-worker.js" --bundle --format=esm --platform=browser \
  --external:fs --external:path --external:'node:*' --log-level=warning --outfile="$out/analyzer-worker.js"
cp package/package.json package/README.md package/NOTICE.md package/*.d.ts "$out/"
cp CHANGELOG.md LICENSE wasm/data/ner_model.LICENSE "$out/"

rm -f dist/arabic-analyzer-*.tgz
tarball=$(cd "$out" && npm pack --pack-destination .. --silent | tail -n 1)
echo "npm package: dist/$tarball ($(stat -c %s "dist/$tarball") bytes)"
