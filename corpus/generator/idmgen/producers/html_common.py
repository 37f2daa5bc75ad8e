"""Doc -> HTML + CSS, shared by the HTML producers (chromium, weasyprint).

`to_html(doc, engine)` returns the whole HTML document (CSS inlined). `engine` is
'chromium' or 'weasyprint'; it decides what the CSS may ask for:

- weasyprint: running chapter titles (string-set / string(running, first-except)), page-foot
  footnotes (float: footnote), Toc page numbers (target-counter), recto chapters
  (break-before: right), blank pages without furniture.
- chromium: margin boxes with counter(page)/counter(pages), named pages; footnotes always go
  to an endnotes section; the Toc lists the titles without page numbers.

Printed strings (the gold writer rebuilds them from the Layout):
- header 'title': Layout.header_text on every page but the first and TitlePage pages.
- header 'book' (weasyprint only): even pages Layout.header_text, odd pages the running text
  of the current Chapter (doc.header_odd before the first); nothing on the first page of the
  document, the first page of a chapter, TitlePage, Toc and blank pages.
- footers: 'num' "7", 'dash' "– 7 –", 'page_of' Layout.settings['page_of'] with {n} {N},
  'outer' "7" bottom right on odd / bottom left on even pages. No footer on TitlePage and
  blank pages. Page numbers are physical page numbers (the title page counts).
- endnotes: a heading Layout.settings.get('notes_heading', 'Notes') (an <h2>), then one
  paragraph per note "N text".
"""
from __future__ import annotations

import html
import re

from ..model import (Caption, Chapter, Columns, Heading, ListItem, PageBreak, Paragraph,
                     Slot, TitlePage, Toc)

# Families installed on Debian (fonts-dejavu, fonts-liberation, fonts-linuxlibertine,
# fonts-ebgaramond, fonts-crosextra-carlito, fonts-noto-core, fonts-urw-base35).
FONTS = ['DejaVu Serif', 'DejaVu Sans', 'Liberation Serif', 'Liberation Sans',
         'Linux Libertine O', 'Linux Biolinum O', 'EB Garamond', 'Carlito', 'Noto Serif',
         'Noto Sans', 'Nimbus Roman', 'Nimbus Sans', 'C059']
SANS = {'DejaVu Sans', 'Liberation Sans', 'Linux Biolinum O', 'Carlito', 'Noto Sans',
        'Nimbus Sans'}

PAPER = {'a4': 'A4', 'letter': 'letter'}
NOTES_HEADING = 'Notes'

_FN = re.compile(r'\{\{fn:(\d+)\}\}')


def css_string(s: str) -> str:
    """A CSS string literal."""
    out = []
    for ch in s:
        if ch in '"\\':
            out.append('\\' + ch)
        elif ch == '\n':
            out.append(' ')
        elif ord(ch) < 0x20:
            out.append(' ')
        else:
            out.append(ch)
    return '"%s"' % ''.join(out)


def escape(s: str) -> str:
    """Escapes s and restores the <b>, <i> markup (model markup only)."""
    s = html.escape(s, quote=False)
    for t in ('b', 'i'):
        s = s.replace('&lt;%s&gt;' % t, '<%s>' % t).replace('&lt;/%s&gt;' % t, '</%s>' % t)
    return s


def page_of_content(fmt: str) -> str:
    """'Page {n} of {N}' -> CSS content: "Page " counter(page) " of " counter(pages)."""
    parts = re.split(r'(\{n\}|\{N\})', fmt)
    out = []
    for p in parts:
        if p == '{n}':
            out.append('counter(page)')
        elif p == '{N}':
            out.append('counter(pages)')
        elif p:
            out.append(css_string(p))
    return ' '.join(out) or 'counter(page)'


class _Writer:
    def __init__(self, doc, engine):
        self.doc = doc
        self.lay = doc.layout
        self.engine = engine
        self.wp = engine == 'weasyprint'
        self.foot = self.wp and self.lay.footnotes != 'end'
        self.book = self.wp and self.lay.header == 'book'
        self.twoside = self.wp and self.lay.twoside
        self.out = []
        self.cols = max(1, int(self.lay.columns or 1))
        self.mc_open = False
        self.table = None          # the agenda form of the open table, or None
        self.used_notes = []       # endnote numbers in call order
        self.chapter_no = 0

    # ---------------------------------------------------------------- inline text
    def text(self, s: str) -> str:
        s = escape(s)

        def call(m):
            n = int(m.group(1))
            note = self.doc.footnotes[n - 1] if 0 < n <= len(self.doc.footnotes) else ''
            if self.foot:
                return ('<span class="fn" data-n="%d">%d\u00a0%s</span>'
                        % (n, n, escape(_FN.sub('', note))))
            if n not in self.used_notes:
                self.used_notes.append(n)
            return '<sup class="call">%d</sup>' % n
        return _FN.sub(call, s)

    # ---------------------------------------------------------------- containers
    def open_cols(self):
        if self.cols > 1 and not self.mc_open:
            self.out.append('<div class="mc" style="columns: %d">' % self.cols)
            self.mc_open = True

    def close_cols(self):
        self.close_table()
        if self.mc_open:
            self.out.append('</div>')
            self.mc_open = False

    def close_table(self):
        if self.table:
            self.out.append('</table>' if self.table != 'list' else '</div>')
            self.table = None

    # ---------------------------------------------------------------- elements
    def para(self, el, cls='p'):
        self.out.append('<p class="%s">%s</p>' % (cls, self.text(el.text)))

    def item(self, el):
        d = max(0, int(el.depth or 0))
        self.out.append('<div class="li d%d"><span class="mk">%s</span> %s</div>'
                        % (min(d, 4), escape(el.marker), self.text(el.text)))

    def slot(self, el):
        form = self.lay.agenda_form if self.lay.agenda_form in ('table', 'grid', 'list') \
            else 'table'
        if self.table != form:
            self.close_table()
            self.open_cols()
            if form == 'list':
                self.out.append('<div class="agenda-list">')
            else:
                self.out.append('<table class="agenda %s"><colgroup><col class="tc">'
                                '<col></colgroup>' % form)
            self.table = form
        content = []
        for c in el.content:
            if isinstance(c, ListItem):
                d = max(0, int(c.depth or 0))
                content.append('<div class="li d%d"><span class="mk">%s</span> %s</div>'
                               % (min(d, 4), escape(c.marker), self.text(c.text)))
            elif isinstance(c, Paragraph) or hasattr(c, 'text'):
                content.append('<p class="sc">%s</p>' % self.text(c.text))
        if form == 'list':
            self.out.append('<div class="slot"><p class="sl"><span class="st">%s</span> '
                            '<b>%s</b></p>%s</div>'
                            % (self.text(el.time), self.text(el.title), ''.join(content)))
        else:
            self.out.append('<tr><td class="time">%s</td><td class="body"><p class="stt">'
                            '<b>%s</b></p>%s</td></tr>'
                            % (self.text(el.time), self.text(el.title), ''.join(content)))

    def toc(self, el, idx):
        self.close_cols()
        chapters = [e for e in self.doc.elements[idx + 1:] if isinstance(e, Chapter)]
        o = ['<section class="toc">', '<h1 class="toch">%s</h1>' % escape(el.heading)]
        for k, ch in enumerate(chapters):
            target = 'ch%d' % (self.chapter_no + k + 1)
            o.append('<p class="te"><a href="#%s">%s</a></p>' % (target, escape(ch.title)))
        o.append('</section>')
        self.out.extend(o)

    def titlepage(self, el):
        self.close_cols()
        o = ['<section class="titlepage">']
        for line in el.lines:
            text, size, bold = (list(line) + [1.0, False])[:3]
            o.append('<p class="tl" style="font-size: %.2fpt; font-weight: %s">%s</p>'
                     % (self.lay.font_size * float(size or 1.0), 'bold' if bold else 'normal',
                        self.text(text)))
        o.append('</section>')
        self.out.extend(o)

    def chapter(self, el):
        self.close_cols()
        self.chapter_no += 1
        self.out.append('<h1 class="chapter" id="ch%d" data-running="%s">%s</h1>'
                        % (self.chapter_no, html.escape(el.running or '', quote=True),
                           self.text(el.title)))

    def body(self):
        els = self.doc.elements
        if self.book:
            first = next((e for e in els if not isinstance(e, Columns)), None)
            if not isinstance(first, Chapter):
                # same page name as the first element, so that no page break comes of it
                page = {TitlePage: 'titlepage', Toc: 'toc'}.get(type(first))
                self.out.append('<div class="runinit"%s data-running="%s"></div>'
                                % (' style="page: %s"' % page if page else '',
                                   html.escape(self.doc.header_odd or '', quote=True)))
        for idx, el in enumerate(els):
            if not isinstance(el, (Slot,)):
                self.close_table()
            if isinstance(el, Columns):
                n = max(1, int(el.count or 1))
                if n != self.cols:
                    self.close_cols()
                    self.cols = n
                continue
            if isinstance(el, PageBreak):
                self.close_cols()
                cls = 'pbr' if (el.odd and self.twoside) else 'pb'
                prev = next((e for e in reversed(els[:idx]) if not isinstance(e, Columns)),
                            None)
                nxt = next((e for e in els[idx + 1:] if not isinstance(e, Columns)), None)
                if isinstance(prev, (TitlePage, Toc)):
                    # the title page and the Toc end their page already: an empty div there
                    # would sit alone on the next page (a page that is not blank, with its
                    # furniture) and break after it. A recto: the break before the next
                    # content becomes 'right' (none needed before a chapter, which goes to a
                    # recto itself)
                    if cls == 'pbr' and not isinstance(nxt, Chapter):
                        self.out.append('<div class="pbrb"></div>')
                    continue
                self.out.append('<div class="%s"></div>' % cls)
                continue
            if isinstance(el, TitlePage):
                self.titlepage(el)
                continue
            if isinstance(el, Toc):
                self.toc(el, idx)
                continue
            if isinstance(el, Chapter):
                self.chapter(el)
                continue
            self.open_cols()
            if isinstance(el, Heading):
                lvl = min(max(1, int(el.level or 1)), 4)
                self.out.append('<h%d>%s</h%d>' % (lvl, self.text(el.text), lvl))
            elif isinstance(el, Paragraph):
                self.para(el)
            elif isinstance(el, ListItem):
                self.item(el)
            elif isinstance(el, Caption):
                self.out.append('<div class="figure"><div class="box" style="height: %.1fpt">'
                                '</div><p class="caption">%s</p></div>'
                                % (float(el.figure_height or 80.0), self.text(el.text)))
            elif isinstance(el, Slot):
                self.slot(el)
        self.close_cols()
        if self.used_notes and not self.foot:
            heading = self.lay.settings.get('notes_heading', NOTES_HEADING)
            self.out.append('<section class="endnotes"><h2>%s</h2>' % escape(heading))
            for n in sorted(self.used_notes):
                note = self.doc.footnotes[n - 1]
                self.out.append('<p class="en">%d\u00a0%s</p>' % (n, escape(_FN.sub('', note))))
            self.out.append('</section>')

    # ---------------------------------------------------------------- CSS
    def css(self):
        lay = self.lay
        s = lay.settings or {}
        font = lay.font or 'DejaVu Serif'
        generic = 'sans-serif' if font in SANS else 'serif'
        family = '%s, %s' % (css_string(font), generic)
        hfont = s.get('heading_font')
        hfamily = '%s, %s' % (css_string(hfont), 'sans-serif' if hfont in SANS else 'serif') \
            if hfont else 'inherit'
        fs = float(lay.font_size or 10.0)
        lead = float(lay.leading or 1.2)
        m = float(lay.margin_mm or 25.0)
        fur = 'font-family: %s; font-size: %.1fpt; color: #333;' % (family, max(7.0, fs * 0.8))
        hyph = 'auto' if lay.hyphenate else 'manual'
        align = 'justify' if lay.justify else 'left'
        tw = float(lay.time_width or 0.22)
        c = []
        # ------------------------------------------------ pages and furniture
        c.append('@page { size: %s; margin: %.1fmm %.1fmm %.1fmm %.1fmm; }'
                 % (PAPER.get(lay.paper, 'A4'), m, m, m, m))
        # footer
        foot = lay.footer
        if foot == 'outer':
            c.append('@page :right { @bottom-right { content: counter(page); %s } }' % fur)
            c.append('@page :left { @bottom-left { content: counter(page); %s } }' % fur)
        elif foot in ('num', 'dash', 'page_of'):
            if foot == 'num':
                content = 'counter(page)'
            elif foot == 'dash':
                content = '"\u2013 " counter(page) " \u2013"'
            else:
                content = page_of_content(s.get('page_of', 'Page {n} of {N}'))
            pos = s.get('footer_pos', 'bottom-right' if foot == 'page_of' else 'bottom-center')
            c.append('@page { @%s { content: %s; %s } }' % (pos, content, fur))
        # header
        if lay.header == 'title':
            pos = s.get('header_pos', 'top-left')
            c.append('@page { @%s { content: %s; %s } }' % (pos, css_string(lay.header_text),
                                                             fur))
            c.append('@page :first { @%s { content: none; } }' % pos)
        elif self.book:
            c.append('@page :left { @top-left { content: %s; %s } }'
                     % (css_string(lay.header_text), fur))
            c.append('@page :right { @top-right { content: string(running, first-except); '
                     '%s } }' % fur)
            c.append('@page :first { @top-left { content: none; } @top-right '
                     '{ content: none; } }')
            c.append('@page toc { @top-left { content: none; } @top-right { content: none; } }')
            # the odd-page running header before the first chapter (div.runinit, never on
            # body: WeasyPrint records a string-set on every page its box reaches), then the
            # chapters'
            c.append('h1.chapter, div.runinit { string-set: running attr(data-running); }')
            c.append('div.runinit { height: 0; margin: 0; padding: 0; }')
        # pages without furniture
        none = ' '.join('@%s { content: none; }' % b for b in (
            'top-left', 'top-center', 'top-right', 'bottom-left', 'bottom-center',
            'bottom-right'))
        c.append('@page titlepage { %s }' % none)
        if self.wp:
            c.append('@page :blank { %s }' % none)
        # ------------------------------------------------ body
        c.append('html { font-family: %s; font-size: %.2fpt; line-height: %.3f; color: #000; }'
                 % (family, fs, lead))
        c.append('body { margin: 0; }')
        c.append('p, div.li, td { hyphens: %s; -webkit-hyphens: %s; }' % (hyph, hyph))
        c.append('p { margin: 0; text-align: %s; orphans: 2; widows: 2; }' % align)
        if lay.paragraph_style == 'indent':
            c.append('p.p + p.p { text-indent: %.1fem; }' % float(s.get('indent_em', 1.5)))
            c.append('p.p { margin-bottom: 0; }')
            c.append('h1 + p.p, h2 + p.p { text-indent: 0; }')
        else:
            c.append('p.p { margin-bottom: %.2fem; }' % (0.55 * lead))
        sizes = {1: 1.6, 2: 1.3, 3: 1.12, 4: 1.0}
        for lvl, k in sizes.items():
            c.append('h%d { font-family: %s; font-size: %.2fpt; font-weight: bold; '
                     'line-height: 1.2; margin: %.1fpt 0 %.1fpt; text-align: left; '
                     'hyphens: manual; break-after: avoid; %s}'
                     % (lvl, hfamily, fs * k, fs * (1.3 if lvl <= 2 else 0.9), fs * 0.5,
                        'font-style: italic; ' if lvl == 4 else ''))
        c.append('.mc { column-gap: %.1fmm; column-fill: balance; }' % float(lay.column_gap_mm))
        # lists: hanging indent by depth, printed marker as text
        ind = float(s.get('list_indent_mm', 6.0))
        for d in range(5):
            c.append('div.li.d%d { padding-left: %.1fmm; text-indent: -%.1fmm; }'
                     % (d, ind * (d + 1), ind))
        c.append('div.li { margin: 0 0 %.2fem; text-align: %s; }' % (0.3 * lead, align))
        c.append('div.li .mk { display: inline-block; min-width: %.1fmm; text-indent: 0; }'
                 % (ind - 1.5))
        # captions
        c.append('div.figure { break-inside: avoid; margin: 0.6em 0 0.8em; }')
        c.append('div.box { background: #d9d9d9; margin-bottom: 0.3em; }')
        c.append('p.caption { font-size: %.1fpt; font-style: italic; text-align: left; }'
                 % (fs * 0.88))
        # agenda
        c.append('table.agenda { width: 100%; border-collapse: collapse; margin: 0.4em 0 1em;'
                 ' table-layout: fixed; }')
        c.append('table.agenda col.tc { width: %.1f%%; }' % (tw * 100))
        c.append('table.agenda td { vertical-align: top; text-align: left; }')
        c.append('table.agenda tr { break-inside: avoid; }')
        c.append('table.agenda p { text-align: left; }')
        c.append('table.agenda.table td { border: 0.6pt solid #444; padding: 3pt 4pt; }')
        c.append('table.agenda.grid td { border: none; padding: 2pt 6pt 5pt 0; }')
        tsize = float(s.get('time_scale', 0.9 if s.get('time_small', True) else 1.0))
        c.append('table.agenda.grid td.time { font-size: %.1fpt; }' % (fs * tsize))
        if s.get('time_bold'):
            c.append('td.time, span.st { font-weight: bold; }')
        c.append('p.stt { margin-bottom: 0.2em; }')
        c.append('p.sc { margin-bottom: 0.2em; }')
        c.append('div.slot { margin: 0 0 0.7em; break-inside: avoid; }')
        c.append('p.sl { font-weight: bold; text-align: left; margin-bottom: 0.2em; }')
        c.append('p.sl span.st { padding-right: 1.2em; }')
        # title page, toc, chapters
        c.append('section.titlepage { page: titlepage; break-after: page; text-align: center;'
                 ' padding-top: %s; }' % s.get('title_top', '30%'))
        c.append('p.tl { text-align: center; margin: 0 0 0.8em; line-height: 1.25; '
                 'hyphens: manual; }')
        if self.book:
            c.append('section.toc { page: toc; }')
        c.append('section.toc { break-after: page; }')
        c.append('p.te { text-align: left; margin: 0 0 0.35em; hyphens: manual; }')
        c.append('p.te a { color: inherit; text-decoration: none; }')
        if self.wp:
            lead_ch = s.get('toc_leader', '.')
            if lead_ch:
                c.append("p.te a::after { content: leader(%s) target-counter(attr(href), page);"
                         " }" % css_string(lead_ch))
            else:
                c.append("p.te a::after { content: '  ' target-counter(attr(href), page); }")
        c.append('h1.chapter { break-before: %s; margin-top: 0; }'
                 % ('right' if self.twoside else 'page'))
        c.append('div.pb { break-after: page; }')
        c.append('div.pbr { break-after: right; }')
        c.append('div.pbrb { break-before: right; }')
        # footnotes
        if self.foot:
            c.append('span.fn { float: footnote; font-size: %.1fpt; line-height: 1.2; '
                     'text-indent: 0; font-weight: normal; font-style: normal; '
                     'text-align: left; }' % (fs * 0.8))
            c.append('span.fn::footnote-call { content: attr(data-n); vertical-align: super; '
                     'font-size: 65%; line-height: 0; }')
            c.append('span.fn::footnote-marker { content: none; }')
            # (WeasyPrint 57 misplaces notes when the area has two of border, padding, margin)
            c.append('@page { @footnote { border-top: 0.5pt solid #666; } }')
        c.append('sup.call { font-size: 65%; line-height: 0; vertical-align: super; }')
        c.append('section.endnotes { margin-top: 1.5em; }')
        c.append('p.en { font-size: %.1fpt; text-align: left; margin-bottom: 0.3em; }'
                 % (fs * 0.85))
        return '\n'.join(c)

    def html(self):
        self.body()
        lang = self.doc.lang or 'en'
        head = ['<!DOCTYPE html>', '<html lang="%s">' % html.escape(lang),
                '<head><meta charset="utf-8">',
                '<title>%s</title>' % html.escape(re.sub(r'<[^>]*>', '', self.doc.title or
                                                          self.doc.name)),
                '<meta name="dcterms.created" content="2030-01-01T00:00:00Z">',
                '<meta name="dcterms.modified" content="2030-01-01T00:00:00Z">',
                '<style>', self.css(), '</style></head><body>']
        return '\n'.join(head + self.out + ['</body></html>']) + '\n'


def to_html(doc, engine: str) -> str:
    """The HTML (with its CSS) of doc for engine 'chromium' or 'weasyprint'."""
    return _Writer(doc, engine).html()
