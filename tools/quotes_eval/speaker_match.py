"""Whether a predicted speaker names the same source as the gold speaker.

Spans are not compared: a speaker resolved from a pronoun may be found at another mention of
the same source, and "الوزير" names the same man as "وزير الخارجية الروسي سيرجي لافروف".
Texts are compared by their name words:

1. Name words of a phrase: tashkeel (U+064B-U+0652), superscript alef (U+0670) and tatweel
   (U+0640) removed; أ إ آ ٱ -> ا, ى -> ي, ة -> ه; the runs of letters and digits. A word's
   readings: the word itself and the word without each leading clitic string it may carry
   (و or ف, then ال، بال، كال، لل (ل + the article, its alef dropped) or ب / ل / ك alone) that
   leaves at least two letters. Two words are the same word when their readings meet:
   وزير = الوزير = للوزير = ووزير. All readings are kept because a first letter cannot be told
   from a clitic without a lexicon (the و of وزير, the ب of بوش).
2. Heads of a phrase: the phrase is cut at commas into appositions («السفيرة الأميركية لدى
   الأمم المتحدة، نيكي هيلي»); in each, its first name word (the title or noun the phrase
   is built on: وزير، مصادر، المتحدث) is a head, and so is its last name word (a person's
   family name) unless the apposition holds a preposition (PREPOSITIONS), whose complement
   ends it («المتحدث باسم الجيش»: الجيش is not a head).
3. Same source: both speakers null; or each phrase's name words are all words of the other
   (order, clitics, articles and punctuation ignored); or one phrase's name words are all words
   of the other and one of them is a head of the other («لافروف», «الوزير» within the full
   title and name; but not «الخارجية», nor «الرئيس» within «مصادر مقربة من الرئيس»). A null
   speaker against a named one is wrong, and so is a phrase with no name word.

This is lenient where a text names two sources with the same title (two ministers, both
"الوزير"): that needs coreference, which the scorer does not do.
"""
import re

TASHKEEL = re.compile('[\u064B-\u0652\u0670\u0640]')
LETTER_MAP = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'})
WORD = re.compile(r'[^\W_]+')
CONJUNCTIONS = ('', 'و', 'ف')
PROCLITICS = ('', 'ال', 'بال', 'كال', 'لل', 'ب', 'ل', 'ك')
CLITIC_STRINGS = tuple(sorted({conjunction + proclitic for conjunction in CONJUNCTIONS
                               for proclitic in PROCLITICS}))
APPOSITION_BREAK = re.compile('[،,]')
# Prepositions that open a complement of the speaker's noun, spelt as after LETTER_MAP.
PREPOSITIONS = frozenset({'في', 'من', 'عن', 'علي', 'الي', 'لدي', 'مع', 'باسم', 'حول', 'عند',
                          'ضد', 'بين'})


def spelled_words(phrase):
    """The words of `phrase` with tashkeel removed and letters normalized, clitics kept."""
    return WORD.findall(TASHKEEL.sub('', phrase).translate(LETTER_MAP))


def readings(word):
    return frozenset([word]) | {word[len(clitics):] for clitics in CLITIC_STRINGS
                                if word.startswith(clitics) and len(word) - len(clitics) >= 2}


def name_words(phrase):
    return [readings(word) for word in spelled_words(phrase)]


def heads(phrase):
    found = []
    for apposition in APPOSITION_BREAK.split(phrase):
        words = spelled_words(apposition)
        if not words:
            continue
        found.append(readings(words[0]))
        if not PREPOSITIONS.intersection(words):
            found.append(readings(words[-1]))
    return found


def within(words, other_words):
    """Whether every word of `words` is a word of `other_words`."""
    return all(any(word & other for other in other_words) for word in words)


def shares_a_word(words, other_words):
    return any(word & other for word in words for other in other_words)


def same_source(predicted, gold):
    """`predicted` and `gold` are speaker texts, or None for no speaker."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    predicted_words, gold_words = name_words(predicted), name_words(gold)
    if not predicted_words or not gold_words:
        return False
    predicted_within = within(predicted_words, gold_words)
    gold_within = within(gold_words, predicted_words)
    if predicted_within and gold_within:
        return True
    if predicted_within:
        return shares_a_word(predicted_words, heads(gold))
    if gold_within:
        return shares_a_word(gold_words, heads(predicted))
    return False
