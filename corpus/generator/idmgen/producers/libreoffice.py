"""Producer 'libreoffice': Doc -> Flat ODT (producers/fodt.py) -> PDF with LibreOffice Writer
(Debian libreoffice-writer-nogui): `soffice --headless --convert-to pdf`.

Each render uses its own LibreOffice profile (<workdir>/lo-profile), so parallel runs do not
share one. Hyphenation uses the system patterns (Debian hyphen-en-us, hyphen-fr, hyphen-es).
The Toc is printed with literal page numbers: when the Doc has a Toc, the document is converted
once to find the pages where the chapters start (bookmarks exported as PDF named destinations,
read with `pdfinfo -dests`), then again with those numbers (until they are stable).

What it prints: see fodt.py (page styles, furniture, notes). In short, as SPEC.md says:
header 'title' / 'book' (twoside, running header of the current Chapter on right pages),
footers 'num' / 'dash' / 'page_of' / 'outer', page-foot footnotes "N text" (in 2-column
sections too: at the foot of the page, full width), endnotes with a heading, chapters on a new
page (right page in twoside: LibreOffice inserts an empty page, which prints nothing),
agendas as tables (ruled or not) or lists, Toc "Title ....... N".
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess

from ..model import Toc
from . import fodt
from .common import ProducerError, pin_pdf_dates, run

# families LibreOffice may use, when installed (fc-list decides)
_CANDIDATES = ['DejaVu Serif', 'DejaVu Sans', 'Liberation Serif', 'Liberation Sans',
               'Liberation Sans Narrow', 'Carlito', 'Noto Serif', 'Noto Sans',
               'Linux Libertine O', 'Linux Biolinum O', 'EB Garamond']


def _installed_families():
    try:
        out = subprocess.run(['fc-list', ':', 'family'], capture_output=True, text=True,
                             timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    fams = set()
    for line in out.splitlines():
        for f in line.split(','):
            fams.add(f.strip())
    return [f for f in _CANDIDATES if f in fams]


FONTS = _installed_families()

CAPS = {
    'columns': 2,
    'twoside': True,
    'foot_footnotes': True,
    'toc_pages': True,
    'agenda_forms': ['table', 'grid', 'list'],
    'fonts': FONTS,
    'hyphenate': True,
}

_EXPORT = ('pdf:writer_pdf_Export:{'
           '"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"},'
           '"ExportBookmarks":{"type":"boolean","value":"false"},'
           '"ExportNotes":{"type":"boolean","value":"false"},'
           '"UseTaggedPDF":{"type":"boolean","value":"false"},'
           '"ExportFormFields":{"type":"boolean","value":"false"},'
           '"IsSkipEmptyPages":{"type":"boolean","value":"false"},'
           '"EmbedStandardFonts":{"type":"boolean","value":"true"}}')


def _convert(src, workdir):
    outdir = os.path.join(workdir, 'out')
    os.makedirs(outdir, exist_ok=True)
    profile = os.path.join(os.path.abspath(workdir), 'lo-profile')
    env = {'HOME': os.path.abspath(workdir), 'SAL_USE_VCLPLUGIN': 'svp'}
    run(['soffice', '-env:UserInstallation=file://%s' % profile, '--headless', '--norestore',
         '--nolockcheck', '--convert-to', _EXPORT, '--outdir', outdir, src],
        cwd=workdir, env=env, timeout=600)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')
    if not os.path.exists(pdf):
        raise ProducerError('soffice wrote no PDF for %s' % src)
    return pdf


def chapter_pages(pdf):
    """{k: page} of the bookmarks idmchap<k> (named destinations) in pdf."""
    out = run(['pdfinfo', '-dests', pdf])
    pages = {}
    for line in out.splitlines():
        m = re.match(r'\s*(\d+)\s+\[.*\]\s+"idmchap(\d+)"', line)
        if m:
            pages[int(m.group(2))] = int(m.group(1))
    return [pages[k] for k in sorted(pages)]


def _pin_checksum(path):
    """LibreOffice writes `/DocChecksum /<hex>` in the trailer (it changes with the creation
    date): set it to zeros, same length, before pin_pdf_dates hashes the file for the /ID."""
    with open(path, 'rb') as fh:
        data = fh.read()
    data = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)',
                  lambda m: m.group(1) + b'0' * len(m.group(2)), data)
    with open(path, 'wb') as fh:
        fh.write(data)


def render(doc, workdir, out_pdf):
    if not shutil.which('soffice'):
        raise ProducerError('soffice not found (Debian libreoffice-writer-nogui)')
    os.makedirs(workdir, exist_ok=True)
    if doc.layout.font and FONTS and doc.layout.font not in FONTS:
        raise ProducerError('libreoffice: font %r not installed (have %s)'
                            % (doc.layout.font, FONTS))
    has_toc = any(isinstance(e, Toc) for e in doc.elements)
    src = os.path.join(workdir, 'doc.fodt')
    known = None
    log = []
    pdf = None
    for k in range(4):
        with open(src, 'w', encoding='utf-8') as fh:
            fh.write(fodt.to_fodt(doc, FONTS, known))
        pdf = _convert(src, workdir)
        pages = chapter_pages(pdf)
        log.append('pass %d: chapters on %s' % (k + 1, pages))
        if not has_toc or pages == known:
            break
        known = pages
    with open(os.path.join(workdir, 'libreoffice.log'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(log) + '\n')
    tmp = out_pdf + '.tmp'
    shutil.copyfile(pdf, tmp)
    _pin_checksum(tmp)
    pin_pdf_dates(tmp)
    os.replace(tmp, out_pdf)
