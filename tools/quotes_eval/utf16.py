"""Offsets between Python strings and the analyzer's UTF-16 code units.

The analyzer's JSON (and the gold) count offsets in UTF-16 code units, as JavaScript does;
Python indexes code points. They differ by one for every character outside the Basic
Multilingual Plane (an emoji, a rare CJK ideograph), which UTF-16 writes as a surrogate pair.
"""


def utf16_length(text):
    return len(text.encode('utf-16-le')) // 2


def utf16_slice(text, start, end):
    return text.encode('utf-16-le')[2 * start:2 * end].decode('utf-16-le')


def utf16_offset(text, index):
    """The UTF-16 offset of the Python index `index` of `text`."""
    return utf16_length(text[:index])


def str_index(text, offset):
    """The Python index of the UTF-16 offset `offset` of `text`. ValueError when the offset is
    outside the text or falls between the two halves of a surrogate pair (no character
    starts there)."""
    units = 0
    for index, char in enumerate(text):
        if units == offset:
            return index
        if units > offset:
            break
        units += 2 if ord(char) > 0xFFFF else 1
    if units == offset:
        return len(text)
    raise ValueError(f'UTF-16 offset {offset} is not a character boundary of the text')


def utf16_span(text, start, end):
    """The JSON span {start, end, text} of the Python slice text[start:end]."""
    return {'start': utf16_offset(text, start), 'end': utf16_offset(text, end),
            'text': text[start:end]}
