"""Producer 'chromium': Doc -> HTML (html_common) -> headless Chromium --print-to-pdf.

Chromium has no page-foot footnotes (notes go to an endnotes section), no running chapter
titles (no string-set) and no Toc page numbers; its Linux build ships no hyphenation
dictionaries (they come through the component updater, which is disabled), so it does not
hyphenate."""
from __future__ import annotations

import os
import shutil

from .common import ProducerError, pin_pdf_dates, run
from .html_common import FONTS, to_html

CAPS = {
    'columns': 2,
    'twoside': False,
    'foot_footnotes': False,
    'toc_pages': False,
    'agenda_forms': ['table', 'grid', 'list'],
    'fonts': list(FONTS),
    'hyphenate': False,
    'headers': ['none', 'title'],
    'footers': ['num', 'dash', 'page_of', 'outer'],
}

FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         '--disable-extensions', '--disable-default-apps', '--mute-audio',
         '--no-pdf-header-footer', '--hide-scrollbars']


def render(doc, workdir, out_pdf):
    lay = doc.layout
    if lay.header == 'book':
        raise ProducerError('chromium: header "book" (running chapter titles) not supported')
    if doc.footnotes and lay.footnotes != 'end':
        lay.footnotes = 'end'          # what is printed: endnotes (the gold reads the Layout)
    os.makedirs(workdir, exist_ok=True)
    src = os.path.join(workdir, doc.name + '.html')
    with open(src, 'w', encoding='utf-8') as fh:
        fh.write(to_html(doc, 'chromium'))
    profile = os.path.join(workdir, 'chromium-profile')
    shutil.rmtree(profile, ignore_errors=True)
    os.makedirs(profile)
    tmp_pdf = os.path.join(workdir, doc.name + '.chromium.pdf')
    if os.path.exists(tmp_pdf):
        os.remove(tmp_pdf)
    try:
        run(['chromium'] + FLAGS + ['--user-data-dir=' + profile,
                                    '--print-to-pdf=' + tmp_pdf,
                                    'file://' + os.path.abspath(src)],
            cwd=workdir, env={'HOME': workdir, 'XDG_CONFIG_HOME': profile,
                              'XDG_CACHE_HOME': profile}, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not os.path.exists(tmp_pdf) or os.path.getsize(tmp_pdf) == 0:
        raise ProducerError('chromium: no PDF written for %s' % doc.name)
    pin_pdf_dates(tmp_pdf)
    shutil.move(tmp_pdf, out_pdf)
