"""Producer 'ghostscript': Doc -> groff -ms source (groff_ms) -> groff -Tps (grops) ->
ps2pdf (Ghostscript) with SOURCE_DATE_EPOCH. See groff_ms for what is printed. Dates and /ID
are pinned afterwards."""
from __future__ import annotations

import os

from . import groff_ms
from .common import ProducerError, pin_pdf_dates, run

CAPS = {
    'columns': 2,
    'twoside': True,
    'foot_footnotes': True,
    'toc_pages': True,
    'agenda_forms': ['table', 'grid', 'list'],
    'fonts': sorted(groff_ms.FAMILIES),
    'hyphenate': True,
    'headers': ['none', 'title', 'book'],
    'footers': ['num', 'dash', 'page_of', 'outer'],
}


def render(doc, workdir, out_pdf):
    data = groff_ms.build(doc, workdir, 'ps')
    ps = doc.name + '.ps'
    pdf = doc.name + '.gs.pdf'
    with open(os.path.join(workdir, ps), 'wb') as fh:
        fh.write(data)
    paper = 'letter' if doc.layout.paper == 'letter' else 'a4'
    # relative names and cwd=workdir: no absolute path reaches the PDF
    run(['ps2pdf', '-dPDFSETTINGS=/prepress', '-sPAPERSIZE=%s' % paper, '-dFIXEDMEDIA',
         '-dAutoRotatePages=/None', ps, pdf], cwd=workdir)
    path = os.path.join(workdir, pdf)
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise ProducerError('ps2pdf: no PDF written for %s' % doc.name)
    pin_pdf_dates(path)
    os.replace(path, out_pdf)
