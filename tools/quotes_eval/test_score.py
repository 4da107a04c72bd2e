"""Unit tests of the statement scorer, the speaker rule and the UTF-16 helpers.

Run: python3 -m unittest discover -s tools/quotes_eval -p 'test_*.py'
"""
import json
import os
import tempfile
import unittest

from score import PredictionError, contents_match, count_article, load_predictions, match
from speaker_match import same_source
from utf16 import str_index, utf16_length, utf16_offset, utf16_slice, utf16_span


def statement(start, end, kind='indirect', cue=(0, 1), speaker=None):
    return {'kind': kind, 'content': {'start': start, 'end': end, 'text': ''},
            'cue': {'start': cue[0], 'end': cue[1], 'text': ''},
            'speaker': {'start': 0, 'end': 0, 'text': speaker} if speaker else None}


class OverlapRule(unittest.TestCase):
    def test_exactly_half_of_the_longer_matches(self):
        self.assertTrue(contents_match(statement(0, 10), statement(5, 15)))
        self.assertTrue(contents_match(statement(0, 20), statement(0, 10)))

    def test_just_under_half_does_not(self):
        self.assertFalse(contents_match(statement(0, 10), statement(6, 16)))
        self.assertFalse(contents_match(statement(0, 21), statement(0, 10)))

    def test_the_longer_span_decides_not_the_gold_one(self):
        # 10 of the prediction's 22 units lie in the gold: the gold is covered, still no match.
        self.assertFalse(contents_match(statement(5, 15), statement(0, 22)))

    def test_adjacent_spans_do_not_match(self):
        self.assertFalse(contents_match(statement(0, 10), statement(10, 20)))


class OneToOneMatching(unittest.TestCase):
    def test_one_prediction_matches_one_of_two_gold_statements(self):
        gold = [statement(0, 10, cue=(20, 25)), statement(0, 10, cue=(30, 35))]
        self.assertEqual(match(gold, [statement(0, 10)]), [(0, 0)])

    def test_a_duplicate_prediction_stays_unmatched(self):
        counts = count_article([statement(0, 10)], [statement(0, 10), statement(1, 10)])
        self.assertEqual((counts['gold'], counts['predicted'], counts['matched']), (1, 2, 1))

    def test_the_larger_overlap_wins_whatever_the_order(self):
        gold = [statement(0, 10)]
        self.assertEqual(match(gold, [statement(4, 14), statement(0, 10)]), [(0, 1)])

    def test_a_greedy_pair_does_not_block_a_later_pair(self):
        gold = [statement(0, 10), statement(8, 20)]
        self.assertEqual(match(gold, [statement(2, 12), statement(8, 20)]), [(0, 0), (1, 1)])

    def test_equal_content_pairs_by_the_cue(self):
        gold = [statement(0, 10, cue=(20, 25)), statement(0, 10, cue=(30, 35))]
        self.assertEqual(match(gold, [statement(0, 10, cue=(30, 35))]), [(1, 0)])

    def test_kinds_are_matched_among_themselves(self):
        counts = count_article([statement(0, 10, 'direct')], [statement(0, 10, 'indirect')])
        self.assertEqual(counts['matched'], 1)
        self.assertEqual((counts['direct_matched'], counts['indirect_matched']), (0, 0))
        self.assertEqual((counts['direct_gold'], counts['indirect_predicted']), (1, 1))

    def test_speakers_are_counted_over_matched_statements(self):
        gold = [statement(0, 10, speaker='الوزير'), statement(20, 30), statement(40, 50, speaker='x')]
        predicted = [statement(0, 10, speaker='والوزير'), statement(20, 30), statement(40, 50)]
        self.assertEqual(count_article(gold, predicted)['speaker_right'], 2)


class SpeakerRule(unittest.TestCase):
    full = 'وزير الخارجية الروسي سيرجي لافروف'

    def test_clitics_articles_order_and_punctuation_are_ignored(self):
        self.assertTrue(same_source('الرئيس الأمريكي، جورج بوش', 'جورج بوش الرئيس الامريكى'))
        self.assertTrue(same_source('للوزير', 'الوزير'))
        self.assertTrue(same_source('والوزير', 'وزير'))

    def test_a_part_holding_a_head_names_the_same_source(self):
        self.assertTrue(same_source('لافروف', self.full))
        self.assertTrue(same_source('الوزير', self.full))
        self.assertTrue(same_source(self.full + ' أمس', self.full))
        self.assertTrue(same_source('نيكي هيلي', 'السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي'))

    def test_a_part_without_a_head_does_not(self):
        self.assertFalse(same_source('الخارجية', self.full))
        self.assertFalse(same_source('الرئيس', 'مصادر مقربة من الرئيس'))
        self.assertFalse(same_source('الجيش', 'المتحدث باسم الجيش'))
        self.assertFalse(same_source('لوكالة فرانس برس شاهد عيان طلب', 'شاهد عيان'))

    def test_different_sources(self):
        self.assertFalse(same_source('مصادر مطلعة', self.full))
        self.assertFalse(same_source('الوزير', 'الوزيرة'))

    def test_null_speakers(self):
        self.assertTrue(same_source(None, None))
        self.assertFalse(same_source(None, 'الوزير'))
        self.assertFalse(same_source('الوزير', None))
        self.assertFalse(same_source('،', 'الوزير'))


class Utf16Offsets(unittest.TestCase):
    text = 'قال 😀 إن 𝕏'

    def test_astral_characters_count_two_units(self):
        self.assertEqual(utf16_length(self.text), len(self.text) + 2)
        self.assertEqual(utf16_offset(self.text, 5), 6)
        self.assertEqual(utf16_offset(self.text, len(self.text)), utf16_length(self.text))

    def test_back_to_python_indices(self):
        for index in range(len(self.text) + 1):
            self.assertEqual(str_index(self.text, utf16_offset(self.text, index)), index)

    def test_an_offset_inside_a_surrogate_pair_is_refused(self):
        with self.assertRaises(ValueError):
            str_index(self.text, 5)
        with self.assertRaises(ValueError):
            str_index(self.text, utf16_length(self.text) + 1)

    def test_a_span_after_an_emoji(self):
        span = utf16_span(self.text, 6, 8)
        self.assertEqual((span['start'], span['end'], span['text']), (7, 9, 'إن'))
        self.assertEqual(utf16_slice(self.text, span['start'], span['end']), 'إن')


class PredictionFiles(unittest.TestCase):
    articles = [{'id': 'a', 'text': 'x', 'quotes': []}, {'id': 'b', 'text': 'y', 'quotes': []}]

    def load(self, records):
        with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as out:
            out.write(''.join(json.dumps(record) + '\n' for record in records))
        self.addCleanup(os.remove, out.name)
        return load_predictions('system', out.name, self.articles)

    def test_output_without_quotes_is_refused_not_scored_as_zero(self):
        with self.assertRaisesRegex(PredictionError, 'no "quotes" key'):
            self.load([{'id': 'a', 'schema': 2}, {'id': 'b', 'schema': 2}])

    def test_a_missing_article_is_refused(self):
        with self.assertRaisesRegex(PredictionError, 'no line for 1 gold articles'):
            self.load([{'id': 'a', 'quotes': []}])

    def test_an_error_line_is_refused(self):
        with self.assertRaisesRegex(PredictionError, 'is an error'):
            self.load([{'id': 'a', 'error': 'bad'}, {'id': 'b', 'quotes': []}])

    def test_a_complete_file_loads(self):
        self.assertEqual(self.load([{'id': 'b', 'quotes': []}, {'id': 'a', 'quotes': []}]),
                         {'a': [], 'b': []})


if __name__ == '__main__':
    unittest.main()
