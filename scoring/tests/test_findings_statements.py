import unittest

from tests.helpers import record
from idmscore.findings_metrics import item_metrics
from idmscore.statements_metrics import statement_metrics


class Findings(unittest.TestCase):
    def test_titles_and_text(self):
        g = record(key_messages=[{'number': 1, 'title': 'Skills first', 'text': 'Hello world'}])
        p = record(key_messages=[{'number': 1, 'title': 'Skills first', 'text': 'Hello, world'}])
        m, _ = item_metrics('key_messages', g, p)
        self.assertEqual(m['key_messages_f1'], 1.0)
        self.assertAlmostEqual(m['key_messages_text_similarity'], 22 / 23)   # character ratio

    def test_empty_title_uses_text(self):
        g = record(recommendations=[{'title': '', 'text': 'a b c d'}])
        p = record(recommendations=[{'title': 'x', 'text': 'a b c d'}])
        self.assertEqual(item_metrics('recommendations', g, p)[0]['recommendations_f1'], 1.0)

    def test_edges(self):
        self.assertIsNone(item_metrics('key_messages', record(), record())[0]['key_messages_f1'])
        g = record(key_messages=[{'title': 'a', 'text': 'a'}])
        self.assertEqual(item_metrics('key_messages', g, None)[0]['key_messages_text_similarity'], 0.0)
        self.assertEqual(item_metrics('key_messages', g, record())[0]['key_messages_f1'], 0.0)


class Statements(unittest.TestCase):
    def test_surname_matches(self):
        text = 'Ann Lee noted that the cost of doing nothing is already visible.'
        g = record(statements=[{'speaker': 'Ann Lee', 'text': text}])
        p = record(statements=[{'speaker': 'Lee', 'text': text}])
        m, _ = statement_metrics(g, p)
        self.assertEqual((m['statements_speaker_f1'], m['statements_f1']), (1.0, 1.0))
        p = record(statements=[{'speaker': 'Bob Lee', 'text': text}])
        self.assertEqual(statement_metrics(g, p)[0]['statements_f1'], 0.0)

    def test_edges(self):
        self.assertIsNone(statement_metrics(record(), record())[0]['statements_f1'])
        g = record(statements=[{'speaker': 'A', 'text': 'x'}])
        self.assertEqual(statement_metrics(g, None)[0]['statements_speaker_f1'], 0.0)


if __name__ == '__main__':
    unittest.main()
