import unittest

from tests.helpers import *  # noqa: F401,F403  (sets sys.path)
from idmscore.normalise import norm_name, norm_text, norm_time, sim, tokens, word_set, words


class Normalise(unittest.TestCase):
    def test_typography(self):
        self.assertEqual(norm_text('l\u2019homme \u00abx\u00bb a\u2013b  c\u00a0d soft\u00adhyphen'),
                         'l\'homme "x" a-b c d softhyphen')

    def test_tokens_keep_each_punctuation_mark(self):
        self.assertEqual(tokens('Hello world...'), ['Hello', 'world', '.', '.', '.'])
        self.assertEqual(tokens("don't 12.5"), ['don', "'", 't', '12', '.', '5'])

    def test_words_casefold_accents_punctuation(self):
        self.assertEqual(words("L'Homme, Genève a-b STRASSE"), ['lhomme', 'geneve', 'a', 'b', 'strasse'])

    def test_sim(self):
        self.assertEqual(sim(word_set('a b c d'), word_set('a b')), 0.5)
        self.assertEqual(sim(set(), set()), 1.0)
        self.assertEqual(sim(set(), {'x'}), 0.0)

    def test_honorifics(self):
        for raw in ('H.E. Mr Ann Lee', 'Mme Ann Lee', 'Dr.Ann Lee', 'S. E. M. Ann Lee', 'Sra. Ann Lee'):
            self.assertEqual(norm_name(raw), 'ann lee', raw)
        self.assertEqual(norm_name('Mr'), 'mr')            # nothing follows: kept
        self.assertEqual(norm_name('Miss Ann'), 'miss ann')  # not in the list

    def test_time(self):
        self.assertEqual(norm_time('9:00'), '09:00')
        self.assertIsNone(norm_time(None))


if __name__ == '__main__':
    unittest.main()
