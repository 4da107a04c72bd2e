#!/usr/bin/env python3
"""Builds wasm/data/keyword_df.bin, the background table of the keyword extractor: how many
documents of a news and Wikipedia collection use a key (so words common in any text sink) and
how often the key carries the definite article there (nouns and adjectives do, verbs never).

usage: build-keyword-df.py [--cli CLI] [--data DIR] [--out FILE] [--min-df K]
                           [--docs-out DOCS.jsonl] [--docs-only]
  --cli       the native arabic-analyzer (default build/native/arabic-analyzer)
  --data      the shared data folder (default $AA_SHARED_DIR/data, else ../shared/data beside the clone)
  --out       default wasm/data/keyword_df.bin
  --min-df    keys in fewer documents are left out (default 6: rarer keys differ little from
              unseen ones, idf 0.75 against 1, and would triple the table; on 2026-12-01 the
              news-set exact F1@10 was 0.366 with 6, 0.372 with 4, 0.374 with 2 and 32-bit keys)
  --docs-out  also write the documents used, one {"id", "text"} per line (the background of
              the TF-IDF baseline in tools/keywords_eval/evaluate.py)
  --docs-only write --docs-out and stop (no CLI needed, no table written)

Keys: one code path with the extractor. `CLI keys --jsonl` returns, per document, every key
of its candidate words (search-normalized, clitics stripped, as the extractor groups words),
how many tokens have it and how many of those carry the article. This script only counts.
The keys depend on the embedded table itself (the extractor splits a bare proclitic off when
the background knows the rest), so after a change: run, `ninja -C build/native`, run again,
until the table stops changing (one extra pass was enough on 2026-12-01).

Documents (all the news and Wikipedia text in ../shared/data, evaluation documents excluded):
- ANERcorp train (anercorp/train.txt, newswire), NewsFANE Gold (newswire) and WikiFANE Gold
  (Wikipedia), token per line: runs of consecutive sentences of at least 150 words, ended at
  the next article boundary found by tools/keywords_eval/news/select_articles.py's rule, or
  at 500 words. NewsFANE/WikiFANE split clitics off (و ال..., كتاب ه); they are re-attached
  (و ف ب ل ك to the next word, ه ها هم هما هن نا ي كم كما كن ت ك to the previous) so the text
  reads as written.
- AQMAR (aqmar/text/, Arabic Wikipedia): one document per article.
Excluded: the 10 AQMAR articles of the keyword evaluation (every third in name order,
tools/keywords_eval/gold_aqmar.tsv) and the 37 news-set articles (tools/keywords_eval/news/
gold.jsonl): their ANERcorp line ranges, plus every sentence elsewhere that repeats their text
(the corpus repeats some stories, and NewsFANE is a re-annotation of the same newswire with
hamza dropped and clitics split off). A sentence repeats them when half or more of the
24-letter n-grams of its skeleton (Arabic letters only; أ إ آ ٱ→ا, ؤ→و, ئ ى→ي, ة ت→ه; ء and
tatweel dropped, so spacing and hamza do not matter) occur in an evaluation article's skeleton,
or a fifth or more when the sentences before and after it repeat them; a skeleton shorter
than 24 letters counts when it is a part of one. The counts are printed and put in the header.

Format v5 (little-endian): an ASCII header of '#' lines ending with a NUL byte, then uint32 N
(documents), uint32 M (entries), uint8 K, M keys in increasing order as the Golomb-Rice codes
(parameter K, see rice) of their differences (the low 24 bits of the 32-bit FNV-1a over the
key's UTF-16 code units: with some 10,000 keys a word outside the table hits one by chance
about once in 1,600, and the table is a third smaller gzipped than with 32-bit keys; the page
has a size budget), M uint8 quantized idf: q = round(255 * ln((N+1)/(df+0.5)) /
ln((N+1)/0.5)), a missing key meaning df = 0, then M uint8 article share:
round(254 * with_article / uses) for a key with at least 5 uses in the collection, else 255.
Keys in fewer than --min-df documents are left out. Two keys with one hash: the one in more
documents is kept (the header counts these collisions). Prints N, M and the size in bytes.
"""
import argparse
import collections
import json
import math
import os
import re
import struct
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
sys.path.insert(0, os.path.join(ROOT, 'tools', 'keywords_eval', 'news'))
from make_jsonl import join_tokens, load_sentences  # noqa: E402
from select_articles import segments, words  # noqa: E402

HELD_OUT_EVERY = 3  # AQMAR articles 0, 3, 6, ... in name order are the evaluation documents
MIN_WORDS, MAX_WORDS = 150, 500
MIN_ARTICLE_USES = 5
KEY_MASK = 0xFFFFFF  # keys are the low 24 bits of FNV-1a (since format v3)
SHINGLE = 24
# The clitic tokens NewsFANE/WikiFANE write apart (their segmentation, undone by reattach).
PROCLITICS = set('وفبلك')
ENCLITICS = {'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ي', 'كم', 'كما', 'كن', 'ت', 'ك'}
ARABIC_WORD = re.compile('^[\u0621-\u064A]+$')


def rice_parameter(diffs):
    """The k that codes `diffs` in the fewest bits (see rice)."""
    return min(range(24), key=lambda k: sum((d >> k) + 1 + k for d in diffs))


def rice(diffs, k):
    """Golomb-Rice codes of `diffs`, bits packed low bit first, the last byte padded with
    zeros: each value as its quotient by 2^k in unary (that many 1 bits, then a 0 bit), then
    its k low bits, low bit first. The differences of sorted random hashes are geometric, for
    which this is near the entropy: 1.7 KB less gzipped than their LEB128 bytes, whose random
    low bits gzip could not compress either."""
    bits = []
    for d in diffs:
        bits += [1] * (d >> k) + [0] + [(d >> i) & 1 for i in range(k)]
    bits += [0] * (-len(bits) % 8)
    return bytes(sum(bits[i + j] << j for j in range(8)) for i in range(0, len(bits), 8))


def fnv1a(word):
    h = 0x811C9DC5
    data = word.encode('utf-16-le')
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def fane_token(line):
    """NewsFANE/WikiFANE's line: token TAB tag."""
    tok, _, tag = line.partition('\t')
    return tok.strip(), tag.strip() or 'O'


def load_fane(path):
    """NewsFANE/WikiFANE (token TAB tag, CRLF, U+200E marks) as load_sentences gives ANERcorp."""
    return load_sentences(path, token=fane_token, encoding='utf-8-sig',
                          clean=lambda line: line.replace('\u200e', '').replace('\u200f', '').strip())


def reattach(tokens):
    """FANE tokens with split-off clitics joined back to their word. This undoes the corpus's
    own segmentation (its clitic set, with ي ت ك كن, is FANE's, not ours) to get the text as
    written; the keys themselves come from the core (count_keys), which is the only place
    that splits clitics for the table."""
    out, prefix = [], ''
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ''
        prev_word = not prefix and out and ARABIC_WORD.match(out[-1])
        if t in ENCLITICS and prev_word and not (t == 'ك' and nxt == 'ما'):
            out[-1] += t
        elif t in PROCLITICS and ARABIC_WORD.match(nxt):
            prefix += t
        else:
            if prefix.endswith('ل') and t.startswith('ال'):
                t = t[1:]  # ل + ال is written لل
            out.append(prefix + t)
            prefix = ''
    return out + ([prefix] if prefix else [])


def skeleton(text):
    """Arabic letters only, with hamza/alef forms unified and ة ت ه as one letter (NewsFANE
    writes ة where a suffix follows: بسلامة كم for بسلامتكم)."""
    text = re.sub('[أإآٱ]', 'ا', text).replace('ؤ', 'و').replace('ئ', 'ي').replace('ى', 'ي')
    text = text.replace('ة', 'ه').replace('ت', 'ه')
    return re.sub('[^\u0627-\u063A\u0641-\u064A]', '', text)  # ء and tatweel go


def copies(sents, eval_skel):
    """Per sentence: True when it repeats text of an evaluation article (its skeleton's
    SHINGLE-grams occur there for half or more, or for a fifth or more between two such
    sentences; a skeleton shorter than SHINGLE counts when it is a part of one)."""
    shingles = {sk[i:i + SHINGLE] for sk in eval_skel for i in range(len(sk) - SHINGLE + 1)}
    share = []
    for s in sents:
        sk = skeleton(' '.join(t for t, _ in s[2]))
        grams = [sk[i:i + SHINGLE] for i in range(len(sk) - SHINGLE + 1)]
        if grams:
            share.append(sum(g in shingles for g in grams) / len(grams))
        else:
            share.append(1.0 if len(sk) >= 8 and any(sk in e for e in eval_skel) else 0.0)
    hit = [x >= 0.5 for x in share]
    return [h or (0 < k < len(hit) - 1 and share[k] >= 0.2 and hit[k - 1] and hit[k + 1])
            for k, h in enumerate(hit)]


def slice_docs(sents, keep, fane):
    """Documents (texts) from the kept sentences: >= MIN_WORDS, cut at the next segment start
    or at MAX_WORDS; an excluded sentence also ends a document."""
    starts = {a for a, _ in segments(sents)}
    docs, cur, n = [], [], 0

    def flush():
        nonlocal cur, n
        if cur:
            docs.append(' '.join(cur))
        cur, n = [], 0

    for k, s in enumerate(sents):
        if not keep[k]:
            flush()
            continue
        if cur and (n >= MAX_WORDS or (n >= MIN_WORDS and k in starts)):
            flush()
        toks = [t for t, _ in s[2]]
        cur.append(join_tokens(reattach(toks) if fane else toks))
        n += words(s[2])
    flush()
    return docs


def read_docs(data):
    """[(corpus, text)], info lines for the header and the console."""
    info = []
    with open(os.path.join(ROOT, 'tools', 'keywords_eval', 'news', 'gold.jsonl'), encoding='utf-8') as f:
        ranges = [tuple(int(x) for x in json.loads(l)['source'].rsplit(':', 1)[1].split('-'))
                  for l in f if l.strip()]
    aner = load_sentences(os.path.join(data, 'anercorp', 'train.txt'))
    in_eval = [any(a <= s[0] and s[1] <= b for a, b in ranges) for s in aner]
    eval_skel = [skeleton(' '.join(t for s in aner if a <= s[0] and s[1] <= b for t, _ in s[2]))
                 for a, b in ranges]
    repeats = [r and not e for e, r in zip(in_eval, copies(aner, eval_skel))]
    keep = [not (e or r) for e, r in zip(in_eval, repeats)]
    docs = [('anercorp', t) for t in slice_docs(aner, keep, False)]
    info.append('ANERcorp train: %d of %d sentences (%d in the news set, %d repeating them elsewhere left out)'
                % (keep.count(True), len(aner), in_eval.count(True), repeats.count(True)))

    news = load_fane(os.path.join(data, 'newsfane', 'NewsFANE_Gold_2014_170K.txt'))
    keep = [not r for r in copies(news, eval_skel)]
    docs += [('newsfane', t) for t in slice_docs(news, keep, True)]
    info.append('NewsFANE: %d of %d sentences (%d copying the news set left out)'
                % (keep.count(True), len(news), keep.count(False)))

    wiki = load_fane(os.path.join(data, 'wikifane', 'WikiFANE_Gold_2014_500K.txt'))
    docs += [('wikifane', t) for t in slice_docs(wiki, [True] * len(wiki), True)]
    info.append('WikiFANE: all %d sentences' % len(wiki))

    text_dir = os.path.join(data, 'aqmar', 'text')
    names = sorted(n for n in os.listdir(text_dir) if n.endswith('.txt'))
    for i, name in enumerate(names):
        if i % HELD_OUT_EVERY:
            with open(os.path.join(text_dir, name), encoding='utf-8') as f:
                docs.append(('aqmar', ' '.join(f.read().split())))
    info.append('AQMAR: %d of %d articles (every third, the keyword evaluation\'s, left out)'
                % (sum(1 for c, _ in docs if c == 'aqmar'), len(names)))
    return docs, info


def count_keys(cli, docs):
    request = ''.join(json.dumps({'id': i, 'text': t}, ensure_ascii=False) + '\n' for i, (_, t) in enumerate(docs))
    out = subprocess.run([cli, 'keys', '--jsonl'], input=request.encode('utf-8'), capture_output=True)
    if out.returncode:
        sys.exit('%s keys --jsonl failed (%d): %s' % (cli, out.returncode, out.stderr.decode('utf-8', 'replace')[:500]))
    df, uses, art = collections.Counter(), collections.Counter(), collections.Counter()
    seen = 0
    for line in out.stdout.decode('utf-8').splitlines():
        seen += 1
        for key, u, a in json.loads(line)['keys']:
            df[key] += 1
            uses[key] += u
            art[key] += a
    if seen != len(docs):
        sys.exit('keys --jsonl answered %d of %d documents' % (seen, len(docs)))
    return df, uses, art


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cli', default=os.path.join(ROOT, 'build', 'native', 'arabic-analyzer'))
    # The shared folder as build-scripts/lib.sh finds it (Python cannot source that file).
    shared = os.environ.get('AA_SHARED_DIR') or os.path.join(ROOT, '..', 'shared')
    ap.add_argument('--data', default=os.path.normpath(os.path.join(shared, 'data')))
    ap.add_argument('--out', default=os.path.join(ROOT, 'wasm', 'data', 'keyword_df.bin'))
    ap.add_argument('--min-df', type=int, default=6)
    ap.add_argument('--docs-out')
    ap.add_argument('--docs-only', action='store_true')
    args = ap.parse_args()

    docs, info = read_docs(args.data)
    for line in info:
        print(line, file=sys.stderr)
    if args.docs_out:
        with open(args.docs_out, 'w', encoding='utf-8') as f:
            for i, (corpus, text) in enumerate(docs):
                f.write(json.dumps({'id': '%s-%d' % (corpus, i), 'text': text}, ensure_ascii=False) + '\n')
    if args.docs_only:
        return

    df, uses, art = count_keys(args.cli, docs)
    n = len(docs)
    top = math.log((n + 1) / 0.5)
    table, collisions = {}, 0
    for key in sorted(df, key=lambda k: (-df[k], k)):  # commoner key first: it wins its hash
        if df[key] < args.min_df:
            break
        h = fnv1a(key) & KEY_MASK
        if h in table:
            collisions += 1
            continue
        share = round(254 * art[key] / uses[key]) if uses[key] >= MIN_ARTICLE_USES else 255
        table[h] = (round(255 * math.log((n + 1) / (df[key] + 0.5)) / top), share)
    hashes = sorted(table)
    diffs = [h - prev for h, prev in zip(hashes, [0] + hashes)]
    k = rice_parameter(diffs)
    counts = collections.Counter(c for c, _ in docs)
    header = '\n'.join('# ' + line for line in [
        'Background document frequencies and article shares for keyword extraction (keyword_df.bin, v5).',
        'generated by build-scripts/build-data.sh (build-keyword-df.py) - do not edit.',
        'Sources:',
        ' - ANERcorp train split (Benajiba, Rosso and Benedi 2007; CAMeL Lab release), CC BY-SA 4.0: %d documents'
        % counts['anercorp'],
        ' - NewsFANE Gold (F. Alotaibi and M. Lee, COLING 2014), CC BY-SA 3.0: %d documents' % counts['newsfane'],
        ' - WikiFANE Gold (F. Alotaibi and M. Lee, COLING 2014), CC BY-SA 3.0: %d documents' % counts['wikifane'],
        ' - AQMAR Arabic Wikipedia corpus (Mohit et al., EACL 2012), CC BY-SA 3.0: %d documents' % counts['aqmar'],
        'This table is a derived work of them, shared under CC BY-SA 4.0',
        '(https://creativecommons.org/licenses/by-sa/4.0/).',
        'Documents: runs of about 150-500 words of consecutive sentences (AQMAR: whole articles).',
        'Text used (the keyword evaluation\'s documents, tools/keywords_eval/, left out):'] + ['  ' + x for x in info] + [
        'Keys from `arabic-analyzer keys --jsonl`; keys in fewer than %d documents left out; '
        '%d hash collisions (the key in fewer documents dropped).' % (args.min_df, collisions),
        'Layout: uint32 N=%d, uint32 M=%d, uint8 K=%d, M keys (low 24 bits of FNV-1a) ascending, each as the'
        % (n, len(hashes), k),
        'Golomb-Rice code (parameter K) of its difference from the one before (from 0 for the first),',
        'bits packed low bit first, the last byte padded; M uint8 idf,',
        'M uint8 article share (254 * with article / uses; 255 = under %d uses).' % MIN_ARTICLE_USES]) + '\n'
    with open(args.out, 'wb') as f:
        f.write(header.encode('ascii') + b'\0')
        f.write(struct.pack('<IIB', n, len(hashes), k))
        f.write(rice(diffs, k))
        f.write(bytes(table[h][0] for h in hashes))
        f.write(bytes(table[h][1] for h in hashes))
    print('%s: N=%d documents, M=%d keys, %d bytes, %d collisions'
          % (os.path.relpath(args.out, ROOT), n, len(hashes), os.path.getsize(args.out), collisions))


if __name__ == '__main__':
    main()
