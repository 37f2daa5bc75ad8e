"""Programme metrics: events, sessions and speakers.

Events are paired first (by start date, else year and city) so that sessions can be compared
"in the same event" even when the pipeline slugs events differently; sessions are paired
next (by title) so that speakers can be compared "in the same session" through those pairs.
"""
from .match import f1, greedy
from .normalise import norm_name, norm_time, norm_value, sim, word_set

EVENT_FIELDS = ('year', 'start_date', 'end_date', 'city')

# Extension (events_city_acc): one key per city whatever the language it is written in.
CITY_ALIASES = {
    'geneve': 'geneva', 'ginebra': 'geneva', 'genf': 'geneva', 'ginevra': 'geneva',
    'nueva york': 'new york', 'new york city': 'new york', 'nova iorque': 'new york',
}


def _field(e, name):
    return norm_value(e.get(name))


def pair_events(gold_events, pred_events):
    """Each gold event in order takes the first unused pred event with its start date, else
    with its year and city (year alone when the gold has neither).  Returns [(gi, pi)]."""
    used, pairs = set(), []
    for gi, g in enumerate(gold_events):
        start, city, year = _field(g, 'start_date'), _field(g, 'city'), _field(g, 'year')
        found = None
        if start is not None:
            found = next((pi for pi, p in enumerate(pred_events)
                          if pi not in used and _field(p, 'start_date') == start), None)
        if found is None:
            if start is None and city is None:
                key = lambda p: _field(p, 'year') == year
            else:
                key = lambda p: _field(p, 'year') == year and _field(p, 'city') == city
            found = next((pi for pi, p in enumerate(pred_events) if pi not in used and key(p)), None)
        if found is not None:
            used.add(found)
            pairs.append((gi, found))
    return pairs


def city_key(e):
    keys = set()
    for name in ('city', 'city_key', 'city_en'):
        v = norm_value(e.get(name))
        if v:
            keys.add(CITY_ALIASES.get(v, v))
    return keys


def event_metrics(gold, pred):
    g_ev, p_ev = gold.get('events') or [], (pred or {}).get('events') or []
    m = {'events': None, 'events_f1': None, 'events_city_acc': None}
    if not g_ev:
        return m, [], {}
    if pred is None:
        m.update(events=0.0, events_f1=0.0, events_city_acc=0.0)
        return m, [], {}
    pairs = pair_events(g_ev, p_ev)
    shares, found = 0.0, 0
    for gi, pi in pairs:
        equal = sum(_field(g_ev[gi], f) == _field(p_ev[pi], f) for f in EVENT_FIELDS)
        shares += equal / len(EVENT_FIELDS)
        found += equal >= 3
    m['events'] = 2 * shares / (len(g_ev) + len(p_ev))
    m['events_f1'] = f1(found, len(g_ev), len(p_ev))
    with_city = [(gi, pi) for gi, pi in pairs if norm_value(g_ev[gi].get('city'))]
    if any(norm_value(e.get('city')) for e in g_ev):
        m['events_city_acc'] = (sum(bool(city_key(g_ev[gi]) & city_key(p_ev[pi])) for gi, pi in with_city)
                                / len(with_city)) if with_city else 0.0
    paired_g = {gi for gi, _ in pairs}
    paired_p = {pi for _, pi in pairs}
    details = {'missed': [_event_str(g_ev[k]) for k in range(len(g_ev)) if k not in paired_g],
               'spurious': [_event_str(p_ev[k]) for k in range(len(p_ev)) if k not in paired_p]}
    slug_map = {p_ev[pi].get('slug'): g_ev[gi].get('slug') for gi, pi in pairs}
    return m, details, slug_map


def _event_str(e):
    return ' '.join(str(e.get(f)) for f in ('slug', 'year', 'start_date', 'end_date', 'city'))


def pair_sessions(g_ss, p_ss, slug_map):
    """Title sim >= 0.6, same event when both name one (pred slugs read through slug_map);
    best title first, then same start time, then same start and end."""
    g_words = [word_set(s.get('title', '')) for s in g_ss]
    p_words = [word_set(s.get('title', '')) for s in p_ss]
    cands = []
    for gi, g in enumerate(g_ss):
        for pi, p in enumerate(p_ss):
            ge, pe = g.get('event'), p.get('event')
            if ge and pe and slug_map.get(pe, pe) != ge:
                continue
            s = sim(g_words[gi], p_words[pi])
            if s >= 0.6:
                # equal titles (two "Lunch break"s): the one at the same time first
                same_start = norm_time(g.get('start')) == norm_time(p.get('start'))
                same_end = norm_time(g.get('end')) == norm_time(p.get('end'))
                cands.append(((s, same_start, same_start and same_end), gi, pi))
    return greedy(cands)


def session_metrics(gold, pred, slug_map):
    g_ss, p_ss = gold.get('sessions') or [], (pred or {}).get('sessions') or []
    m = dict.fromkeys(('sessions_f1', 'sessions_time_acc', 'sessions_kind_acc'))
    if not g_ss:
        return m, {}, {}
    if pred is None:
        return dict.fromkeys(m, 0.0), {}, {}
    pairs = pair_sessions(g_ss, p_ss, slug_map)
    m['sessions_f1'] = f1(len(pairs), len(g_ss), len(p_ss))
    times = kinds = 0
    wrong = []
    for _, gi, pi in pairs:
        g, p = g_ss[gi], p_ss[pi]
        t = all(norm_time(g.get(k)) == norm_time(p.get(k)) for k in ('start', 'end'))
        k = g.get('kind') == p.get('kind')
        times += t
        kinds += k
        if not (t and k):
            wrong.append(f'gold {_sess_str(g)} | pred {_sess_str(p)}')
    m['sessions_time_acc'] = times / len(pairs) if pairs else 0.0
    m['sessions_kind_acc'] = kinds / len(pairs) if pairs else 0.0
    pg = {gi for _, gi, _ in pairs}
    pp = {pi for _, _, pi in pairs}
    details = {'missed': [_sess_str(g_ss[k]) for k in range(len(g_ss)) if k not in pg],
               'time/kind wrong': wrong,
               'spurious': [_sess_str(p_ss[k]) for k in range(len(p_ss)) if k not in pp]}
    session_map = {p_ss[pi].get('id'): g_ss[gi].get('id') for _, gi, pi in pairs}
    return m, details, session_map


def _sess_str(s):
    return f"[{s.get('id')}] {s.get('start')}-{s.get('end')} {s.get('kind')} {s.get('title')}"


def _multiset_f1(g, p):
    from collections import Counter
    cg, cp = Counter(g), Counter(p)
    return f1(sum((cg & cp).values()), len(g), len(p))


def pair_speakers(g_sp, p_sp, session_map):
    """Speaker entries paired by equal name; preferred, in this order: same role and session,
    same role, most similar function."""
    cands = []
    p_names = [norm_name(p.get('name')) for p in p_sp]
    for gi, g in enumerate(g_sp):
        gn = norm_name(g.get('name'))
        for pi, p in enumerate(p_sp):
            if p_names[pi] != gn:
                continue
            role = g.get('role') == p.get('role')
            sess = _mapped(session_map, p) == g.get('session')
            fsim = sim(word_set(g.get('function', '')), word_set(p.get('function', '')))
            cands.append(((role and sess, role, fsim), gi, pi, fsim))
    return greedy(cands)


_UNMATCHED = object()


def _mapped(session_map, p):
    """The gold session a pred speaker's session stands for (never equal when unmatched)."""
    return session_map.get(p.get('session'), _UNMATCHED)


def _field_f1(pairs, g_sp, p_sp, name, code=None):
    """Extension: F1 of one speaker field over the pairs whose gold entry has it."""
    g_n = p_n = tp = 0
    for _, gi, pi, _ in pairs:
        g, p = g_sp[gi], p_sp[pi]
        gv = norm_value(g.get(name))
        if not gv:
            continue
        g_n += 1
        pv = norm_value(p.get(name))
        if code and g.get(code) and p.get(code):
            p_n += 1
            tp += norm_value(g[code]) == norm_value(p[code])
        elif pv:
            p_n += 1
            tp += gv == pv
    return g_n, p_n, tp


def speaker_metrics(gold, pred, session_map):
    g_sp, p_sp = gold.get('speakers') or [], (pred or {}).get('speakers') or []
    keys = ('speakers_name_f1', 'speakers_role_f1', 'speakers_session_f1', 'function_similarity',
            'speakers_organization_f1', 'speakers_country_f1')
    m = dict.fromkeys(keys)
    has_org = any(norm_value(s.get('organization')) for s in g_sp)
    has_country = any(norm_value(s.get('country')) for s in g_sp)
    if not g_sp:
        return m, {}
    if pred is None:
        m = dict.fromkeys(keys[:4], 0.0)
        m['speakers_organization_f1'] = 0.0 if has_org else None
        m['speakers_country_f1'] = 0.0 if has_country else None
        return m, {}
    gn = [norm_name(s.get('name')) for s in g_sp]
    pn = [norm_name(s.get('name')) for s in p_sp]
    m['speakers_name_f1'] = _multiset_f1(gn, pn)
    m['speakers_role_f1'] = _multiset_f1([(n, s.get('role')) for n, s in zip(gn, g_sp)],
                                         [(n, s.get('role')) for n, s in zip(pn, p_sp)])
    pm = [_mapped(session_map, s) for s in p_sp]
    pm = [x if x is not _UNMATCHED else ('\0unmatched', k) for k, x in enumerate(pm)]
    m['speakers_session_f1'] = _multiset_f1(
        [(n, s.get('role'), s.get('session')) for n, s in zip(gn, g_sp)],
        [(n, s.get('role'), x) for n, s, x in zip(pn, p_sp, pm)])
    pairs = pair_speakers(g_sp, p_sp, session_map)
    m['function_similarity'] = sum(p[3] for p in pairs) / len(pairs) if pairs else 0.0
    for key, field, code in (('speakers_organization_f1', 'organization', None),
                             ('speakers_country_f1', 'country', 'country_code')):
        g_n, p_n, tp = _field_f1(pairs, g_sp, p_sp, field, code)
        if (has_org if field == 'organization' else has_country):
            m[key] = f1(tp, g_n, p_n)
    pg = {p[1] for p in pairs}
    pp = {p[2] for p in pairs}
    wrong = [f"{g_sp[gi].get('name')}: gold {g_sp[gi].get('role')} in {g_sp[gi].get('session')}, "
             f"pred {p_sp[pi].get('role')} in {p_sp[pi].get('session')}"
             for _, gi, pi, _ in pairs
             if g_sp[gi].get('role') != p_sp[pi].get('role')
             or _mapped(session_map, p_sp[pi]) != g_sp[gi].get('session')]
    details = {'missed': [f"{s.get('name')} ({s.get('role')}, {s.get('session')})"
                          for k, s in enumerate(g_sp) if k not in pg],
               'spurious': [f"{s.get('name')} ({s.get('role')}, {s.get('session')})"
                            for k, s in enumerate(p_sp) if k not in pp],
               'role/session wrong': wrong}
    return m, details
