#!/usr/bin/env python3
"""Rebuild the news keyphrase evaluation set from gold.jsonl and ../shared/data.

gold.jsonl holds, per article, its id, its source ("anercorp:train.txt:FIRST-LAST", a line
range of ANERcorp's train.txt) and its keyphrases, but not the text (the corpus is licensed
and stays in ../shared). This script rebuilds the text from the corpus tokens (see RULES.md,
"Text reconstruction"), checks that every keyphrase occurs in it, and writes
{"id", "text", "keyphrases"} lines, the format evaluate.py reads.

    python3 make_jsonl.py [--data DIR] [--gold gold.jsonl] [-o OUT.jsonl]

Exit status 1 if a keyphrase does not occur in its article (nothing is written then).
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'))

ATTACH_LEFT = set('.,،:;؛?؟!)]»%')
ATTACH_RIGHT = set('([«')


def anercorp_token(line):
    """ANERcorp's line: token SPACE tag."""
    tok, tag = line.rstrip('\n').rsplit(' ', 1)
    return tok, tag


def load_sentences(path, token=anercorp_token, encoding='utf-8', clean=lambda line: line):
    """[(first_line, last_line, [(token, tag), ...]), ...] from a token-per-line file whose
    sentences end at blank lines; `token` splits a line, `clean` prepares it."""
    sents, cur, start = [], [], None
    with open(path, encoding=encoding) as f:
        for i, line in enumerate(f, 1):
            line = clean(line)
            if not line.strip():
                if cur:
                    sents.append((start, i - 1, cur))
                    cur = []
                continue
            if not cur:
                start = i
            cur.append(token(line))
    if cur:
        sents.append((start, i, cur))
    return sents


def join_tokens(tokens):
    out = ''
    glue_next = False
    quote_open = False
    for t in tokens:
        if t == '"':
            if quote_open:
                out += t
                quote_open = False
            else:
                out += (' ' if out else '') + t
                glue_next = True
                quote_open = True
            continue
        if all(c in ATTACH_LEFT for c in t) or glue_next or not out:
            out += t
        else:
            out += ' ' + t
        glue_next = all(c in ATTACH_RIGHT for c in t)
    return out


def article_text(sents, first, last):
    chosen = [s for s in sents if s[0] >= first and s[1] <= last]
    if not chosen or chosen[0][0] != first or chosen[-1][1] != last:
        raise ValueError('line range %d-%d does not fall on sentence boundaries' % (first, last))
    return ' '.join(join_tokens([t for t, _ in s[2]]) for s in chosen)


DIACRITICS = re.compile('[\u064B-\u0652\u0670\u0640]')  # harakat, dagger alef, tatweel
LETTER = '\u0621-\u064A\u0671-\u06D3a-zA-Z0-9'


def strip_marks(s):
    return DIACRITICS.sub('', s)


def occurs(phrase, text):
    """Literal occurrence ignoring diacritics/tatweel; the phrase must end at a word end and
    start at a word start or after proclitics (و ف ب ك ل); a phrase starting with ال also
    matches ل+ال written لل (RULES.md, Form)."""
    p = re.escape(strip_marks(phrase).strip())
    t = strip_marks(text)
    pats = [r'(?:(?<![%s])|(?<=(?<![%s])[وفبكل])|(?<=(?<![%s])[وف][بكل]))%s(?![%s])'
            % (LETTER, LETTER, LETTER, p, LETTER)]
    if phrase.startswith('ال'):
        rest = re.escape(strip_marks(phrase)[2:])
        pats.append(r'(?:(?<![%s])|(?<=(?<![%s])[وف]))لل%s(?![%s])' % (LETTER, LETTER, rest, LETTER))
    return any(re.search(x, t) for x in pats)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=DEFAULT_DATA, help='the shared data folder (../shared/data)')
    ap.add_argument('--gold', default=os.path.join(HERE, 'gold.jsonl'))
    ap.add_argument('-o', '--out', default='-')
    args = ap.parse_args()

    corpora = {'anercorp:train.txt': os.path.join(args.data, 'anercorp', 'train.txt')}
    loaded = {}
    rows, errors = [], 0
    with open(args.gold, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            g = json.loads(line)
            corpus, rng = g['source'].rsplit(':', 1)
            first, last = (int(x) for x in rng.split('-'))
            if corpus not in loaded:
                loaded[corpus] = load_sentences(corpora[corpus])
            text = article_text(loaded[corpus], first, last)
            for k in g['keyphrases']:
                if not occurs(k, text):
                    print('%s: keyphrase not in text: %s' % (g['id'], k), file=sys.stderr)
                    errors += 1
            if len(set(g['keyphrases'])) != len(g['keyphrases']):
                print('%s: duplicate keyphrase' % g['id'], file=sys.stderr)
                errors += 1
            rows.append({'id': g['id'], 'text': text, 'keyphrases': g['keyphrases']})
    if errors:
        print('%d error(s); nothing written' % errors, file=sys.stderr)
        return 1
    out = sys.stdout if args.out == '-' else open(args.out, 'w', encoding='utf-8')
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + '\n')
    if out is not sys.stdout:
        out.close()
    print('%d articles, %d keyphrases' % (len(rows), sum(len(r['keyphrases']) for r in rows)),
          file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
