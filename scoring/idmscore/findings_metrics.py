"""Findings metrics: key messages and recommendations.

Items are paired on their titles (the lead sentence) because the text around a title is
where extractors legitimately differ (where an item ends); the full texts are then
compared by ratio on the pairs only.
"""
from .align import ratio
from .match import f1, greedy
from .normalise import norm_text, sim, word_set, words


def _title_words(item, other):
    """The title's words, or the first 40 words of `text` when either title is empty."""
    if not norm_text(item.get('title', '')) or not norm_text(other.get('title', '')):
        return set(words(item.get('text', ''))[:40])
    return word_set(item.get('title', ''))


def item_metrics(kind, gold, pred):
    """kind: 'key_messages' or 'recommendations'."""
    g_it, p_it = gold.get(kind) or [], (pred or {}).get(kind) or []
    f1_key, txt_key = f'{kind}_f1', f'{kind}_text_similarity'
    if not g_it:
        return {f1_key: None, txt_key: None}, {}
    if pred is None:
        return {f1_key: 0.0, txt_key: 0.0}, {}
    cands = []
    for gi, g in enumerate(g_it):
        for pi, p in enumerate(p_it):
            s = sim(_title_words(g, p), _title_words(p, g))
            if s >= 0.5:
                cands.append((s, gi, pi))
    pairs = greedy(cands)
    texts = [ratio(norm_text(g_it[gi].get('text', '')), norm_text(p_it[pi].get('text', '')))
             for _, gi, pi in pairs]
    pg = {gi for _, gi, _ in pairs}
    pp = {pi for _, _, pi in pairs}
    details = {'missed': [_item_str(g_it[k]) for k in range(len(g_it)) if k not in pg],
               'spurious': [_item_str(p_it[k]) for k in range(len(p_it)) if k not in pp]}
    return {f1_key: f1(len(pairs), len(g_it), len(p_it)),
            txt_key: sum(texts) / len(texts) if texts else 0.0}, details


def _item_str(it):
    return f"{it.get('number', '')} {(it.get('title') or it.get('text') or '')[:80]}"
