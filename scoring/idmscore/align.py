"""Exact difflib ratio, fast on long sequences.

`difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()` is what the metrics are defined
with, but its find_longest_match costs the sum, over the positions of `a`, of the occurrences
of that element in `b`: quadratic on a 40,000-word report where "the" and "," occur thousands
of times.  `ratio` below returns the very same number: it runs difflib's recursion (longest
block first, then the parts left and right of it) but finds each longest block with a suffix
automaton of the `b` range, in linear time, using difflib's tie-break (the block that ends
first in `a`, then the one that starts first in `b`).  No junk and no "popular" elements are
involved (autojunk=False), so difflib's extension steps never change a block and are not
needed.  Small ranges use difflib's own dynamic programme, restricted to the range.
"""
import difflib

_SMALL = 4096   # (a range) * (b range) below which the plain dynamic programme is cheaper


def _longest_dp(a, b, alo, ahi, blo, bhi):
    """difflib's find_longest_match (no junk), on a[alo:ahi] x b[blo:bhi]."""
    b2j = {}
    for j in range(blo, bhi):
        b2j.setdefault(b[j], []).append(j)
    besti, bestj, bestsize = alo, blo, 0
    j2len = {}
    for i in range(alo, ahi):
        newj2len = {}
        for j in b2j.get(a[i], ()):
            k = newj2len[j] = j2len.get(j - 1, 0) + 1
            if k > bestsize:
                besti, bestj, bestsize = i - k + 1, j - k + 1, k
        j2len = newj2len
    return besti, bestj, bestsize


def _longest_sam(a, b, alo, ahi, blo, bhi):
    """The same block through a suffix automaton of b[blo:bhi] (linear time).

    Scanning a[i] left to right gives, at each i, the longest suffix of a[alo:i+1] found in the
    b range and the first place it ends there (`first`, the minimum end position of the
    automaton state).  The first i reaching the maximum length wins, as in difflib (strict >).
    """
    nxt = [{}]
    link = [-1]
    length = [0]
    first = [-1]
    last = 0
    for j in range(blo, bhi):
        c = b[j]
        cur = len(nxt)
        nxt.append({})
        length.append(length[last] + 1)
        link.append(0)
        first.append(j)
        p = last
        while p != -1 and c not in nxt[p]:
            nxt[p][c] = cur
            p = link[p]
        if p != -1:
            q = nxt[p][c]
            if length[p] + 1 == length[q]:
                link[cur] = q
            else:
                clone = len(nxt)
                nxt.append(dict(nxt[q]))
                length.append(length[p] + 1)
                link.append(link[q])
                first.append(first[q])
                while p != -1 and nxt[p].get(c) == q:
                    nxt[p][c] = clone
                    p = link[p]
                link[q] = clone
                link[cur] = clone
        last = cur
    besti, bestj, bestsize = alo, blo, 0
    v, l = 0, 0
    for i in range(alo, ahi):
        c = a[i]
        while v and c not in nxt[v]:
            v = link[v]
            l = length[v]
        t = nxt[v].get(c)
        if t is None:
            v, l = 0, 0
            continue
        v = t
        l += 1
        if l > bestsize:
            besti, bestj, bestsize = i - l + 1, first[v] - l + 1, l
    return besti, bestj, bestsize


def matched(a, b, need=0):
    """Number of elements in difflib's matching blocks of a and b (autojunk=False, no junk).

    With `need`, gives up (returns None) as soon as the count provably stays below it: the
    count is at most what is found plus, for each range still to search, the shorter side.
    """
    total = 0
    stack = [(0, len(a), 0, len(b))]
    bound = min(len(a), len(b))          # total + sum of min(range sides) still pending
    while stack:
        alo, ahi, blo, bhi = stack.pop()
        bound -= min(ahi - alo, bhi - blo)
        if (ahi - alo) * (bhi - blo) <= _SMALL:
            i, j, k = _longest_dp(a, b, alo, ahi, blo, bhi)
        else:
            i, j, k = _longest_sam(a, b, alo, ahi, blo, bhi)
        if k:
            total += k
            bound += k
            if alo < i and blo < j:
                stack.append((alo, i, blo, j))
                bound += min(i - alo, j - blo)
            if i + k < ahi and j + k < bhi:
                stack.append((i + k, ahi, j + k, bhi))
                bound += min(ahi - i - k, bhi - j - k)
        if bound < need:
            return None
    return total


def _as_ints(a, b):
    ids = {}
    return [ids.setdefault(x, len(ids)) for x in a], [ids.setdefault(x, len(ids)) for x in b]


def ratio(a, b, at_least=0.0):
    """difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(), exactly, but fast.

    With `at_least`, may return any value below it (None) as soon as the ratio provably
    cannot reach it: threshold matching needs the exact value only for the pairs it keeps.
    """
    n = len(a) + len(b)
    if not n or a == b:      # difflib gives 1.0 for equal sequences
        return 1.0
    if len(a) * len(b) <= 40_000:
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    a, b = _as_ints(a, b)
    need = 0
    if at_least > 0:
        need = at_least * n / 2.0 - 1e-9
    m = matched(a, b, need)
    return None if m is None else 2.0 * m / n


def quick_bound(a, b):
    """difflib's quick_ratio: an upper bound of ratio (multiset intersection)."""
    n = len(a) + len(b)
    if not n:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).quick_ratio()
