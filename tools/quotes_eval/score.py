#!/usr/bin/env python3
"""Score attributed statements against the gold (gold/quotes_gold.jsonl).

Predictions are JSONL, one article a line: {"id", "quotes": [...]} with the quotes in the
analyzer's result format (kind, content, cue, speaker; UTF-16 offsets into the gold text).
The output of `arabic-analyzer analyze --jsonl` is such a file as it stands.

Statements. A predicted and a gold statement of the same article match when their content
spans overlap by at least half of the longer of the two (2 * overlap >= longer length, in
UTF-16 code units; exactly half matches). Matching is one-to-one and greedy: the candidate
pairs are taken by largest content overlap, ties by largest cue overlap, then same kind
first, then text order of the gold and the predicted statement; a pair is kept when neither
side is matched yet. P = matched / predicted, R = matched / gold, F1 their harmonic mean,
summed over the articles of a part (micro-averaged). Overall scores match regardless of kind;
the direct and indirect scores match the statements of that kind among themselves.

Speakers. Over the statements matched overall: right when the predicted speaker names the same
source as the gold one (speaker_match.py says exactly when: name words compared without
clitics, articles, order or punctuation; a part of the other phrase counts when it holds that
phrase's head; null against null is right). Accuracy = right / matched.

Parts: the development articles (the first gold.DEV_ARTICLES), the test articles (the rest) and
all, one table each, a row per system.

Usage: score.py [--gold GOLD.jsonl] NAME=PREDICTIONS.jsonl...
Exit status 2 when a prediction file cannot be scored: an id missing or unknown, an error line,
or no "quotes" key (an analyzer built without the attributed-statement stage).
"""
import argparse
import collections
import json
import sys

from gold import DEFAULT_GOLD, load_gold, parts
from speaker_match import same_source
from utf16 import utf16_slice

KINDS = ('direct', 'indirect')


class PredictionError(Exception):
    pass


def span_length(span):
    return span['end'] - span['start']


def overlap(first, second):
    return max(0, min(first['end'], second['end']) - max(first['start'], second['start']))


def contents_match(first, second):
    """The statement rule: overlap at least half of the longer content."""
    longer = max(span_length(first['content']), span_length(second['content']))
    return 2 * overlap(first['content'], second['content']) >= longer > 0


def match(gold_quotes, predicted_quotes):
    """One-to-one greedy matching: the list of (gold index, predicted index) pairs."""
    candidates = []
    for gold_index, gold_quote in enumerate(gold_quotes):
        for predicted_index, predicted in enumerate(predicted_quotes):
            if contents_match(gold_quote, predicted):
                rank = (-overlap(gold_quote['content'], predicted['content']),
                        -overlap(gold_quote['cue'], predicted['cue']),
                        gold_quote['kind'] != predicted['kind'], gold_index, predicted_index)
                candidates.append(rank)
    gold_taken, predicted_taken, pairs = set(), set(), []
    for *_, gold_index, predicted_index in sorted(candidates):
        if gold_index not in gold_taken and predicted_index not in predicted_taken:
            gold_taken.add(gold_index)
            predicted_taken.add(predicted_index)
            pairs.append((gold_index, predicted_index))
    return sorted(pairs)


def speaker_text(quote):
    return quote['speaker']['text'] if quote.get('speaker') else None


def count_article(gold_quotes, predicted_quotes):
    counts = collections.Counter()
    pairs = match(gold_quotes, predicted_quotes)
    counts.update({'gold': len(gold_quotes), 'predicted': len(predicted_quotes),
                   'matched': len(pairs)})
    counts['speaker_right'] = sum(same_source(speaker_text(predicted_quotes[p]),
                                              speaker_text(gold_quotes[g])) for g, p in pairs)
    for kind in KINDS:
        gold_of_kind = [quote for quote in gold_quotes if quote['kind'] == kind]
        predicted_of_kind = [quote for quote in predicted_quotes if quote['kind'] == kind]
        counts.update({f'{kind}_gold': len(gold_of_kind),
                       f'{kind}_predicted': len(predicted_of_kind),
                       f'{kind}_matched': len(match(gold_of_kind, predicted_of_kind))})
    return counts


def prf(matched, predicted, gold):
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def check_spans(article, quotes):
    """The number of spans whose text is not the gold text at their offsets (an offset bug)."""
    text = article['text']
    spans = [quote.get(name) for quote in quotes for name in ('content', 'cue', 'speaker')]
    return sum(utf16_slice(text, span['start'], span['end']) != span.get('text')
               for span in spans if span)


def load_predictions(system, path, articles):
    """id -> quotes of the prediction file; PredictionError when it cannot be scored."""
    known = {article['id'] for article in articles}
    predictions = {}
    with open(path, encoding='utf-8') as lines:
        for number, line in enumerate(lines, 1):
            record = json.loads(line)
            where = f'{system}: {path} line {number} (id {record.get("id")!r})'
            if 'error' in record:
                raise PredictionError(f'{where} is an error: {record["error"]}')
            if 'quotes' not in record:
                raise PredictionError(
                    f'{where} has no "quotes" key (result schema {record.get("schema", "?")}): '
                    'this analyzer has no attributed-statement stage, so there is nothing to score')
            if record.get('id') not in known:
                raise PredictionError(f'{where}: the id is not in the gold')
            predictions[record['id']] = record['quotes']
    missing = known - predictions.keys()
    if missing:
        raise PredictionError(f'{system}: {path} has no line for {len(missing)} gold articles, '
                              f'e.g. {sorted(missing)[0]}')
    return predictions


def score_part(articles, predictions):
    counts = collections.Counter()
    for article in articles:
        counts += count_article(article['quotes'], predictions[article['id']])
    return counts


def format_row(name, counts):
    cells = []
    for prefix in ('', 'direct_', 'indirect_'):
        cells += prf(*(counts[prefix + count] for count in ('matched', 'predicted', 'gold')))
    matched = counts['matched']
    accuracy = f'{100 * counts["speaker_right"] / matched:6.1f}' if matched else f'{"-":>6}'
    figures = ' '.join(f'{100 * value:5.1f}' for value in cells)
    return (f'{name:<10} {figures} {accuracy} {counts["gold"]:5d} {counts["predicted"]:5d} '
            f'{counts["matched"]:5d} {counts["speaker_right"]:5d}')


def print_table(part, articles, systems):
    statements = sum(len(article['quotes']) for article in articles)
    print(f'== {part}: {len(articles)} articles, {statements} gold statements')
    group = f'{"P":>5} {"R":>5} {"F1":>5}'
    print(f'{"":<10} {"statements":<17} {"direct":<17} {"indirect":<17} {"speaker":>6}')
    print(f'{"system":<10} {group} {group} {group} {"acc":>6}  gold  pred match right')
    for name, predictions in systems:
        print(format_row(name, score_part(articles, predictions)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--gold', default=DEFAULT_GOLD)
    parser.add_argument('systems', nargs='+', metavar='NAME=PREDICTIONS.jsonl')
    args = parser.parse_args()
    articles = load_gold(args.gold)
    systems = []
    try:
        for argument in args.systems:
            name, _, path = argument.partition('=')
            systems.append((name, load_predictions(name, path, articles)))
    except PredictionError as error:
        print(f'score.py: ERROR: {error}', file=sys.stderr)
        sys.exit(2)
    for name, predictions in systems:
        wrong = sum(check_spans(article, predictions[article['id']]) for article in articles)
        if wrong:
            print(f'score.py: warning: {name}: {wrong} spans whose text is not the text at their '
                  'UTF-16 offsets', file=sys.stderr)
    for part, part_articles in parts(articles):
        print_table(part, part_articles, systems)


if __name__ == '__main__':
    main()
