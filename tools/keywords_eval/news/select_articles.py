#!/usr/bin/env python3
"""The article selection of RULES.md ("Selection", steps 1-6), as code.

    python3 select_articles.py [--data DIR]

Prints one line per candidate: candidate number, PICK if it is an every-6th pick,
the train.txt line range, the word count and the first words. Steps 7-8 (exclusion of
non-news and cutting a second story) are the annotator's and are recorded in README.md.
"""
import argparse
import re

from make_jsonl import DEFAULT_DATA, load_sentences
import os

CONTINUATION = set('كما لكن ولكن من أما اما هذا هذه غير ثم إن ان أن جاء يذكر يأتي حيث على لقد '
                   'لهذا إلا الا بل حتى إذ اذ مؤكدا مضيفا موضحا مشيرا نافيا'.split())
K = 6


def norm(w):
    w = re.sub('[\u064B-\u0652\u0670\u0640]', '', w)
    w = re.sub('[أإآ]', 'ا', w)
    return w.replace('ة', 'ه').replace('ى', 'ي')


def entities(sent):
    return {norm(t) for t, g in sent if g != 'O' and len(t) > 2}


def fresh(sent):
    t = sent[0][0]
    return bool(re.match('[\u0621-\u064A]', t)) and t[0] not in 'وف' and t not in CONTINUATION


def words(sent):
    return sum(1 for t, _ in sent if re.search(r'\w', t))


def segments(sents):
    starts = [0]
    for k in range(1, len(sents)):
        s = sents[k][2]
        if not fresh(s):
            continue
        prev = set()
        for j in range(max(starts[-1], k - 3), k):
            prev |= entities(sents[j][2])
        if entities(s) & prev:
            continue
        starts.append(k)
    return list(zip(starts, starts[1:] + [len(sents)]))


def candidates(sents):
    seen, out = set(), []
    texts = [' '.join(t for t, _ in s[2]) for s in sents]
    first_index = {}
    for i, x in enumerate(texts):
        first_index.setdefault(x, i)
    for a, b in segments(sents):
        n = sum(words(sents[j][2]) for j in range(a, b))
        if not 150 <= n <= 1000:
            continue
        if first_index[texts[a]] < a:
            continue
        out.append((a, b, n))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=DEFAULT_DATA)
    args = ap.parse_args()
    sents = load_sentences(os.path.join(args.data, 'anercorp', 'train.txt'))
    cands = candidates(sents)
    for i, (a, b, n) in enumerate(cands):
        print('%d\t%s\t%d-%d\t%d\t%s' % (i, 'PICK' if i % K == 0 else '', sents[a][0], sents[b - 1][1], n,
                                        ' '.join(t for t, _ in sents[a][2][:8])))


if __name__ == '__main__':
    main()
