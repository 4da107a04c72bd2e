#!/usr/bin/env python3
"""Keyphrase evaluation: precision, recall and F1 at 5 and 10 against gold keyphrases.

usage: evaluate.py CLI GOLD.jsonl [--verbose] [--baseline]
  CLI        the native arabic-analyzer binary
  GOLD.jsonl one document per line: {"id": ..., "text": ..., "keyphrases": [...]}
  --baseline also score a frequency baseline: the 10 most frequent single words (article
             removed) that are not in the extractor's stopword lists

The extractor runs through `CLI analyze --jsonl` (top_k 10). Both the gold phrases and the
extracted terms are normalized the same way before exact matching: the core's search profile
(`CLI normalize --profile search`), then a definite article (with a clitic before it: وال بال
لل ...) removed from every word, and whitespace collapsed. Each gold phrase matches at most
once. Scores are macro-averaged over documents.
"""
import collections
import json
import os
import re
import subprocess
import sys

ARTICLE_PREFIXES = ['وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال']


def strip_article(word):
    for p in ARTICLE_PREFIXES:
        if word.startswith(p) and len(word) >= len(p) + 2:
            return word[len(p):]
    return word


def normalize_all(cli, phrases):
    text = '\n'.join(p.replace('\n', ' ') for p in phrases)
    out = subprocess.run([cli, 'normalize', '--profile', 'search'], input=text.encode('utf-8'),
                         capture_output=True, check=True).stdout.decode('utf-8').split('\n')
    out += [''] * (len(phrases) - len(out))
    return [' '.join(strip_article(w) for w in line.split()) for line in out[:len(phrases)]]


def prf(predicted, gold, k):
    top = predicted[:k]
    remaining = set(gold)
    hits = 0
    for p in top:
        if p in remaining:
            remaining.discard(p)
            hits += 1
    precision = hits / k if k else 0.0
    recall = hits / len(set(gold)) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def stopwords(cli):
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'wasm', 'data')
    words = []
    for name in ('stopwords_ar.txt', 'news_function_words_ar.txt'):
        with open(os.path.join(data, name), encoding='utf-8') as f:
            words += [w.strip() for w in f if w.strip() and not w.startswith('#')]
    normalized = normalize_all(cli, words)
    return set(normalized)


def baseline(cli, text, stop):
    words = normalize_all(cli, [text])[0].split()
    counts = collections.Counter(w for w in words if re.fullmatch(r'[^\W\d_]{3,}', w) and w not in stop)
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]]


def report(name, totals, n):
    print('%s documents: %d' % (name, n))
    for k in (5, 10):
        p, r, f = (v / (n or 1) for v in totals[k])
        print('@%-2d P=%.3f R=%.3f F1=%.3f' % (k, p, r, f))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cli, path, verbose = sys.argv[1], sys.argv[2], '--verbose' in sys.argv[3:]
    with open(path, encoding='utf-8') as f:
        docs = [json.loads(line) for line in f if line.strip()]
    request = ''.join(json.dumps({'id': i, 'text': d['text']}, ensure_ascii=False) + '\n'
                      for i, d in enumerate(docs))
    out = subprocess.run([cli, 'analyze', '--jsonl', '--options', '{"keywords":{"top_k":10}}'],
                         input=request.encode('utf-8'), capture_output=True, check=True)
    results = {}
    for line in out.stdout.decode('utf-8').splitlines():
        r = json.loads(line)
        results[r['id']] = [k['term'] for k in r.get('keywords', [])]
    totals = {5: [0.0, 0.0, 0.0], 10: [0.0, 0.0, 0.0]}
    for i, d in enumerate(docs):
        predicted_raw = results.get(i, [])
        predicted = normalize_all(cli, predicted_raw) if predicted_raw else []
        gold = normalize_all(cli, d['keyphrases'])
        for k in (5, 10):
            for j, v in enumerate(prf(predicted, gold, k)):
                totals[k][j] += v
        if verbose:
            marks = ['*' + t if p in gold else t for t, p in zip(predicted_raw, predicted)]
            print('%s: %s' % (d.get('id', i), ' | '.join(marks)))
    report('extractor', totals, len(docs))
    if '--baseline' in sys.argv[3:]:
        stop = stopwords(cli)
        totals = {5: [0.0, 0.0, 0.0], 10: [0.0, 0.0, 0.0]}
        for d in docs:
            gold = normalize_all(cli, d['keyphrases'])
            predicted = baseline(cli, d['text'], stop)
            for k in (5, 10):
                for j, v in enumerate(prf(predicted, gold, k)):
                    totals[k][j] += v
        report('frequency baseline', totals, len(docs))


if __name__ == '__main__':
    main()
