"""Draws the Layout of one document: `draw_layout(rng, split, doc_type, producer_caps, lang)`.

Every setting is drawn from the producer's CAPS (a producer never gets what it cannot print)
and from value sets that differ between the splits, so that no heldout document shares its
typographic setting with a train document. The partition:

| setting | train | heldout |
|---|---|---|
| font | CAPS['fonts'] sorted by name, even positions (0, 2, ...) | odd positions (1, 3, ...); a producer with one font uses it in both |
| font_size (pt) | 9.5, 10, 11, 12 | 9, 10.5, 11.5 |
| leading | 1.2, 1.3 | 1.15, 1.25, 1.4 |
| margin_mm | 20, 25, 30 | 18, 22, 27 |
| column_gap_mm | 6, 8 | 5, 10, 12 |
| paper | a4 | letter (60 %), a4 |
| footer | num, dash, page_of (train formats) | outer, page_of (heldout formats) |
| settings['page_of'] | "Page {n} of {N}", "Page {n} sur {N}", "Página {n} de {N}" | "{n}/{N}", "Page {n}/{N}", "p. {n} sur {N}", "Pág. {n} de {N}", "{n} of {N}" |
| settings['notes_heading'] | Notes / Notes / Notas | Endnotes / Notes de fin / Notas finales |
| agenda form + time column | table or grid, time_width 0.20/0.22/0.25 | list (50 %), or table/grid with time_width 0.17/0.28/0.30 |
| footnotes | 'foot' (page or column foot) | 'end' (50 %) or 'foot' |
| one-column justify/hyphenate | justified + hyphenated, or ragged without hyphenation | justified without hyphenation (loose lines), or ragged + hyphenated |
| settings['toc_leaders'] | dot leaders | none |

Two-column text (concept notes, summaries, report chapters; 35 % of them where the producer
can set two columns) is justified and hyphenated in both splits when the producer hyphenates:
narrow justified columns that hyphenate are what the pipeline has to undo. Not partitioned:
the header kind ('none' / 'title'; reports 'book' where the producer can set twoside),
paragraph_style ('space' / 'indent'), title pages and tables of contents of reports.
A producer that cannot print footnotes at the foot of pages (CAPS['foot_footnotes'] false)
uses endnotes in both splits.

Extra settings: 'long' (reports: the content builder writes a long report, 50+ pages;
set by the plan). `want` (from the plan) forces fields or settings when the producer allows
them: {'columns': 2, 'long': True, ...}. Header and footer kinds are drawn within
CAPS['headers'] / CAPS['footers'] when the producer lists them.
"""
from __future__ import annotations

from .model import Layout

SIZES = {'train': [9.5, 10.0, 11.0, 12.0], 'heldout': [9.0, 10.5, 11.5]}
LEADING = {'train': [1.2, 1.3], 'heldout': [1.15, 1.25, 1.4]}
MARGINS = {'train': [20.0, 25.0, 30.0], 'heldout': [18.0, 22.0, 27.0]}
GAPS = {'train': [6.0, 8.0], 'heldout': [5.0, 10.0, 12.0]}
TIME_WIDTHS = {'train': [0.20, 0.22, 0.25], 'heldout': [0.17, 0.28, 0.30]}
FOOTERS = {'train': ['num', 'dash', 'page_of'], 'heldout': ['outer', 'page_of']}
PAGE_OF = {
    'train': {'fr': ['Page {n} sur {N}'], 'en': ['Page {n} of {N}'], 'es': ['Página {n} de {N}']},
    'heldout': {'fr': ['{n}/{N}', 'p. {n} sur {N}'], 'en': ['{n}/{N}', 'Page {n}/{N}', '{n} of {N}'],
                'es': ['{n}/{N}', 'Pág. {n} de {N}']},
}
NOTES_HEADING = {
    'train': {'fr': ['Notes'], 'en': ['Notes'], 'es': ['Notas']},
    'heldout': {'fr': ['Notes de fin'], 'en': ['Endnotes'], 'es': ['Notas finales']},
}
TWO_COLUMN_TYPES = ('concept_note', 'summary_of_conclusions', 'report')


def fonts_for(split, caps) -> list:
    """The producer's fonts that `split` may use (fixed rule: sorted, even/odd positions)."""
    fonts = sorted(caps.get('fonts') or [''])
    if len(fonts) == 1:
        return fonts
    return fonts[0::2] if split == 'train' else fonts[1::2]


def draw_layout(rng, split, doc_type, producer_caps, lang='en', want=None) -> Layout:
    caps = producer_caps or {}
    want = dict(want or {})
    held = split == 'heldout'
    L = Layout()
    max_cols = int(caps.get('columns', 1) or 1)
    can_hyph = bool(caps.get('hyphenate', False))
    forms = [f for f in ('table', 'grid', 'list') if f in (caps.get('agenda_forms') or ['table'])]
    forms = forms or ['table']

    # ---- type and size
    L.font = rng.choice(fonts_for(split, caps))
    L.font_size = rng.choice(SIZES[split])
    L.leading = rng.choice(LEADING[split])
    L.margin_mm = rng.choice(MARGINS[split])
    L.column_gap_mm = rng.choice(GAPS[split])
    L.paper = ('letter' if rng.random() < 0.6 else 'a4') if held else 'a4'
    L.paragraph_style = 'indent' if rng.random() < 0.35 else 'space'

    # ---- columns
    cols = 1
    if doc_type in TWO_COLUMN_TYPES and max_cols >= 2 and rng.random() < 0.35:
        cols = 2
    if 'columns' in want:
        cols = min(int(want.pop('columns')), max_cols)
    L.columns = cols

    # ---- justification / hyphenation
    if cols == 2:
        L.justify, L.hyphenate = True, can_hyph
    elif not held:
        L.justify, L.hyphenate = (True, can_hyph) if rng.random() < 0.7 else (False, False)
    else:
        L.justify, L.hyphenate = (True, False) if (rng.random() < 0.6 or not can_hyph) \
            else (False, True)

    # ---- header / footer (within CAPS['headers'] / CAPS['footers'] when the producer
    # lists them)
    headers = caps.get('headers') or ['none', 'title', 'book']
    footers = [f for f in FOOTERS[split] if f in (caps.get('footers') or FOOTERS[split])] \
        or list(caps.get('footers') or ['num'])
    twoside = doc_type == 'report' and bool(caps.get('twoside')) and 'book' in headers \
        and rng.random() < 0.75
    if twoside:
        L.twoside, L.header = True, 'book'
    else:
        choices = ['title', 'title', 'none'] if doc_type != 'report' else ['title']
        choices = [h for h in choices if h in headers] or ['none']
        L.header = rng.choice(choices)
    L.footer = rng.choice(footers)
    L.settings['page_of'] = rng.choice(PAGE_OF[split][lang])
    L.settings['notes_heading'] = rng.choice(NOTES_HEADING[split][lang])

    # ---- agenda
    if held and 'list' in forms and rng.random() < 0.5:
        L.agenda_form = 'list'
    else:
        tg = [f for f in forms if f in ('table', 'grid')] or forms
        L.agenda_form = rng.choice(tg)
    L.time_width = rng.choice(TIME_WIDTHS[split])

    # ---- notes
    if caps.get('foot_footnotes', True):
        L.footnotes = ('end' if rng.random() < 0.5 else 'foot') if held else 'foot'
    else:
        L.footnotes = 'end'

    L.settings['toc_leaders'] = not held

    # ---- what the plan forces
    for k, v in want.items():
        if k == 'twoside':
            if v and caps.get('twoside'):
                L.twoside, L.header = True, 'book'
            elif not v:
                L.twoside = False
                if L.header == 'book':
                    L.header = 'title'
        elif k == 'agenda_form':
            if v in forms:
                L.agenda_form = v
        elif k == 'footnotes':
            if v == 'end' or caps.get('foot_footnotes', True):
                L.footnotes = v
        elif hasattr(L, k) and k != 'settings':
            setattr(L, k, v)
        else:
            L.settings[k] = v
    return L


def describe(layout: Layout, caps=None) -> str:
    """One sentence for the gold's notes."""
    L = layout
    bits = ['%s %g pt (leading %g)' % (L.font or 'default font', L.font_size, L.leading),
            '%d column%s' % (L.columns, 's' if L.columns > 1 else ''),
            'justified' if L.justify else 'ragged right',
            'hyphenated' if L.hyphenate else 'no hyphenation',
            '%s paper, %g mm margins' % (L.paper, L.margin_mm),
            'paragraphs: %s' % L.paragraph_style,
            'header %s%s' % (L.header, ' (twoside)' if L.twoside else ''),
            'footer %s%s' % (L.footer, (' "%s"' % L.settings.get('page_of'))
                             if L.footer == 'page_of' else ''),
            'footnotes %s' % ('at the page/column foot' if L.footnotes == 'foot'
                              else 'as endnotes under "%s"' % L.settings.get('notes_heading')),
            'agenda form %s (time column %g of the width)' % (L.agenda_form, L.time_width)]
    return '; '.join(bits)
