"""Unit tests of the verb-and-particle baseline.

Run: python3 -m unittest discover -s tools/quotes_eval -p 'test_*.py'
"""
import unittest

from baseline import REPORTING_VERB, baseline_quotes
from utf16 import utf16_slice


def parts(text):
    return [(quote['cue']['text'], quote['speaker'] and quote['speaker']['text'],
             quote['content']['text']) for quote in baseline_quotes(text)]


class ReportingVerbs(unittest.TestCase):
    def test_finite_forms_with_clitics(self):
        for word in ('قال', 'وقالت', 'فقالوا', 'يقول', 'وتقول', 'أضاف', 'واضافت', 'يضيف', 'أكد',
                     'ويؤكدون', 'أشار', 'وأشارت', 'تشير', 'اعتبر', 'نفى', 'ونفت', 'ينفي', 'دعا',
                     'ودعت', 'يدعو', 'وأفاد', 'قلت', 'سيعلن'):
            self.assertTrue(REPORTING_VERB.fullmatch(word), word)

    def test_other_words(self):
        for word in ('قائلا', 'مشيرا', 'القول', 'رأى', 'أبلغ', 'وقالب', 'الاعلان'):
            self.assertFalse(REPORTING_VERB.fullmatch(word), word)


class Statements(unittest.TestCase):
    def test_speaker_and_content_to_the_sentence_end(self):
        self.assertEqual(parts('وقال وزير الخارجية إن المحادثات ستستأنف. وانتهى الاجتماع.'),
                         [('وقال', 'وزير الخارجية', 'المحادثات ستستأنف')])

    def test_no_words_before_the_particle_no_speaker(self):
        self.assertEqual(parts('وأضاف أنه سيعود غدا،'), [('وأضاف', None, 'سيعود غدا')])

    def test_speaker_cut_at_six_words_and_before_a_preposition(self):
        self.assertEqual(parts('وأشار رئيس مجلس إدارة الشركة القابضة للنفط أمس إلى أن الأرباح زادت'),
                         [('وأشار', 'رئيس مجلس إدارة الشركة القابضة للنفط', 'الأرباح زادت')])
        self.assertEqual(parts('وأشار الوزير إلى أن الأرباح زادت'),
                         [('وأشار', 'الوزير', 'الأرباح زادت')])

    def test_punctuation_before_the_particle_gives_nothing(self):
        self.assertEqual(parts('أعلن الوزير استقالته، وأن الحكومة باقية.'), [])
        self.assertEqual(parts('وقالت: "نعم".'), [])

    def test_a_new_paragraph_ends_the_content(self):
        self.assertEqual(parts('قال الوزير إن الوضع خطير\nوانتهى'), [('قال', 'الوزير', 'الوضع خطير')])

    def test_offsets_are_utf16_after_an_astral_character(self):
        text = '😀 وقال الوزير بأن الوضع خطير.'
        quote = baseline_quotes(text)[0]
        for name in ('content', 'cue', 'speaker'):
            span = quote[name]
            self.assertEqual(utf16_slice(text, span['start'], span['end']), span['text'])
        self.assertEqual(quote['cue']['start'], 3)


if __name__ == '__main__':
    unittest.main()
