"""Text normalisation shared by every metric.

Two levels: `norm_text` keeps case and punctuation (it feeds the difflib ratios, which must
see what a reader sees), `words` casefolds and drops accents and punctuation (it feeds the
word-set similarity `sim`, which must not care about typography).  Names additionally lose
leading honorifics, because the contract keeps those in a separate field and extractors
differ on where they put them.
"""
import re
import unicodedata

# Typographic characters mapped to their ASCII counterpart after NFKC.
_MAP = {}
for _c in '\u2018\u2019\u201a\u201b\u2032\u02bc\u2039\u203a':
    _MAP[ord(_c)] = "'"
for _c in '\u201c\u201d\u201e\u201f\u00ab\u00bb':
    _MAP[ord(_c)] = '"'
for _c in '\u2010\u2011\u2012\u2013\u2014\u2015\u2212':
    _MAP[ord(_c)] = '-'
# Invisible characters dropped: soft hyphen, zero-width space / joiners, word joiner, BOM.
for _c in '\u00ad\u200b\u200c\u200d\u2060\ufeff':
    _MAP[ord(_c)] = None

_TOKEN = re.compile(r'\w+|[^\w\s]')
_NON_WORD = re.compile(r'[\W_]+')


def norm_text(s):
    """NFKC, ASCII quotes/dashes/spaces, invisible characters dropped, whitespace collapsed."""
    if not s:
        return ''
    s = unicodedata.normalize('NFKC', s).translate(_MAP)
    return ' '.join(s.split())


def tokens(s):
    """The word sequence of a text: runs of word characters and single punctuation marks."""
    return _TOKEN.findall(norm_text(s))


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))


def fold(s):
    """Casefolded, accent-free form of an already normalised string."""
    return strip_accents(s.casefold())


def words(s):
    """Casefolded, accent- and punctuation-free words (apostrophes join: don't -> dont)."""
    s = fold(norm_text(s)).replace("'", '')
    return _NON_WORD.sub(' ', s).split()


def word_set(s):
    return set(words(s))


def sim(a, b):
    """Jaccard similarity of two word sets (two empty sets are equal: 1.0)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


_HONORIFIC = (r'(?:m\.|(?:mme|mlle|dr|prof|mrs|mr|ms|sra|srta|sr|don|doña|excmo|excma|mgr)(?!\w)\.?'
              r'|s\.\s*e\.|h\.\s*e\.)')
_LEADING_HONORIFICS = re.compile(r'^(?:' + _HONORIFIC + r'[\s.,:;\-]*)+(?=\w)', re.IGNORECASE)


def strip_honorifics(s):
    """Drops leading honorifics (M., Mme, Dr., S.E., H.E. Mr, Sra., ...) when a name follows."""
    return _LEADING_HONORIFICS.sub('', norm_text(s))


def norm_name(s):
    """A person's name as compared: honorifics dropped, then `words` joined by spaces."""
    return ' '.join(words(strip_honorifics(s or '')))


def norm_time(s):
    """'9:00', '09h00', '9.00' -> '09:00'; anything else as normalised text (None stays None)."""
    if s is None:
        return None
    m = re.fullmatch(r'\s*(\d{1,2})\s*[:h.]\s*(\d{2})\s*', str(s))
    return f'{int(m.group(1)):02d}:{m.group(2)}' if m else norm_text(str(s))


def norm_value(v):
    """Scalar field (year, date, city) compared after normalisation; None stays None."""
    if v is None:
        return None
    return ' '.join(words(str(v)))
