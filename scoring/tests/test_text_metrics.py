import unittest

from tests.helpers import block, record
from idmscore.text_metrics import (furniture_leaks, hyphen_leaks, is_page_number, text_metrics)


class TextMetrics(unittest.TestCase):
    def gold(self):
        return record(blocks=[block('The migration of people, well-being.'),
                              block('Second paragraph here.'),
                              block('1 A footnote text.', 'footnote'),
                              block('IDM 2031 Report', 'furniture'), block('12', 'furniture')])

    def test_perfect(self):
        g = self.gold()
        m, _ = text_metrics(g, g['blocks'], 2)
        self.assertEqual((m['text_similarity'], m['furniture_leak'], m['hyphen_leak'],
                          m['footnote_recall'], m['paragraph_f1']), (1.0, 0, 0, 1.0, 1.0))

    def test_no_prediction(self):
        m, _ = text_metrics(self.gold(), None, 0)
        self.assertEqual(m['text_similarity'], 0.0)
        self.assertEqual(m['paragraph_f1'], 0.0)
        self.assertEqual(m['footnote_recall'], 0.0)
        self.assertIsNone(m['furniture_leak'])      # '—' for leak counts

    def test_not_applicable(self):
        g = record(blocks=[block('Only a heading', 'heading')])
        m, _ = text_metrics(g, g['blocks'], 1)
        self.assertIsNone(m['footnote_recall'])
        self.assertIsNone(m['paragraph_f1'])

    def test_text_similarity_words_and_marks(self):
        g = record(blocks=[block('Hello world')])
        m, _ = text_metrics(g, [block('Hello, world')], 1)
        self.assertAlmostEqual(m['text_similarity'], 0.8)   # 2*2/(2+3)

    def test_furniture(self):
        g = self.gold()['blocks']
        self.assertEqual(len(furniture_leaks(g, [block('See IDM 2031 Report now')])), 1)
        self.assertEqual(len(furniture_leaks(g, [block('IDM 2031 Reports')])), 0)   # whole words
        self.assertEqual(len(furniture_leaks(g, [block('In 12 countries')])), 1)
        self.assertEqual(len(furniture_leaks(g, [block('- 3 -')])), 1)               # page number
        self.assertEqual(len(furniture_leaks(g, [block('Second paragraph here.')])), 0)
        for s in ('3', 'Page 3 of 9', '3/9', 'xii', 'Pág. 7 de 12', '(3)'):
            self.assertTrue(is_page_number(s), s)
        for s in ('Page', '3.', 'mix', '12345', 'Chapter 3'):
            self.assertFalse(is_page_number(s), s)

    def test_furniture_twin(self):
        g = [block('IDM 2031 Report overview'), block('IDM 2031 Report', 'furniture')]
        self.assertEqual(furniture_leaks(g, [block('IDM 2031 Report overvie')]), [])

    def test_hyphen(self):
        g = self.gold()['blocks']
        self.assertEqual(len(hyphen_leaks(g, [block('The migra- tion of people')])), 1)
        self.assertEqual(len(hyphen_leaks(g, [block('The well- being')])), 1)
        self.assertEqual(len(hyphen_leaks(g, [block('The migra- Tion')])), 0)
        self.assertEqual(len(hyphen_leaks(g, [block('The migra-'), block('tion of')])), 1)

    def test_paragraph_f1_leaves_out_headings(self):
        g = record(blocks=[block('A heading line', 'heading'), block('A paragraph of text.')])
        m, _ = text_metrics(g, [block('A heading line', 'paragraph'), block('A paragraph of text.')], 1)
        self.assertEqual(m['paragraph_f1'], 1.0)


if __name__ == '__main__':
    unittest.main()
