"""Doc -> groff -ms source, shared by the producers 'gropdf' (groff -Tpdf) and 'ghostscript'
(groff -Tps | ps2pdf). Not a producer itself.

`build(doc, workdir, device)` writes `<name>.ms` into workdir, runs groff (as often as needed
for Toc page numbers and the N of 'page_of' footers) and returns the output bytes (PDF for
device 'pdf', PostScript for 'ps'). `to_ms(doc, ...)` returns the source alone.

What it prints (the gold writer rebuilds these strings from the Layout):
- Our own PT/BT macros (the -ms page header/footer hooks) draw the furniture, using registers
  that the source sets before each page break:
  header 'title': Layout.header_text (top left) on every page but page 1, TitlePage pages and
  blank pages. Header 'book' (twoside): even pages Layout.header_text (top left), odd pages
  the running text of the current Chapter (top right; doc.header_odd before the first one);
  nothing on page 1, on a chapter's first page, on Toc pages, TitlePage and blank pages.
  Footers (centred, or 'outer' at the right on odd / left on even pages): 'num' "7",
  'dash' "– 7 –", 'page_of' Layout.settings['page_of'] with {n} {N}; none on TitlePage and
  blank pages. Page numbers are physical (the title page counts).
- Footnote calls: our number as a superscript right after the preceding character; the note
  (.FS "N" ... .FE) at the foot of the page, or of the column in 2-column flow, starting "N ".
  footnotes='end': a level-2 heading Layout.settings['notes_heading'] then "N text" paragraphs.
- Slots: 'grid' = the time (bold) as the tag of an indented paragraph (.IP, width
  time_width of the line), title bold beside it, content below in the same indent; 'table' =
  one boxed tbl table per Slot (.TS H: time | title + first content element, then one table
  row per further content element, so that a long Slot runs onto the next page; the
  notes of a call inside a table are set right after that Slot's table); 'list' = one bold
  line "time title" then the content.
- Caption: a light grey filled rectangle of figure_height points, then the caption in italic,
  one point smaller.
- Toc: Toc.heading (level 1) then "Title" + dot leaders (Layout.settings 'toc_leaders' /
  'toc_leader') + page number of the Chapter, for every Chapter that follows.
- Hyphenation: fr = groff's hyphen.fr, en = hyphen.us + hyphenex.us, es = TeX's hyph-es.tex
  patterns (texlive hyph-utf8) converted to Latin-1 into workdir as hyphen.es.
- Fonts: the PostScript families groff ships (URW clones): FAMILIES below. They lack many
  Central-European and Vietnamese letters (č ř ě ů ą ę ż ő ű ā ș ț ...). Those made of a
  base letter and an accent over it (or a cedilla) that pdftotext puts back together are
  composed (COMPOSED: `.char \\[u0072_030C]` = the letter, then the accent glyph centred
  over it, raised by the letter's height above the x-height): pdftotext extracts "r" +
  U+030C, NFC-equal to "ř", in every family and style, with gropdf and with grops+ps2pdf.
  Not composed, because pdftotext would not give the letter back: the ogonek (ą ę: it
  extracts U+02DB apart from the letter), comma below (ș ț), i/j with an accent (the dot),
  letters with no decomposition (ħ đ ł ...). For those groff warns "can't find special
  character"; build() then raises GlyphError (a ProducerError) naming them.
"""
from __future__ import annotations

import os
import re
import subprocess
import unicodedata

from ..model import (Caption, Chapter, Columns, Heading, ListItem, PageBreak, Paragraph, Slot,
                     TitlePage, Toc)
from .common import ProducerError, base_env

# family name (CAPS['fonts']) -> groff family
FAMILIES = {
    'Times': 'T',
    'Helvetica': 'H',
    'Palatino': 'P',
    'New Century Schoolbook': 'N',
    'Bookman': 'BM',
    'Avant Garde': 'A',
}
DEFAULT_FONT = 'Times'
PAPER = {'a4': (595.276, 841.89), 'letter': (612.0, 792.0)}
HYPH_ES_TEX = '/usr/share/texlive/texmf-dist/tex/generic/hyph-utf8/patterns/tex/hyph-es.tex'
_FN = re.compile(r'\{\{fn:(\d+)\}\}')
_TAG = re.compile(r'(</?[bi]>)')
MARKER_GLYPH = {'\u2022': '\\(bu', '\u2013': '\\(en', '\u2014': '\\(em', '\u25aa': '\\(sq',
                '\u25e6': '\\(ci', '-': '\\-'}


# groff accent glyph of each combining mark that pdftotext recombines with the letter before
# it (poppler's table of spacing diacritics; the ogonek U+02DB is not in it)
ACCENTS = {'\u0300': 'ga', '\u0301': 'aa', '\u0302': 'a^', '\u0303': 'a~', '\u0304': 'a-',
           '\u0306': 'ab', '\u0307': 'a.', '\u0308': 'ad', '\u030a': 'ao', '\u030b': 'a"',
           '\u030c': 'ah', '\u0327': 'ac'}
BELOW = {'\u0327'}
# letters the groff fonts lack that are composed (checked: every family, R/B/I, gropdf and
# grops+ps2pdf, pdftotext -raw and -layout give the NFC-equal letter back)
COMPOSED = ('\u0100\u0101\u0102\u0103\u0108\u0109\u010a\u010b\u010c\u010d\u010e'
            '\u0112\u0113\u0114\u0115\u0116\u0117\u011a\u011b\u011c\u011d'
            '\u0120\u0121\u0124\u0125\u0128\u012a\u012c\u0134\u0139\u013a\u0143\u0144'
            '\u0147\u0148\u014c\u014d\u014e\u014f\u0150\u0151\u0154\u0155\u0158\u0159'
            '\u015a\u015b\u015c\u015d\u0162\u0163\u0164\u0168\u0169\u016a\u016b\u016c'
            '\u016d\u016e\u016f\u0170\u0171\u0174\u0175\u0176\u0177\u0179\u017a\u017b'
            '\u017c\u1ebd')


def composite_char(ch: str) -> str:
    """The `.char` request that composes ch (a letter of COMPOSED) from its base letter and
    an accent glyph: the letter, then the accent centred on the letter's width (over it,
    raised by the letter's height above that of "x"; or below it), the letter's width."""
    base, mark = unicodedata.normalize('NFD', ch)
    acc = ACCENTS[mark]
    name = 'u%04X_%04X' % (ord(base), ord(mark))
    raise_ = '' if mark in BELOW else (
        "\\R@idm*ch \\\\n[rst]@\\R@idm*xw \\w'x'@\\R@idm*xh \\\\n[rst]@")
    vert = '' if mark in BELOW else "\\v'(\\\\n[idm*xh]u-\\\\n[idm*ch]u)<?0'"
    return (".char \\[%s] \\R@idm*cw \\w'%s'@%s\\Z'%s'"
            "\\Z@\\h'(\\\\n[idm*cw]u-\\w'\\[%s]'u)/2u'%s\\[%s]@\\h'\\\\n[idm*cw]u'"
            % (name, base, raise_, base, acc, vert, acc))


class GlyphError(ProducerError):
    """The document has characters the groff fonts cannot print (`chars`)."""

    def __init__(self, msg, chars):
        super().__init__(msg)
        self.chars = chars


# ----------------------------------------------------------------------------- escaping

def esc(s: str) -> str:
    """Plain text -> groff input (no markup handling): backslash, quotes, spaces."""
    s = s.replace('\\', '\\e')
    s = s.replace('\t', ' ').replace('\n', ' ')
    s = s.replace("'", "\\(aq").replace('`', '\\(ga').replace('~', '\\(ti').replace('^', '\\(ha')
    s = s.replace('\u00a0', '\\~').replace('\u202f', '\\~').replace('\u2009', '\\~')
    s = s.replace('\u00ad', '')
    s = re.sub(' {2,}', ' ', s)
    return s


def _font(base, b, i):
    bold = b or 'B' in base
    ital = i or 'I' in base
    return 'BI' if bold and ital else 'B' if bold else 'I' if ital else 'R'


def inline(text: str, base: str = 'R') -> str:
    """Element text with <b>/<i> markup -> groff (explicit \\f[..] switches), calls removed."""
    out, b, i = [], 0, 0
    for part in _TAG.split(_FN.sub('', text)):
        if part in ('<b>', '</b>', '<i>', '</i>'):
            if part == '<b>':
                b += 1
            elif part == '</b>':
                b = max(0, b - 1)
            elif part == '<i>':
                i += 1
            else:
                i = max(0, i - 1)
            out.append('\\f[%s]' % _font(base, b, i))
        else:
            out.append(esc(part))
    if b or i:
        out.append('\\f[%s]' % base)
    return ''.join(out)


def plain(text: str) -> str:
    return re.sub(r'\s+', ' ', _TAG.sub('', _FN.sub('', text))).strip()


def line(s: str) -> str:
    """One input line of text: protect a leading control character or space."""
    s = s.lstrip(' ')
    if s[:1] in ('.', "'") or s.startswith('\\(aq'):
        return '\\&' + s
    return s


def arg(s: str) -> str:
    """A macro argument (double-quoted)."""
    return '"%s"' % s.replace('"', '\\(dq')


# ----------------------------------------------------------------------------- source

class _Writer:
    def __init__(self, doc, device, pages=None, total=None):
        self.doc = doc
        self.lay = doc.layout
        self.device = device
        self.pages = pages or {}         # chapter index -> page (previous pass)
        self.total = total or 0          # page count (previous pass)
        self.o = []
        L = self.lay
        self.book = L.header == 'book' and L.twoside
        self.twoside = bool(L.twoside)
        w, h = PAPER.get(L.paper, PAPER['a4'])
        self.pw, self.ph = w, h
        self.margin = L.margin_mm * 72.0 / 25.4
        self.ll = w - 2 * self.margin
        self.gap = L.column_gap_mm * 72.0 / 25.4
        # whole points, rounded down: -ms counts its columns as LL-colw/(colw+gutter)+1, so
        # 2 columns + the gutter must not exceed the line length (one point too wide and -ms
        # sets one column: the body at full width, .1C no longer starts a page)
        self.colw = float((round(self.ll) - round(self.gap)) // 2)
        self.cols = 1
        self.at_top = True               # nothing set on the current page yet
        self.pending = None              # None | 'page' | 'recto' | '1C' | '1C-recto'
        self.rs = 0                      # .RS depth of the current list
        self.chapters = 0
        self.endnotes = []
        self.fn_end = L.footnotes == 'end'

    # -- helpers
    def emit(self, *lines):
        self.o.extend(lines)

    def width(self):
        return self.colw if self.cols == 2 else self.ll

    def text_lines(self, text, base='R', defer_notes=False, notes_out=None):
        """Text with footnote calls -> input lines; .FS/.FE right after each call (or, with
        defer_notes, appended to notes_out to be set after the enclosing table)."""
        parts = _FN.split(text)
        out = []
        # keep the markup state across the split: rebuild per piece with its font state
        state = {'b': 0, 'i': 0}

        def piece(t):
            res, b, i = [], state['b'], state['i']
            if b or i:
                res.append('\\f[%s]' % _font(base, b, i))
            for p in _TAG.split(t):
                if p in ('<b>', '</b>', '<i>', '</i>'):
                    if p == '<b>':
                        b += 1
                    elif p == '</b>':
                        b = max(0, b - 1)
                    elif p == '<i>':
                        i += 1
                    else:
                        i = max(0, i - 1)
                    res.append('\\f[%s]' % _font(base, b, i))
                else:
                    res.append(esc(p))
            state['b'], state['i'] = b, i
            return ''.join(res)

        cur = ''
        for k in range(0, len(parts), 2):
            chunk = piece(parts[k])
            if k + 1 >= len(parts):
                cur += chunk
                break
            n = int(parts[k + 1])
            cur += chunk + '\\*{%d\\*}' % n
            nxt = parts[k + 2] if k + 2 < len(parts) else ''
            note = self.doc.footnotes[n - 1] if 0 < n <= len(self.doc.footnotes) else ''
            if self.fn_end:
                self.endnotes.append((n, note))
                continue
            if defer_notes:
                notes_out.append((n, note))
                continue
            joined = not nxt[:1].isspace() and nxt != ''
            out.append(line(cur) + ('\\c' if joined else ''))
            out += ['.FS %s' % arg(str(n)), line(inline(note)) if plain(note) else '\\&', '.FE']
            cur = ''
            if k + 2 < len(parts):
                parts[k + 2] = parts[k + 2].lstrip(' ')
        if state['b'] or state['i']:
            cur += '\\f[%s]' % base
        if cur.strip():
            out.append(line(cur))
        return out

    def notes_after(self, notes):
        for n, note in notes:
            self.emit('.FS %s' % arg(str(n)), line(inline(note)) if plain(note) else '\\&',
                      '.FE')

    def close_list(self):
        while self.rs > 0:
            self.emit('.RE')
            self.rs -= 1

    # -- page breaks: set the registers for the next page, then break
    def want_break(self, kind):
        if kind in ('recto',) and not self.twoside:
            kind = 'page'
        p = self.pending
        if p is None:
            self.pending = kind
        elif kind == 'recto':
            self.pending = '1C-recto' if p.startswith('1C') else 'recto'
        elif kind == '1C':
            self.pending = '1C-recto' if p == 'recto' else '1C'

    def flush_break(self, nohead=False, nofurn=False, toc=False):
        """Emits the pending break with the flags of the page that the next element opens."""
        regs = []
        regs.append('.nr idm*intoc %d' % (1 if (toc and self.book) else 0))
        if nohead and self.book:
            regs.append('.nr idm*nxt-nohead 1')
        if nofurn:
            regs.append('.nr idm*nxt-nofurn 1')
        p = self.pending
        self.pending = None
        if not self.started:
            # page 1: its PT runs at the first output, after these registers
            self.emit(*regs)
            return
        if p is None or (self.at_top and not p.startswith('1C')):
            return
        self.close_list()
        self.emit(*regs)
        if p.endswith('recto'):
            self.emit('.nr idm*recto 1')
        if p.startswith('1C'):
            self.emit('.idm-1C')
            self.phys_cols = 1
        else:
            self.emit('.rs', '.bp')
        if p.endswith('recto'):
            self.emit('.if \\n[idm*blank] \\{\\', '\\&', '.bp', '.\\}')
        self.at_top = True

    def content(self, **flags):
        """Called before an element prints anything: the pending break (with the flags of
        the page it opens), then the pending switch to two columns."""
        self.flush_break(**flags)
        if self.need_mc:
            self.close_list()
            self.emit('.nr FL %dp' % round(self.colw),
                      '.MC %dp %dp' % (round(self.colw), round(self.gap)))
            self.phys_cols = 2
            self.need_mc = False
        self.started = True
        self.at_top = False

    # -- preamble
    def preamble(self):
        L, doc = self.lay, self.doc
        fam = FAMILIES.get(L.font or DEFAULT_FONT, 'T')
        ps = int(round(L.font_size * 1000))
        vs = int(round(L.font_size * L.leading * 1000))
        e = self.emit
        e('.\\" %s -- generated by idmgen.producers.groff_ms; edit the generator, not this file'
          % doc.name)
        e('.pc', '.ds FAM %s' % fam, '.fam %s' % fam)
        e('.nr PS %d' % ps, '.nr VS %d' % vs)
        if L.paragraph_style == 'indent':
            e('.nr PD 0', '.nr PI 1.5m')
        else:
            e('.nr PD 0.5v', '.nr PI 0')
        e('.nr GROWPS 3', '.nr PSINCR 1.5p', '.nr HORPHANS 2')
        e('.nr PO %dp' % round(self.margin), '.po %dp' % round(self.margin))
        e('.nr LL %dp' % round(self.ll), '.ll %dp' % round(self.ll))
        e('.nr HM %dp' % round(self.margin), '.nr FM %dp' % round(self.margin))
        e('.nr FL %dp' % round(self.ll))
        # hyphenation: the same language in every environment (body, footnotes, furniture)
        lang = doc.lang if doc.lang in ('fr', 'en', 'es') else 'en'
        hla, hpf = {'fr': ('fr', 'hyphen.fr'), 'en': ('us', 'hyphen.us'),
                    'es': ('es', 'hyphen.es')}[lang]
        e('.mso latin9.tmac')
        for ev in ('0', 'fn', 'h'):
            e('.ev %s' % ev, '.hla %s' % hla, '.ev') if ev != '0' else e('.hla %s' % hla)
        e('.hpf %s' % hpf)
        if lang == 'en':
            e('.hpfa hyphenex.us')
        if lang == 'fr':
            e('.ss 12 0')
        e('.nr HY %d' % (4 if L.hyphenate else 0), '.hy %d' % (4 if L.hyphenate else 0))
        e('.ad %s' % ('b' if L.justify else 'l'))
        e('.defcolor idmgrey rgb 0.86 0.86 0.86')
        self.furniture()

    def furniture(self):
        L, doc = self.lay, self.doc
        e = self.emit
        hdr = esc(plain(L.header_text))
        run = esc(plain(doc.header_odd or L.header_text))
        npg = str(self.total or 0)
        if L.footer == 'dash':
            foot = "\\(en\\h'0.45m'\\\\n%\\h'0.45m'\\(en"
        elif L.footer == 'page_of':
            fmt = L.settings.get('page_of') or 'Page {n} of {N}'
            pieces = re.split(r'(\{n\}|\{N\})', fmt)
            foot = ''.join('\\\\n%' if p == '{n}' else npg if p == '{N}' else esc(p)
                           for p in pieces)
        else:
            foot = '\\\\n%'
        strings = hdr + run + foot
        delim = next(c for c in ("'", '|', '^', '@', '!', '#', '=', '+')
                     if c not in strings)
        d = delim
        e('.ds idm*hdr "%s' % hdr, '.ds idm*run "%s' % run, '.ds idm*foot "%s' % foot)
        for r in ('idm*blank', 'idm*recto', 'idm*nxt-nohead', 'idm*nxt-nofurn', 'idm*intoc',
                  'idm*h', 'idm*f'):
            e('.nr %s 0' % r)
        # PT: decides what this page carries, then prints the header
        e('.de PT',
          '.nr idm*blank 0',
          '.if \\\\n[idm*recto] \\{\\',
          '.  ie e .nr idm*blank 1',
          '.  el .nr idm*recto 0',
          '.\\}',
          '.nr idm*h 1',
          '.nr idm*f 1',
          '.ie \\\\n[idm*blank] \\{\\',
          '.  nr idm*h 0',
          '.  nr idm*f 0',
          '.\\}',
          '.el \\{\\',
          '.  if \\\\n[idm*nxt-nofurn] \\{\\',
          '.    nr idm*h 0',
          '.    nr idm*f 0',
          '.    nr idm*nxt-nofurn 0',
          '.  \\}',
          '.  if \\\\n[idm*nxt-nohead] \\{\\',
          '.    nr idm*h 0',
          '.    nr idm*nxt-nohead 0',
          '.  \\}',
          '.\\}',
          '.if \\\\n%=1 .nr idm*h 0',
          '.if \\\\n[idm*intoc] .nr idm*h 0')
        if L.header == 'title' and hdr:
            e('.if \\\\n[idm*h] .tl %s\\s-1\\\\*[idm*hdr]\\s+1%s%s%s' % (d, d, d, d))
        elif L.header == 'book':
            e('.if \\\\n[idm*h] \\{\\',
              '.  ie o .tl %s%s%s\\s-1\\\\*[idm*run]\\s+1%s' % (d, d, d, d),
              '.  el .tl %s\\s-1\\\\*[idm*hdr]\\s+1%s%s%s' % (d, d, d, d),
              '.\\}')
        e('..')
        e('.de BT', '.if \\\\n[idm*f] \\{\\')
        if L.footer == 'outer':
            e('.  ie o .tl %s%s%s\\s-1\\\\*[idm*foot]\\s+1%s' % (d, d, d, d),
              '.  el .tl %s\\s-1\\\\*[idm*foot]\\s+1%s%s%s' % (d, d, d, d))
        else:
            e('.  tl %s%s\\s-1\\\\*[idm*foot]\\s+1%s%s' % (d, d, d, d))
        e('.\\}', '..')
        # 2 -> 1 column: a new page (-ms ejects the page when it leaves multi-column mode;
        # should it not be in that mode, the page is broken here)
        e('.de idm-1C', '.nr FL %dp' % round(self.ll),
          '.if \\\\n[pg@ncols]<2 \\{\\', '.  rs', '.  bp', '.\\}', '.1C', '..')

    # -- elements
    def heading(self, level, text):
        self.close_list()
        lvl = max(1, min(4, int(level)))
        self.emit('.SH %d' % lvl, '.nh', *self.text_lines(text, base='B'))

    def paragraph(self, text):
        self.close_list()
        self.emit('.PP', *self.text_lines(text))

    def list_item(self, el, run_markers, base_depth=0):
        depth = max(0, int(el.depth)) + base_depth
        while self.rs < depth:
            self.emit('.RS')
            self.rs += 1
        while self.rs > depth:
            self.emit('.RE')
            self.rs -= 1
        mk = el.marker or ''
        widest = max(run_markers, key=len) if run_markers else mk
        g = MARKER_GLYPH.get(mk, esc(mk))
        wg = MARKER_GLYPH.get(widest, esc(widest))
        self.emit('.IP %s \\w%s%s%su+1.2n' % (arg(g), "'", wg.replace("'", "\\(aq"), "'"),
                  *self.text_lines(el.text))

    def caption(self, el):
        self.close_list()
        h = max(10.0, float(el.figure_height or 80.0))
        w = self.width()
        self.emit('.LP', '.ne %dp+3v' % round(h), '.sp %dp-1v' % round(h),
                  "\\M[idmgrey]\\D'P %dp 0 0 -%dp -%dp 0'\\M[]" % (round(w), round(h), round(w)),
                  '.sp 0.4v', '.LP', '.ft I', '.ps -1')
        self.emit(*self.text_lines(el.text, base='I'))
        self.emit('.ft R')

    def slot(self, el):
        self.close_list()
        form = self.lay.agenda_form
        if form == 'table':
            return self.slot_table(el)
        if form == 'list':
            self.emit('.LP', '.ne 3v')
            self.emit(*self.text_lines('<b>%s %s</b>' % (el.time, el.title)))
            self.slot_content(el.content, indent=None)
            return
        tw = self.lay.time_width * self.width()
        self.emit('.IP %s %dp' % (arg('\\f[B]%s\\f[R]' % esc(plain(el.time))), round(tw)))
        self.emit(*self.text_lines('<b>%s</b>' % el.title))
        self.slot_content(el.content, indent=tw)

    def slot_content(self, content, indent):
        markers = self._runs(content)
        for k, c in enumerate(content):
            if isinstance(c, ListItem):
                if indent is not None and self.rs == 0:
                    self.emit('.RS')    # relative to the time tag's indent
                    self.rs = 1
                self.list_item(c, markers.get(k), base_depth=1 if indent is not None else 0)
            else:
                self.close_list()
                if indent is not None:
                    self.emit('.IP "" %dp' % round(indent))
                else:
                    self.emit('.LP')
                self.emit(*self.text_lines(getattr(c, 'text', '')))
        self.close_list()

    def slot_table(self, el):
        """One boxed table per Slot. A tbl text block (T{ T}) cannot break across pages (a
        block taller than the room left on the page is lost), so the row is set as several
        table rows with no rule between them: time | title + the first content element, then
        one row per further content element with an empty time cell (each block starts in
        the roman font); the table (.TS H) breaks between them."""
        w = self.width()
        tw = self.lay.time_width * w
        cw = w - tw - 24
        notes = []
        # .TS H/.TH (no header rows): tbl breaks a boxed table across pages only with them
        o = ['.TS H', 'box tab(\t);', 'lw(%dp) | lw(%dp).' % (round(tw - 12), round(cw)),
             '.TH']
        pieces = [self.text_lines('<b>%s</b>' % el.title, defer_notes=True, notes_out=notes)]
        for c in el.content:
            lines = self.text_lines(getattr(c, 'text', ''), defer_notes=True, notes_out=notes)
            if isinstance(c, ListItem):
                mk = MARKER_GLYPH.get(c.marker, esc(c.marker))
                wd = '%.1fn' % (1.0 + 0.55 * max(1, len(c.marker)))
                first = lines[0] if lines else ''
                pieces.append(['.sp 0.2v', '.in %.1fn+%s' % (1.5 * c.depth, wd),
                               '.ti -%s' % wd, "%s\\h'%s-\\w'%s'u'%s" % (mk, wd, mk, first)]
                              + lines[1:] + ['.in 0'])
            else:
                pieces.append(['.sp 0.3v'] + lines)
        rows = [pieces[0] + (pieces[1] if len(pieces) > 1 else [])] + pieces[2:]
        time = esc(plain(el.time))
        for k, body in enumerate(rows):
            cell = line(time) if k == 0 else ''
            left = 'T{\n.ad l\n.hy 0\n\\f[B]%s\\f[R]\nT}' % cell if cell else ''
            o.append('%s\tT{\n%s\nT}' % (left, '\n'.join(['.ad l', '.hy 0', '.ft R'] + body)))
        o.append('.TE')
        self.emit(*o)
        self.notes_after(notes)

    def title_page(self, el):
        self.close_list()
        e = self.emit
        e('.LP', '.sp |%dp' % round(self.ph * 0.25), '.ad c', '.nh')
        base = self.lay.font_size
        for text, size, bold in el.lines:
            sz = base * float(size or 1.0)
            e('.ps %.2fp' % sz, '.vs %.2fp' % (sz * 1.25),
              '.ft %s' % ('B' if bold else 'R'))
            e(*self.text_lines(text, base='B' if bold else 'R'))
            e('.br', '.sp 1.2v')
        e('.ad %s' % ('b' if self.lay.justify else 'l'),
          '.hy %d' % (4 if self.lay.hyphenate else 0), '.ft R')
        e('.LP')

    def toc(self, el, chapters):
        self.heading(1, el.heading)
        s = self.lay.settings
        leaders = s.get('toc_leaders', True) and s.get('toc_leader', '.') != ''
        ch = s.get('toc_leader', '.') or '.'
        self.emit('.LP', '.ad l', '.hy 0', '.lc %s' % (esc(ch) if leaders else ''),
                  '.ta \\n[.l]u-\\n[.i]uR')
        for k, c in enumerate(chapters, 1):
            pg = self.pages.get(k, 0)
            title = inline(c.title)
            self.emit('.br', line('%s%s%d' % (title, '\x01' if leaders else '\t', pg)))
            self.emit('.sp 0.3v')
        self.emit('.br', '.lc', '.ad %s' % ('b' if self.lay.justify else 'l'),
                  '.hy %d' % (4 if self.lay.hyphenate else 0))

    def chapter(self, el):
        self.close_list()
        self.chapters += 1
        self.emit('.ds idm*run "%s' % esc(plain(el.running)))
        self.heading(1, el.title)
        self.emit('.br', '.tm IDMCH %d \\n%%' % self.chapters)

    # -- whole document
    def _runs(self, elements):
        """Index of each ListItem -> the markers of its run (consecutive items, same depth)."""
        out = {}
        k = 0
        while k < len(elements):
            if isinstance(elements[k], ListItem):
                j = k
                while j < len(elements) and isinstance(elements[j], ListItem):
                    j += 1
                by_depth = {}
                for m in range(k, j):
                    by_depth.setdefault(elements[m].depth, []).append(elements[m].marker)
                for m in range(k, j):
                    out[m] = by_depth[elements[m].depth]
                k = j
            else:
                k += 1
        return out

    def source(self):
        self.started = False
        self.phys_cols = 1
        self.need_mc = False
        self.preamble()
        els = self.doc.elements
        if self.lay.columns == 2:
            self.need_mc = True
            self.cols = 2
        runs = self._runs(els)
        for k, el in enumerate(els):
            if isinstance(el, PageBreak):
                self.want_break('recto' if el.odd else 'page')
            elif isinstance(el, Columns):
                if el.count >= 2:
                    self.need_mc = self.phys_cols != 2 or \
                        (self.pending or '').startswith('1C')
                    self.cols = 2
                else:
                    self.need_mc = False
                    if self.phys_cols == 2:
                        self.want_break('1C')
                    self.cols = 1
            elif isinstance(el, Chapter):
                self.want_break('recto')
                self.content(nohead=True)
                self.chapter(el)
            elif isinstance(el, TitlePage):
                self.want_break('page')
                self.content(nofurn=True)
                self.title_page(el)
                self.want_break('page')
            elif isinstance(el, Toc):
                self.want_break('page')
                self.content(toc=True, nohead=True)
                chapters = [c for c in els[k + 1:] if isinstance(c, Chapter)]
                self.toc(el, chapters)
                self.want_break('page')
            elif isinstance(el, Heading):
                self.content()
                self.heading(el.level, el.text)
            elif isinstance(el, Paragraph):
                self.content()
                self.paragraph(el.text)
            elif isinstance(el, ListItem):
                self.content()
                self.list_item(el, runs.get(k))
            elif isinstance(el, Caption):
                self.content()
                self.caption(el)
            elif isinstance(el, Slot):
                self.content()
                self.slot(el)
        self.close_list()
        if self.fn_end and self.endnotes:
            self.content()
            self.heading(2, self.lay.settings.get('notes_heading') or 'Notes')
            for n, note in self.endnotes:
                self.emit('.LP', '.ps -1', line('%d %s' % (n, inline(note))))
        # letters the fonts lack, composed (only those the document uses: the others' output
        # does not change)
        used = set(''.join(self.o))
        defs = [composite_char(c) for c in COMPOSED if c in used]
        return '\n'.join(self.o[:1] + defs + self.o[1:]) + '\n'


def to_ms(doc, device='pdf', pages=None, total=None) -> str:
    """The -ms source of doc; pages = {chapter index (1-based): page}, total = page count
    (from a previous pass; 0 on the first)."""
    return _Writer(doc, device, pages, total).source()


# ----------------------------------------------------------------------------- typesetting

def hyphen_es(workdir):
    """TeX's Spanish patterns as a Latin-1 groff pattern file workdir/hyphen.es."""
    path = os.path.join(workdir, 'hyphen.es')
    if os.path.exists(path):
        return path
    try:
        with open(HYPH_ES_TEX, encoding='utf-8') as fh:
            src = fh.read()
    except OSError:
        src = '\\patterns{\n}\n'
    lines = [ln.split('%')[0].rstrip() for ln in src.splitlines()]
    data = '\n'.join(ln for ln in lines if ln) + '\n'
    with open(path, 'wb') as fh:
        fh.write(data.encode('latin-1', 'replace'))
    return path


_MISSING = re.compile(r"can't find special character '([^']+)'")


def _char_of(name):
    try:
        if name.startswith('u'):
            return unicodedata.normalize('NFC', ''.join(chr(int(p[1:] if p.startswith('u')
                                                               else p, 16))
                                                        for p in name.split('_')))
    except ValueError:
        pass
    return name


def groff(doc, workdir, device, src_name):
    """Runs groff on workdir/src_name; returns (output bytes, stderr text)."""
    paper = 'letter' if doc.layout.paper == 'letter' else 'a4'
    dev = {'pdf': ['-Tpdf', '-P-e', '-P-p%s' % paper],
           'ps': ['-Tps', '-P-p%s' % paper]}[device]
    cmd = ['groff', '-k', '-Kutf8', '-ms', '-t', '-ww', '-M.', '-dpaper=%s' % paper] + dev + \
        [src_name]
    try:
        r = subprocess.run(cmd, cwd=workdir, env=base_env(), stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ProducerError('%s: %s' % (' '.join(cmd), exc)) from None
    err = r.stderr.decode('utf-8', 'replace')
    if r.returncode != 0 or not r.stdout:
        raise ProducerError('%s: exit %d\n%s' % (' '.join(cmd), r.returncode, err[-6000:]))
    missing = sorted({_char_of(m) for m in _MISSING.findall(err)})
    if missing:
        raise GlyphError('groff (%s, font %s): no glyph for %s in %s' % (
            device, doc.layout.font or DEFAULT_FONT,
            ' '.join('%r (U+%s)' % (c, '+'.join('%04X' % ord(x) for x in c)) for c in missing),
            doc.name), missing)
    return r.stdout, err


def _page_count(data, device):
    if device == 'pdf':
        return len(re.findall(rb'/Type\s*/Page\b(?!s)', data))
    return len(re.findall(rb'^%%Page: ', data, re.M))


def build(doc, workdir, device):
    """Typesets doc with groff for device 'pdf' or 'ps' (passes until Toc page numbers and
    the page count are stable); writes workdir/<name>.ms; returns the output bytes."""
    os.makedirs(workdir, exist_ok=True)
    if doc.lang == 'es':
        hyphen_es(workdir)
    src_name = doc.name + '.ms'
    pages, total = {}, 0
    needs_passes = doc.layout.footer == 'page_of' or any(isinstance(e, Toc)
                                                         for e in doc.elements)
    data = None
    for _ in range(5):
        src = to_ms(doc, device, pages, total)
        with open(os.path.join(workdir, src_name), 'w', encoding='utf-8') as fh:
            fh.write(src)
        data, err = groff(doc, workdir, device, src_name)
        new_pages = {int(a): int(b) for a, b in re.findall(r'^IDMCH (\d+) (\d+)$', err, re.M)}
        new_total = _page_count(data, device)
        if not needs_passes or (new_pages == pages and new_total == total):
            break
        pages, total = new_pages, new_total
    return data
