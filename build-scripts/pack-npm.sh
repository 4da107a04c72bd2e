#!/usr/bin/env bash
# Builds the npm package from the assembled site (dist/web) into dist/npm and packs it with
# `npm pack` into dist/arabic-analyzer-VERSION.tgz. Nothing is published.
# The JS API, the worker client and the widget ship as they are (plain ES modules); the worker
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
mkdir -p "$out/lib"
cp "$web"/{arabic-analyzer.js,arabic-analyzer-core.wasm,analyzer-client.js,arabic-analyzer-widget.js} "$out/"
# Only the page's modules the widget imports.
cp "$web"/lib/{categories,highlight,describe,i18n,palette,marks,selection,tooltip,item-buttons,legend,el}.js "$out/lib/"
# The Emscripten glue's and the API's Node-only imports (fs, path, node:*) sit behind
# environment checks a browser never passes; they stay external instead of failing the bundle.
node_modules/.bin/esbuild "$web/analyzer-worker.js" --bundle --format=esm --platform=browser \
  --external:fs --external:path --external:'node:*' --log-level=warning --outfile="$out/analyzer-worker.js"
cp package/package.json package/README.md package/NOTICE.md package/*.d.ts "$out/"
cp CHANGELOG.md LICENSE wasm/data/ner_model.LICENSE "$out/"

rm -f dist/arabic-analyzer-*.tgz
tarball=$(cd "$out" && npm pack --pack-destination .. --silent | tail -n 1)
echo "npm package: dist/$tarball ($(stat -c %s "dist/$tarball") bytes)"
