"""Doc -> Flat ODF text document (one XML file, .fodt) for the 'libreoffice' producer.

`to_fodt(doc, fonts, chapter_pages=None)` returns the XML text. Everything the gold relies on
is literal text (no chapter fields, no generated index):

- Page styles ("master pages") per segment k of the document (k = number of Chapters seen so
  far): Body_k (headers/footers of ordinary pages), First_k (the first page of the document:
  no header), Chap_k (a chapter's first page: no 'book' header; page-usage right in twoside,
  which makes LibreOffice insert an empty page before it when needed), Recto_k (after a
  PageBreak(odd) in twoside), Title (TitlePage: no header, no footer), Toc (no header).
  Header 'book': right (odd) pages print the running text of segment k (doc.header_odd for
  k = 0, Chapter.running after), left (even) pages Layout.header_text. Header 'title':
  Layout.header_text on every page but the first / TitlePage pages.
- Footers: <text:page-number>, <text:page-count> fields; 'outer': right-aligned on right
  pages, left-aligned on left pages.
- Columns: text:section with 2 columns (balanced at the section end); closed before every
  chapter, title page, Toc and page break.
- Footnotes: <text:note> with the citation label N (so it prints exactly N), at the page foot
  (LibreOffice puts the notes of a 2-column section at the foot of the page, full width).
  footnotes='end': calls as superscript digits; a heading + "N text" paragraphs at the end.
- Toc: a heading and one paragraph per following Chapter "Title<tab leader>page", the pages
  given by the caller (chapter_pages, from a previous conversion; '0' when unknown).
- Each Chapter heading carries a bookmark "idmchap<k>" (exported as a PDF named destination,
  which is how the producer finds the chapter pages).
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xesc

from ..model import (Caption, Chapter, Columns, Heading, ListItem, PageBreak, Paragraph, Slot,
                     TitlePage, Toc)

NOTES_HEADING = 'Notes'
_FN = re.compile(r'\{\{fn:(\d+)\}\}')
LANG = {'fr': ('fr', 'FR'), 'en': ('en', 'US'), 'es': ('es', 'ES')}
PAPER = {'a4': (210.0, 297.0), 'letter': (215.9, 279.4)}
PT_PER_MM = 72.0 / 25.4

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink"')


def xesc(s: str) -> str:
    return _xesc(s or '', {'"': '&quot;'})


def _spaces(s: str) -> str:
    """Escaped text with runs of spaces kept (<text:s/>), tabs/newlines as spaces."""
    s = re.sub(r'[\t\r\n]', ' ', s)
    return re.sub(r'  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), s)


def plain(s: str) -> str:
    return re.sub(r'</?[bi]>', '', _FN.sub('', s or ''))


def mm(v: float) -> str:
    return '%.2fmm' % v


def pt(v: float) -> str:
    return '%.2fpt' % v


class _Writer:
    def __init__(self, doc, chapter_pages=None):
        self.doc = doc
        self.lay = doc.layout
        s = self.lay.settings or {}
        self.s = s
        self.foot = self.lay.footnotes != 'end'
        self.twoside = bool(self.lay.twoside)
        self.chapter_pages = list(chapter_pages or [])
        self.auto = []              # automatic styles (XML)
        self.common_extra = []      # common styles made while writing the body
        self.auto_names = {}
        self.body = []
        self.cols = max(1, min(2, int(self.lay.columns or 1)))
        self.section_open = False
        self.sec_no = 0
        self.table_form = None
        self.tab_no = 0
        self.pending_master = None   # master page the next block starts
        self.segment = 0             # Chapters seen so far
        self.used_notes = []
        self.chapter_no = 0
        self.prev_body = False
        self.first_block = True
        self.masters = {}            # name -> (kind, segment)
        pw, ph = PAPER.get(self.lay.paper, PAPER['a4'])
        self.pw, self.ph = pw, ph
        self.m = float(self.lay.margin_mm or 25.0)
        self.gap = float(self.lay.column_gap_mm or 8.0)
        self.text_w = pw - 2 * self.m
        self.fs = float(self.lay.font_size or 10.0)
        self.lead = float(self.lay.leading or 1.2)
        self.runnings = [doc.header_odd or ''] + [e.running or '' for e in doc.elements
                                                  if isinstance(e, Chapter)]

    # ------------------------------------------------------------------ inline
    def inline(self, s: str, notes=True) -> str:
        """Model text -> ODF inline XML."""
        parts = re.split(r'(</?[bi]>|\{\{fn:\d+\}\})', s or '')
        out = []
        stack = []
        for p in parts:
            if not p:
                continue
            m = _FN.fullmatch(p)
            if m:
                n = int(m.group(1))
                if not notes:
                    continue
                out.append(self.note(n))
            elif p in ('<b>', '<i>'):
                stack.append(p[1])
                out.append('<text:span text:style-name="%s">' % ('T_b' if p == '<b>' else 'T_i'))
            elif p in ('</b>', '</i>'):
                if stack:
                    stack.pop()
                    out.append('</text:span>')
            else:
                out.append(_spaces(xesc(p)))
        out.extend('</text:span>' for _ in stack)
        return ''.join(out)

    def note(self, n: int) -> str:
        text = self.doc.footnotes[n - 1] if 0 < n <= len(self.doc.footnotes) else ''
        if not self.foot:
            if n not in self.used_notes:
                self.used_notes.append(n)
            return '<text:span text:style-name="T_sup">%d</text:span>' % n
        body = self.inline(_FN.sub('', text), notes=False)
        return ('<text:note text:id="ftn%d" text:note-class="footnote">'
                '<text:note-citation text:label="%d">%d</text:note-citation><text:note-body>'
                '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                % (n, n, n, body))

    # ------------------------------------------------------------------ blocks
    def master_style(self, base: str, family='paragraph', extra='') -> str:
        """Style name for the next block: `base`, or an automatic style starting the pending
        master page."""
        if not self.pending_master:
            return base
        mp = self.pending_master
        self.pending_master = None
        key = (base, mp, family, extra)
        if key not in self.auto_names:
            name = 'MP%d' % (len(self.auto_names) + 1)
            self.auto_names[key] = name
            if family == 'paragraph':
                self.auto.append('<style:style style:name="%s" style:family="paragraph" '
                                 'style:parent-style-name="%s" style:master-page-name="%s">'
                                 '<style:paragraph-properties style:page-number="auto"%s/>'
                                 '</style:style>' % (name, base, mp, extra))
            else:
                raise ValueError(family)
        return self.auto_names[key]

    def new_page(self, master):
        self.close_section()
        self.pending_master = master
        self.masters.setdefault(master, True)

    def open_section(self):
        if self.cols > 1 and not self.section_open:
            if self.pending_master:
                # a master page change cannot sit inside a section: an empty, tiny paragraph
                self.body.append('<text:p text:style-name="%s"/>' % self.master_style('Tiny'))
            self.sec_no += 1
            self.body.append('<text:section text:style-name="Sect%d" text:name="Section%d">'
                             % (self.cols, self.sec_no))
            self.section_open = True

    def close_section(self):
        self.close_table()
        if self.section_open:
            self.body.append('</text:section>')
            self.section_open = False

    def close_table(self):
        if self.table_form in ('table', 'grid'):
            self.body.append('</table:table>')
        self.table_form = None

    def para(self, style, inner, extra=''):
        st = self.master_style(style, extra=extra)
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (st, inner))

    def heading(self, level, inner, style=None, bookmark=None):
        st = self.master_style(style or 'H%d' % level)
        bm = '<text:bookmark text:name="%s"/>' % bookmark if bookmark else ''
        self.body.append('<text:h text:style-name="%s" text:outline-level="%d">%s%s</text:h>'
                         % (st, level, bm, inner))

    def item(self, el, prefix='L'):
        d = min(max(0, int(el.depth or 0)), 4)
        self.para('%s%d' % (prefix, d), '%s<text:tab/>%s' % (self.inline(el.marker or ''),
                                                             self.inline(el.text)))

    def first_master(self):
        """Before the first block of the document: page 1 has its own page style."""
        if self.first_block:
            self.first_block = False
            if not self.pending_master:
                self.pending_master = 'First_0'
                self.masters['First_0'] = True

    def slot(self, el):
        form = self.lay.agenda_form if self.lay.agenda_form in ('table', 'grid', 'list') \
            else 'table'
        if form == 'list':
            self.close_table()
            self.open_section()
            self.para('SlotLine', '%s %s' % (self.inline(el.time), self.inline(el.title)))
            for c in el.content:
                if isinstance(c, ListItem):
                    self.item(c)
                elif hasattr(c, 'text'):
                    self.para('SlotText', self.inline(c.text))
            return
        if self.table_form != form:
            self.close_table()
            self.open_section()
            if self.pending_master:
                self.body.append('<text:p text:style-name="%s"/>' % self.master_style('Tiny'))
            self.tab_no += 1
            self.body.append('<table:table table:name="Agenda%d" table:style-name="Tab%d">'
                             '<table:table-column table:style-name="Tab%dA"/>'
                             '<table:table-column table:style-name="Tab%dB"/>'
                             % (self.tab_no, self.cols, self.cols, self.cols))
            self.table_form = form
        cell = 'CellT' if form == 'table' else 'CellG'
        tstyle = 'TimeT' if form == 'table' else 'TimeG'
        o = ['<table:table-row>',
             '<table:table-cell table:style-name="%sA" office:value-type="string">' % cell,
             '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
             % (tstyle, self.inline(el.time)),
             '<table:table-cell table:style-name="%sB" office:value-type="string">' % cell,
             '<text:p text:style-name="SlotTitle">%s</text:p>' % self.inline(el.title)]
        for c in el.content:
            if isinstance(c, ListItem):
                d = min(max(0, int(c.depth or 0)), 4)
                o.append('<text:p text:style-name="CL%d">%s<text:tab/>%s</text:p>'
                         % (d, self.inline(c.marker or ''), self.inline(c.text)))
            elif hasattr(c, 'text'):
                o.append('<text:p text:style-name="Cell">%s</text:p>' % self.inline(c.text))
        o.append('</table:table-cell></table:table-row>')
        self.body.append(''.join(o))

    def caption(self, el):
        self.open_section()
        w = self.text_w if self.cols == 1 else (self.text_w - self.gap) / 2.0
        h = float(el.figure_height or 80.0)
        self.para('Figure', '<draw:rect draw:style-name="GreyBox" draw:name="Figure%d" '
                  'text:anchor-type="as-char" svg:width="%s" svg:height="%s" '
                  'draw:z-index="0"/>' % (len(self.body), mm(w - 0.5), pt(h)))
        self.para('Caption', self.inline(el.text))

    def run(self):
        doc = self.doc
        els = doc.elements
        for idx, el in enumerate(els):
            if not isinstance(el, Slot):
                self.close_table()
            if isinstance(el, Columns):
                n = max(1, min(2, int(el.count or 1)))
                if n != self.cols:
                    self.close_section()
                    self.cols = n
                self.prev_body = False
                continue
            if isinstance(el, PageBreak):
                self.first_block = False
                self.new_page(('Recto_%d' if (el.odd and self.twoside) else 'Body_%d')
                              % self.segment)
                self.prev_body = False
                continue
            if isinstance(el, TitlePage):
                self.first_block = False
                self.new_page('Title')
                top = self.s.get('title_top', '30%')
                try:
                    frac = float(str(top).rstrip('%')) / 100.0 if str(top).endswith('%') else 0.3
                except ValueError:
                    frac = 0.3
                extra = ' fo:margin-top="%s"' % mm((self.ph - 2 * self.m) * frac)
                for i, line in enumerate(el.lines):
                    text, size, bold = (list(line) + [1.0, False])[:3]
                    st = self.title_style(float(size or 1.0), bool(bold))
                    self.para(st, self.inline(text), extra=extra if i == 0 else '')
                if not el.lines:
                    self.para('Title0', '')
                self.new_page('Body_%d' % self.segment)
                self.prev_body = False
                continue
            if isinstance(el, Toc):
                self.first_block = False
                self.new_page('Toc')
                self.heading(1, self.inline(el.heading), style='TocHeading')
                chapters = [e for e in els[idx + 1:] if isinstance(e, Chapter)]
                for k, ch in enumerate(chapters):
                    j = self.chapter_no + k
                    page = self.chapter_pages[j] if j < len(self.chapter_pages) else 0
                    self.para('TocEntry', '%s<text:tab/>%d' % (self.inline(ch.title, notes=False),
                                                                page))
                self.new_page('Body_%d' % self.segment)
                self.prev_body = False
                continue
            if isinstance(el, Chapter):
                self.first_block = False
                self.chapter_no += 1
                self.segment += 1
                self.new_page('Chap_%d' % self.segment)
                self.heading(1, self.inline(el.title), style='H1',
                             bookmark='idmchap%d' % self.chapter_no)
                self.prev_body = False
                continue
            self.first_master()
            if isinstance(el, Slot):
                self.slot(el)
                self.prev_body = False
                continue
            self.open_section()
            if isinstance(el, Heading):
                lvl = min(max(1, int(el.level or 1)), 4)
                self.heading(lvl, self.inline(el.text))
                self.prev_body = False
            elif isinstance(el, Paragraph):
                st = 'BodyIndent' if (self.prev_body and self.lay.paragraph_style == 'indent') \
                    else 'Body'
                self.para(st, self.inline(el.text))
                self.prev_body = True
            elif isinstance(el, ListItem):
                self.item(el)
                self.prev_body = False
            elif isinstance(el, Caption):
                self.caption(el)
                self.prev_body = False
        self.close_section()
        if self.used_notes and not self.foot:
            self.first_master()
            self.heading(2, xesc(self.s.get('notes_heading', NOTES_HEADING)))
            for n in sorted(self.used_notes):
                note = self.doc.footnotes[n - 1] if 0 < n <= len(self.doc.footnotes) else ''
                self.para('Endnote', '%d %s' % (n, self.inline(_FN.sub('', note), notes=False)))
        if self.pending_master:
            self.para('Tiny', '')
        if not self.body:
            self.para('Body', '')

    def title_style(self, size, bold):
        """A common paragraph style for a title line (automatic styles may not be parents)."""
        key = ('title', round(size, 3), bold)
        if key not in self.auto_names:
            name = 'TitleS%d' % (len(self.common_extra) + 1)
            self.auto_names[key] = name
            fs = self.fs * size
            self.common_extra.append(
                '<style:style style:name="%s" style:family="paragraph" '
                'style:parent-style-name="TitleLine"><style:text-properties fo:font-size="%s" '
                'fo:font-weight="%s" style:font-weight-complex="%s"/></style:style>'
                % (name, pt(fs), 'bold' if bold else 'normal', 'bold' if bold else 'normal'))
        return self.auto_names[key]

    # ------------------------------------------------------------------ styles
    def styles(self, font):
        lay = self.lay
        s = self.s
        fs, lead = self.fs, self.lead
        lang, country = LANG.get(self.doc.lang, ('en', 'US'))
        hyph = 'true' if lay.hyphenate else 'false'
        align = 'justify' if lay.justify else 'start'
        ind = float(s.get('list_indent_mm', 6.0))
        space = lay.paragraph_style != 'indent'
        tp_lang = ('fo:language="%s" fo:country="%s" fo:hyphenate="%s" '
                   'fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" '
                   'loext:hyphenation-min-word-length="5"' % (lang, country, hyph))
        tp_lang = tp_lang.replace(' loext:hyphenation-min-word-length="5"', '')
        o = []
        o.append('<style:default-style style:family="paragraph"><style:paragraph-properties '
                 'fo:orphans="2" fo:widows="2" style:writing-mode="lr-tb"/>'
                 '<style:text-properties style:font-name="Body" fo:font-size="%s" %s/>'
                 '</style:default-style>' % (pt(fs), tp_lang))
        o.append('<style:default-style style:family="graphic"><style:graphic-properties '
                 'draw:stroke="none"/></style:default-style>')
        o.append('<style:style style:name="Standard" style:family="paragraph" '
                 'style:class="text"><style:paragraph-properties fo:line-height="%d%%"/>'
                 '</style:style>' % round(lead * 100 / 1.17))
        body_pp = 'fo:text-align="%s" fo:margin-top="0pt" fo:margin-bottom="%s"' % (
            align, pt(0.55 * lead * fs if space else 0))
        o.append('<style:style style:name="Body" style:family="paragraph" '
                 'style:parent-style-name="Standard" style:class="text">'
                 '<style:paragraph-properties %s/><style:text-properties %s/></style:style>'
                 % (body_pp, tp_lang))
        o.append('<style:style style:name="BodyIndent" style:family="paragraph" '
                 'style:parent-style-name="Body"><style:paragraph-properties '
                 'fo:text-indent="%s"/></style:style>' % pt(float(s.get('indent_em', 1.5)) * fs))
        sizes = {1: 1.6, 2: 1.3, 3: 1.12, 4: 1.0}
        for lvl, k in sizes.items():
            o.append('<style:style style:name="H%d" style:family="paragraph" '
                     'style:parent-style-name="Standard" style:default-outline-level="%d" '
                     'style:class="text"><style:paragraph-properties fo:text-align="start" '
                     'fo:margin-top="%s" fo:margin-bottom="%s" fo:keep-with-next="always" '
                     'fo:line-height="115%%"/><style:text-properties style:font-name="Heading" '
                     'fo:font-size="%s" fo:font-weight="bold" style:font-weight-complex="bold" '
                     '%sfo:hyphenate="false"/></style:style>'
                     % (lvl, lvl, pt(fs * (1.3 if lvl <= 2 else 0.9)), pt(fs * 0.5),
                        pt(fs * k), 'fo:font-style="italic" ' if lvl == 4 else ''))
        o.append('<style:style style:name="TocHeading" style:family="paragraph" '
                 'style:parent-style-name="H1"/>')
        for d in range(5):
            for prefix, parent in (('L', 'Body'), ('CL', 'Cell')):
                o.append('<style:style style:name="%s%d" style:family="paragraph" '
                         'style:parent-style-name="%s"><style:paragraph-properties '
                         'fo:margin-left="%s" fo:text-indent="-%s" fo:margin-bottom="%s">'
                         '<style:tab-stops><style:tab-stop style:position="0mm"/>'
                         '</style:tab-stops></style:paragraph-properties></style:style>'
                         % (prefix, d, parent, mm(ind * (d + 1)), mm(ind),
                            pt(0.3 * lead * fs if prefix == 'L' else 0.2 * fs)))
        o.append('<style:style style:name="Figure" style:family="paragraph" '
                 'style:parent-style-name="Standard"><style:paragraph-properties '
                 'fo:margin-top="%s" fo:margin-bottom="%s" fo:keep-with-next="always" '
                 'fo:line-height="100%%"/></style:style>' % (pt(0.6 * fs), pt(0.3 * fs)))
        o.append('<style:style style:name="Caption" style:family="paragraph" '
                 'style:parent-style-name="Standard" style:class="extra"><style:paragraph-'
                 'properties fo:text-align="start" fo:margin-bottom="%s"/><style:text-properties '
                 'fo:font-size="%s" fo:font-style="italic"/></style:style>'
                 % (pt(0.8 * fs), pt(fs * 0.88)))
        o.append('<style:style style:name="Footnote" style:family="paragraph" '
                 'style:parent-style-name="Standard" style:class="extra"><style:paragraph-'
                 'properties fo:margin-left="4mm" fo:text-indent="-4mm" fo:text-align="start" '
                 'fo:line-height="115%%"/><style:text-properties fo:font-size="%s" '
                 'fo:hyphenate="false"/></style:style>' % pt(fs * 0.8))
        o.append('<style:style style:name="Endnote" style:family="paragraph" '
                 'style:parent-style-name="Standard"><style:paragraph-properties '
                 'fo:text-align="start" fo:margin-bottom="%s"/><style:text-properties '
                 'fo:font-size="%s" fo:hyphenate="false"/></style:style>'
                 % (pt(0.3 * fs), pt(fs * 0.85)))
        o.append('<style:style style:name="Cell" style:family="paragraph" '
                 'style:parent-style-name="Standard"><style:paragraph-properties '
                 'fo:text-align="start" fo:margin-bottom="%s"/><style:text-properties '
                 'fo:hyphenate="false"/></style:style>' % pt(0.2 * fs))
        tscale = float(s.get('time_scale', 0.9 if s.get('time_small', True) else 1.0))
        tbold = 'fo:font-weight="bold" ' if s.get('time_bold') else ''
        o.append('<style:style style:name="TimeT" style:family="paragraph" '
                 'style:parent-style-name="Cell"><style:text-properties %s/></style:style>'
                 % (tbold or 'fo:font-weight="normal"'))
        o.append('<style:style style:name="TimeG" style:family="paragraph" '
                 'style:parent-style-name="Cell"><style:text-properties %sfo:font-size="%s"/>'
                 '</style:style>' % (tbold, pt(fs * tscale)))
        o.append('<style:style style:name="SlotTitle" style:family="paragraph" '
                 'style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold" '
                 'style:font-weight-complex="bold"/></style:style>')
        o.append('<style:style style:name="SlotLine" style:family="paragraph" '
                 'style:parent-style-name="Cell"><style:paragraph-properties '
                 'fo:margin-top="%s" fo:keep-with-next="always"/><style:text-properties '
                 'fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>'
                 % pt(0.5 * fs))
        o.append('<style:style style:name="SlotText" style:family="paragraph" '
                 'style:parent-style-name="Cell"/>')
        o.append('<style:style style:name="TitleLine" style:family="paragraph" '
                 'style:parent-style-name="Standard"><style:paragraph-properties '
                 'fo:text-align="center" fo:margin-bottom="%s" fo:line-height="125%%"/>'
                 '<style:text-properties fo:hyphenate="false"/></style:style>' % pt(0.8 * fs))
        o.append('<style:style style:name="Title0" style:family="paragraph" '
                 'style:parent-style-name="TitleLine"/>')
        o.append('<style:style style:name="TocEntry" style:family="paragraph" '
                 'style:parent-style-name="Standard"><style:paragraph-properties '
                 'fo:text-align="start" fo:margin-bottom="%s" fo:margin-right="0mm">'
                 '<style:tab-stops><style:tab-stop style:position="%s" style:type="right" '
                 'style:leader-style="%s" style:leader-text="%s"/></style:tab-stops>'
                 '</style:paragraph-properties><style:text-properties fo:hyphenate="false"/>'
                 '</style:style>'
                 % (pt(0.35 * fs), mm(self.text_w - 0.01),
                    'dotted' if s.get('toc_leader', '.') else 'none',
                    xesc(s.get('toc_leader', '.') or ' ')))
        o.append('<style:style style:name="Tiny" style:family="paragraph" '
                 'style:parent-style-name="Standard"><style:paragraph-properties '
                 'fo:line-height="1pt" fo:margin-top="0pt" fo:margin-bottom="0pt"/>'
                 '<style:text-properties fo:font-size="1pt"/></style:style>')
        o.append('<style:style style:name="HeaderP" style:family="paragraph" '
                 'style:parent-style-name="Standard" style:class="extra"><style:paragraph-'
                 'properties fo:line-height="100%%"/><style:text-properties fo:font-size="%s" '
                 'fo:color="#333333" fo:hyphenate="false"/></style:style>'
                 % pt(max(7.0, fs * 0.8)))
        for a, al in (('L', 'start'), ('C', 'center'), ('R', 'end')):
            o.append('<style:style style:name="Fur%s" style:family="paragraph" '
                     'style:parent-style-name="HeaderP"><style:paragraph-properties '
                     'fo:text-align="%s"/></style:style>' % (a, al))
        # character styles
        o.append('<style:style style:name="Footnote_20_anchor" style:display-name="Footnote '
                 'anchor" style:family="text"><style:text-properties '
                 'style:text-position="super 58%"/></style:style>')
        o.append('<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote '
                 'Symbol" style:family="text"/>')
        o.append('<text:notes-configuration text:note-class="footnote" text:citation-style-name='
                 '"Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" '
                 'style:num-format="1" text:start-value="0" text:footnotes-position="page" '
                 'text:start-numbering-at="document" style:num-suffix=" "/>')
        o.append('<text:outline-style style:name="Outline">%s</text:outline-style>' % ''.join(
            '<text:outline-level-style text:level="%d" style:num-format=""/>' % k
            for k in range(1, 11)))
        o.extend(self.common_extra)
        return ''.join(o)

    def automatic_styles(self):
        lay = self.lay
        fs = self.fs
        o = []
        o.append('<style:style style:name="T_b" style:family="text"><style:text-properties '
                 'fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>')
        o.append('<style:style style:name="T_i" style:family="text"><style:text-properties '
                 'fo:font-style="italic" style:font-style-complex="italic"/></style:style>')
        o.append('<style:style style:name="T_sup" style:family="text"><style:text-properties '
                 'style:text-position="super 58%"/></style:style>')
        o.append('<style:style style:name="GreyBox" style:family="graphic"><style:graphic-'
                 'properties draw:stroke="none" draw:fill="solid" draw:fill-color="#d9d9d9" '
                 'style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>')
        for n in (1, 2):
            o.append('<style:style style:name="Sect%d" style:family="section"><style:section-'
                     'properties text:dont-balance-text-columns="false"><style:columns '
                     'fo:column-count="%d" fo:column-gap="%s"/></style:section-properties>'
                     '</style:style>' % (n, n, mm(self.gap)))
            w = self.text_w if n == 1 else (self.text_w - self.gap) / 2.0
            tw = float(lay.time_width or 0.22)
            o.append('<style:style style:name="Tab%d" style:family="table"><style:table-'
                     'properties style:width="%s" table:align="margins" fo:margin-top="%s" '
                     'fo:margin-bottom="%s"/></style:style>' % (n, mm(w), pt(0.4 * fs),
                                                                pt(1.0 * fs)))
            o.append('<style:style style:name="Tab%dA" style:family="table-column">'
                     '<style:table-column-properties style:column-width="%s"/></style:style>'
                     % (n, mm(w * tw)))
            o.append('<style:style style:name="Tab%dB" style:family="table-column">'
                     '<style:table-column-properties style:column-width="%s"/></style:style>'
                     % (n, mm(w * (1 - tw))))
        border = '0.6pt solid #444444'
        pad = pt(0.35 * fs)
        o.append('<style:style style:name="CellTA" style:family="table-cell"><style:table-cell-'
                 'properties fo:padding="%s" fo:border="%s"/></style:style>' % (pad, border))
        o.append('<style:style style:name="CellTB" style:family="table-cell"><style:table-cell-'
                 'properties fo:padding="%s" fo:border="%s"/></style:style>' % (pad, border))
        o.append('<style:style style:name="CellGA" style:family="table-cell"><style:table-cell-'
                 'properties fo:padding-left="0pt" fo:padding-right="6pt" fo:padding-top="0pt" '
                 'fo:padding-bottom="%s" fo:border="none"/></style:style>' % pt(0.7 * fs))
        o.append('<style:style style:name="CellGB" style:family="table-cell"><style:table-cell-'
                 'properties fo:padding-left="0pt" fo:padding-right="0pt" fo:padding-top="0pt" '
                 'fo:padding-bottom="%s" fo:border="none"/></style:style>' % pt(0.7 * fs))
        o.extend(self.auto)
        o.append(self.page_layouts())
        return ''.join(o)

    # ------------------------------------------------------------------ pages
    def page_layouts(self):
        pw, ph, m = self.pw, self.ph, self.m
        fur = max(7.0, self.fs * 0.8) / PT_PER_MM       # furniture type size in mm
        hf_h = max(0.4 * m, fur * 2.2)                 # header/footer zone incl. spacing
        margin_tb = max(5.0, m - hf_h)
        o = []
        for name, usage, head, foot in (
                ('PL_hf', 'mirrored', True, True), ('PL_f', 'mirrored', False, True),
                ('PL_none', 'mirrored', False, False), ('PL_hf_r', 'right', True, True),
                ('PL_f_r', 'right', False, True), ('PL_none_r', 'right', False, False)):
            mt = margin_tb if head else m
            mb = margin_tb if foot else m
            hs = ('<style:header-style><style:header-footer-properties fo:min-height="%s" '
                  'fo:margin-bottom="%s"/></style:header-style>' % (mm(fur * 1.3),
                                                                   mm(hf_h - fur * 1.3))
                  if head else '<style:header-style/>')
            fs_ = ('<style:footer-style><style:header-footer-properties fo:min-height="%s" '
                   'fo:margin-top="%s"/></style:footer-style>' % (mm(fur * 1.3),
                                                                 mm(hf_h - fur * 1.3))
                   if foot else '<style:footer-style/>')
            o.append('<style:page-layout style:name="%s" style:page-usage="%s">'
                     '<style:page-layout-properties fo:page-width="%s" fo:page-height="%s" '
                     'style:print-orientation="portrait" fo:margin-top="%s" '
                     'fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s" '
                     'style:writing-mode="lr-tb"><style:footnote-sep style:width="0.5pt" '
                     'style:distance-before-sep="4pt" style:distance-after-sep="3pt" '
                     'style:line-style="solid" style:adjustment="left" style:rel-width="25%%" '
                     'style:color="#4d4d4d"/></style:page-layout-properties>%s%s'
                     '</style:page-layout>'
                     % (name, usage, mm(pw), mm(ph), mm(mt), mm(mb), mm(m), mm(m), hs, fs_))
        return ''.join(o)

    def footer_xml(self, right: bool) -> str:
        lay = self.lay
        f = lay.footer
        s = self.s
        if f == 'outer':
            return '<text:p text:style-name="%s"><text:page-number text:select-page="current"' \
                   '>1</text:page-number></text:p>' % ('FurR' if right else 'FurL')
        if f not in ('num', 'dash', 'page_of'):
            return ''
        num = '<text:page-number text:select-page="current">1</text:page-number>'
        if f == 'num':
            inner = num
        elif f == 'dash':
            # the gaps a little wider than one space (extractors see them)
            inner = '\u2013 <text:s/>%s <text:s/>\u2013' % num
        else:
            fmt = s.get('page_of', 'Page {n} of {N}')
            parts = re.split(r'(\{n\}|\{N\})', fmt)
            inner = ''.join(num if p == '{n}' else '<text:page-count>1</text:page-count>'
                            if p == '{N}' else _spaces(xesc(p)) for p in parts)
        pos = s.get('footer_pos', 'bottom-right' if f == 'page_of' else 'bottom-center')
        st = {'left': 'FurL', 'right': 'FurR'}.get(pos.split('-')[-1], 'FurC')
        return '<text:p text:style-name="%s">%s</text:p>' % (st, inner)

    def header_xml(self, text: str, pos: str) -> str:
        st = {'left': 'FurL', 'right': 'FurR'}.get(pos.split('-')[-1], 'FurC')
        return '<text:p text:style-name="%s">%s</text:p>' % (st, _spaces(xesc(plain(text))))

    def master_pages(self):
        lay = self.lay
        s = self.s
        has_footer = lay.footer in ('num', 'dash', 'page_of', 'outer')
        nseg = len(self.runnings)
        o = []

        def mp(name, head_r, head_l, footer, nxt, recto=False):
            """head_r/head_l: XML of the right/left header or None."""
            head = head_r is not None or head_l is not None
            pl = 'PL_%s%s' % ('hf' if head else ('f' if footer else 'none'),
                              '_r' if recto else '')
            x = ['<style:master-page style:name="%s" style:page-layout-name="%s"%s>'
                 % (name, pl, ' style:next-style-name="%s"' % nxt if nxt else '')]
            if head:
                x.append('<style:header>%s</style:header>' % (head_r or '<text:p/>'))
                x.append('<style:header-left>%s</style:header-left>' % (head_l or '<text:p/>'))
            if footer:
                x.append('<style:footer>%s</style:footer>' % self.footer_xml(True))
                x.append('<style:footer-left>%s</style:footer-left>' % self.footer_xml(False))
            x.append('</style:master-page>')
            return ''.join(x)

        hpos = s.get('header_pos', 'top-left')
        for k in range(nseg):
            if lay.header == 'title' and lay.header_text:
                hr = hl = self.header_xml(lay.header_text, hpos)
            elif lay.header == 'book':
                hr = self.header_xml(self.runnings[k], 'top-right') if self.runnings[k] \
                    else '<text:p/>'
                hl = self.header_xml(lay.header_text, 'top-left') if lay.header_text \
                    else '<text:p/>'
            else:
                hr = hl = None
            body = 'Body_%d' % k
            o.append(mp(body, hr, hl, has_footer, body))
            o.append(mp('Recto_%d' % k, hr, hl, has_footer, body, recto=True))
            if lay.header == 'title':
                ch_r, ch_l = hr, hl
            else:
                ch_r = ch_l = None
            o.append(mp('Chap_%d' % k, ch_r, ch_l, has_footer, body,
                        recto=self.twoside))
            o.append(mp('First_%d' % k, None, None, has_footer, body))
        o.append(mp('Title', None, None, False, None))
        o.append(mp('Toc', None, None, has_footer, None))
        # the default page style: used if nothing else asked (never, in practice)
        o.append(mp('Standard', None, None, has_footer, None))
        return ''.join(o)

    # ------------------------------------------------------------------ document
    def xml(self, fonts):
        self.run()
        font = self.lay.font or 'Liberation Serif'
        hfont = self.s.get('heading_font') or font
        title = xesc(plain(self.doc.title or self.doc.name))
        lang, country = LANG.get(self.doc.lang, ('en', 'US'))
        return ''.join([
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            '<office:document %s xmlns:loext="urn:org:documentfoundation:names:experimental:'
            'office:xmlns:loext:1.0" office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n' % NS,
            '<office:meta><meta:generator>idmgen</meta:generator><dc:title>%s</dc:title>'
            '<dc:language>%s-%s</dc:language>'
            '<meta:creation-date>2030-01-01T00:00:00</meta:creation-date>'
            '<dc:date>2030-01-01T00:00:00</dc:date></office:meta>\n' % (title, lang, country),
            '<office:font-face-decls><style:font-face style:name="Body" svg:font-family="%s"/>'
            '<style:font-face style:name="Heading" svg:font-family="%s"/>'
            '</office:font-face-decls>\n' % (xesc("'%s'" % font), xesc("'%s'" % hfont)),
            '<office:styles>', self.styles(font), '</office:styles>\n',
            '<office:automatic-styles>', self.automatic_styles(),
            '</office:automatic-styles>\n',
            '<office:master-styles>', self.master_pages(), '</office:master-styles>\n',
            '<office:body><office:text>\n', '\n'.join(self.body),
            '\n</office:text></office:body></office:document>\n'])


def to_fodt(doc, fonts=None, chapter_pages=None) -> str:
    """The Flat ODT text of doc (chapter_pages: physical pages of the Chapters, for the Toc)."""
    return _Writer(doc, chapter_pages).xml(fonts)
