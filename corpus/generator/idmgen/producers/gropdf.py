"""Producer 'gropdf': Doc -> groff -ms source (groff_ms) -> groff -Tpdf (gropdf, fonts
embedded). See groff_ms for what is printed. Dates and /ID are pinned afterwards."""
from __future__ import annotations

import os

from . import groff_ms
from .common import ProducerError, pin_pdf_dates

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
    data = groff_ms.build(doc, workdir, 'pdf')
    if not data.startswith(b'%PDF'):
        raise ProducerError('gropdf: no PDF for %s' % doc.name)
    tmp = os.path.join(workdir, doc.name + '.gropdf.pdf')
    with open(tmp, 'wb') as fh:
        fh.write(data)
    pin_pdf_dates(tmp)
    os.replace(tmp, out_pdf)
