"""Producer 'weasyprint': Doc -> HTML (html_common) -> WeasyPrint 57 (Debian, CLI run by
/usr/bin/python3's `weasyprint`).

Running chapter titles on odd pages (string-set), footnotes at the page foot (float:
footnote), Toc page numbers (target-counter), recto chapters with blank pages (break-before:
right), hyphenation through pyphen (needs /usr/share/hyphen/hyph_<lang>*.dic: Debian
hyphen-fr, hyphen-es; en is there by default). Dates come from the dcterms.created/modified
meta elements (2030-01-01) and are pinned again afterwards; the /ID is fixed by
--pdf-identifier.

WeasyPrint 57's page-foot notes sometimes go wrong (notes pushed to extra pages that carry
nothing else, no header, no footer). render() checks the PDF for such pages; when it finds
one it sets doc.layout.footnotes = 'end' and typesets again (endnotes), so the Doc the gold
writer reads afterwards describes what was printed."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import unicodedata

from .common import ProducerError, pin_pdf_dates, run
from .html_common import FONTS, to_html

CAPS = {
    'columns': 2,
    'twoside': True,
    'foot_footnotes': True,
    'toc_pages': True,
    'agenda_forms': ['table', 'grid', 'list'],
    'fonts': list(FONTS),
    'hyphenate': True,
    'headers': ['none', 'title', 'book'],
    'footers': ['num', 'dash', 'page_of', 'outer'],
}

WEASYPRINT = '/usr/bin/weasyprint'


def _compact(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    return ''.join(c for c in s if c.isalnum())


def _notes_only_pages(doc, pdf):
    """Pages whose whole text is made of footnotes (the WeasyPrint overflow symptom)."""
    notes = _compact(''.join('%d%s' % (n, re.sub(r'<[^>]*>|\{\{fn:\d+\}\}', '', t))
                             for n, t in enumerate(doc.footnotes, 1)))
    text = run(['pdftotext', '-enc', 'UTF-8', pdf, '-'])
    bad = []
    for k, page in enumerate(text.split('\f'), 1):
        c = _compact(page)
        if c and c in notes:
            bad.append(k)
    return bad


def render(doc, workdir, out_pdf):
    _render(doc, workdir, out_pdf)
    if doc.footnotes and doc.layout.footnotes != 'end' and _notes_only_pages(doc, out_pdf):
        doc.layout.footnotes = 'end'
        doc.layout.settings['footnotes_fallback'] = 'weasyprint: notes-only pages'
        _render(doc, workdir, out_pdf)


def _render(doc, workdir, out_pdf):
    os.makedirs(workdir, exist_ok=True)
    source = to_html(doc, 'weasyprint')
    name = doc.name + '.html'
    with open(os.path.join(workdir, name), 'w', encoding='utf-8') as fh:
        fh.write(source)
    tmp_pdf = doc.name + '.weasyprint.pdf'
    ident = hashlib.md5(source.encode('utf-8')).hexdigest()[:16]
    # relative paths and cwd=workdir: no absolute path can reach the PDF
    run([WEASYPRINT, '-q', '--pdf-identifier', ident, '-u', 'file:///', name, tmp_pdf],
        cwd=workdir, env={'HOME': workdir, 'XDG_CACHE_HOME': os.path.join(workdir, '.cache')},
        timeout=600)
    path = os.path.join(workdir, tmp_pdf)
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise ProducerError('weasyprint: no PDF written for %s' % doc.name)
    pin_pdf_dates(path)
    shutil.move(path, out_pdf)
