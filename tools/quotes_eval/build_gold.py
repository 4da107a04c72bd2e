#!/usr/bin/env python3
"""Turn the hand-written annotations (gold/annotations.txt) into gold/quotes_gold.jsonl.

The annotator writes each statement as the texts of its parts; this finds them in the article
and writes offsets, so nobody counts characters by hand. Offsets are UTF-16 code units.

annotations.txt, one block per article:

    == ID | anercorp LINES FIRST-LAST | TOPIC        (text rebuilt by anercorp_text.py)
    == ID | seed FILE | TOPIC                        (text of a file in the seeds folder)
    KIND | CUE | SPEAKER | CONTENT                   (one line per statement, in text order)

KIND is D (direct) or I (indirect). CONTENT is the exact text, or FIRST…LAST (its first and
last words, the shortest stretch from the first occurrence of FIRST at or after the previous
statement's content). CUE is the cue's text, the occurrence nearest the content; a leading ">"
takes it after the content, else before. SPEAKER is "-" for none, "^TEXT" for a pronoun
subject resolved to its latest mention before the cue, else the mention nearest the cue
(outside the content). Lines starting with # are comments.

Usage: build_gold.py [--corpus TRAIN_TXT] [--seeds DIR] [--review] [--check]
"""
import argparse
import json
import pathlib
import re
import sys

from anercorp_text import article_text
from utf16 import str_index, utf16_span

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parents[2] / 'shared' / 'data'
ELLIPSIS = '…'
WORD_CHAR = re.compile(r'\w')


class AnnotationError(Exception):
    pass


def is_word_boundary(text, index):
    before = text[index - 1] if index > 0 else ' '
    after = text[index] if index < len(text) else ' '
    return not (WORD_CHAR.match(before) and WORD_CHAR.match(after))


def whole_word_matches(text, needle):
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        if is_word_boundary(text, start) and is_word_boundary(text, end):
            yield start, end
        start = text.find(needle, start + 1)


def find_content(text, spec, cursor):
    if ELLIPSIS in spec:
        first, last = spec.split(ELLIPSIS)
        start = text.find(first, cursor)
        end = text.find(last, start + len(first)) if start != -1 else -1
        if end != -1:
            end += len(last)
    else:
        start = text.find(spec, cursor)
        end = start + len(spec)
    if start == -1 or end == -1:
        raise AnnotationError(f'content not found: {spec}')
    return start, end


def find_cue(text, spec, content):
    after = spec.startswith('>')
    needle = spec.lstrip('>')
    if after:
        candidates = [(s - content[1], s, e) for s, e in whole_word_matches(text, needle)
                      if s >= content[1]]
    else:
        candidates = [(content[0] - e, s, e) for s, e in whole_word_matches(text, needle)
                      if e <= content[0]]
    if not candidates:
        raise AnnotationError(f'cue not found: {spec}')
    _, start, end = min(candidates)
    return start, end


def find_speaker(text, spec, cue, content):
    if spec == '-':
        return None, False
    resolved = spec.startswith('^')
    needle = spec.lstrip('^')
    matches = [(s, e) for s, e in whole_word_matches(text, needle)
               if (e <= content[0] or s >= content[1]) and (e <= cue[0] or s >= cue[1])]
    if resolved:
        matches = [(s, e) for s, e in matches if e <= cue[0]]
        if not matches:
            raise AnnotationError(f'resolved speaker not found before the cue: {spec}')
        return max(matches), True
    if not matches:
        raise AnnotationError(f'speaker not found: {spec}')
    distance = lambda span: cue[0] - span[1] if span[1] <= cue[0] else span[0] - cue[1]
    return min(matches, key=distance), False


def parse_statement(text, line, cursor):
    fields = [field.strip() for field in line.split('|')]
    if len(fields) != 4 or fields[0] not in ('D', 'I'):
        raise AnnotationError(f'bad statement line: {line}')
    kind, cue_spec, speaker_spec, content_spec = fields
    content = find_content(text, content_spec, cursor)
    cue = find_cue(text, cue_spec, content)
    speaker, resolved = find_speaker(text, speaker_spec, cue, content)
    statement = {'kind': 'direct' if kind == 'D' else 'indirect',
                 'content': utf16_span(text, *content), 'cue': utf16_span(text, *cue),
                 'speaker': utf16_span(text, *speaker) if speaker else None}
    if resolved:
        statement['speaker']['resolved'] = True
    return statement, content[0]


def article_source_text(source, corpus, seeds):
    words = source.split()
    if words[0] == 'anercorp' and words[1] == 'lines':
        first, last = (int(number) for number in words[2].split('-'))
        return f'anercorp train.txt lines {first}-{last}', article_text(corpus, first, last)
    if words[0] == 'seed':
        return f'seed {words[1]}', (seeds / words[1]).read_text(encoding='utf-8').strip()
    raise AnnotationError(f'unknown source: {source}')


def build(annotations, corpus, seeds):
    articles = []
    for number, line in enumerate(annotations.read_text(encoding='utf-8').splitlines(), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        try:
            if line.startswith('=='):
                identifier, source, topic = (part.strip() for part in line[2:].split('|'))
                source, text = article_source_text(source, corpus, seeds)
                articles.append({'id': identifier, 'source': source, 'topic': topic,
                                 'text': text, 'quotes': []})
                cursor = 0
            else:
                statement, cursor = parse_statement(articles[-1]['text'], line, cursor)
                articles[-1]['quotes'].append(statement)
        except AnnotationError as error:
            sys.exit(f'{annotations}:{number}: {error}')
    return articles


def print_review(article):
    """Each statement with its paragraph, the parts bracketed, for reading over."""
    text = article['text']
    print(f"=== {article['id']} ({article['source']})")
    for quote in article['quotes']:
        parts = [quote['content'], quote['cue']] + ([quote['speaker']] if quote['speaker'] else [])
        spans = [(str_index(text, part['start']), str_index(text, part['end']))
                 for part in parts]
        brackets = [('⟦', '⟧'), ('[', ']'), ('{', '}')]
        first = min(start for start, _ in spans)
        last = max(end for _, end in spans)
        start = text.rfind('\n', 0, first) + 1
        end = text.find('\n', last)
        end = len(text) if end == -1 else end
        inserts = sorted([(s, o) for (s, _), (o, _) in zip(spans, brackets)]
                         + [(e, c) for (_, e), (_, c) in zip(spans, brackets)], reverse=True)
        shown = text[start:end]
        for offset, mark in inserts:
            shown = shown[:offset - start] + mark + shown[offset - start:]
        resolved = ' R' if quote['speaker'] and quote['speaker'].get('resolved') else ''
        print(f"  {quote['kind'][0].upper()}{resolved}: {shown}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--corpus', type=pathlib.Path, default=DATA / 'anercorp' / 'train.txt')
    parser.add_argument('--seeds', type=pathlib.Path,
                        default=DATA.parent / 'corpus' / 'seeds')
    parser.add_argument('--annotations', type=pathlib.Path,
                        default=HERE / 'gold' / 'annotations.txt')
    parser.add_argument('--out', type=pathlib.Path, default=HERE / 'gold' / 'quotes_gold.jsonl')
    parser.add_argument('--review', action='store_true', help='print every statement in context')
    parser.add_argument('--check', action='store_true',
                        help='write nothing; fail if OUT differs from what the annotations give')
    args = parser.parse_args()
    articles = build(args.annotations, args.corpus, args.seeds)
    if args.review:
        for article in articles:
            print_review(article)
    lines = ''.join(json.dumps(article, ensure_ascii=False) + '\n' for article in articles)
    if args.check:
        if args.out.read_text(encoding='utf-8') != lines:
            sys.exit(f'{args.out} is not what {args.annotations} gives: run build_gold.py')
        print(f'{args.out} matches {args.annotations}')
        return
    args.out.write_text(lines, encoding='utf-8')


if __name__ == '__main__':
    main()
