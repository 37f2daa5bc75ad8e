"""Statements metrics: who was reported as saying something, and what.

A reported speaker is often named by surname only in the prose ("Mr Oduya noted..."), so a
pred name also matches a gold name when its words are a subset of the gold name's words.
"""
from .match import Text, f1, greedy, ratio_pairs
from .normalise import norm_name, sim


def speakers_match(gold_name, pred_name):
    """Equal normalised names, or pred's words a (non-empty) subset of gold's."""
    if not pred_name:
        return gold_name == pred_name
    return gold_name == pred_name or set(pred_name.split()) <= set(gold_name.split())


def statement_metrics(gold, pred):
    g_st, p_st = gold.get('statements') or [], (pred or {}).get('statements') or []
    m = {'statements_speaker_f1': None, 'statements_f1': None}
    if not g_st:
        return m, {}
    if pred is None:
        return dict.fromkeys(m, 0.0), {}
    g_names = list(dict.fromkeys(norm_name(s.get('speaker')) for s in g_st))
    p_names = list(dict.fromkeys(norm_name(s.get('speaker')) for s in p_st))
    cands = [(sim(set(g.split()), set(p.split())), gi, pi)
             for gi, g in enumerate(g_names) for pi, p in enumerate(p_names) if speakers_match(g, p)]
    name_pairs = greedy(cands)
    m['statements_speaker_f1'] = f1(len(name_pairs), len(g_names), len(p_names))
    gn = [norm_name(s.get('speaker')) for s in g_st]
    pn = [norm_name(s.get('speaker')) for s in p_st]
    pairs = greedy(ratio_pairs([Text(s.get('text', '')) for s in g_st],
                               [Text(s.get('text', '')) for s in p_st], 0.8,
                               allowed=lambda gi, pi: speakers_match(gn[gi], pn[pi])))
    m['statements_f1'] = f1(len(pairs), len(g_st), len(p_st))
    pg = {n for _, n, _ in name_pairs}
    pp = {n for _, _, n in name_pairs}
    sg = {gi for _, gi, _ in pairs}
    sp = {pi for _, _, pi in pairs}
    details = {'speakers missed': [g_names[k] for k in range(len(g_names)) if k not in pg],
               'speakers spurious': [p_names[k] for k in range(len(p_names)) if k not in pp],
               'statements missed': [f"{g_st[k].get('speaker')}: {g_st[k].get('text', '')[:80]}"
                                     for k in range(len(g_st)) if k not in sg],
               'statements spurious': [f"{p_st[k].get('speaker')}: {p_st[k].get('text', '')[:80]}"
                                       for k in range(len(p_st)) if k not in sp]}
    return m, details
