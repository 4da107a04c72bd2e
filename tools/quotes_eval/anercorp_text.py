#!/usr/bin/env python3
"""Rebuild readable article text from ANERcorp's token-per-line train.txt.

ANERcorp splits punctuation and quotation marks off as tokens ("token TAG" per line, a blank
line between sentences). This joins a line range back into prose: punctuation attached, quotation
marks attached to the words they enclose, one paragraph per corpus sentence. Spelling is left as
the corpus has it.

Usage: anercorp_text.py TRAIN_TXT FIRST_LINE LAST_LINE   (1-based, inclusive)
"""
import re
import sys

# Attach to the word before them.
CLOSING_PUNCT = set('.,،:;؛?؟!)]%…')
# Attach to the word after them.
OPENING_PUNCT = set('([')
# Prefixes written with a tatweel before a number or a quoted name: بـ"الجديد"، الـ14.
TATWEEL_PREFIXES = {'بـ', 'لـ', 'كـ', 'الـ', '-كـ'}
# Straight quotation marks, which open and close alike. The corpus also writes a double quote
# as two apostrophe tokens (' ' or ’ ’) and sometimes quotes with a single apostrophe.
STRAIGHT_QUOTES = {'"', "'"}
GUILLEMETS = {'«', '»'}
DOUBLED_APOSTROPHES = {("'", "'"), ('’', '’')}
DOUBLE_QUOTE_TOKENS = {'"', "''"}
SINGLE_APOSTROPHES = {"'", '’'}


def read_sentences(path, first_line, last_line):
    """Token lists of the corpus sentences (or parts of sentences) inside the line range."""
    sentences, current = [], []
    with open(path, encoding='utf-8') as corpus:
        for number, line in enumerate(corpus, 1):
            if number < first_line:
                continue
            if number > last_line:
                break
            line = line.rstrip('\n')
            if not line.strip():
                if current:
                    sentences.append(normalize_quote_tokens(current))
                    current = []
                continue
            current.append(line.rsplit(' ', 1)[0])
    if current:
        sentences.append(normalize_quote_tokens(current))
    return sentences


def split_glued_quotes(tokens):
    """A few tokens carry a quotation mark glued on ('".', 'بـ"', '"الجديد"'): split it off."""
    for token in tokens:
        if len(token) > 1 and any(mark in token for mark in '"«»'):
            yield from re.findall(r'["«»]|[^"«»]+', token)
        else:
            yield token


def normalize_quote_tokens(tokens):
    """Apostrophe pairs become one double quote, a lone apostrophe a single quote."""
    tokens = list(split_glued_quotes(tokens))
    out = []
    index = 0
    while index < len(tokens):
        pair = tuple(tokens[index:index + 2])
        if pair in DOUBLED_APOSTROPHES:
            out.append('"')
            index += 2
        elif tokens[index] in DOUBLE_QUOTE_TOKENS:
            out.append('"')
            index += 1
        elif tokens[index] in SINGLE_APOSTROPHES:
            out.append("'")
            index += 1
        else:
            out.append(tokens[index])
            index += 1
    return out


class QuoteState:
    """Which quotation marks are open, carried across sentences.

    Straight quotes alternate open/close over the whole article (a quotation often spans corpus
    sentences), each kind on its own. Guillemets pair in either orientation: the corpus sometimes
    has mirrored »…«, so whichever of the two comes first while none is open is the opening one.
    """

    def __init__(self):
        self.straight_open = set()
        self.guillemet_open = None

    def straight_is_opening(self, mark, next_token):
        if mark in self.straight_open or next_token is None or next_token in CLOSING_PUNCT:
            self.straight_open.discard(mark)
            return False
        self.straight_open.add(mark)
        return True

    def guillemet_is_opening(self, mark, next_token):
        if self.guillemet_open is not None and self.guillemet_open != mark:
            self.guillemet_open = None
            return False
        if next_token is None or next_token in CLOSING_PUNCT:
            return False
        self.guillemet_open = mark
        return True

    @property
    def inside_quote(self):
        return bool(self.straight_open) or self.guillemet_open is not None

    def closes_within(self, sentences):
        """Whether every open quotation is closed in these sentences.

        A straight quotation is closed by the first later sentence that has its mark, if that
        sentence has an odd number of them: with an even number they pair among themselves and
        the open one was never closed. A guillemet quotation is closed if the next guillemet
        is the closing one, not another opening one.
        """
        for mark in self.straight_open:
            first = next((sentence for sentence in sentences if mark in sentence), None)
            if first is None or first.count(mark) % 2 == 0:
                return False
        if self.guillemet_open is not None:
            closer = (GUILLEMETS - {self.guillemet_open}).pop()
            marks = [token for sentence in sentences for token in sentence if token in GUILLEMETS]
            if not marks or marks[0] != closer:
                return False
        return True

    def forget(self):
        self.straight_open = set()
        self.guillemet_open = None


# A quotation still open this many sentences later is taken as never closed (the corpus drops
# closing marks): it ends with its paragraph and the marks after it pair afresh.
UNCLOSED_AFTER_SENTENCES = 5


def mark_is_opening(token, next_token, quotes):
    if token in STRAIGHT_QUOTES:
        return quotes.straight_is_opening(token, next_token)
    if token in GUILLEMETS:
        return quotes.guillemet_is_opening(token, next_token)
    return token in OPENING_PUNCT


def splits_decimal(sentence, next_sentence):
    """The corpus ends a sentence at the point of a decimal number: «إلى 1 .» then «2 مليون»."""
    return len(sentence) >= 2 and sentence[-1] == '.' and sentence[-2][-1:].isdigit() \
        and next_sentence[0][:1].isdigit()


def ends_with_initial(sentence):
    """A lone letter and a full stop is an abbreviation the corpus took for a sentence end
    (the agency in «أ. ف. ب»), not a paragraph end."""
    return len(sentence) >= 2 and len(sentence[-2]) == 1 and sentence[-2].isalpha() \
        and sentence[-1] == '.'


def article_text(path, first_line, last_line):
    """One paragraph per corpus sentence. A sentence that ends inside a quotation runs on into
    the next (joined with a space), so a quotation stays in one paragraph; when the next sentence
    starts by closing it, the mark goes back to the quotation and the paragraph ends there."""
    sentences = read_sentences(path, first_line, last_line)
    quotes = QuoteState()
    text = ''
    glue_next = True
    for number, tokens in enumerate(sentences):
        if quotes.inside_quote and not quotes.closes_within(
                sentences[number:number + UNCLOSED_AFTER_SENTENCES]):
            quotes.forget()
        continuing = text and quotes.inside_quote
        if number and splits_decimal(sentences[number - 1], tokens):
            glue_next = True
        elif number and ends_with_initial(sentences[number - 1]):
            glue_next = False
        elif text and not continuing:
            text += '\n'
            glue_next = True
        for index, token in enumerate(tokens):
            next_token = tokens[index + 1] if index + 1 < len(tokens) else None
            is_mark = token in STRAIGHT_QUOTES or token in GUILLEMETS or token in CLOSING_PUNCT \
                or token in OPENING_PUNCT
            if not is_mark:
                text += ('' if glue_next else ' ') + token
                glue_next = token in TATWEEL_PREFIXES
            elif mark_is_opening(token, next_token, quotes):
                text += ('' if glue_next else ' ') + token
                glue_next = True
            else:
                text += token
                glue_next = False
            if index == 0 and continuing and is_mark and not quotes.inside_quote:
                text += '\n'
                glue_next = True
    return text


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    print(article_text(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))


if __name__ == '__main__':
    main()
