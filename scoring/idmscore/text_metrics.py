"""Extraction metrics: text_similarity, furniture leaks, hyphen leaks, footnotes, paragraphs.

They read the body blocks (what a reader of the text wants: heading, paragraph, list_item,
caption, table_cell), the footnotes and the furniture the gold lists, so that a pipeline
is rewarded for keeping the text and penalised for mixing page furniture or unjoined
hyphenation into it.  Peers (plain text from another extractor) are cut into blocks with no
kind: every block is body and every block may be a footnote.
"""
import re
from collections import Counter

from .align import ratio as seq_ratio
from .match import Text, f1, greedy, ratio_pairs
from .normalise import fold, norm_text, tokens, words

BODY = ('heading', 'paragraph', 'list_item', 'caption', 'table_cell')
PARAGRAPH = ('paragraph', 'list_item')

_NUM = r'(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))'
PAGE_NUMBER = re.compile(
    r'(?:(?:page|p\.?|pag\.?|pág\.?|página|seite|s\.?)\s*)?'
    r'[-(\[]?\s*' + _NUM + r'\s*[-)\]]?'
    r'(?:\s*(?:/|of|de|sur|von)\s*\d{1,4})?', re.IGNORECASE)


def body(blocks):
    """The blocks a reader reads as text (no footnotes, no furniture)."""
    return [b for b in blocks if b.get('kind') in BODY]


def is_page_number(text):
    """'12', '- 12 -', '(12)', 'Page 3 of 9', '3/9', 'p. 3 sur 9', 'Pág. 7 de 12', 'xii'..."""
    return bool(PAGE_NUMBER.fullmatch(norm_text(text)))


def furniture_leaks(gold_blocks, pred_body):
    """Pred body blocks that hold a gold furniture string (whole words) or are only a page
    number, unless they are the twin (ratio >= 0.8, one-to-one) of a gold body block that
    holds the same (a sentence naming the running header, a footnote call that happens to
    equal a page number: text, not leaks).  Returns the leaking texts."""
    # Compared as word sequences (casefolded, accent- and punctuation-free): '– 7 –' is held
    # by '... the end. 7 Next ...' as much as by '- 7 -'.  Occurrences are counted as
    # str.count counts them on the space-padded word strings (non-overlapping: in '7 7' the
    # shared space lets only one ' 7 ' be seen), and a twin excuses as many as it holds.
    furniture = sorted({' ' + ' '.join(words(b.get('text', ''))) + ' ' for b in gold_blocks
                        if b.get('kind') == 'furniture'} - {'  '})

    def held(text):
        padded = ' ' + ' '.join(words(text)) + ' '
        found = Counter({k: padded.count(f) for k, f in enumerate(furniture) if f in padded})
        if is_page_number(text):
            found[-1] += 1
        return found

    suspects = [(b.get('text', ''), held(b.get('text', ''))) for b in pred_body]
    suspects = [(t, h) for t, h in suspects if h]
    if not suspects:
        return []
    gold_like = [(Text(b.get('text', '')), held(b.get('text', ''))) for b in body(gold_blocks)]
    gold_like = [(t, h) for t, h in gold_like if h]
    # Twins: one-to-one, best ratio first, among the pairs where the gold block holds at
    # least what the suspect holds.  ratio(gold, pred): difflib's ratio is not symmetric.
    pairs = [pair for pair in ratio_pairs([t for t, _ in gold_like], [Text(t) for t, _ in suspects], 0.8)
             if not suspects[pair[2]][1] - gold_like[pair[1]][1]]
    twins = {si for _, _, si in greedy(pairs)}
    return [norm_text(t) for k, (t, _) in enumerate(suspects) if k not in twins]


def _core(word):
    return re.sub(r'^\W+|\W+$', '', word)


def hyphen_leaks(gold_blocks, pred_body):
    """Pred body words ending in '-' followed by a lower-case word, which joined (without or
    with the hyphen) give a word of the gold body text."""
    gold_words = set()
    for b in body(gold_blocks):
        for w in norm_text(b.get('text', '')).split():
            w = fold(_core(w))
            if w:
                gold_words.add(w)
    stream = [w for b in pred_body for w in norm_text(b.get('text', '')).split()]
    leaks = []
    for w, nxt in zip(stream, stream[1:]):
        if not w.endswith('-'):
            continue
        head = re.sub(r'^\W+', '', w)[:-1]
        if not head or not re.match(r'\w', head[-1]):   # 'd'-', '--': not a cut word
            continue
        if not nxt[0].islower():          # the next word itself starts in lower case
            continue
        tail = _core(nxt)
        joined = [fold(head + tail), fold(head + '-' + tail)]
        if any(j in gold_words for j in joined):
            leaks.append(f'{w} {nxt}')
    return leaks


def footnote_recall(gold_blocks, candidates):
    """Share of gold footnotes matched one-to-one by candidate blocks at ratio >= 0.8."""
    gold = [Text(b.get('text', '')) for b in gold_blocks if b.get('kind') == 'footnote']
    if not gold:
        return None, []
    pred = [Text(b.get('text', '')) for b in candidates]
    chosen = greedy(ratio_pairs(gold, pred, 0.8))
    found = {gi for _, gi, _ in chosen}
    return len(chosen) / len(gold), [gold[k].s for k in range(len(gold)) if k not in found]


def paragraph_f1(gold_blocks, pred_body):
    """Gold paragraphs/list items matched to pred body blocks at ratio >= 0.9; pred blocks
    matched to a gold heading, caption or table cell are left out of #pred."""
    gold_body = body(gold_blocks)
    n_gold = sum(1 for b in gold_body if b['kind'] in PARAGRAPH)
    if not n_gold:
        return None, []
    gold = [Text(b.get('text', '')) for b in gold_body]
    pred = [Text(b.get('text', '')) for b in pred_body]
    chosen = greedy(ratio_pairs(gold, pred, 0.9))
    hit = sum(1 for _, gi, _ in chosen if gold_body[gi]['kind'] in PARAGRAPH)
    other = sum(1 for _, gi, _ in chosen if gold_body[gi]['kind'] not in PARAGRAPH)
    found = {gi for _, gi, _ in chosen}
    missed = [gold[k].s for k, b in enumerate(gold_body) if b['kind'] in PARAGRAPH and k not in found]
    return f1(hit, n_gold, len(pred) - other), missed


def pages_of(pred_record, gold_record, pred_blocks):
    for rec in (pred_record, gold_record):
        n = ((rec or {}).get('source') or {}).get('pages')
        if isinstance(n, int) and n > 0:
            return n
    return max((b.get('page') or 0 for b in pred_blocks), default=0)


def text_metrics(gold, pred_blocks, pages, peer=False):
    """The text metrics of one document; pred_blocks None: no prediction."""
    g_blocks = gold.get('blocks') or []
    m, details = {}, {}
    if pred_blocks is None:
        m['text_similarity'] = 0.0
        m['furniture_leak'] = m['furniture_leak_rate'] = m['hyphen_leak'] = None
        has_fn = any(b.get('kind') == 'footnote' for b in g_blocks)
        m['footnote_recall'] = 0.0 if has_fn else None
        m['paragraph_f1'] = 0.0 if any(b.get('kind') in PARAGRAPH for b in g_blocks) else None
        return m, details
    pbody = pred_blocks if peer else body(pred_blocks)
    m['text_similarity'] = seq_ratio([t for b in body(g_blocks) for t in tokens(b.get('text', ''))],
                                     [t for b in pbody for t in tokens(b.get('text', ''))])
    leaks = furniture_leaks(g_blocks, pbody)
    m['furniture_leak'] = len(leaks)
    m['furniture_leak_rate'] = len(leaks) / pages if pages else float(len(leaks))
    hyph = hyphen_leaks(g_blocks, pbody)
    m['hyphen_leak'] = len(hyph)
    cands = pred_blocks if peer else [b for b in pred_blocks if b.get('kind') == 'footnote']
    m['footnote_recall'], fn_missed = footnote_recall(g_blocks, cands)
    m['paragraph_f1'], p_missed = paragraph_f1(g_blocks, pbody)
    details['text'] = {'furniture leaked': leaks, 'hyphen leaked': hyph,
                       'footnotes missed': fn_missed, 'paragraphs missed': p_missed}
    return m, details
