"""Yearly report ("Red Book"): title page, foreword, contents, chapters (key messages, the two
workshops with quoted speakers, recommendations, conclusion) and an annex with the full
agendas of both workshops."""
from __future__ import annotations

from ..model import Chapter, Columns, Heading, PageBreak, Paragraph, TitlePage, Toc
from . import common, workshop as wsmod
from .summary import FORMS, items_with_statements, programme_people, record_item_statements


def _pair(workshops, rng, split):
    if isinstance(workshops, dict):
        workshops = [workshops]
    wss = list(workshops)
    if len(wss) < 2:
        wss = wsmod.draw_workshops(rng, split, wss[0]['year'] if wss else None)
    return wss[:2]


def _session_people(ws, real, slot):
    groups = list(slot['groups']) + [g for p in slot.get('panels', ()) for g in p['groups']]
    out = []
    for g in groups:
        if g['role'] == 'moderator':
            continue
        for spec in g['people']:
            p = dict(real['people'][spec['pid']])
            p['_role'] = g['role']
            out.append(p)
    return out


def build(rng, split, lang, doc, workshops):
    wss = _pair(workshops, rng, split)
    v = common.Voice(rng, lang, split)
    reals = [wsmod.realize(ws, v) for ws in wss]
    q = common.Quoter(v, doc, rng)
    prose = common._prose()
    settings = doc.layout.settings
    long = settings.get('long')
    target = settings.get('target_pages')
    if long is None:
        long = bool(target and target >= 40) or (not target and rng.random() < 0.3)
    budget = rng.randint(22000, 28000) if long else rng.randint(5500, 9500)
    if target:
        # words a page holds (about 600 at 10 pt on A4), less the annex agendas
        wpp = 600.0 * (10.0 / max(8.0, doc.layout.font_size)) ** 2
        n_slots = sum(len(d['slots']) for w in wss for d in w['days'])
        budget = int(max(4500, (target - 4 - 0.3 * n_slots) * wpp * 0.8))
    ws1, ws2 = wss
    r1, r2 = reals
    year = ws1['year']
    theme = r1['theme']
    series = v.once('series', year=year)
    rtitle = v.once('report_title', year=year)
    doc.title = theme
    doc.header_odd = theme
    numbered = rng.random() < 0.6
    chap_no = [0]

    def chapter(title, running=None):
        chap_no[0] += 1
        t = '%d. %s' % (chap_no[0], title) if numbered else title
        doc.add(Chapter(t, running or title))
        return chap_no[0]

    n_fn = [0]

    def para(lo, hi, notes=0, label=None):
        n_fn[0] += notes
        return doc.add(Paragraph(common.paragraph(rng, lang, lo, hi, doc=doc, notes=notes),
                                 label=label))

    def chapter_words():
        return sum(common.words(e.text) for e in doc.elements
                   if isinstance(e, Paragraph) or hasattr(e, 'marker'))

    # ---- title page
    d1, d2 = common.dates_text(v, ws1), common.dates_text(v, ws2)
    lines = [(series, 1.3, False), (theme, 2.0, True), (rtitle, 1.5, True),
             (v.once('report_subtitle', city1=r1['city'], dates1=d1, city2=r2['city'],
                     dates2=d2), 1.05, False),
             (v.once('publisher', city=wsmod.city_name(wsmod.home_city('geneva'), lang),
                     year=year), 1.0, False)]
    if rng.random() < 0.3:
        lines.pop(0)
    if settings.get('title_page', True):
        doc.add(TitlePage(lines))
        doc.add(PageBreak(odd=True))
    else:
        for text, size, bold in lines:
            doc.add(Heading(1, text) if size >= 1.9 else
                    Heading(2, text) if bold or size >= 1.3 else Paragraph(text))

    # ---- foreword
    doc.add(Heading(1, common.heading_text(v, 'foreword_heading')))
    for i in range(rng.randint(2, 4)):
        para(70, 160)
    head = reals[0]['people'][0]
    fem = common.is_female(head)
    doc.add(Paragraph(v.once('signature', name=head['name'],
                             function=v.nth('dg_function', 1 if fem else 0))))

    # ---- contents
    if settings.get('toc', True):
        doc.add(PageBreak(odd=True))
        doc.add(Toc(common.heading_text(v, 'contents_heading')))

    # ---- introduction
    per = budget // 7
    chapter(common.heading_text(v, 'h_intro'))
    start = chapter_words()
    first = True
    while chapter_words() - start < per:
        para(120, 220 if long else 180, rng.choice([0, 1, 1, 2]), 'background' if first else None)
        first = False
    doc.add(Heading(2, common.heading_text(v, 'h_structure')))
    para(50, 120)

    # ---- key messages
    forms = [f for f in FORMS[split] if f != 'heading']
    km_form = rng.choice(forms)
    chapter(common.heading_text(v, 'key_messages_heading'))
    doc.add(Paragraph(v.once('km_chapter_intro')))
    everyone = programme_people(ws1, r1) + programme_people(ws2, r2)
    talkers = [p for p in everyone if p['_role'] in ('speaker', 'presenter')] or everyone
    items, said = items_with_statements(rng, lang, q, rng.randint(6, 12), talkers, 0.15)
    items = [(lead, rest + ' ' + ' '.join(common.sentences(rng, lang, 20, 70)))
             for lead, rest in items]
    recs = common.add_items(doc, doc.key_messages, 'key_message', items, km_form)
    record_item_statements(doc, recs, said)
    n_cap = 0
    if rng.random() < 0.7:
        n_cap += 1
        doc.add(common.caption(v, rng, n_cap, photo=True))

    # ---- the two workshops, session by session
    for wi, (ws, real) in enumerate(zip(wss, reals)):
        c = chapter(v.once('chapter_workshop', roman=common.ROMAN[wi + 1],
                           ordinal=v.nth('ordinal', wi), city=real['city'],
                           dates=common.dates_text(v, ws)))
        start = chapter_words()
        para(80, 200, 1)
        k = 0
        slots = [s for d in ws['days'] for s in d['slots']
                 if s['kind'] not in ('registration', 'break')]
        share = (budget * 2 // 7) // max(1, len(slots))
        for slot in slots:
            k += 1
            title = common.plain(real['slots'][slot['key']]['title'])
            doc.add(Heading(2, ('%d.%d %s' % (c, k, title)) if numbered else title))
            s0 = chapter_words()
            para(60, 160, 1 if rng.random() < 0.3 else 0)
            people = _session_people(ws, real, slot)
            rng.shuffle(people)
            people = people[:max(1, share // 110)]     # a short report quotes fewer people
            i = 0
            while i < len(people):
                if i + 1 < len(people) and rng.random() < 0.25:
                    q.paragraph(people[i:i + 2])
                    i += 2
                else:
                    q.paragraph([people[i]], notes=1 if rng.random() < 0.12 else 0)
                    i += 1
                if rng.random() < 0.25:
                    para(50, 140)
            while chapter_words() - s0 < share:
                para(80, 200, 1 if rng.random() < 0.2 else 0)
                if people and rng.random() < 0.2:
                    q.paragraph([rng.choice(people)])
            if k % 3 == 0 and rng.random() < 0.6:
                n_cap += 1
                doc.add(common.caption(v, rng, n_cap, photo=rng.random() < 0.5))
        del start

    # ---- recommendations
    numbered_forms = [f for f in forms if f in ('num_dot', 'num_paren', 'paren_num')]
    rec_form = rng.choice([f for f in numbered_forms if f != km_form] or numbered_forms)
    chapter(common.heading_text(v, 'recommendations_heading'))
    doc.add(Paragraph(v.once('rec_intro')))
    items, said = items_with_statements(rng, lang, q, rng.randint(6, 14), talkers, 0.05)
    recs = common.add_items(doc, doc.recommendations, 'recommendation', items, rec_form)
    record_item_statements(doc, recs, said)

    # ---- conclusion
    chapter(common.heading_text(v, 'chapter_conclusion'))
    start = chapter_words()
    while chapter_words() - start < per // 2:
        para(100, 200, rng.choice([0, 0, 1]))

    # ---- annex: both agendas
    if doc.layout.columns > 1:
        doc.add(Columns(1))
    prog = common.Programme(doc)
    doc.events = []
    for wi, (ws, real) in enumerate(zip(wss, reals)):
        what = v.once('annex_agenda', city=real['city'])
        atpl = v.tpl('annex_heading')
        if common.fields_of(atpl):
            kw = {}
            for f in common.fields_of(atpl):
                kw[f] = {'n': wi + 1, 'roman': common.ROMAN[wi + 1], 'letter': 'AB'[wi],
                         'title': what}.get(f, what)
            t = common.fill(atpl, **kw)
            if 'title' not in common.fields_of(atpl):
                t = '%s: %s' % (t, what) if lang != 'fr' else '%s : %s' % (t, what)
        else:
            annex = common.heading_text(v, 'annex_heading')
            t = ('%s %s : %s' if lang == 'fr' else '%s %s: %s') % (annex, common.ROMAN[wi + 1],
                                                                   what)
        doc.add(Chapter(t, t))
        line, venue = wsmod.date_line(v, ws, real)
        doc.add(Paragraph(line))
        common.emit_programme(v, doc, prog, ws, real, day_level=2)
        doc.events.append(wsmod.event_record(v, ws, real, venue=venue))
    doc.notes = NOTES % dict(long='long' if long else 'standard', km=len(doc.key_messages),
                             kmf=km_form, rec=len(doc.recommendations), recf=rec_form,
                             st=len(doc.statements), fn=n_fn[0], ses=len(doc.sessions),
                             sp=len(doc.speakers))


NOTES = (
    "Generated yearly report (fictional, %(long)s length). Title page lines, foreword, table of "
    "contents (entries = chapter titles), chapters as level-1 headings with running headers, "
    "session titles as level-2 headings. Key messages: %(km)d items (%(kmf)s); recommendations: "
    "%(rec)d items (%(recf)s); labels kept in block text, not in item text; title = the bold lead "
    "sentence. Statements: %(st)d, one per (block, named person reported as saying something); "
    "speaker = full name (also for later mentions by honorific and surname). %(fn)d footnotes, "
    "some in paragraphs that run across column or page breaks. Annexes reproduce both "
    "workshops' agendas (%(ses)d sessions, %(sp)d speaker entries, each with its event slug), "
    "same conventions as agendas.")
