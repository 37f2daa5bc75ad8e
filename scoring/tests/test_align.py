import difflib
import random
import unittest

from tests.helpers import *  # noqa: F401,F403
from idmscore import align


class Align(unittest.TestCase):
    def test_same_as_difflib_on_random_sequences(self):
        rng = random.Random(1)
        old = align._SMALL
        align._SMALL = 0            # force the suffix automaton on every range
        try:
            for _ in range(400):
                v = rng.choice([2, 3, 10])
                a = [rng.randrange(v) for _ in range(rng.randrange(60))]
                b = list(a)
                for _ in range(rng.randrange(8)):
                    i = rng.randrange(len(b) + 1)
                    b[i:i + rng.randrange(3)] = [rng.randrange(v) for _ in range(rng.randrange(3))]
                ref = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False)
                          .get_matching_blocks())
                self.assertEqual(align.matched(a, b), ref)
        finally:
            align._SMALL = old

    def test_long_ratio_exact(self):
        rng = random.Random(2)
        a = [rng.choice('abcdefgh') for _ in range(3000)]
        b = a[:1000] + ['z'] + a[1000:2500] + a[2600:]
        self.assertEqual(align.ratio(a, b),
                         difflib.SequenceMatcher(None, a, b, autojunk=False).ratio())

    def test_threshold_gives_up_below(self):
        a = list('abcdefghij' * 30)
        b = list('klmnopqrst' * 30)
        self.assertIsNone(align.ratio(a, b, at_least=0.8))

    def test_empty(self):
        self.assertEqual(align.ratio([], []), 1.0)
        self.assertEqual(align.ratio(['a'], []), 0.0)


if __name__ == '__main__':
    unittest.main()
