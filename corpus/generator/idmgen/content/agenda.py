"""Agenda ("Ordre du jour" / "Agenda" / "Programa") of one workshop."""
from __future__ import annotations

from ..model import Heading, Paragraph
from . import common, workshop as wsmod


def _one(workshops, rng):
    if isinstance(workshops, dict):
        return workshops
    ws = list(workshops)
    return ws[0] if len(ws) == 1 else rng.choice(ws)


def title_block(v, doc, rng, ws, real, title_key, title_first=None):
    """Series line, theme, date line and the document title, in a drawn order. Returns
    (title text, venue printed or None)."""
    series = v.once('series', year=ws['year'])
    title = v.once(title_key, year=ws['year']) if common.fields_of(v.tpl(title_key)) <= {'year'} \
        else v.once(title_key, year=ws['year'], city=real['city'])
    line, venue = wsmod.date_line(v, ws, real)
    if title_first is None:
        title_first = rng.random() < 0.25
    if title_first:
        doc.add(Heading(1, title))
        doc.add(Heading(2, series))
        doc.add(Heading(2, real['theme']))
        doc.add(Paragraph(line))
    else:
        doc.add(Heading(2, series))
        doc.add(Heading(1, real['theme']))
        if rng.random() < 0.5:
            doc.add(Paragraph(line))
            doc.add(Heading(2, title))
        else:
            doc.add(Heading(2, title))
            doc.add(Paragraph(line))
    return title, venue


def build(rng, split, lang, doc, workshops):
    ws = _one(workshops, rng)
    v = common.Voice(rng, lang, split)
    real = wsmod.realize(ws, v)
    prog = common.Programme(doc)
    title, venue = title_block(v, doc, rng, ws, real, 'agenda_title')
    doc.title = real['theme']
    doc.header_odd = title
    n_intro = rng.choice([0, 0, 1] if ws.get('compact') else [0, 0, 1, 2, 3, 4])
    n_notes = 0
    for i in range(n_intro):
        notes = rng.choice([0, 0, 1, 2]) if i < 3 else 0
        n_notes += notes
        doc.add(Paragraph(common.paragraph(rng, lang, 50, 160, doc=doc, notes=notes)))
    day_headings = rng.random() < 0.9
    common.emit_programme(v, doc, prog, ws, real, day_level=rng.choice([2, 2, 3]),
                          day_headings=day_headings)
    doc.events = [wsmod.event_record(v, ws, real, venue=venue)]
    doc.notes = NOTES % dict(intro=n_intro, notes=n_notes)


NOTES = (
    "Generated agenda (fictional). Title block: series line and theme as headings, date/venue "
    "line as a paragraph, the agenda title as a heading. %(intro)d introductory paragraph(s), "
    "%(notes)d footnote(s). Each agenda row is a Slot: time and title as printed (title without "
    "the time is the session title), then description, venue line (side events: the session's "
    "venue is the text after the label), guiding questions (list_item/discussion_question) and "
    "role groups: inline lines 'Label: entry' (one paragraph per person) or a label line then "
    "bullet entries. Nested panels: a bold paragraph with the panel title, kind panel with the "
    "times of the enclosing slot; the session's moderator belongs to the session, panellists to "
    "their panel. function = the whole entry after the name as printed; '(note)' goes to note. "
    "Speakers printed without honorific have none. Times are normalised to 24-hour HH:MM.")
