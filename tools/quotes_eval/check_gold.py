#!/usr/bin/env python3
"""Validate the attributed-statement gold (gold/quotes_gold.jsonl).

Offsets are UTF-16 code units, as in the analyzer's output; the check slices the UTF-16 form of
the text, so it stays right for text outside the Basic Multilingual Plane. For every article:
ids unique, kinds known; every span inside the text, start < end, its stored text equal to the
slice, no surrounding whitespace; a statement's cue and speaker outside its content and apart
from each other; statements in order of content start. Exit status 1 on any error.

Usage: check_gold.py [GOLD.jsonl]
"""
import json
import pathlib
import sys

from utf16 import utf16_length, utf16_slice

DEFAULT_GOLD = pathlib.Path(__file__).resolve().parent / 'gold' / 'quotes_gold.jsonl'
KINDS = ('direct', 'indirect')


def span_errors(text, name, span):
    if not isinstance(span, dict) or not {'start', 'end', 'text'} <= span.keys():
        return [f'{name}: needs start, end and text']
    start, end = span['start'], span['end']
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= utf16_length(text)):
        return [f'{name}: bad range {start}-{end}']
    errors = []
    if utf16_slice(text, start, end) != span['text']:
        errors.append(f'{name}: text {span["text"]!r} is not the text at {start}-{end}')
    if span['text'] != span['text'].strip():
        errors.append(f'{name}: surrounding whitespace')
    return errors


def overlap(first, second):
    return first['start'] < second['end'] and second['start'] < first['end']


def quote_errors(text, quote):
    errors = []
    if quote.get('kind') not in KINDS:
        errors.append(f'kind {quote.get("kind")!r}')
    parts = {'content': quote.get('content'), 'cue': quote.get('cue')}
    if quote.get('speaker') is not None:
        parts['speaker'] = quote['speaker']
    for name, span in parts.items():
        errors += span_errors(text, name, span)
    if errors:
        return errors
    if overlap(parts['cue'], parts['content']):
        errors.append('cue inside the content')
    if 'speaker' in parts:
        if overlap(parts['speaker'], parts['content']):
            errors.append('speaker inside the content')
        if overlap(parts['speaker'], parts['cue']):
            errors.append('speaker overlaps the cue')
    return errors


def article_errors(article):
    text = article.get('text')
    if not isinstance(text, str) or not isinstance(article.get('quotes'), list):
        return ['needs text and quotes']
    errors = []
    previous_start = 0
    for number, quote in enumerate(article['quotes'], 1):
        errors += [f'statement {number}: {error}' for error in quote_errors(text, quote)]
        start = quote.get('content', {}).get('start', 0)
        if start < previous_start:
            errors.append(f'statement {number}: out of order')
        previous_start = start
    return errors


def main():
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_GOLD
    seen = set()
    failures = 0
    articles = quotes = 0
    for line_number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        article = json.loads(line)
        identifier = article.get('id')
        errors = article_errors(article)
        if identifier in seen:
            errors.append('duplicate id')
        seen.add(identifier)
        for error in errors:
            print(f'{path}:{line_number} ({identifier}): {error}')
        failures += len(errors)
        articles += 1
        quotes += len(article.get('quotes', []))
    print(f'{articles} articles, {quotes} statements, {failures} errors')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
