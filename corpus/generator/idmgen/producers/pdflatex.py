"""Producer 'pdflatex': Doc -> LaTeX (latex_source) -> pdflatex, run until the .aux/.toc
files are stable (Toc page numbers, the N of 'page_of' footers; at most 5 runs).
Reproducible: SOURCE_DATE_EPOCH + FORCE_SOURCE_DATE=1, \\pdftrailerid{} (no /ID),
\\pdfsuppressptexinfo=-1 (no file names in the PDF); dates pinned again afterwards.
Characters the T1 fonts cannot set cleanly raise GlyphError (a ProducerError) before any
run. See latex_source for what is printed."""
from __future__ import annotations

import hashlib
import os

from . import latex_source
from .common import ProducerError, pin_pdf_dates, run

CAPS = {
    'columns': 2,
    'twoside': True,
    'foot_footnotes': True,
    'toc_pages': True,
    'agenda_forms': ['table', 'grid', 'list'],
    'fonts': sorted(latex_source.FONTS),
    'hyphenate': True,
    'headers': ['none', 'title', 'book'],
    'footers': ['num', 'dash', 'page_of', 'outer'],
}


def _digest(workdir, name):
    h = hashlib.sha256()
    for ext in ('.aux', '.toc'):
        p = os.path.join(workdir, name + ext)
        if os.path.exists(p):
            with open(p, 'rb') as fh:
                h.update(fh.read())
        h.update(b'|')
    return h.hexdigest()


def render(doc, workdir, out_pdf):
    latex_source.check_glyphs(doc)
    os.makedirs(workdir, exist_ok=True)
    name = doc.name
    src = latex_source.to_latex(doc)
    with open(os.path.join(workdir, name + '.tex'), 'w', encoding='utf-8') as fh:
        fh.write(src)
    for ext in ('.aux', '.toc'):
        p = os.path.join(workdir, name + ext)
        if os.path.exists(p):
            os.remove(p)
    env = {'FORCE_SOURCE_DATE': '1', 'TEXMFVAR': os.path.join(workdir, '.texmf-var'),
           'openout_any': 'p'}
    before = _digest(workdir, name)
    for _ in range(5):
        try:
            run(['pdflatex', '-interaction=nonstopmode', '-halt-on-error', '-file-line-error',
                 name + '.tex'], cwd=workdir, env=env)
        except ProducerError as exc:
            log = os.path.join(workdir, name + '.log')
            tail = ''
            if os.path.exists(log):
                with open(log, encoding='utf-8', errors='replace') as fh:
                    lines = fh.read().splitlines()
                errs = [i for i, ln in enumerate(lines) if ln.startswith(('!', './'))]
                if errs:
                    tail = '\n'.join(lines[errs[0]:errs[0] + 12])
            raise ProducerError('pdflatex failed for %s\n%s\n%s' % (name, tail,
                                                                    str(exc)[-3000:])) from None
        after = _digest(workdir, name)
        if after == before:
            break
        before = after
    path = os.path.join(workdir, name + '.pdf')
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise ProducerError('pdflatex: no PDF written for %s' % name)
    pin_pdf_dates(path)
    os.replace(path, out_pdf)
