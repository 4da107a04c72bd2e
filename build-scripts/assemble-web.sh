#!/usr/bin/env bash
# Assembles dist/web (a complete static site) from web/ and the wasm build, and prints the
# size budget: every file's raw and gzipped bytes, and the wasm artifacts' total.
# usage: assemble-web.sh [OUT_DIR]   (default dist/web)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
esb=node_modules/.bin/esbuild
out="${1:-dist/web}"   # another directory may be given (e.g. to assemble while a build runs)
rm -rf "$out"
mkdir -p "$out"
cp -r web/. "$out/"
cp build/wasm/arabic-analyzer-core.wasm "$out/"
# The JS API and the Emscripten glue as one module: one fetch fewer before the wasm, in the
# worker and for API users. The glue's Node-only imports stay external (a browser never
# reaches them; Node resolves them).
cp build/wasm/arabic-analyzer-core.js "$out/"
$esb "$out/arabic-analyzer.js" --bundle --minify --format=esm --log-level=warning \
  --external:fs --external:path --external:'node:*' --outfile="$out/arabic-analyzer.bundle.js"
mv "$out/arabic-analyzer.bundle.js" "$out/arabic-analyzer.js"
rm "$out/arabic-analyzer-core.js"
# Self-hosted font (no CDN): each face cut to the unicode-range style.css declares for it.
/usr/bin/python3 build-scripts/subset-fonts.py web/style.css node_modules/@fontsource/noto-naskh-arabic/files "$out/fonts"
# The page and the widget each arrive as one module: app.js bundled with everything it
# imports, the widget with everything but the worker client (kept as its own file so that an
# app using the client and the widget shares one worker). web/ stays the readable source;
# bundling saves a request per module and the gzip overhead of 30 small files.
$esb web/app.js --bundle --minify --format=esm --log-level=warning --outfile="$out/app.js"
$esb web/arabic-analyzer-widget.js --bundle --minify --format=esm --log-level=warning \
  --external:./analyzer-client.js --outfile="$out/arabic-analyzer-widget.js"
rm -rf "$out/lib" "$out/page" "$out/widget"
for f in analyzer-client.js analyzer-worker.js; do
  $esb "$out/$f" --minify --format=esm --log-level=warning --outfile="$out/$f.min" && mv "$out/$f.min" "$out/$f"
done
$esb "$out/style.css" --minify --log-level=warning --outfile="$out/style.min.css" && mv "$out/style.min.css" "$out/style.css"
mkdir -p "$out/samples"
cp tests/data/*.txt "$out/samples/"
# The page's sample buttons: file names and headlines (first line) of the seeds.
node -e '
const fs = require("fs"), path = require("path");
const dir = process.argv[1];
const list = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
  .map((file) => ({ file, title: fs.readFileSync(path.join(dir, file), "utf8").split("\n")[0].trim().slice(0, 120) }));
// The first sample travels inside the list: a first visit shows it analyzed, and one fetch
// fewer sits between the page and its first result.
if (list.length) list[0].text = fs.readFileSync(path.join(dir, list[0].file), "utf8");
fs.writeFileSync(path.join(dir, "index.json"), JSON.stringify(list, null, 1) + "\n");
' "$out/samples"

# Precompressed copies for servers that can send them (serve.mjs does; see web/README.md):
# .br (brotli, quality 11) and .gz (gzip -9) beside every text file and the wasm.
node -e '
const fs = require("fs"), path = require("path"), zlib = require("zlib");
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
for (const f of walk(process.argv[1]).filter((f) => /\.(js|wasm|css|html|json|svg|txt)$/.test(f))) {
  const data = fs.readFileSync(f);
  fs.writeFileSync(f + ".gz", zlib.gzipSync(data, { level: 9 }));
  fs.writeFileSync(f + ".br", zlib.brotliCompressSync(data, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
}' "$out"

# The page's and the widget's transfer size against their budgets (build-scripts/size-budget.json;
# tests/wasm/size-budget.test.mjs fails a build over the ceiling).
node build-scripts/size-budget.mjs "$out"
