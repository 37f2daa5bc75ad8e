"""Producer 'reportlab_pdf': typesets a Doc with ReportLab's platypus (Debian python3-reportlab).

Needs Debian's /usr/bin/python3 (python3-reportlab, python3-pyphen + hyphen-fr/hyphen-es for
hyphenation). Everything is drawn by our own layout code on top of BaseDocTemplate:

- Page templates 'c1' and 'c2' (one or two Frames). A Columns element switches the flow in the
  middle of a page: the rest of the page gets new frames below the text set so far (going
  from 2 columns back to 1 while in the right-hand column starts a new page instead).
- Footnotes at the foot of the frame (= of the page, or of the column in 2-column flow): the
  frame's bottom is raised by the height of the notes of every paragraph it accepts, and the
  notes are drawn at the page end under a short rule, "N text" in smaller type. When the
  flow switches columns mid-page, the notes of the text above are set right below that text
  (foot of that part of the page).
- Furniture (headers, footers) is drawn at the end of each page, so blank pages (inserted
  before recto chapters in twoside layouts), TitlePage pages and Toc pages can go without.
- Toc: our own lines "Title ....... N", page numbers from the previous pass; the document is
  built until chapter pages and page count are stable (also for footer 'page_of').

Printed strings (the gold writer rebuilds them from the Layout):
- header 'title': Layout.header_text on every page but the first, TitlePage pages and blank
  pages.
- header 'book': even pages Layout.header_text (top left), odd pages the running text of the
  current Chapter (top right; doc.header_odd before the first Chapter); nothing on page 1,
  on a chapter's first page, TitlePage, Toc and blank pages.
- footers: 'num' "7", 'dash' "– 7 –", 'page_of' Layout.settings['page_of'] with {n} {N}
  (default "Page {n} of {N}"), 'outer' "7" bottom right on odd / bottom left on even pages.
  No footer on TitlePage and blank pages. Page numbers are physical (the title page counts).
- endnotes (footnotes='end'): heading Layout.settings.get('notes_heading', 'Notes') (level 2),
  then "N text" per note.
- Toc line: "Title" + dot leaders (Layout.settings.get('toc_leader', '.'); '' = none) + page.
- agenda 'list': one bold line "time title", then the content.
"""
from __future__ import annotations

import html
import io
import os
import re
import sys

try:
    import reportlab  # noqa: F401  (the clear message below when missing)
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    from reportlab.platypus import (ActionFlowable, BaseDocTemplate, Flowable, Frame,
                                    KeepTogether, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
except ImportError as _exc:  # pragma: no cover - depends on the interpreter
    raise ImportError('idmgen.producers.reportlab_pdf needs ReportLab (Debian python3-reportlab);'
                      ' run the generator with /usr/bin/python3 (this is %s): %s'
                      % (sys.executable, _exc)) from None

from ..model import (Caption, Chapter, Columns, Heading, ListItem, PageBreak, Paragraph as
                     MParagraph, Slot, TitlePage, Toc)
from .common import ProducerError, pin_pdf_dates

rl_config.invariant = 1

# family -> (regular, bold, italic, bold italic) files (Debian font packages, TrueType only:
# ReportLab cannot embed CFF OpenType, so no Linux Libertine / EB Garamond here)
_FONT_FILES = {
    'DejaVu Serif': ('dejavu/DejaVuSerif.ttf', 'dejavu/DejaVuSerif-Bold.ttf',
                     'dejavu/DejaVuSerif-Italic.ttf', 'dejavu/DejaVuSerif-BoldItalic.ttf'),
    'DejaVu Sans': ('dejavu/DejaVuSans.ttf', 'dejavu/DejaVuSans-Bold.ttf',
                    'dejavu/DejaVuSans-Oblique.ttf', 'dejavu/DejaVuSans-BoldOblique.ttf'),
    'Liberation Serif': ('liberation/LiberationSerif-Regular.ttf',
                         'liberation/LiberationSerif-Bold.ttf',
                         'liberation/LiberationSerif-Italic.ttf',
                         'liberation/LiberationSerif-BoldItalic.ttf'),
    'Liberation Sans': ('liberation/LiberationSans-Regular.ttf',
                        'liberation/LiberationSans-Bold.ttf',
                        'liberation/LiberationSans-Italic.ttf',
                        'liberation/LiberationSans-BoldItalic.ttf'),
    'Liberation Sans Narrow': ('liberation/LiberationSansNarrow-Regular.ttf',
                               'liberation/LiberationSansNarrow-Bold.ttf',
                               'liberation/LiberationSansNarrow-Italic.ttf',
                               'liberation/LiberationSansNarrow-BoldItalic.ttf'),
    'Carlito': ('crosextra/Carlito-Regular.ttf', 'crosextra/Carlito-Bold.ttf',
                'crosextra/Carlito-Italic.ttf', 'crosextra/Carlito-BoldItalic.ttf'),
    'Noto Serif': ('noto/NotoSerif-Regular.ttf', 'noto/NotoSerif-Bold.ttf',
                   'noto/NotoSerif-Italic.ttf', 'noto/NotoSerif-BoldItalic.ttf'),
    'Noto Sans': ('noto/NotoSans-Regular.ttf', 'noto/NotoSans-Bold.ttf',
                  'noto/NotoSans-Italic.ttf', 'noto/NotoSans-BoldItalic.ttf'),
}
_FONT_DIR = '/usr/share/fonts/truetype'
FONTS = [f for f, files in _FONT_FILES.items()
         if all(os.path.exists(os.path.join(_FONT_DIR, p)) for p in files)]
FALLBACK = 'DejaVu Sans'     # for characters a family lacks (▪ ◦ in Noto, U+202F ...)

CAPS = {
    'columns': 2,
    'twoside': True,
    'foot_footnotes': True,
    'toc_pages': True,
    'agenda_forms': ['table', 'grid', 'list'],
    'fonts': FONTS,
    'hyphenate': True,
}

NOTES_HEADING = 'Notes'
HYPH_LANG = {'fr': 'fr_FR', 'en': 'en_US', 'es': 'es_ES'}
_FN = re.compile(r'\{\{fn:(\d+)\}\}')
_registered = {}


def _psname(family, k):
    return family.replace(' ', '') + ('', '-Bold', '-Italic', '-BoldItalic')[k]


def _register(family):
    """Registers the family's four faces; returns {name: set of code points} of the regular."""
    if family in _registered:
        return _registered[family]
    if family not in _FONT_FILES:
        raise ProducerError('reportlab: unknown font family %r (have %s)' % (family, FONTS))
    names = []
    cmap = None
    for k, rel in enumerate(_FONT_FILES[family]):
        name = _psname(family, k)
        font = TTFont(name, os.path.join(_FONT_DIR, rel))
        pdfmetrics.registerFont(font)
        names.append(name)
        if k == 0:
            cmap = set(font.face.charToGlyph)
    registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2],
                       boldItalic=names[3])
    _registered[family] = cmap
    return cmap


# --------------------------------------------------------------------------- markup
def _markup(s, cmap, fallback_name):
    """Model text -> ReportLab paragraph markup (<b>, <i>, calls as <super>N</super>)."""
    s = _FN.sub(lambda m: '\x01%s\x02' % m.group(1), s or '')
    s = html.escape(s, quote=False)
    for t in ('b', 'i'):
        s = s.replace('&lt;%s&gt;' % t, '<%s>' % t).replace('&lt;/%s&gt;' % t, '</%s>' % t)
    s = s.replace('\x01', '<super>').replace('\x02', '</super>')
    if cmap is not None:
        out = []
        for ch in s:
            if ord(ch) > 127 and ord(ch) not in cmap:
                out.append('<font name="%s">%s</font>' % (fallback_name, ch))
            else:
                out.append(ch)
        s = ''.join(out)
    return s


def _plain(s):
    return re.sub(r'</?[bi]>', '', _FN.sub('', s or ''))


# --------------------------------------------------------------------------- footnotes
def _walk_supers(obj, out, seen, depth=0):
    if depth > 8:
        return
    tag = getattr(obj, '__tag__', None)
    if tag is not None:
        if tag == 'super' and getattr(obj, 'rise', 0) and id(obj) not in seen:
            seen.add(id(obj))
            t = (getattr(obj, 'text', '') or '').strip()
            if t.isdigit():
                out.append(int(t))
        return
    if isinstance(obj, (list, tuple)):
        for x in obj:
            _walk_supers(x, out, seen, depth + 1)


class FnPara(Paragraph):
    """A paragraph whose footnote calls are found in its fragments (also after a split)."""

    def fn_numbers(self):
        out = []
        _walk_supers(getattr(self, 'frags', []), out, set())
        return out


def _notes_of(flowable):
    forced = getattr(flowable, '_fn', None)
    if forced is not None:
        return list(forced)
    if isinstance(flowable, FnPara):
        return flowable.fn_numbers()
    return []


class FnFrame(Frame):
    """A frame that keeps room at its foot for the notes of the flowables it accepts."""

    st = None   # the _State, set on creation

    def _reset(self):
        Frame._reset(self)
        self._geom()

    def _add(self, flowable, canv, trySplit=0):
        st = self.st
        nums = [n for n in _notes_of(flowable) if n not in st.placed] if st.foot else []
        if not nums:
            return Frame._add(self, flowable, canv, trySplit)
        nh = st.notes_height(self, nums)
        self._y1p += nh
        ok = Frame._add(self, flowable, canv, trySplit)
        if not ok:
            self._y1p -= nh
            if self._atTop and not trySplit:
                # cannot make room: set it anyway, the notes overlap (pathological)
                ok = Frame._add(self, flowable, canv, trySplit)
                if ok:
                    st.register(self, nums)
            return ok
        st.register(self, nums)
        return ok

    add = _add

    def split(self, flowable, canv):
        st = self.st
        nums = [n for n in _notes_of(flowable) if n not in st.placed] if st.foot else []
        if not nums:
            return Frame.split(self, flowable, canv)
        if not isinstance(flowable, FnPara):
            nh = st.notes_height(self, nums)
            self._y1p += nh
            try:
                r = Frame.split(self, flowable, canv)
            finally:
                self._y1p -= nh
            if r:
                r[0]._fn = nums
                for x in r[1:]:
                    x._fn = []
            return r
        reserve = st.notes_height(self, nums)
        best = None
        for _ in range(6):
            self._y1p += reserve
            try:
                r = Frame.split(self, flowable, canv)
            finally:
                self._y1p -= reserve
            if not r:
                break
            first = [n for n in _notes_of(r[0]) if n not in st.placed]
            need = st.notes_height(self, first) if first else 0.0
            if need <= reserve + 0.01:
                best = r
                if abs(need - reserve) < 0.01:
                    break
                reserve = need
            else:
                break
        if best is None:
            return []
        return best


class _NotesBox:
    def __init__(self, x, y, w):
        self.x, self.y, self.w = x, y, w
        self.nums = []


# --------------------------------------------------------------------------- actions
class _Act(ActionFlowable):
    """ActionFlowable calling doc.handle_<name>(*args) (our _RDoc methods)."""

    def __init__(self, name, *args):
        ActionFlowable.__init__(self, (name,) + args)


class GreyBox(Flowable):
    def __init__(self, height):
        Flowable.__init__(self)
        self.h = float(height)

    def wrap(self, aW, aH):
        self.width = aW
        return aW, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(colors.Color(0.85, 0.85, 0.85))
        c.setStrokeColor(colors.Color(0.85, 0.85, 0.85))
        c.rect(0, 0, self.width, self.h, stroke=0, fill=1)
        c.restoreState()


class TocLine(Flowable):
    """'Title ...... N': the title wraps, the page number sits at the right of the last line."""

    def __init__(self, markup, style, page, leader, fallback_font):
        Flowable.__init__(self)
        self.markup, self.style, self.page, self.leader = markup, style, page, leader
        self.fallback_font = fallback_font

    def wrap(self, aW, aH):
        fs = self.style.fontSize
        self.nw = pdfmetrics.stringWidth('888', self.style.fontName, fs)
        self.p = Paragraph(self.markup, self.style)
        self.pw, self.ph = self.p.wrap(aW - self.nw - 3 * fs, aH)
        self.width = aW
        return aW, self.ph

    def split(self, aW, aH):
        return []

    def draw(self):
        c = self.canv
        st = self.style
        self.p.drawOn(c, 0, 0)
        widths = self.p.getActualLineWidths0() or [0]
        n = len(widths)
        base = self.ph - st.fontSize - (n - 1) * st.leading
        c.saveState()
        c.setFont(st.fontName, st.fontSize)
        num = str(self.page)
        c.drawRightString(self.width, base, num)
        if self.leader:
            x0 = widths[-1] + 0.4 * st.fontSize
            x1 = self.width - pdfmetrics.stringWidth(num, st.fontName, st.fontSize) \
                - 0.4 * st.fontSize
            dw = pdfmetrics.stringWidth(self.leader, st.fontName, st.fontSize)
            if dw > 0 and x1 > x0:
                k = int((x1 - x0) / dw)
                if k > 0:
                    c.drawString(x1 - k * dw, base, self.leader * k)
        c.restoreState()


# --------------------------------------------------------------------------- state
class _State:
    def __init__(self, doc, styles, known):
        self.doc = doc
        self.lay = doc.layout
        self.styles = styles
        self.known = known               # (total pages, [chapter pages]) of the previous pass
        self.foot = self.lay.footnotes != 'end'
        self.placed = set()
        self.boxes = []                  # _NotesBox of the current page
        self.box_by_frame = {}
        self.running = doc.header_odd or ''
        self.chapter_first = set()
        self.title_pages = set()
        self.toc_pages = set()
        self.blank = set()
        self.chapter_pages = []
        self.toc_mode = False
        self.toc_touched = False
        self.cols = max(1, min(2, int(self.lay.columns or 1)))
        self.dyn = 0

    # notes -------------------------------------------------------------
    def note_para(self, n):
        text = self.doc.footnotes[n - 1] if 0 < n <= len(self.doc.footnotes) else ''
        return Paragraph('%d %s' % (n, self.styles.mk(_FN.sub('', text))), self.styles.note)

    def notes_height(self, frame, nums):
        h = 0.0
        if id(frame) not in self.box_by_frame:
            h += self.styles.note_sep
        for n in nums:
            _, ph = self.note_para(n).wrap(frame._aW, 10000)
            h += ph + self.styles.note_gap
        return h

    def register(self, frame, nums):
        box = self.box_by_frame.get(id(frame))
        if box is None:
            box = _NotesBox(frame._x1 + frame._leftPadding, frame._y1 + frame._bottomPadding,
                            frame._aW)
            self.box_by_frame[id(frame)] = box
            self.boxes.append(box)
        for n in nums:
            if n not in self.placed:
                self.placed.add(n)
                box.nums.append(n)

    def draw_box(self, canv, box, top=None):
        """Draws the notes of box; at the frame foot, or from `top` downwards."""
        if not box.nums:
            return 0.0
        paras = []
        total = self.styles.note_sep
        for n in box.nums:
            p = self.note_para(n)
            _, ph = p.wrap(box.w, 10000)
            paras.append((p, ph))
            total += ph + self.styles.note_gap
        y = (box.y + total) if top is None else top
        # rule
        y -= self.styles.note_sep * 0.55
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.setStrokeColor(colors.Color(0.3, 0.3, 0.3))
        canv.line(box.x, y, box.x + min(box.w, 50 * mm), y)
        canv.restoreState()
        y -= self.styles.note_sep * 0.45
        for p, ph in paras:
            y -= ph
            p.drawOn(canv, box.x, y)
            y -= self.styles.note_gap
        return total

    def flush_frame_notes(self, canv, frame, top):
        """Draws the notes of `frame` right below `top` now; returns their height."""
        box = self.box_by_frame.pop(id(frame), None)
        if box is None:
            return 0.0
        self.boxes.remove(box)
        return self.draw_box(canv, box, top)

    # page end ------------------------------------------------------------
    def page_end(self, canv, rdoc):
        p = rdoc.page
        for box in self.boxes:
            self.draw_box(canv, box)
        self.boxes = []
        self.box_by_frame = {}
        if self.toc_mode or self.toc_touched:
            self.toc_pages.add(p)
        self.toc_touched = self.toc_mode
        if p in self.blank or p in self.title_pages:
            return
        self.furniture(canv, p)

    def furniture(self, canv, p):
        lay = self.lay
        s = lay.settings or {}
        sty = self.styles
        pw, ph = sty.pagesize
        m = sty.margin
        fs = sty.fur_size
        canv.saveState()
        canv.setFillColor(colors.Color(0.2, 0.2, 0.2))
        canv.setFont(sty.fur_font, fs)
        top_y = ph - m + max(0.35 * m, fs * 1.4)
        bot_y = m - max(0.35 * m, fs * 1.4) - fs * 0.7
        left, right, centre = m, pw - m, pw / 2.0

        def put(text, where, y):
            text = self.fur_text(text)
            if text.startswith('\u2013 ') and text.endswith(' \u2013'):
                # dash footer: the gaps a bit wider than a space, so that extractors see them
                mid = text[2:-2]
                g = fs * 0.5
                wd = pdfmetrics.stringWidth('\u2013', sty.fur_font, fs)
                wm = pdfmetrics.stringWidth(mid, sty.fur_font, fs)
                tot = 2 * wd + 2 * g + wm
                x = left if where.endswith('left') else (right - tot if where.endswith('right')
                                                         else centre - tot / 2.0)
                canv.drawString(x, y, '\u2013')
                canv.drawString(x + wd + g, y, mid)
                canv.drawString(x + wd + 2 * g + wm, y, '\u2013')
            elif where.endswith('left'):
                canv.drawString(left, y, text)
            elif where.endswith('right'):
                canv.drawRightString(right, y, text)
            else:
                canv.drawCentredString(centre, y, text)

        # header
        if lay.header == 'title' and p != 1 and lay.header_text:
            put(lay.header_text, s.get('header_pos', 'top-left'), top_y)
        elif lay.header == 'book' and p != 1 and p not in self.chapter_first \
                and p not in self.toc_pages:
            if p % 2 == 0:
                if lay.header_text:
                    put(lay.header_text, 'top-left', top_y)
            elif self.running:
                put(self.running, 'top-right', top_y)
        # footer
        f = lay.footer
        if f == 'outer':
            put(str(p), 'bottom-right' if p % 2 else 'bottom-left', bot_y)
        elif f in ('num', 'dash', 'page_of'):
            if f == 'num':
                text = str(p)
            elif f == 'dash':
                text = '\u2013 %d \u2013' % p
            else:
                total = self.known[0] if self.known else 0
                text = s.get('page_of', 'Page {n} of {N}').replace('{n}', str(p)) \
                    .replace('{N}', str(total or 99))
            pos = s.get('footer_pos', 'bottom-right' if f == 'page_of' else 'bottom-center')
            put(text, pos, bot_y)
        canv.restoreState()

    def fur_text(self, text):
        return _plain(text)


# --------------------------------------------------------------------------- styles
class _Styles:
    def __init__(self, doc):
        lay = doc.layout
        s = lay.settings or {}
        fam = lay.font if lay.font in FONTS else (FONTS[0] if FONTS else None)
        if fam is None:
            raise ProducerError('reportlab: no TrueType font family installed')
        self.cmap = _register(fam)
        if FALLBACK in FONTS:
            _register(FALLBACK)
            self.fallback = _psname(FALLBACK, 0)
        else:
            self.fallback = _psname(fam, 0)
        self.font = _psname(fam, 0)
        hfam = s.get('heading_font')
        if hfam in FONTS:
            self.hcmap = _register(hfam)
            self.hfont = _psname(hfam, 1)
            self.hfont_i = _psname(hfam, 3)
        else:
            self.hcmap = self.cmap
            self.hfont = _psname(fam, 1)
            self.hfont_i = _psname(fam, 3)
        self.pagesize = LETTER if lay.paper == 'letter' else A4
        self.margin = float(lay.margin_mm or 25.0) * mm
        self.gap = float(lay.column_gap_mm or 8.0) * mm
        fs = float(lay.font_size or 10.0)
        lead = float(lay.leading or 1.2)
        self.fs = fs
        self.fur_font = self.font
        self.fur_size = max(7.0, fs * 0.8)
        hy = HYPH_LANG.get(doc.lang, '') if lay.hyphenate else ''
        if hy:
            try:
                import pyphen
                if hy not in pyphen.LANGUAGES:
                    hy = ''
            except ImportError:
                hy = ''
        self.hyph = hy
        align = TA_JUSTIFY if lay.justify else TA_LEFT
        space = lay.paragraph_style != 'indent'
        base = dict(fontName=self.font, fontSize=fs, leading=fs * lead, alignment=align,
                    hyphenationLang=hy, embeddedHyphenation=0, uriWasteReduce=0)
        self.body = ParagraphStyle('body', spaceAfter=(0.55 * lead * fs) if space else 0,
                                   **base)
        self.body_indent = ParagraphStyle('bodyi', parent=self.body,
                                          firstLineIndent=float(s.get('indent_em', 1.5)) * fs)
        sizes = {1: 1.6, 2: 1.3, 3: 1.12, 4: 1.0}
        self.h = {}
        for lvl, k in sizes.items():
            self.h[lvl] = ParagraphStyle(
                'h%d' % lvl, fontName=self.hfont_i if lvl == 4 else self.hfont,
                fontSize=fs * k, leading=fs * k * 1.2, alignment=TA_LEFT,
                spaceBefore=fs * (1.3 if lvl <= 2 else 0.9), spaceAfter=fs * 0.5,
                keepWithNext=1, hyphenationLang='')
        ind = float(s.get('list_indent_mm', 6.0)) * mm
        self.list_ind = ind
        self.item = {}
        for d in range(5):
            self.item[d] = ParagraphStyle(
                'li%d' % d, parent=self.body, leftIndent=ind * (d + 1), bulletIndent=ind * d,
                firstLineIndent=0, spaceAfter=0.3 * lead * fs, bulletFontName=self.font,
                bulletFontSize=fs)
        self.caption = ParagraphStyle('cap', parent=self.body, fontName=_psname(fam, 2),
                                      fontSize=fs * 0.88, leading=fs * 0.88 * lead,
                                      alignment=TA_LEFT, spaceBefore=0.3 * fs,
                                      spaceAfter=0.8 * fs, firstLineIndent=0)
        self.note = ParagraphStyle('note', fontName=self.font, fontSize=fs * 0.8,
                                   leading=fs * 0.8 * 1.2, alignment=TA_LEFT,
                                   hyphenationLang='')
        self.note_sep = fs * 1.0
        self.note_gap = fs * 0.1
        self.endnote = ParagraphStyle('en', parent=self.note, fontSize=fs * 0.85,
                                      leading=fs * 0.85 * 1.2, spaceAfter=0.3 * fs)
        tscale = float(s.get('time_scale', 0.9 if s.get('time_small', True) else 1.0))
        cell = dict(fontName=self.font, fontSize=fs, leading=fs * lead, alignment=TA_LEFT,
                    hyphenationLang='', spaceAfter=0.2 * fs)
        self.cell = ParagraphStyle('cell', **cell)
        self.cell_item = {d: ParagraphStyle('celli%d' % d, parent=self.cell,
                                            leftIndent=ind * (d + 1), bulletIndent=ind * d,
                                            bulletFontName=self.font, bulletFontSize=fs)
                          for d in range(5)}
        tfont = _psname(fam, 1) if s.get('time_bold') else self.font
        self.time = ParagraphStyle('time', parent=self.cell, fontName=tfont)
        self.time_grid = ParagraphStyle('timeg', parent=self.time, fontSize=fs * tscale,
                                        leading=fs * tscale * lead)
        self.slot_line = ParagraphStyle('sl', parent=self.cell, fontName=_psname(fam, 1),
                                        spaceBefore=0.5 * fs, keepWithNext=1)
        self.title_line = ParagraphStyle('tl', fontName=self.font, fontSize=fs,
                                         leading=fs * 1.25, alignment=TA_CENTER,
                                         spaceAfter=0.8 * fs, hyphenationLang='')
        self.toc = ParagraphStyle('toc', fontName=self.font, fontSize=fs, leading=fs * lead,
                                  alignment=TA_LEFT, spaceAfter=0.35 * fs, hyphenationLang='')

    def mk(self, s, heading=False):
        return _markup(s, self.hcmap if heading else self.cmap, self.fallback)


# --------------------------------------------------------------------------- document
class _RDoc(BaseDocTemplate):
    """BaseDocTemplate with our actions: newPage, setCols, chapter, titlePage, toc, blankEnd."""

    def __init__(self, buf, st, styles, **kw):
        self.st = st
        self.sty = styles
        BaseDocTemplate.__init__(self, buf, **kw)

    # frames -----------------------------------------------------------------
    def make_frames(self, n, top=None, tag='', bottom_raise=0.0):
        sty = self.sty
        pw, ph = sty.pagesize
        m = sty.margin
        y1 = m
        y2 = (ph - m) if top is None else top
        W = pw - 2 * m
        frames = []
        if n == 1:
            widths = [(m, W)]
        else:
            cw = (W - sty.gap) / 2.0
            widths = [(m, cw), (m + cw + sty.gap, cw)]
        for k, (x, w) in enumerate(widths):
            f = FnFrame(x, y1, w, y2 - y1, leftPadding=0, rightPadding=0, topPadding=0,
                        bottomPadding=0, id='%sf%d' % (tag, k))
            f.st = self.st
            frames.append(f)
        return frames

    def _on_page_end(self, canv, doc):
        self.st.page_end(canv, self)

    def templates(self):
        return [PageTemplate(id='c%d' % n, frames=self.make_frames(n, tag='c%d' % n),
                             onPageEnd=self._on_page_end, pagesize=self.sty.pagesize)
                for n in (1, 2)]

    def _page_empty(self):
        return self._curPageFlowableCount == 0 and self.frame is self.pageTemplate.frames[0] \
            and self.frame._atTop

    def _use_template_now(self, n):
        """Current (empty) page: use the n-column frames from the top."""
        t = self.pageTemplates[n - 1]
        self.pageTemplate = t
        for f in t.frames:
            f._reset()
        self.frame = t.frames[0]
        self.handle_frameBegin()

    # actions ----------------------------------------------------------------
    def handle_newPage(self, recto=False, cols=None):
        st = self.st
        if cols:
            st.cols = cols
        n = st.cols
        if self._page_empty():
            if self.pageTemplate is not self.pageTemplates[n - 1]:
                self._use_template_now(n)
            if recto and self.page % 2 == 0:
                st.blank.add(self.page)
                self.handle_nextPageTemplate('c%d' % n)
                self.handle_pageEnd()
            return
        self.handle_nextPageTemplate('c%d' % n)
        self.handle_pageEnd()
        if recto and (self.page + 1) % 2 == 0:
            st.blank.add(self.page + 1)
            self._hanging.append(_Act('blankEnd'))

    def handle_blankEnd(self):
        self.handle_pageEnd()

    def handle_setCols(self, n):
        st = self.st
        n = max(1, min(2, int(n)))
        if n == st.cols:
            return
        old = st.cols
        st.cols = n
        if self._page_empty():
            self._use_template_now(n)
            return
        f = self.frame
        frames = self.pageTemplate.frames
        if old == 2 and n == 1 and f is not frames[0]:
            # in the right-hand column: the left one is full, go on on a new page
            self.handle_nextPageTemplate('c1')
            self.handle_pageEnd()
            return
        y = f._y
        if f._atTop and f is not frames[0]:
            y = f._y2
        y -= self.st.flush_frame_notes(self.canv, f, y)
        y -= self.sty.fs * 0.6
        st.dyn += 1
        new = self.make_frames(n, top=y, tag='d%d' % st.dyn)
        t = PageTemplate(id='dyn%d' % st.dyn, frames=new, onPageEnd=self._on_page_end,
                         pagesize=self.sty.pagesize)
        self.pageTemplate = t
        self.frame = new[0]
        self.handle_frameBegin()
        self.handle_nextPageTemplate('c%d' % n)

    def handle_chapter(self, running):
        st = self.st
        st.running = running or ''
        st.chapter_first.add(self.page)
        st.chapter_pages.append(self.page)

    def handle_titlePage(self):
        self.st.title_pages.add(self.page)

    def handle_tocStart(self):
        self.st.toc_mode = True
        self.st.toc_touched = True

    def handle_tocEnd(self):
        self.st.toc_mode = False


# --------------------------------------------------------------------------- story
def _story(doc, st, sty):
    lay = doc.layout
    s = lay.settings or {}
    story = []
    cols = max(1, min(2, int(lay.columns or 1)))
    twoside = bool(lay.twoside)
    pw, ph = sty.pagesize
    W = pw - 2 * sty.margin
    chapter_no = 0
    prev_body = False
    used_notes = []
    foot = lay.footnotes != 'end'
    known_ch = st.known[1] if st.known else []

    def mk(t, heading=False):
        if not foot:
            for m in _FN.finditer(t or ''):
                n = int(m.group(1))
                if n not in used_notes:
                    used_notes.append(n)
        return sty.mk(t, heading)

    def col_width():
        return W if cols == 1 else (W - sty.gap) / 2.0

    def item_para(el, styles, cls=FnPara):
        d = min(max(0, int(el.depth or 0)), 4)
        marker = _plain(el.marker or '')
        style = styles[d]
        if any(ord(c) > 127 and ord(c) not in sty.cmap for c in marker):
            style = ParagraphStyle(style.name + 'fb', parent=style, bulletFontName=sty.fallback)
        return cls(mk(el.text), style, bulletText=marker)

    def slot_flowables(el):
        form = lay.agenda_form if lay.agenda_form in ('table', 'grid', 'list') else 'table'
        if form == 'list':
            F = [FnPara('%s %s' % (mk(el.time), mk(el.title)), sty.slot_line)]
            for c in el.content:
                if isinstance(c, ListItem):
                    F.append(item_para(c, sty.item))
                elif hasattr(c, 'text'):
                    F.append(FnPara(mk(c.text), sty.body))
            return [KeepTogether(F)] if len(F) < 12 else F
        tw = float(lay.time_width or 0.22)
        cw = col_width()
        tstyle = sty.time_grid if form == 'grid' else sty.time
        cell = [Paragraph('<b>%s</b>' % mk(el.title), sty.cell)]
        nums = [int(m.group(1)) for m in _FN.finditer(el.time + el.title)]
        for c in el.content:
            txt = getattr(c, 'text', '')
            nums += [int(m.group(1)) for m in _FN.finditer(txt or '')]
            if isinstance(c, ListItem):
                cell.append(item_para(c, sty.cell_item, Paragraph))
            elif hasattr(c, 'text'):
                cell.append(Paragraph(mk(c.text), sty.cell))
        t = Table([[Paragraph(mk(el.time), tstyle), cell]],
                  colWidths=[cw * tw, cw * (1 - tw)], splitByRow=1, splitInRow=1)
        pad = sty.fs * 0.35
        cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'),
                ('TOPPADDING', (0, 0), (-1, -1), pad),
                ('BOTTOMPADDING', (0, 0), (-1, -1), pad)]
        if form == 'table':
            cmds += [('BOX', (0, 0), (-1, -1), 0.6, colors.Color(0.27, 0.27, 0.27)),
                     ('LINEAFTER', (0, 0), (0, -1), 0.6, colors.Color(0.27, 0.27, 0.27)),
                     ('LEFTPADDING', (0, 0), (-1, -1), 4), ('RIGHTPADDING', (0, 0), (-1, -1), 4)]
        else:
            cmds += [('LEFTPADDING', (0, 0), (-1, -1), 0),
                     ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                     ('TOPPADDING', (0, 0), (-1, -1), 0),
                     ('BOTTOMPADDING', (0, 0), (-1, -1), pad * 2)]
        t.setStyle(TableStyle(cmds))
        if foot:
            t._fn = nums
        return [t]

    els = doc.elements
    for idx, el in enumerate(els):
        if isinstance(el, Columns):
            n = max(1, min(2, int(el.count or 1)))
            if n != cols:
                cols = n
                story.append(_Act('setCols', n))
            prev_body = False
            continue
        if isinstance(el, PageBreak):
            story.append(_Act('newPage', bool(el.odd and twoside), None))
            prev_body = False
            continue
        if isinstance(el, TitlePage):
            story.append(_Act('newPage', False, 1))
            story.append(_Act('titlePage'))
            top = s.get('title_top', '30%')
            try:
                frac = float(str(top).rstrip('%')) / 100.0 if str(top).endswith('%') else 0.3
            except ValueError:
                frac = 0.3
            story.append(Spacer(1, (ph - 2 * sty.margin) * frac))
            for line in el.lines:
                text, size, bold = (list(line) + [1.0, False])[:3]
                fsz = sty.fs * float(size or 1.0)
                pst = ParagraphStyle('tl', parent=sty.title_line, fontSize=fsz,
                                     leading=fsz * 1.25, spaceAfter=0.8 * sty.fs,
                                     fontName=_psname(_family_of(sty), 1) if bold else sty.font)
                story.append(FnPara(mk(text), pst))
            story.append(_Act('newPage', False, cols))
            prev_body = False
            continue
        if isinstance(el, Toc):
            story.append(_Act('newPage', False, 1))
            story.append(_Act('tocStart'))
            story.append(FnPara(mk(el.heading, True), sty.h[1]))
            chapters = [e for e in els[idx + 1:] if isinstance(e, Chapter)]
            leader = s.get('toc_leader', '.')
            for k, ch in enumerate(chapters):
                j = chapter_no + k
                page = known_ch[j] if j < len(known_ch) else 0
                story.append(TocLine(sty.mk(_FN.sub('', ch.title)), sty.toc, page or 0,
                                     leader, sty.fallback))
            story.append(_Act('tocEnd'))
            story.append(_Act('newPage', False, cols))
            prev_body = False
            continue
        if isinstance(el, Chapter):
            chapter_no += 1
            story.append(_Act('newPage', twoside, None))
            story.append(_Act('chapter', el.running or ''))
            story.append(FnPara(mk(el.title, True), sty.h[1]))
            prev_body = False
            continue
        if isinstance(el, Heading):
            lvl = min(max(1, int(el.level or 1)), 4)
            story.append(FnPara(mk(el.text, True), sty.h[lvl]))
            prev_body = False
        elif isinstance(el, MParagraph):
            style = sty.body_indent if (prev_body and lay.paragraph_style == 'indent') \
                else sty.body
            story.append(FnPara(mk(el.text), style))
            prev_body = True
        elif isinstance(el, ListItem):
            story.append(item_para(el, sty.item))
            prev_body = False
        elif isinstance(el, Caption):
            story.append(KeepTogether([Spacer(1, 0.4 * sty.fs),
                                       GreyBox(float(el.figure_height or 80.0)),
                                       FnPara(mk(el.text), sty.caption)]))
            prev_body = False
        elif isinstance(el, Slot):
            story.extend(slot_flowables(el))
            prev_body = False
    if not foot and used_notes:
        story.append(FnPara(sty.mk(s.get('notes_heading', NOTES_HEADING), True), sty.h[2]))
        for n in sorted(used_notes):
            note = doc.footnotes[n - 1] if 0 < n <= len(doc.footnotes) else ''
            story.append(Paragraph('%d %s' % (n, sty.mk(_FN.sub('', note))), sty.endnote))
    return story


def _family_of(sty):
    for fam in FONTS:
        if _psname(fam, 0) == sty.font:
            return fam
    return FONTS[0]


def _build(doc, known):
    sty = _Styles(doc)
    st = _State(doc, sty, known)
    buf = io.BytesIO()
    title = _plain(doc.title or doc.name)
    rdoc = _RDoc(buf, st, sty, pagesize=sty.pagesize, leftMargin=sty.margin,
                 rightMargin=sty.margin, topMargin=sty.margin, bottomMargin=sty.margin,
                 title=title, author='', subject='', creator='ReportLab', producer='ReportLab',
                 keywords='', invariant=1, _emptyPagesAllowed=3)
    tmpls = rdoc.templates()
    cols = max(1, min(2, int(doc.layout.columns or 1)))
    if cols == 2:
        tmpls = [tmpls[0], tmpls[1]]
    rdoc.addPageTemplates(tmpls)
    story = _story(doc, st, sty)
    if cols == 2:
        story.insert(0, _Act('setCols', 2))
        st.cols = 1
    rdoc.build(story)
    info = (rdoc.page, list(st.chapter_pages))
    return buf.getvalue(), info, st


def render(doc, workdir, out_pdf):
    """Typesets doc with ReportLab into out_pdf (workdir gets a summary of the passes)."""
    os.makedirs(workdir, exist_ok=True)
    needs_passes = any(isinstance(e, Toc) for e in doc.elements) or \
        doc.layout.footer == 'page_of'
    known = None
    log = []
    try:
        for k in range(6):
            data, info, st = _build(doc, known)
            log.append('pass %d: %d pages, chapters on %s' % (k + 1, info[0], info[1]))
            if not needs_passes or info == known:
                break
            known = info
    except ProducerError:
        raise
    except Exception as exc:  # LayoutError and friends
        raise ProducerError('reportlab: %s: %s' % (type(exc).__name__, exc)) from exc
    with open(os.path.join(workdir, 'reportlab.log'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(log) + '\n')
        fh.write('blank pages: %s\ntitle pages: %s\ntoc pages: %s\nchapter first pages: %s\n'
                 % (sorted(st.blank), sorted(st.title_pages), sorted(st.toc_pages),
                    sorted(st.chapter_first)))
    tmp = out_pdf + '.tmp'
    with open(tmp, 'wb') as fh:
        fh.write(data)
    pin_pdf_dates(tmp)
    os.replace(tmp, out_pdf)
