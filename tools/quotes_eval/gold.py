#!/usr/bin/env python3
"""The attributed-statement gold (gold/quotes_gold.jsonl) and its parts.

The first DEV_ARTICLES articles, in file order, are the extractor's development part (its
authors may read them); the rest is the test part, scored but not looked at while developing.

Usage: gold.py [GOLD.jsonl]   prints {"id", "text"} lines: the input of `analyze --jsonl`
"""
import json
import pathlib
import sys

DEFAULT_GOLD = pathlib.Path(__file__).resolve().parent / 'gold' / 'quotes_gold.jsonl'
DEV_ARTICLES = 18


def load_gold(path=DEFAULT_GOLD):
    with open(path, encoding='utf-8') as lines:
        return [json.loads(line) for line in lines if line.strip()]


def parts(articles):
    """(name, articles) for the development part, the test part and all articles."""
    return [('dev', articles[:DEV_ARTICLES]), ('test', articles[DEV_ARTICLES:]),
            ('all', articles)]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GOLD
    for article in load_gold(path):
        print(json.dumps({'id': article['id'], 'text': article['text']}, ensure_ascii=False))


if __name__ == '__main__':
    main()
