"""Draw the workshops of one IDM year, language-neutral, then realise them in a language.

`draw_workshops(rng, split, year)` -> [ws1, ws2]: dates, city, the programme (days -> slots
with their kinds, times and role groups) and a pool of people referenced by id. Nothing in a
drawn workshop is text: `realize(ws, v)` (v: common.Voice of the document) turns it into the
document's language (theme, venue, titles, descriptions, questions, people with their
printed entries). The realisation draws from a generator seeded by the workshop and the
language, so the same workshop reads the same in every document of that language.
"""
from __future__ import annotations

import datetime
import random

from . import common

# Geneva and New York, for the usual IDM venues (places.city draws the others).
_HOME = {
    'geneva': dict(key='geneva', names={'fr': 'Genève', 'en': 'Geneva', 'es': 'Ginebra'},
                   country_code='CH',
                   country_names={'fr': 'Suisse', 'en': 'Switzerland', 'es': 'Suiza'}),
    'new-york': dict(key='new-york', names={'fr': 'New York', 'en': 'New York',
                                            'es': 'Nueva York'},
                     country_code='US',
                     country_names={'fr': 'États-Unis d’Amérique',
                                    'en': 'United States of America',
                                    'es': 'Estados Unidos de América'}),
}


def _places():
    from .. import places
    return places


def _people():
    from .. import people
    return people


def _prose():
    from .. import prose
    return prose


def home_city(key):
    """Geneva / New York as a places.city record (the places module's own when it has one)."""
    try:
        p = _places()
        for name in ('city_by_key', 'get_city', 'city_named'):
            fn = getattr(p, name, None)
            if fn:
                try:
                    c = fn(key)
                    if c:
                        return c
                except (KeyError, ValueError, TypeError):
                    pass
    except ImportError:
        pass
    return dict(_HOME[key])


def city_key(city):
    return str(city.get('key') or city['names']['en']).lower().replace(' ', '-')


def _draw_city(rng, split, avoid):
    for _ in range(50):
        c = _places().city(rng, split)
        if city_key(c) not in avoid:
            return c
    return c


# ----------------------------------------------------------------------------- draw

def draw_workshops(rng, split, year=None):
    """The year's two workshops (first half of the year, then autumn)."""
    if year is None:
        year = rng.randint(2001, 2035)
    year_seed = '%s:%d:%d' % (split, year, rng.getrandbits(48))
    # cities
    home_p = 0.85 if split == 'train' else 0.2
    keys = []
    if rng.random() < home_p:
        order = rng.choice([('new-york', 'geneva'), ('new-york', 'geneva'), ('geneva', 'new-york'),
                            ('new-york', None), (None, 'geneva'), ('geneva', None)])
    else:
        order = (None, None)
    cities = []
    for k in order:
        if k:
            c = home_city(k)
        else:
            c = _draw_city(rng, split, {city_key(x) for x in cities} | {'geneva', 'new-york'})
        cities.append(c)
    ws = []
    m1 = rng.choice([2, 3, 3, 4, 4, 5, 5, 6])
    m2 = rng.choice([9, 9, 10, 10, 10, 11, 11, 12])
    for i, (city, month) in enumerate(zip(cities, (m1, m2))):
        ws.append(draw_workshop(rng, split, year, month, city, i + 1, year_seed))
    return ws


def _first_day(rng, year, month):
    for _ in range(100):
        d = datetime.date(year, month, rng.randint(1, 26))
        if d.weekday() <= 3 and not (month == 12 and d.day > 14):
            return d
    return datetime.date(year, month, 10)


def draw_workshop(rng, split, year, month, city, number, year_seed):
    start = _first_day(rng, year, month)
    end = start + datetime.timedelta(days=1)
    seed = '%s:ws%d:%d' % (year_seed, number, rng.getrandbits(48))
    ws = dict(split=split, year=year, number=number, seed=seed, year_seed=year_seed,
              start=start, end=end, city=city,
              slug='%d-%02d-%s' % (year, start.month, city_key(city)))
    pool = _People(rng)
    ws['days'] = _programme(rng, split, ws, pool)
    ws['compact'] = ws['days'][0].get('compact', False)
    ws['people'] = pool.specs
    return ws


class _People:
    """Ids of the people of a workshop; some come back (the DG opens and closes)."""

    def __init__(self, rng):
        self.rng = rng
        self.specs = [dict(pid=0, kind='head')]     # pid 0: the head of the organisation
        self.deputy = None
        self.moderators = []

    def new(self, kind='any'):
        pid = len(self.specs)
        self.specs.append(dict(pid=pid, kind=kind))
        return pid

    def moderator(self):
        if self.moderators and self.rng.random() < 0.15:
            return self.rng.choice(self.moderators)
        pid = self.new()
        self.moderators.append(pid)
        return pid


def _bullet(rng, split):
    return rng.choice(['•', '•', '–'] if split == 'train' else ['•', '▪', '-', '–'])


def _person_specs(rng, pids, no_hon=False, video_p=0.07):
    return [dict(pid=p, video=rng.random() < video_p, no_hon=no_hon) for p in pids]


def _session_groups(rng, split, pool, n_speakers, marker, no_hon):
    groups = []
    if rng.random() < 0.18:
        groups.append(dict(role='presenter', form='inline',
                           people=_person_specs(rng, [pool.new()], no_hon, 0.0)))
    if rng.random() < 0.92:
        form = 'inline' if rng.random() < 0.75 else 'bullets'
        groups.append(dict(role='moderator', form=form, marker=marker,
                           people=_person_specs(rng, [pool.moderator()], no_hon, 0.0)))
        if groups[-1]['role'] == 'moderator' and groups[0]['role'] == 'presenter' and \
                rng.random() < 0.5:
            groups.reverse()
    if n_speakers:
        form = 'bullets' if (n_speakers > 1 or rng.random() < 0.6) else 'inline'
        groups.append(dict(role='speaker', form=form, marker=marker,
                           people=_person_specs(rng, [pool.new() for _ in range(n_speakers)],
                                                no_hon)))
    return groups


def _programme(rng, split, ws, pool):
    days = []
    n_session = 0
    marker = _bullet(rng, split)
    compact = rng.random() < 0.25      # a short programme (an agenda of 2-3 pages)
    for dn, date in ((1, ws['start']), (2, ws['end'])):
        slots = []
        t = rng.choice([(9, 0), (9, 30), (10, 0), (9, 0)])

        def add(kind, minutes, **kw):
            nonlocal t
            h, m = t
            tot = h * 60 + m + minutes
            kw.setdefault('groups', [])
            s = dict(kind=kind, start=t, end=(tot // 60, tot % 60), key='d%ds%d' % (dn, len(slots)),
                     **kw)
            slots.append(s)
            t = s['end']
            return s

        if dn == 1 and rng.random() < 0.65:
            add('registration', rng.choice([30, 60, 60]))
        if dn == 1:
            o = add('opening', rng.choice([30, 45, 60]), desc=rng.random() < 0.35)
            n = rng.choice([1, 2, 2, 3])
            ppl = [0] + [pool.new() for _ in range(n - 1)]
            form = rng.choice(['bullets', 'bullets', 'nolabel', 'inline'])
            o['groups'].append(dict(role='opening', form='bullets' if form == 'nolabel' else form,
                                    label=form != 'nolabel', marker=marker,
                                    people=_person_specs(rng, ppl, video_p=0.1)))
        n_before_lunch = rng.choice([1, 2, 2])
        n_after = rng.choice([1, 2, 2]) if dn == 1 else rng.choice([1, 1, 2])
        if compact:
            n_before_lunch, n_after = 1, (1 if dn == 1 else rng.choice([0, 1]))
        for phase in ('am', 'pm'):
            k = n_before_lunch if phase == 'am' else n_after
            for i in range(k):
                dur = rng.choice([75, 90, 90, 105, 120])
                left = 18 * 60 - (t[0] * 60 + t[1])      # sessions end by 18:00
                if left < 60 and (n_session or i):
                    break
                dur = max(60, min(dur, left))
                n_session += 1
                no_hon = rng.random() < 0.1
                panels = []
                n_sp = rng.choice([2, 3, 3] if compact else [2, 3, 3, 4, 4, 5])
                if rng.random() < (0.05 if compact else 0.18):
                    n_sp = 0
                    for _ in range(rng.choice([2, 2, 3])):
                        panels.append(dict(groups=_session_groups(
                            rng, split, pool, rng.choice([2, 3, 3]), marker, no_hon)[-1:],
                            desc=rng.random() < 0.3))
                s = add('session', dur, n=n_session,
                        desc=rng.random() < (0.3 if compact else 0.75),
                        questions=rng.choice([0, 0, 0, 2] if compact else [0, 0, 2, 3, 3, 4]),
                        q_intro=rng.random() < 0.85,
                        groups=_session_groups(rng, split, pool, n_sp, marker, no_hon),
                        panels=panels)
                if not s['groups'] and not panels:
                    s['groups'] = _session_groups(rng, split, pool, 2, marker, no_hon)
                if i + 1 < k and rng.random() < 0.4 and t < (16, 30):
                    add('break', rng.choice([15, 20, 30]), lunch=False)
            if phase == 'am':
                # lunch starts between 12:00 and 13:30 (a gap before it when the morning
                # ends early, as agendas have)
                noon = rng.choice([(12, 0), (12, 30), (13, 0)])
                if t < noon:
                    t = noon
                lunch = add('break', rng.choice([60, 90, 90, 120]), lunch=True)
                side_p = (0.2, 0.0) if compact else (0.55, 0.15)
                if rng.random() < side_p[dn - 1]:
                    ls = lunch['start'][0] * 60 + lunch['start'][1]
                    le = lunch['end'][0] * 60 + lunch['end'][1]
                    off = rng.choice([0, 15, 15, 30])
                    dur = min(rng.choice([45, 60, 75]), le - ls - off)
                    st = ls + off
                    no_hon = rng.random() < 0.4
                    n_sp = rng.choice([2, 3, 3, 4])
                    slots.append(dict(
                        kind='side_event', start=(st // 60, st % 60),
                        end=((st + dur) // 60, (st + dur) % 60),
                        key='d%ds%d' % (dn, len(slots)), desc=rng.random() < 0.5,
                        desc_after_venue=rng.random() < 0.5,
                        groups=_session_groups(rng, split, pool, n_sp, marker, no_hon)))
        if dn == 2:
            c = add('closing', rng.choice([30, 45, 60]), desc=rng.random() < 0.2)
            ppl = [0] if rng.random() < 0.6 else [pool.new()]
            if rng.random() < 0.3:
                ppl.append(pool.new())
            form = rng.choice(['bullets', 'inline', 'nolabel'])
            c['groups'].append(dict(role='closing', form='bullets' if form == 'nolabel' else form,
                                    label=form != 'nolabel', marker=marker,
                                    people=_person_specs(rng, ppl, video_p=0.05)))
        days.append(dict(n=dn, date=date, slots=slots, compact=compact))
    return days


# ----------------------------------------------------------------------------- realise

def _as_text(x, lang):
    if isinstance(x, dict):
        return x.get(lang) or x.get('name') or next(iter(x.values()))
    return x


def city_name(city, lang):
    return _as_text(city['names'], lang)


def country_of_city(city, lang):
    cn = city.get('country_names')
    if cn:
        return _as_text(cn, lang)
    try:
        return _places().country_name(city['country_code'], lang)
    except Exception:       # noqa: BLE001 - any failure: the country is simply not printed
        return ''


def theme(ws, lang):
    r = random.Random('%s:theme:%s' % (ws['year_seed'], lang))
    return _prose().theme(r, lang, ws['split'])


def realize_person(r, split, lang, spec):
    people = _people()
    p = dict(people.person(r, split, lang))
    fn, org, country = people.entry(r, split, p)
    p['entry_function'] = fn or ''
    p['entry_org'] = org or None
    p['entry_country'] = country or None
    return p


def realize(ws, v):
    """The workshop in the document's language (see module doc)."""
    lang, split = v.lang, ws['split']
    prose = _prose()
    r = random.Random('%s:%s' % (ws['seed'], lang))
    real = dict(theme=theme(ws, lang), city=city_name(ws['city'], lang),
                country=country_of_city(ws['city'], lang))
    real['venue'] = _as_text(_places().venue(r, split, lang, ws['city']), lang)
    rp = random.Random('%s:%s:people' % (ws['seed'], lang))
    real['people'] = {s['pid']: realize_person(rp, split, lang, s) for s in ws['people']}
    slots = {}
    for day in ws['days']:
        for s in day['slots']:
            rs = {}
            kind = s['kind']
            if kind == 'registration':
                rs['title'] = v.once('slot_registration')
            elif kind == 'opening':
                rs['title'] = v.once('slot_opening')
            elif kind == 'closing':
                rs['title'] = v.once('slot_closing')
            elif kind == 'break':
                rs['title'] = v.once('slot_lunch' if s.get('lunch') else 'slot_break')
            elif kind == 'session':
                rs['title'] = _titled(v, 'slot_session', n=s['n'],
                                      title=prose.session_title(r, lang, split))
            elif kind == 'side_event':
                rs['title'] = _titled(v, 'slot_side_event', n=1,
                                      title=prose.session_title(r, lang, split))
                rs['venue'] = _as_text(_places().venue(r, split, lang, ws['city']), lang)
            if s.get('desc'):
                rs['desc'] = prose.paragraph(r, lang, r.choice([1, 2, 2, 3, 4])) \
                    if kind != 'opening' and kind != 'closing' else prose.sentence(r, lang)
            if s.get('questions'):
                rs['questions'] = [prose.question(r, lang) for _ in range(s['questions'])]
            rs['panels'] = []
            for pi, panel in enumerate(s.get('panels', ())):
                d = dict(title=_titled(v, 'slot_panel', n=pi + 1, letter='ABCDEFG'[pi],
                                       title=prose.session_title(r, lang, split)))
                if panel.get('desc'):
                    d['desc'] = prose.paragraph(r, lang, r.choice([1, 2]))
                rs['panels'].append(d)
            slots[s['key']] = rs
    real['slots'] = slots
    return real


def _titled(v, key, **kw):
    tpl = v.tpl(key)
    fields = common.fields_of(tpl)
    extra = {}
    for f in fields:
        if f in kw:
            extra[f] = kw[f]
        elif f in ('roman',):
            extra[f] = common.ROMAN[kw.get('n', 1)]
        elif f in ('letter', 'l'):
            extra[f] = 'ABCDEFG'[kw.get('n', 1) - 1]
    out = common.fill(tpl, **extra)
    if 'title' not in fields and kw.get('title'):
        out = '%s %s' % (out.rstrip(), kw['title'])
    return out


def event_record(v, ws, real, with_dates=True, venue=None):
    """The contract's event record, as this document prints it (venue: as printed, or None
    when the document does not name it). Without dates: year and theme only, slug = year."""
    e = dict(slug=ws['slug'] if with_dates else str(ws['year']),
             title=v.once('series', year=ws['year']), theme=real['theme'], year=ws['year'])
    if with_dates:
        e.update(start_date=ws['start'].isoformat(), end_date=ws['end'].isoformat(),
                 city=real['city'])
        if venue:
            e['venue'] = venue
    return e


def date_line(v, ws, real, with_venue=True):
    """The date/venue line ("8 et 9 octobre 2018, Palais des Nations, Genève"). Returns
    (text, venue printed or None)."""
    tpl = v.tpl('date_line')
    fields = common.fields_of(tpl)
    kw = dict(d1=ws['start'].day, d2=ws['end'].day, month=v.month(ws['start'].month),
              year=ws['year'], venue=real['venue'], city=real['city'],
              country=real['country'])
    kw = {k: kw[k] for k in fields if k in kw}
    missing = fields - set(kw)
    for k in missing:
        if k in ('weekday', 'weekday1'):
            kw[k] = v.weekday(ws['start'])
        elif k == 'weekday2':
            kw[k] = v.weekday(ws['end'])
        elif k in ('month2',):
            kw[k] = v.month(ws['end'].month)
        elif k in ('dates',):
            kw[k] = common.dates_text(v, ws)
    return common.fill(tpl, **kw), (real['venue'] if 'venue' in fields else None)
