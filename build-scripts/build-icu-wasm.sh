#!/usr/bin/env bash
# Builds ICU for WebAssembly from Debian's own ICU source package (the same 72.1 as libicu-dev),
# once per machine: the result is cached under ${XDG_CACHE_HOME:-~/.cache}/arabic-analyzer/icu-<ver>-<flags-hash>.
# Prints the cache directory on its last line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ICU_VER=72.1
FLAGS="--enable-static --disable-shared --disable-tools --disable-extras --disable-tests --disable-samples --disable-icuio --disable-layoutex"
CXXFLAGS_WASM="-O2 -DU_USING_ICU_NAMESPACE=0 -DUCONFIG_NO_LEGACY_CONVERSION=1"
key=$(printf '%s|%s|%s|v2' "$ICU_VER" "$FLAGS" "$CXXFLAGS_WASM" | sha1sum | cut -c1-10)
cache="${XDG_CACHE_HOME:-$HOME/.cache}/arabic-analyzer/icu-$ICU_VER-$key"
if [ -f "$cache/done" ]; then
  echo "icu-wasm: cached at $cache (skipping build)"
  echo "$cache"
  exit 0
fi
echo "icu-wasm: building ICU $ICU_VER for wasm into $cache (once per machine)"
export NODE_PATH=/usr/share/nodejs
# The work directory survives an interrupted build, so a rerun resumes instead of restarting.
work="$cache.work"
mkdir -p "$work"
# Debian's source package: needs a deb-src entry for the machine's own suites.
if ! ls /etc/apt/sources.list.d/arabic-analyzer-src.sources >/dev/null 2>&1; then
  cat > /etc/apt/sources.list.d/arabic-analyzer-src.sources <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt-get update -qq
fi
if [ ! -d "$work/src" ]; then
  (cd "$work" && apt-get source -qq --download-only icu >/dev/null && dpkg-source -x icu_*.dsc src >/dev/null)
fi
srcdir="$work/src/source"
jobs=$(nproc)
mkdir -p "$work/native"
if [ ! -f "$work/native/native.done" ]; then
  (cd "$work/native" && "$srcdir/configure" --disable-tests --disable-samples --disable-extras -q >/dev/null && make -s -j"$jobs" >"$work/native.log" 2>&1) || { tail -30 "$work/native.log"; exit 1; }
  touch "$work/native/native.done"
fi
mkdir -p "$work/wasm/lib"
if [ ! -f "$work/wasm/config.status" ]; then
  (cd "$work/wasm" && CXXFLAGS="$CXXFLAGS_WASM" CFLAGS="-O2" emconfigure "$srcdir/configure" --host=wasm32-unknown-linux \
     --with-cross-build="$work/native" $FLAGS --with-data-packaging=static --prefix="$cache" -q >/dev/null)
fi
# The common library only (the core needs no i18n service): the data step fails under static
# packaging, so we make our own filtered data package instead (icu-data-package.sh).
(cd "$work/wasm/common" && make -s -j"$jobs" >"$work/common.log" 2>&1) || { tail -30 "$work/common.log"; exit 1; }
mkdir -p "$cache/lib" "$cache/include" "$cache/bin"
cp "$work/wasm/lib/libicuuc.a" "$cache/lib/"
cp -r "$srcdir/common/unicode" "$cache/include/"
cp -r "$srcdir/i18n/unicode/." "$cache/include/unicode/"
# The native tools and the full data archive, for building the filtered data package.
cp "$work/native/bin/icupkg" "$work/native/bin/genccode" "$cache/bin/"
cp -r "$work/native/lib" "$cache/native-lib"
# The full data archive ships prebuilt in ICU's source; icu-data-package.sh filters it.
cp "$srcdir/data/in/icudt72l.dat" "$cache/"
rm -rf "$work"
touch "$cache/done"
echo "$cache"
