"""Concept note of an IDM year or of one workshop (2-6 pages)."""
from __future__ import annotations

from ..model import Heading, ListItem, Paragraph
from . import common, workshop as wsmod


class _Numbers:
    """Section numbers '1.', '1.1' when the note numbers its headings."""

    def __init__(self, on):
        self.on, self.major, self.minor = on, 0, 0

    def h1(self, text):
        if not self.on:
            return text
        self.major += 1
        self.minor = 0
        return '%d. %s' % (self.major, text)

    def h2(self, text):
        if not self.on or not self.major:
            return text
        self.minor += 1
        return '%d.%d %s' % (self.major, self.minor, text)


def _item_text(rng, lang, end=None):
    s = common.sentences(rng, lang, 8, 40, max_sentences=2)
    t = ' '.join(s)
    if end:
        t = t.rstrip('.').rstrip() + end
    return t


def build(rng, split, lang, doc, workshops):
    wss = [workshops] if isinstance(workshops, dict) else list(workshops)
    v = common.Voice(rng, lang, split)
    mode = rng.choice(['one', 'one', 'two', 'year']) if len(wss) > 1 else \
        rng.choice(['one', 'one', 'year'])
    if mode == 'one':
        wss = [rng.choice(wss)]
    reals = [wsmod.realize(ws, v) for ws in wss]
    ws, real = wss[0], reals[0]
    nums = _Numbers(rng.random() < 0.4)
    sub_level = 3 if rng.random() < 0.6 else 2
    main_level = sub_level - 1

    # ---- title block
    series = v.once('series', year=ws['year'])
    title = v.once('concept_note_title', year=ws['year'])
    doc.title = title
    doc.header_odd = title
    venue = None
    doc.add(Heading(2, series))
    doc.add(Heading(1, title))
    doc.add((Heading(2, real['theme']) if rng.random() < 0.5 else Paragraph(real['theme'])))
    if mode == 'one':
        line, venue = wsmod.date_line(v, ws, real)
        doc.add(Paragraph(line))

    target = rng.randint(900, 2800)         # words of body text: 2 to 6 pages
    n_fn = 0

    def para(lo, hi, notes=0, label=None):
        nonlocal n_fn
        n_fn += notes
        return doc.add(Paragraph(common.paragraph(rng, lang, lo, hi, doc=doc, notes=notes),
                                 label=label))

    # ---- background
    doc.add(Heading(main_level, nums.h1(common.heading_text(v, 'background_heading'))))
    for i in range(rng.randint(2, 5)):
        long = i < 2 or rng.random() < 0.4
        para(120, 200, rng.choice([0, 1, 1, 2]), 'background') if long else \
            para(50, 110, rng.choice([0, 0, 1]), 'background')
    if mode == 'two':
        r1, r2 = reals
        doc.add(Paragraph(' '.join(common.sentences(rng, lang, 20, 50)) + ' ' +
                          v.once('events_sentence', city1=r1['city'], city2=r2['city'],
                                 dates1=common.dates_text(v, wss[0]),
                                 dates2=common.dates_text(v, wss[1]))))

    # ---- objectives: numbered list with lettered sub-items, or bullets with dashes
    doc.add(Heading(main_level, nums.h1(common.heading_text(v, 'h_objectives'))))
    doc.add(Paragraph(_item_text(rng, lang, ':' if lang == 'en' or lang == 'es' else ' :')))
    numbered = rng.random() < 0.55
    n_items = rng.randint(3, 6)
    sub_at = rng.randrange(n_items) if rng.random() < 0.7 else -1
    mk_n = rng.choice(['%d)', '%d.', '%d)']) if split == 'train' else rng.choice(['%d)', '(%d)', '%d.'])
    for i in range(1, n_items + 1):
        marker = (mk_n % i) if numbered else rng.choice(['•']) if split == 'train' else '▪'
        doc.add(ListItem(marker, _item_text(rng, lang)))
        if i - 1 == sub_at:
            for j in range(rng.randint(2, 3)):
                sm = ('abc'[j] + ')') if numbered else '–'
                doc.add(ListItem(sm, _item_text(rng, lang), depth=1))

    # ---- figure
    n_fig = 0
    if rng.random() < 0.75:
        n_fig += 1
        doc.add(common.caption(v, rng, n_fig, photo=rng.random() < 0.3))

    # ---- issues: subsections
    doc.add(Heading(main_level, nums.h1(common.heading_text(v, 'issues_heading'))))
    prose = common._prose()
    words = sum(common.words(e.text) for e in doc.elements if hasattr(e, 'text'))
    k = 0
    while words < target and k < 8:
        k += 1
        if rng.random() < 0.7:
            doc.add(Heading(sub_level, nums.h2(prose.session_title(rng, lang, split))))
        for i in range(rng.randint(1, 3)):
            long = rng.random() < 0.45
            el = para(120, 200, rng.choice([0, 1, 1]), 'background') if long else \
                para(40, 110, rng.choice([0, 0, 1]), 'background')
            words += common.words(el.text)
        if k == 2 and n_fig and rng.random() < 0.4:
            n_fig += 1
            doc.add(common.caption(v, rng, n_fig))

    # ---- guiding questions
    doc.add(Heading(main_level, nums.h1(common.heading_text(v, 'h_questions'))))
    if rng.random() < 0.6:
        doc.add(Paragraph(v.once('questions_intro')))
    qmark = '•' if split == 'train' else rng.choice(['•', '▪'])
    for _ in range(rng.randint(3, 6)):
        doc.add(ListItem(qmark, prose.question(rng, lang), label='discussion_question'))

    # ---- format / outcomes
    doc.add(Heading(main_level, nums.h1(common.heading_text(v, 'h_format'))))
    para(60, 150, rng.choice([0, 1]))
    if rng.random() < 0.5:
        doc.add(Heading(main_level, nums.h1(common.heading_text(v, 'h_outcomes'))))
        para(40, 120)

    if mode == 'year':
        doc.events = [wsmod.event_record(v, ws, real, with_dates=False)]
    elif mode == 'two':
        doc.events = [wsmod.event_record(v, w, r) for w, r in zip(wss, reals)]
    else:
        doc.events = [wsmod.event_record(v, ws, real, venue=venue)]
    doc.notes = NOTES % dict(mode={'one': 'one workshop with its date line',
                                   'two': 'both workshops of the year (dates in a sentence)',
                                   'year': 'the year and theme only (slug = the year)'}[mode],
                             nums='numbered' if nums.on else 'unnumbered', fn=n_fn, fig=n_fig)


NOTES = (
    "Generated concept note (fictional). Events: %(mode)s. Headings %(nums)s; background "
    "paragraphs labelled background, some long enough to run across a column or page break "
    "(one block, page = where it starts). %(fn)d footnote(s); calls stay inline as digits. "
    "Numbered items keep their label in the block text ('1)', 'a)'), bullets are dropped. "
    "Guiding questions are list_item/discussion_question. %(fig)d figure caption(s) under empty "
    "frames.")
