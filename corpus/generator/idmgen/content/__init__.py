"""Content builders: a drawn workshop (or the year's two) -> the elements and meaning of a Doc.

Each builder: `build(rng, split, lang, doc, workshops) -> None` fills doc.title,
doc.elements, doc.footnotes (via doc.footnote), doc.events, doc.sessions, doc.speakers,
doc.key_messages, doc.recommendations, doc.statements, doc.header_odd and doc.notes.
`workshops` is the list returned by `draw_workshops` (a single workshop dict is accepted
too): agendas and summaries use one of them, concept notes one, both or only the year,
reports both.
"""
from . import agenda, concept_note, report, summary
from .workshop import draw_workshops, realize

BUILDERS = {
    'agenda': agenda.build,
    'concept_note': concept_note.build,
    'summary_of_conclusions': summary.build,
    'report': report.build,
}

__all__ = ['BUILDERS', 'draw_workshops', 'realize']
