"""The draw of the corpus: which documents, in which split, typeset by which producer.

`make_plan(seed)` -> [Entry], deterministic for a seed (no dependence on the machine: the
producers' CAPS are read only when a document is built, by layouts.draw_layout).

The corpus (seed 'idm-corpus-1'):

- 129 born-digital documents: per language (fr, en, es): 14 agendas (9 train, 5 heldout),
  12 concept notes (8 / 4), 12 summaries of conclusions (8 / 4), 5 yearly reports (3 / 2).
  Every doc type x language is in both splits. Reports have a title page, foreword, Toc,
  chapters and an annex with the agendas of both workshops; two of them (one per split) are
  'long' (more words, set in the split's largest type and margins: 70 pages and more), the
  others 30-55 pages.
- 8 scans (5 train, 3 heldout): image-only copies of short agendas and concept notes of the
  same split (the born-digital source keeps its name, the scan adds '-scan'), set in the
  split's smallest type and margins; their source is drawn again (sub-seeds ':r1', ':r2', ...) until it typesets on at most 3 pages. Any
  document whose producer cannot print a letter of the drawn names (groff's GlyphError) is
  drawn again the same way.
- 20 non-agenda documents are asked for two columns (where the producer can), on top of the
  35 % that layouts.py draws anyway: at least 12 two-column documents.
- About 35 % heldout: 48 of 137.

The split partition (what heldout draws that train never uses):

- phrasing: the heldout variants of every phrasing key (idmgen/phrasing, content/common.LOCAL);
- people and places: the heldout halves of people.py and places.py;
- layouts: the heldout value sets of layouts.py (fonts, sizes, leading, margins, gaps,
  paper, footer kinds, page-of formats, notes headings, agenda forms, endnotes,
  justification/hyphenation) - see its docstring;
- producers: 'reportlab_pdf' (ReportLab) and 'libreoffice' (LibreOffice from a flat ODT) are
  used only in heldout; train uses chromium, weasyprint, gropdf, ghostscript, pdflatex
  (also used in heldout, with heldout settings).

Names: gen-<NNN>-<short>-<lang>[-scan], NNN = the document's number (its random draw is
random.Random(f'{seed}:{NNN}')); short = agenda | concept-note | summary | report.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Optional

from . import layouts

SEED = 'idm-corpus-1'
LANGS = ('fr', 'en', 'es')
TYPES = ('agenda', 'concept_note', 'summary_of_conclusions', 'report')
SHORT = {'agenda': 'agenda', 'concept_note': 'concept-note',
         'summary_of_conclusions': 'summary', 'report': 'report'}
# per language: (train, heldout)
COUNTS = {'agenda': (9, 5), 'concept_note': (8, 4), 'summary_of_conclusions': (8, 4),
          'report': (3, 2)}
TRAIN_PRODUCERS = ('chromium', 'weasyprint', 'gropdf', 'ghostscript', 'pdflatex')
HELDOUT_ONLY = ('reportlab_pdf', 'libreoffice')
HELDOUT_PRODUCERS = TRAIN_PRODUCERS + HELDOUT_ONLY
SCANS = {'train': 5, 'heldout': 3}
TWO_COLUMN_ASKED = 20
LONG_REPORTS = {'train': 1, 'heldout': 1}
SCAN_ATTEMPTS = 8
GLYPH_ATTEMPTS = 12
SCAN_MAX_PAGES = 3


@dataclass
class Entry:
    number: int
    name: str
    split: str
    doc_type: str
    lang: str
    producer: str
    want: dict = field(default_factory=dict)   # layout fields/settings the plan forces
    scan: Optional[str] = None                 # name of the scan made of this document

    @property
    def names(self):
        return [self.name] + ([self.scan] if self.scan else [])


def make_plan(seed=SEED) -> list:
    rng = random.Random('%s:plan' % seed)
    rows = []
    for t in TYPES:
        for lang in LANGS:
            ntrain, nheld = COUNTS[t]
            rows += [(t, lang, 'train')] * ntrain + [(t, lang, 'heldout')] * nheld
    rng.shuffle(rows)
    entries = []
    for i, (t, lang, split) in enumerate(rows, 1):
        entries.append(Entry(i, 'gen-%03d-%s-%s' % (i, SHORT[t], lang), split, t, lang, ''))

    # ---- producers: per split and doc type, a shuffled cycle over the split's producers
    for split, prods in (('train', TRAIN_PRODUCERS), ('heldout', HELDOUT_PRODUCERS)):
        cycle = list(prods)
        rng.shuffle(cycle)
        k = 0
        for t in TYPES:
            for e in entries:
                if e.split == split and e.doc_type == t:
                    e.producer = cycle[k % len(cycle)]
                    k += 1

    # ---- long reports
    for split, n in LONG_REPORTS.items():
        reps = [e for e in entries if e.split == split and e.doc_type == 'report']
        longs = rng.sample(reps, n)
        for e in reps:
            e.want['long'] = e in longs
            if e in longs:
                # the largest type, leading and margins of the split: 70 pages and more
                e.want.update(font_size=max(layouts.SIZES[split]),
                              leading=max(layouts.LEADING[split]),
                              margin_mm=max(layouts.MARGINS[split]))

    # ---- two columns asked
    cands = [e for e in entries if e.doc_type in ('concept_note', 'summary_of_conclusions',
                                                    'report')]
    for e in rng.sample(cands, TWO_COLUMN_ASKED):
        e.want['columns'] = 2

    # ---- scans: short agendas / concept notes, spread over languages
    for split, n in SCANS.items():
        cands = [e for e in entries if e.split == split and e.doc_type in ('agenda', 'concept_note')
                 and 'columns' not in e.want]
        rng.shuffle(cands)
        picked, langs = [], []
        for e in cands:
            if len(picked) >= n:
                break
            if langs.count(e.lang) >= (n + 2) // 3:
                continue
            picked.append(e)
            langs.append(e.lang)
        for e in picked:
            e.scan = e.name + '-scan'
            # the split's smallest type and margins, so that it fits on 1-3 pages
            e.want.update(font_size=min(layouts.SIZES[split]),
                          margin_mm=min(layouts.MARGINS[split]),
                          leading=min(layouts.LEADING[split]))
    return entries


def by_name(entries) -> dict:
    out = {}
    for e in entries:
        for n in e.names:
            out[n] = e
    return out


def summary(entries) -> str:
    from collections import Counter
    c = Counter((e.split, e.doc_type) for e in entries)
    s = Counter(e.split for e in entries if e.scan)
    p = Counter((e.split, e.producer) for e in entries)
    lines = ['%-8s %-24s %3d' % (k[0], k[1], v) for k, v in sorted(c.items())]
    lines += ['%-8s %-24s %3d' % (k[0], 'producer ' + k[1], v) for k, v in sorted(p.items())]
    lines += ['%-8s %-24s %3d' % (k, 'scans', v) for k, v in sorted(s.items())]
    return '\n'.join(lines)
