"""One-to-one greedy matching and the F1 / ratio-threshold helpers built on it.

Greedy, best pair first, ties in document order (gold index, then pred index): simple,
deterministic, and what the metric definitions prescribe.  `ratio_pairs` finds the pairs of
texts whose difflib ratio reaches a threshold without computing every ratio: pairs are
pre-filtered by the length bound and difflib's quick_ratio (both exact upper bounds) and by
sharing at least half of the distinct words of the text with fewer distinct words (a
heuristic, kept because it is part of the definition the bars were set with).
"""
import bisect
from collections import Counter

from .align import ratio as seq_ratio
from .normalise import norm_text, word_set


def _desc(score):
    return tuple(-x for x in score) if isinstance(score, tuple) else (-score,)


def greedy(pairs):
    """pairs: (score, gi, pi[, ...]); a score may be a tuple (compared in order).
    Returns the chosen pairs, best first, one-to-one."""
    used_g, used_p, chosen = set(), set(), []
    for pair in sorted(pairs, key=lambda t: (_desc(t[0]), t[1], t[2])):
        if pair[1] in used_g or pair[2] in used_p:
            continue
        used_g.add(pair[1])
        used_p.add(pair[2])
        chosen.append(pair)
    return chosen


def f1(matched, n_gold, n_pred):
    """2*matched/(#gold+#pred); 0 when both are empty (callers decide '—' before)."""
    return 2.0 * matched / (n_gold + n_pred) if n_gold + n_pred else 0.0


def text_ratio(a, b):
    """Character ratio of two normalised texts (exact difflib, fast when long)."""
    return seq_ratio(a, b)


class Text:
    """A text prepared for ratio matching: normalised string, its distinct words and (made
    when first needed) its character counts for difflib's quick_ratio bound."""
    __slots__ = ('s', 'words', '_counts')

    def __init__(self, raw):
        self.s = norm_text(raw)
        self.words = word_set(raw)
        self._counts = None

    @property
    def counts(self):
        if self._counts is None:
            self._counts = Counter(self.s)
        return self._counts


def share_half(a, b):
    small, other = (a, b) if len(a) <= len(b) else (b, a)
    return 2 * len(small & other) >= len(small)


def ratio_pairs(gold, pred, threshold, allowed=None):
    """All (ratio, gi, pi) with ratio >= threshold; gold/pred: lists of Text.

    allowed(gi, pi) -> bool restricts the pairs further (e.g. same speaker).
    """
    order = sorted(range(len(pred)), key=lambda k: len(pred[k].s))
    lengths = [len(pred[k].s) for k in order]
    # 2*min/(la+lb) >= t  <=>  min >= t/(2-t) * max
    c = threshold / (2.0 - threshold)
    out = []
    for gi, g in enumerate(gold):
        la = len(g.s)
        lo = bisect.bisect_left(lengths, c * la - 1e-9)
        hi = bisect.bisect_right(lengths, la / c + 1e-9) if c > 0 else len(order)
        for k in range(lo, hi):
            pi = order[k]
            p = pred[pi]
            if allowed is not None and not allowed(gi, pi):
                continue
            if not share_half(g.words, p.words):
                continue
            n = la + len(p.s)
            if n == 0:
                out.append((1.0, gi, pi))
                continue
            if 2.0 * min(la, len(p.s)) / n < threshold:
                continue
            # difflib's quick_ratio: 2 * |multiset intersection| / n, an upper bound of ratio
            if 2.0 * sum((g.counts & p.counts).values()) / n < threshold:
                continue
            r = seq_ratio(g.s, p.s, threshold)
            if r is not None and r >= threshold:
                out.append((r, gi, pi))
    return out
