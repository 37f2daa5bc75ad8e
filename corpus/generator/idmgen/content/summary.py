"""Summary of conclusions of one workshop: key messages, recommendations, statements."""
from __future__ import annotations

from ..model import Heading, Paragraph
from . import common, workshop as wsmod
from .agenda import _one

FORMS = {'train': ['num_dot', 'num_paren', 'heading', 'lead_para', 'lettered'],
         'heldout': ['paren_num', 'lettered_paren', 'num_paren', 'heading', 'lead_para']}


def programme_people(ws, real, roles=None):
    """Realised people of the workshop's programme, in order of appearance, with the role of
    their first appearance."""
    seen, out = set(), []
    for day in ws['days']:
        for slot in day['slots']:
            groups = list(slot['groups']) + [g for p in slot.get('panels', ()) for g in p['groups']]
            for g in groups:
                for spec in g['people']:
                    if spec['pid'] in seen:
                        continue
                    if roles and g['role'] not in roles:
                        continue
                    seen.add(spec['pid'])
                    p = dict(real['people'][spec['pid']])
                    p['_role'] = g['role']
                    out.append(p)
    return out


def items_with_statements(rng, lang, quoter, n, people, p_quote=0.3):
    """[(lead, rest)] plus the statements to record once the items are printed:
    {index: [(person, func, later)]}."""
    items, said = [], {}
    for i in range(n):
        lead, rest = common.lead_and_rest(rng, lang, 20, 90)
        if people and rng.random() < p_quote:
            p = rng.choice(people)
            s, func, later = quoter.sentence(p)
            rest = rest + ' ' + s if rng.random() < 0.7 else s + ' ' + rest
            said[i] = [(p, func, later)]
        items.append((lead, rest))
    return items, said


def record_item_statements(doc, recs, said):
    for i, lst in said.items():
        el = recs[i]['_el']
        for p, func, later in lst:
            common.record_statement(doc, p, func, el, later)


def build(rng, split, lang, doc, workshops):
    ws = _one(workshops, rng)
    v = common.Voice(rng, lang, split)
    real = wsmod.realize(ws, v)
    q = common.Quoter(v, doc, rng)
    everyone = programme_people(ws, real)
    openers = [p for p in everyone if p['_role'] == 'opening']
    closers = [p for p in everyone if p['_role'] == 'closing']
    talkers = [p for p in everyone if p['_role'] in ('speaker', 'presenter')] or everyone

    # ---- title block
    series = v.once('series', year=ws['year'])
    title = v.once('summary_title')
    doc.title = title
    doc.header_odd = title
    line, venue = wsmod.date_line(v, ws, real)
    order = rng.choice(['series-theme-line-title', 'series-title-theme-line',
                        'title-series-line'])
    for part in order.split('-'):
        if part == 'series':
            doc.add(Heading(2, series))
        elif part == 'theme':
            doc.add(Heading(2 if order.startswith('series-title') else 1, real['theme']))
        elif part == 'line':
            if order == 'title-series-line':
                doc.add(Paragraph('%s. %s' % (real['theme'].rstrip('.'), line)))
            else:
                doc.add(Paragraph(line))
        elif part == 'title':
            doc.add(Heading(1, title))
    n_fn = 0
    sec = 2

    # ---- introduction and opening statements
    if rng.random() < 0.5:
        doc.add(Heading(sec, common.heading_text(v, 'h_intro')))
    for i in range(rng.randint(1, 3)):
        notes = 1 if rng.random() < 0.3 else 0
        n_fn += notes
        doc.add(Paragraph(common.paragraph(rng, lang, 50, 170, doc=doc, notes=notes)))
    if openers:
        if rng.random() < 0.3:
            doc.add(Heading(sec, common.heading_text(v, 'h_opening')))
        ops = openers[:rng.randint(1, min(2, len(openers)))]
        if len(ops) == 2 and rng.random() < 0.4:
            q.paragraph(ops)
        else:
            for p in ops:
                q.paragraph([p])
    n_cap = 0
    if rng.random() < 0.4:
        n_cap += 1
        doc.add(common.caption(v, rng, n_cap, photo=True))

    # ---- key messages
    forms = FORMS[split]
    km_form = rng.choice(forms)
    doc.add(Heading(sec, common.heading_text(v, 'key_messages_heading')))
    if rng.random() < 0.7:
        doc.add(Paragraph(v.once('km_intro')))
    items, said = items_with_statements(rng, lang, q, rng.randint(4, 9), talkers)
    recs = common.add_items(doc, doc.key_messages, 'key_message', items, km_form,
                            bold=rng.random() < 0.85, heading_level=sec + 1)
    record_item_statements(doc, recs, said)

    # ---- discussion: statement paragraphs (one or two people, later mentions)
    doc.add(Heading(sec, common.heading_text(v, 'h_discussion')))
    pool = talkers[:]
    rng.shuffle(pool)
    for i in range(rng.randint(3, 7)):
        if not pool:
            pool = talkers[:]
        if len(pool) >= 2 and rng.random() < 0.3:
            ps = [pool.pop(), pool.pop()]
        elif rng.random() < 0.25 and q.named:
            named = [p for p in everyone if p['name'] in q.named]
            ps = [rng.choice(named)]
        else:
            ps = [pool.pop()]
        notes = 1 if rng.random() < 0.15 else 0
        n_fn += notes
        q.paragraph(ps, notes=notes)
        if rng.random() < 0.3:
            doc.add(Paragraph(common.paragraph(rng, lang, 40, 120)))

    # ---- recommendations
    rec_forms = [f for f in forms if f != km_form] or forms
    rec_form = rng.choice(rec_forms)
    doc.add(Heading(sec, common.heading_text(v, 'recommendations_heading')))
    if rng.random() < 0.7:
        doc.add(Paragraph(v.once('rec_intro')))
    items, said = items_with_statements(rng, lang, q, rng.randint(3, 8), talkers, 0.1)
    recs = common.add_items(doc, doc.recommendations, 'recommendation', items, rec_form,
                            bold=rng.random() < 0.8, heading_level=sec + 1)
    record_item_statements(doc, recs, said)

    # ---- closing
    if closers or rng.random() < 0.5:
        doc.add(Heading(sec, common.heading_text(v, 'h_closing')))
        if closers:
            q.paragraph(closers[:1], before=False)
        else:
            doc.add(Paragraph(common.paragraph(rng, lang, 40, 100)))

    doc.events = [wsmod.event_record(v, ws, real, venue=venue)]
    doc.notes = NOTES % dict(km=len(doc.key_messages), kmf=km_form, rec=len(doc.recommendations),
                             recf=rec_form, st=len(doc.statements), fn=n_fn)


NOTES = (
    "Generated summary of conclusions (fictional). Key messages: %(km)d items, form %(kmf)s; "
    "recommendations: %(rec)d items, form %(recf)s (forms: 'num_dot' 1. / 'num_paren' 1) / "
    "'paren_num' (1) / 'lettered' a) / 'lettered_paren' (a) list items labelled key_message or "
    "recommendation, the label kept in the block text but not in the item text; 'heading': a "
    "numbered heading '1. Lead' then a paragraph, title = the heading without its number, text "
    "= heading + paragraph; 'lead_para': a paragraph opening with a bold lead sentence, number = "
    "order). Title = the lead sentence. Statements: %(st)d, one per (block, named person "
    "reported as saying something); speaker = the full name even where the block names the "
    "person by honorific and surname after a first full mention; function only where printed "
    "with the statement; text = the whole block. %(fn)d footnote(s).")
