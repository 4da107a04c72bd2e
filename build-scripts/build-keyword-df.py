#!/usr/bin/env python3
"""Builds wasm/data/keyword_df.bin, the background document-frequency table of the keyword
extractor, so that words common in any text (news verbs, "government", "year") sink.

usage: build-keyword-df.py CLI [SHARED_DIR]
  CLI         the native arabic-analyzer binary (its `normalize --profile search` is used so the
              keys match the core's normalization exactly)
  SHARED_DIR  default ../shared; reads data/aqmar/text/*.txt and data/newsfane/NewsFANE_Gold_*.txt

Documents: each AQMAR article is one document, except every third one (kept out for the keyword
evaluation in tools/keywords_eval/); NewsFANE sentences are grouped into documents of about
300 tokens (the corpus has no article boundaries, so these are news-article-sized slices).

Key of a word: the search-normalized word with an article-bearing prefix removed (the same
prefixes as clitics.cpp), hashed with 32-bit FNV-1a over its UTF-16 code units. A word with a
bare proclitic (و ف ب ل ك) also counts for the rest when the rest is a corpus word, as the
extractor strips it when the document confirms it.

Format (little-endian): an ASCII header of '#' lines ending with a NUL byte, then uint32 N
(documents), uint32 M (entries), M uint32 keys in increasing order, M uint8 quantized idf:
q = round(255 * ln((N + 1) / (df + 0.5)) / ln((N + 1) / 0.5)); a missing key means df = 0.
Words seen in only one document are left out (their idf is close to df = 0's).
"""
import math
import os
import re
import struct
import subprocess
import sys
import tempfile

HELD_OUT_EVERY = 3  # articles 0, 3, 6, ... in name order are the evaluation documents
ARTICLE_PREFIXES = ['وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال']
BARE_PREFIXES = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك']
MIN_STEM = 2
NEWS_DOC_TOKENS = 300
WORD = re.compile(r'[^\W\d_]+')


def article_stem(w):
    for p in ARTICLE_PREFIXES:
        if w.startswith(p) and len(w) >= len(p) + MIN_STEM:
            stem = w[len(p):]
            # As keywords.cpp: a second ال goes too, so الإلكترونات and إلكترون agree.
            if len(stem) >= 5 and stem.startswith('ال'):
                stem = stem[2:]
            return stem
    return w


def fnv1a(word):
    h = 0x811C9DC5
    data = word.encode('utf-16-le')
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def read_docs(shared):
    docs, sources = [], []
    text_dir = os.path.join(shared, 'data', 'aqmar', 'text')
    names = sorted(n for n in os.listdir(text_dir) if n.endswith('.txt'))
    for i, name in enumerate(names):
        if i % HELD_OUT_EVERY != 0:
            with open(os.path.join(text_dir, name), encoding='utf-8') as f:
                docs.append(' '.join(f.read().split()))
            sources.append('aqmar')
    news_dir = os.path.join(shared, 'data', 'newsfane')
    for name in sorted(os.listdir(news_dir)):
        if not name.startswith('NewsFANE_Gold'):
            continue
        with open(os.path.join(news_dir, name), encoding='utf-8-sig') as f:
            words, doc = [], []
            for line in f:
                line = line.strip().strip('\u200e')
                if not line:
                    if len(doc) >= NEWS_DOC_TOKENS:
                        docs.append(' '.join(doc))
                        sources.append('newsfane')
                        doc = []
                    continue
                doc.append(line.split('\t')[0].strip('\u200e'))
            if doc:
                docs.append(' '.join(doc))
                sources.append('newsfane')
    return docs, sources


def normalize(cli, docs):
    with tempfile.NamedTemporaryFile('w', encoding='utf-8', suffix='.txt', delete=False) as f:
        f.write('\n'.join(docs))
        path = f.name
    try:
        out = subprocess.run([cli, 'normalize', '--profile', 'search', path], check=True,
                             capture_output=True).stdout.decode('utf-8')
    finally:
        os.unlink(path)
    lines = out.split('\n')
    if len(lines) != len(docs):
        sys.exit('normalize changed the number of lines: %d -> %d' % (len(docs), len(lines)))
    return lines


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cli = sys.argv[1]
    shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared')
    docs, sources = read_docs(shared)
    texts = normalize(cli, docs)
    doc_words = [[article_stem(w) for w in WORD.findall(t)] for t in texts]
    vocab = {}
    for ws in doc_words:
        for w in ws:
            vocab[w] = vocab.get(w, 0) + 1
    df = {}
    for ws in doc_words:
        keys = set(ws)
        for w in ws:
            for p in BARE_PREFIXES:
                if w.startswith(p) and len(w) >= len(p) + MIN_STEM + 1:
                    rest = article_stem(w[len(p):])
                    if vocab.get(rest, 0) >= 2:
                        keys.add(rest)
                        break
        for k in keys:
            df[k] = df.get(k, 0) + 1
    n = len(docs)
    top = math.log((n + 1) / 0.5)
    table = {}
    for w, d in df.items():
        if d < 2 or len(w) < 2:
            continue
        q = round(255 * math.log((n + 1) / (d + 0.5)) / top)
        h = fnv1a(w)
        table[h] = min(table.get(h, 255), q)  # on a hash collision keep the commoner word's idf
    keys = sorted(table)
    header = (
        '# Background document frequencies for keyword extraction (wasm/data/keyword_df.bin).\n'
        '# Built by build-scripts/build-keyword-df.py from:\n'
        '#  - AQMAR Arabic Wikipedia corpus (Mohit, Schneider, Bhowmick, Oflazer, Smith, EACL 2012),\n'
        '#    %d of 28 articles, CC BY-SA 3.0;\n'
        '#  - NewsFANE Gold (F. Alotaibi and M. Lee, COLING 2014), %d news slices of ~%d tokens,\n'
        '#    CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/).\n'
        '# This table is a derived work of both and is shared under CC BY-SA 3.0.\n'
        '# Layout: uint32 N, uint32 M, M uint32 FNV-1a keys (ascending), M uint8 quantized idf.\n'
        % (sources.count('aqmar'), sources.count('newsfane'), NEWS_DOC_TOKENS))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'wasm', 'data', 'keyword_df.bin')
    with open(out, 'wb') as f:
        f.write(header.encode('ascii') + b'\0')
        f.write(struct.pack('<II', n, len(keys)))
        f.write(struct.pack('<%dI' % len(keys), *keys))
        f.write(bytes(table[k] for k in keys))
    print('keyword_df.bin: %d documents, %d keys, %d bytes' % (n, len(keys), os.path.getsize(out)))


if __name__ == '__main__':
    main()
