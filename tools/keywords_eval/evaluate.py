#!/usr/bin/env python3
"""Keyphrase evaluation: exact and partial P, R and F1 at 5 and 10 against gold keyphrases,
for the extractor, a TF-IDF baseline and a frequency baseline.

usage: evaluate.py CLI GOLD.jsonl [--background DOCS.jsonl] [--verbose]
  CLI          the native arabic-analyzer binary
  GOLD.jsonl   one document per line: {"id": ..., "text": ..., "keyphrases": [...]}
  --background one {"text": ...} per line: the background collection of the TF-IDF baseline,
               written by `build-scripts/build-keyword-df.py --docs-only --docs-out FILE`
               (the documents of the extractor's background table, evaluation documents
               excluded). Without it the TF-IDF baseline is not scored.
  --verbose    each document's lists, '*' = exact hit, '~' = partial hit

Normalization (gold and predictions alike): the core's search profile (`CLI normalize
--profile search`), then a definite article (with a clitic before it: وال بال لل ...) removed
from every word by the core's clitic table (`CLI normalize --profile none --strip-article`,
one word a line: this script decides what a word is, the core what an article is). Texts are
cut into clauses at punctuation before that.

Systems:
- extractor: `CLI analyze --jsonl`, top_k 10.
- tfidf: candidates are word n-grams of 1-3 words inside one clause, with no stopword
  (stopwords_ar.txt + news_function_words_ar.txt, as the frequency baseline), digits-only or
  one-letter token inside or at either edge; score tf(document) * idf, idf = ln((N+1)/(df+1))+1
  over the N background documents (df counted with the same candidate extraction); ranked by
  score, then first position in the document, then the phrase; an n-gram contained in a
  higher-ranked selected one is skipped.
- frequency: the 10 most frequent non-stopword words of 3+ letters (ties: alphabetical).

Matching, each gold phrase matching at most once, predictions taken in rank order:
- exact: the normalized phrases are equal.
- partial: equal, or one's word sequence is a contiguous sub-sequence of the other's
  ("مجلس" ~ "مجلس الامن", "الامن الدولي" ~ "مجلس الامن الدولي"); a prediction takes the
  equal gold phrase if there is one, else the first unmatched gold phrase it overlaps so.
P@k = hits / k, R@k = hits / distinct gold phrases, F1 from those; all macro-averaged over
documents.
"""
import collections
import json
import math
import os
import re
import subprocess
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'wasm', 'data')
LETTER = re.compile(r'[^\W\d_]')
CLAUSE_BREAK = re.compile(r'[^\w\s]+')


def cli_normalize(cli, lines, profile='search', *flags):
    """Each line as `CLI normalize --profile PROFILE FLAGS...` gives it back."""
    text = '\n'.join(s.replace('\n', ' ') for s in lines)
    out = subprocess.run([cli, 'normalize', '--profile', profile, *flags], input=text.encode('utf-8'),
                         capture_output=True, check=True).stdout.decode('utf-8').split('\n')
    return (out + [''] * len(lines))[:len(lines)]


def strip_articles(cli, word_lists):
    """The lists of words with each word's definite article (and any clitic before it) removed
    by the core (`CLI normalize --profile none --strip-article`, one word a line)."""
    flat = [w for words in word_lists for w in words]
    stripped = iter(cli_normalize(cli, flat, 'none', '--strip-article') if flat else [])
    return [[next(stripped) for _ in words] for words in word_lists]


def normalize_all(cli, phrases):
    return [' '.join(words) for words in strip_articles(cli, [s.split() for s in cli_normalize(cli, phrases)])]


def clauses(cli, texts):
    """Each text, search-normalized, as clauses (lists of article-stripped words)."""
    per_text = [[c.split() for c in CLAUSE_BREAK.split(t)] for t in cli_normalize(cli, texts)]
    stripped = iter(strip_articles(cli, [c for text in per_text for c in text]))
    return [[next(stripped) for _ in text] for text in per_text]


def stopwords(cli):
    words = []
    for name in ('stopwords_ar.txt', 'news_function_words_ar.txt'):
        with open(os.path.join(DATA, name), encoding='utf-8') as f:
            words += [w.strip() for w in f if w.strip() and not w.startswith('#')]
    return set(normalize_all(cli, words))


def ngrams(doc_clauses, stop):
    """(phrase, position) of every candidate n-gram, in text order."""
    out, pos = [], 0
    for clause in doc_clauses:
        run = []
        for w in clause + [None]:
            pos += 1
            if w is not None and len(w) > 1 and LETTER.search(w) and w not in stop:
                run.append(w)
                continue
            for i in range(len(run)):
                for n in (1, 2, 3):
                    if i + n <= len(run):
                        out.append((' '.join(run[i:i + n]), pos - len(run) + i))
            run = []
    return out


def contained(short, long):
    a, b = short.split(), long.split()
    return 0 < len(a) <= len(b) and any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))


def tfidf(doc_grams, df, n_docs, k=10):
    tf, first = collections.Counter(), {}
    for g, pos in doc_grams:
        tf[g] += 1
        first.setdefault(g, pos)
    score = {g: c * (math.log((n_docs + 1) / (df.get(g, 0) + 1)) + 1) for g, c in tf.items()}
    chosen = []
    for g in sorted(score, key=lambda g: (-score[g], first[g], g)):
        if not any(contained(g, c) for c in chosen):
            chosen.append(g)
            if len(chosen) == k:
                break
    return chosen


def frequency(doc_clauses, stop, k=10):
    counts = collections.Counter(w for c in doc_clauses for w in c
                                 if re.fullmatch(r'[^\W\d_]{3,}', w) and w not in stop)
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def match(predicted, gold, partial):
    """Per prediction: the gold phrase it matched or None."""
    remaining = list(dict.fromkeys(g for g in gold if g))
    out = []
    for p in predicted:
        hit = p if p and p in remaining else None
        if hit is None and partial and p:
            hit = next((g for g in remaining if contained(p, g) or contained(g, p)), None)
        if hit is not None:
            remaining.remove(hit)
        out.append(hit)
    return out


def prf(predicted, gold, k, partial):
    hits = sum(h is not None for h in match(predicted[:k], gold, partial))
    p = hits / k
    r = hits / len(set(g for g in gold if g)) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    cli, path, verbose = args[0], args[1], '--verbose' in args
    background = args[args.index('--background') + 1] if '--background' in args else None
    with open(path, encoding='utf-8') as f:
        docs = [json.loads(line) for line in f if line.strip()]

    request = ''.join(json.dumps({'id': i, 'text': d['text']}, ensure_ascii=False) + '\n'
                      for i, d in enumerate(docs))
    out = subprocess.run([cli, 'analyze', '--jsonl', '--options', '{"keywords":{"top_k":10}}'],
                         input=request.encode('utf-8'), capture_output=True, check=True)
    raw = {}
    for line in out.stdout.decode('utf-8').splitlines():
        r = json.loads(line)
        raw[r['id']] = [k['term'] for k in r.get('keywords', [])]
    flat = [t for i in range(len(docs)) for t in raw.get(i, [])]
    flat_norm = iter(normalize_all(cli, flat) if flat else [])
    extracted = [[next(flat_norm) for _ in raw.get(i, [])] for i in range(len(docs))]
    gold = [normalize_all(cli, d['keyphrases']) for d in docs]
    stop = stopwords(cli)
    doc_clauses = clauses(cli, [d['text'] for d in docs])

    systems = [('extractor', extracted)]
    if background:
        with open(background, encoding='utf-8') as f:
            bg = [json.loads(line)['text'] for line in f if line.strip()]
        doc_grams = [ngrams(c, stop) for c in doc_clauses]
        wanted = {g for grams in doc_grams for g, _ in grams}
        df = collections.Counter()
        for c in clauses(cli, bg):
            df.update({g for g, _ in ngrams(c, stop)} & wanted)
        systems.append(('tfidf', [tfidf(g, df, len(bg)) for g in doc_grams]))
    systems.append(('frequency', [frequency(c, stop) for c in doc_clauses]))

    print('%s: %d documents, %d gold phrases%s' % (
        os.path.basename(path), len(docs), sum(len(set(g)) for g in gold),
        ', TF-IDF background %d documents' % len(bg) if background else ', no --background: TF-IDF not scored'))
    print('%-10s %-7s %6s %6s %6s %6s %6s %6s' % ('system', 'match', 'P@5', 'R@5', 'F1@5', 'P@10', 'R@10', 'F1@10'))
    for name, predicted in systems:
        for partial in (False, True):
            sums = [0.0] * 6
            for p, g in zip(predicted, gold):
                for j, v in enumerate(prf(p, g, 5, partial) + prf(p, g, 10, partial)):
                    sums[j] += v
            print('%-10s %-7s' % (name, 'partial' if partial else 'exact') +
                  ''.join(' %6.3f' % (v / max(len(docs), 1)) for v in sums))
    if verbose:
        for name, predicted in systems:
            print('== %s' % name)
            for d, p, g in zip(docs, predicted, gold):
                exact, part = match(p, g, False), match(p, g, True)
                print('%s: %s' % (d.get('id'), ' | '.join(
                    ('*' if e else '~' if q else '') + t for t, e, q in zip(p, exact, part))))


if __name__ == '__main__':
    main()
