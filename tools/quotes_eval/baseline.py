#!/usr/bin/env python3
"""The simple baseline for attributed statements: a reporting verb and a particle.

In each sentence (a paragraph of the text, cut after . ! ? ؟ followed by a space), every word
that is a finite form of a listed reporting verb (REPORTING_VERBS, with a leading و/ف and the
future or emphasis ل/س; any person, number and gender; participles and verbal nouns are not
verbs and are left out) starts an indirect statement when a particle word (أن، إن، بأن, with a
pronoun: أنه، إنها، بأنهم…) follows it in the same clause, i.e. before any punctuation:
- cue: the verb word;
- speaker: the words between the verb and the particle, at most SPEAKER_WORDS of them, without
  a preposition just before the particle (أشار إلى أن); none when there are no words (وأضاف أن);
- content: from the first word after the particle to the sentence end, final punctuation and
  stray quotation marks excluded.
No direct statements, no colons, no source phrases, no pronoun resolution, no negation.

Usage: baseline.py [GOLD.jsonl] > predictions.jsonl   ({"id", "quotes"} lines, UTF-16 offsets)
"""
import json
import re
import sys

from gold import DEFAULT_GOLD, load_gold
from utf16 import utf16_span

SPEAKER_WORDS = 6
# Each verb of the spec's list as the stems its finite forms are built on: the perfect stems
# (hamza written or not) and the imperfect stem after its person prefix. Weak verbs list the
# forms where the weak letter changes.
REPORTING_VERBS = {
    'قال': (r'قال|قل', r'قول'),
    'أضاف': (r'[أا]ضاف|[أا]ضف', r'ضيف'),
    'أكد': (r'[أا]كد', r'[ؤو]كد'),
    'أوضح': (r'[أا]وضح', r'وضح'),
    'أعلن': (r'[أا]علن', r'علن'),
    'أشار': (r'[أا]شار|[أا]شر', r'شير'),
    'اعتبر': (r'[اإ]عتبر', r'عتبر'),
    'شدد': (r'شدد', r'شدد'),
    'نفى': (r'نف[ىي]|نف(?=ت|وا|تا)', r'نف[يو]?'),
    'حذر': (r'حذر', r'حذر'),
    'ذكر': (r'ذكر', r'ذكر'),
    'كشف': (r'كشف', r'كشف'),
    'دعا': (r'دعا|دع(?=ت|وا|تا)', r'دعو?'),
    'أفاد': (r'[أا]فاد|[أا]فد', r'فيد'),
}
PERFECT_SUFFIXES = r'(?:ت|ا|وا|تا|ن|نا|تم)?'
IMPERFECT_PREFIXES = r'[يتنأا]'
IMPERFECT_SUFFIXES = r'(?:ون|ان|ين|ن|وا|ا)?'
REPORTING_VERB = re.compile(
    r'[وف]?[لس]?(?:(?:{perfect}){perfect_suffixes}|{prefixes}(?:{imperfect}){imperfect_suffixes})'
    .format(perfect='|'.join(perfect for perfect, _ in REPORTING_VERBS.values()),
            imperfect='|'.join(imperfect for _, imperfect in REPORTING_VERBS.values()),
            perfect_suffixes=PERFECT_SUFFIXES, prefixes=IMPERFECT_PREFIXES,
            imperfect_suffixes=IMPERFECT_SUFFIXES))
PARTICLE = re.compile(r'(?:ب?[أا]ن|[إا]ن)(?:ه|ها|هم|هما|هن|نا|ني|ي)?')
PREPOSITIONS = frozenset({'إلى', 'الى', 'إلي', 'الي', 'على', 'علي', 'عن', 'من'})
SENTENCE = re.compile(r'[^\n]+?(?:[.!?؟](?=\s|$)|$)', re.MULTILINE)
TOKEN = re.compile(r'[\w\u064B-\u0652\u0670\u0640]+|[^\w\s]')
CONTENT_TRAILER = '.،؛:!؟?,;"«»“”\' \t'


def statements_in_sentence(text, start, end):
    """The baseline's statements in text[start:end], Python indices."""
    tokens = [(match.start() + start, match.end() + start, match.group())
              for match in TOKEN.finditer(text[start:end])]
    found = []
    for position, (cue_start, cue_end, word) in enumerate(tokens):
        if not REPORTING_VERB.fullmatch(word):
            continue
        between = []
        for token in tokens[position + 1:]:
            if not token[2][0].isalnum():
                break
            if PARTICLE.fullmatch(token[2]):
                statement = make_statement(text, (cue_start, cue_end), between, token[1], end)
                if statement:
                    found.append(statement)
                break
            between.append(token)
    return found


def make_statement(text, cue, between, particle_end, sentence_end):
    content_end = len(text[:sentence_end].rstrip(CONTENT_TRAILER))
    content_start = len(text) - len(text[particle_end:].lstrip())
    if content_start >= content_end:
        return None
    while between and between[-1][2] in PREPOSITIONS:
        between = between[:-1]
    speaker_words = between[:SPEAKER_WORDS]
    speaker = (utf16_span(text, speaker_words[0][0], speaker_words[-1][1])
               if speaker_words else None)
    return {'kind': 'indirect', 'content': utf16_span(text, content_start, content_end),
            'cue': utf16_span(text, *cue), 'speaker': speaker}


def baseline_quotes(text):
    quotes = []
    for sentence in SENTENCE.finditer(text):
        quotes += statements_in_sentence(text, sentence.start(), sentence.end())
    return sorted(quotes, key=lambda quote: (quote['content']['start'], quote['cue']['start']))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GOLD
    for article in load_gold(path):
        print(json.dumps({'id': article['id'], 'quotes': baseline_quotes(article['text'])},
                         ensure_ascii=False))


if __name__ == '__main__':
    main()
