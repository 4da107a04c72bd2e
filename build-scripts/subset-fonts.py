#!/usr/bin/python3
"""Writes the page's web fonts, each cut to the unicode-range its @font-face rule declares.

The stylesheet is the one place that says which code points a face covers: a browser only
uses a face for characters in its unicode-range, so glyphs outside it are bytes nobody can
see. Each @font-face's url(fonts/NAME) is taken from the @fontsource package's file of the
same NAME and subset with fontTools (Debian's python3-fonttools; woff2 needs python3-brotli),
keeping every OpenType layout feature so Arabic joining, ligatures and marks still shape.

usage: subset-fonts.py STYLE_CSS FONTSOURCE_FILES_DIR OUT_DIR
"""
import re
import sys
from pathlib import Path

from fontTools import subset


def faces(css):
    """(file name, [code points]) for every @font-face that loads a file from fonts/."""
    for block in re.findall(r"@font-face\s*{([^}]*)}", css):
        url = re.search(r"url\(\s*[\"']?fonts/([^\"')]+)", block)
        ranges = re.search(r"unicode-range:\s*([^;]+);", block)
        if not url or not ranges:
            raise SystemExit(f"subset-fonts: an @font-face without a fonts/ url or a unicode-range:\n{block}")
        yield url.group(1), subset.parse_unicodes(ranges.group(1).replace("U+", "").replace(" ", ""))


def main():
    css_path, source_dir, out_dir = (Path(a) for a in sys.argv[1:4])
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, unicodes in faces(css_path.read_text(encoding="utf-8")):
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["*"]
        font = subset.load_font(str(source_dir / name), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        subset.save_font(font, str(out_dir / name), options)


if __name__ == "__main__":
    main()
