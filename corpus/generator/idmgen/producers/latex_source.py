"""Doc -> LaTeX source for the producer 'pdflatex' (Debian texlive-latex-base/-recommended,
texlive-fonts-recommended, texlive-lang-french/-spanish). Not a producer itself.

`to_latex(doc)` returns the whole source; `check_glyphs(doc)` raises GlyphError for characters
that pdfTeX's T1 fonts either cannot set or set as accent composites that text extraction
breaks apart (ą ę ș ț ħ ẽ € … ...): the driver redraws such documents.

What it prints (the gold writer rebuilds these strings from the Layout):
- article class (twoside for 'book' layouts), our own headings (\\section* & co., never
  numbered), fancyhdr furniture:
  header 'title': Layout.header_text (top left) on every page but page 1, TitlePage pages and
  blank pages. Header 'book' (twoside): even pages Layout.header_text (top left), odd pages
  the running text of the current Chapter (top right; doc.header_odd before the first); none
  on page 1, chapter first pages, Toc pages, TitlePage and blank pages.
  Footers: 'num' "7" centred, 'dash' "– 7 –" centred, 'page_of' Layout.settings['page_of']
  with {n} {N} centred, 'outer' "7" bottom right on odd / bottom left on even pages. None on
  TitlePage and blank pages (inserted before recto chapters). Physical page numbers.
- Footnote calls: \\footnote[N] (the call prints N as a superscript); the note at the foot
  of the page "N text" (also in two-column flow: multicol puts notes across the page foot).
  Calls inside agenda tables: \\footnotemark[N] + \\footnotetext[N] right after the row.
  footnotes='end': superscript N, then a level-2 heading Layout.settings['notes_heading'] and
  "N text" paragraphs at the end.
- Two columns: multicols (mid-page switches; the text of a page before a switch stays above).
- Slots: 'table' = longtable |time|title+content| with rules, rows break across pages (in
  two-column flow: one ruled tabular per Slot); 'grid' = a list whose label is the time
  (bold, width time_width of the line), title bold first, content below; 'list' = one bold
  line "time title", then the content.
- Caption: light grey rule box (figure_height pt), then the caption small italic.
- Toc: Toc.heading (level 1), then "Title" + dot leaders (unless settings 'toc_leaders' is
  False or 'toc_leader' is '') + page of each following Chapter.
- French: babel's automatic spaces before : ; ! ? are switched off (text as given).
"""
from __future__ import annotations

import re

from ..model import (Caption, Chapter, Columns, Heading, ListItem, PageBreak, Paragraph, Slot,
                     TitlePage, Toc)
from .groff_ms import GlyphError

# family name (CAPS['fonts']) -> preamble lines (PSNFSS, texlive-fonts-recommended)
FONTS = {
    'Times': [r'\usepackage{mathptmx}'],
    'Palatino': [r'\usepackage{mathpazo}'],
    'Helvetica': [r'\usepackage[scaled=0.95]{helvet}', r'\renewcommand\familydefault{\sfdefault}'],
    'Charter': [r'\usepackage{charter}'],
    'Utopia': [r'\usepackage{utopia}'],
    'Bookman': [r'\usepackage{bookman}'],
    'New Century Schoolbook': [r'\usepackage{newcent}'],
    'Avant Garde': [r'\usepackage{avant}', r'\renewcommand\familydefault{\sfdefault}'],
}
DEFAULT_FONT = 'Times'
BABEL = {'fr': 'french', 'en': 'english', 'es': 'spanish'}
_FN = re.compile(r'\{\{fn:(\d+)\}\}')
_TAG = re.compile(r'(</?[bi]>)')

# characters pdfTeX (T1 + PSNFSS fonts) sets and pdftotext reads back as themselves
_OK_EXTRA = set('ıŁłŒœŠšŸŽžƒ‰•–—‘’‚“”„‹›«»ĀāĂăĆćĈĉĊċČčĎĒēĔĕĖėĚěĜĝĞğĠġĤĥĨĪĬİĴĹĺŃńŇňŌō'
                'ŎŏŐőŔŕŘřŚśŜŝŞşŢţŤŨũŪūŬŭŮůŰűŴŵŶŷŹźŻż')
_BAD_LATIN1 = set('\u00a8\u00af\u00b4')   # spacing accents


def printable(c: str) -> bool:
    o = ord(c)
    if o < 0x7f:
        return o >= 0x20 or c in '\t\n'
    if 0xa0 <= o <= 0xff:
        return c not in _BAD_LATIN1
    return c in _OK_EXTRA or c in '\u00a0\u202f\u2009\u00ad'


def doc_texts(doc):
    out = [doc.header_odd or '', doc.layout.header_text or '',
           doc.layout.settings.get('page_of') or '', doc.layout.settings.get('notes_heading') or '']
    out += list(doc.footnotes)
    for el in doc.elements:
        for attr in ('text', 'title', 'running', 'heading', 'time'):
            v = getattr(el, attr, None)
            if isinstance(v, str):
                out.append(v)
        if isinstance(el, ListItem):
            out.append(el.marker)
        if isinstance(el, Slot):
            for c in el.content:
                out.append(getattr(c, 'text', ''))
                if isinstance(c, ListItem):
                    out.append(c.marker)
        if isinstance(el, TitlePage):
            out += [t for t, _s, _b in el.lines]
    return out


MARKERS = {'\u2022': r'\textbullet', '\u2013': r'\textendash', '\u2014': r'\textemdash',
           '\u25aa': r'\rule[0.25ex]{0.8ex}{0.8ex}', '\u25e6': r'\textopenbullet',
           '-': '-'}


def check_glyphs(doc):
    bad = set()
    for t in doc_texts(doc):
        if t in MARKERS:
            continue
        bad.update(c for c in t if not printable(c))
    if bad:
        chars = sorted(bad)
        raise GlyphError('pdflatex (T1, font %s): no reliable glyph for %s in %s' % (
            doc.layout.font or DEFAULT_FONT,
            ' '.join('%r (U+%04X)' % (c, ord(c)) for c in chars), doc.name), chars)


# ----------------------------------------------------------------------------- escaping

_SPECIAL = {
    '\\': r'\textbackslash{}', '{': r'\{', '}': r'\}', '#': r'\#', '$': r'\$', '%': r'\%',
    '&': r'\&', '_': r'\_', '~': r'\textasciitilde{}', '^': r'\textasciicircum{}',
    "'": r'\textquotesingle{}', '`': r'\textasciigrave{}', '"': r'\textquotedbl{}',
    '<': r'\textless{}', '>': r'\textgreater{}', '|': r'\textbar{}',
    '\u00a0': '~', '\u202f': r'\nobreak\hspace{0.17em}', '\u2009': r'\nobreak\hspace{0.17em}',
    '\u00ad': r'\-', '\t': ' ', '\n': ' ',
    '\u2026': r'\textellipsis{}', '\u20ac': r'\texteuro{}',
}


def esc(s: str) -> str:
    out = []
    prev = ''
    for c in s:
        if c in '-,!?' and prev == c:
            out.append('{}')       # no -- --- ,, !` ?` ligatures
        if c in '`' and prev in '!?':
            out.append('{}')
        out.append(_SPECIAL.get(c, c))
        prev = c
    return re.sub(' {2,}', ' ', ''.join(out))


def plain(text: str) -> str:
    return re.sub(r'\s+', ' ', _TAG.sub('', _FN.sub('', text))).strip()


class _Writer:
    def __init__(self, doc):
        self.doc = doc
        self.lay = doc.layout
        L = self.lay
        self.book = L.header == 'book' and bool(L.twoside)
        self.twoside = bool(L.twoside)
        self.fn_end = L.footnotes == 'end'
        self.o = []
        self.cols = 1
        self.phys_cols = 1
        self.need_mc = False
        self.pending = None
        self.started = False
        self.at_top = True
        self.endnotes = []
        self.endnote_nums = set()

    def emit(self, *lines):
        self.o.extend(lines)

    # -- inline text
    def text(self, text, deferred=None):
        """Markup -> LaTeX. Footnote calls: \\footnote[N]{..}; with `deferred` (a list), a
        \\footnotemark[N] and the note appended to deferred (tables)."""
        out = []
        stack = []
        for part in re.split(r'(</?[bi]>|\{\{fn:\d+\}\})', text):
            if part in ('<b>', '<i>'):
                out.append(r'\textbf{' if part == '<b>' else r'\textit{')
                stack.append(part)
            elif part in ('</b>', '</i>'):
                if stack:
                    stack.pop()
                    out.append('}')
            elif part.startswith('{{fn:'):
                n = int(part[5:-2])
                note = self.doc.footnotes[n - 1] if 0 < n <= len(self.doc.footnotes) else ''
                if self.fn_end:
                    if n not in self.endnote_nums:
                        self.endnote_nums.add(n)
                        self.endnotes.append((n, note))
                    out.append(r'\textsuperscript{%d}' % n)
                elif deferred is not None:
                    deferred.append((n, note))
                    out.append(r'\footnotemark[%d]' % n)
                else:
                    out.append(r'\footnote[%d]{%s}' % (n, self.text(note)))
            else:
                out.append(esc(part))
        return ''.join(out) + '}' * len(stack)

    # -- breaks (same state machine as groff_ms)
    def want_break(self, kind):
        if kind == 'recto' and not self.twoside:
            kind = 'page'
        p = self.pending
        if p is None or kind == 'recto':
            self.pending = kind
        elif p == 'page' and kind == 'recto':
            self.pending = 'recto'

    def end_mc(self):
        if self.phys_cols == 2:
            self.emit(r'\end{multicols}')
            self.phys_cols = 1

    def content(self, style=None):
        p = self.pending
        self.pending = None
        if p and self.started and (not self.at_top or p == 'recto'):
            # (\idmrecto on a fresh page only adds the blank page when it is even)
            self.end_mc()
            self.emit(r'\idmrecto' if p == 'recto' else r'\clearpage')
            self.at_top = True
        if style and (self.at_top or not self.started):
            self.emit(r'\thispagestyle{%s}' % style)
        if self.cols == 2 and self.phys_cols != 2:
            self.emit(r'\begin{multicols}{2}')
            self.phys_cols = 2
        elif self.cols == 1 and self.phys_cols == 2:
            self.end_mc()
        self.started = True
        self.at_top = False

    # -- preamble
    def preamble(self):
        L, doc = self.lay, self.doc
        fs = float(L.font_size or 10)
        bs = fs * float(L.leading or 1.2)
        paper = 'letterpaper' if L.paper == 'letter' else 'a4paper'
        lang = BABEL.get(doc.lang, 'english')
        e = self.emit
        e('%% %s -- generated by idmgen.producers.latex_source; edit the generator' % doc.name)
        e(r'\documentclass[10pt,%s,%s]{article}' % (paper, 'twoside' if self.twoside
                                                     else 'oneside'))
        e(r'\pdfinfoomitdate=0', r'\pdftrailerid{}', r'\pdfsuppressptexinfo=-1',
          r'\pdfobjcompresslevel=0')
        e(r'\usepackage[T1]{fontenc}', r'\usepackage[utf8]{inputenc}', r'\usepackage{textcomp}')
        if lang == 'spanish':
            e(r'\usepackage[spanish,es-noshorthands,es-nolayout]{babel}')
        else:
            e(r'\usepackage[%s]{babel}' % lang)
        if lang == 'french':
            e(r'\frenchsetup{AutoSpacePunctuation=false,FrenchFootnotes=false,AutoSpaceFootnotes=false,'
              r'ItemLabels=\textbullet,StandardLists=true}')
            e(r'\AtBeginDocument{\shorthandoff{:;!?}}')
        e(*FONTS.get(L.font or DEFAULT_FONT, FONTS[DEFAULT_FONT]))
        m = float(L.margin_mm or 25)
        e(r'\usepackage[margin=%.1fmm,headheight=%.1fpt,headsep=%.1fmm,footskip=%.1fmm]'
          r'{geometry}' % (m, fs * 1.4, max(4.0, m * 0.3), max(6.0, m * 0.45)))
        e(r'\usepackage{fancyhdr}', r'\usepackage{multicol}', r'\usepackage{longtable}',
          r'\usepackage{array}', r'\usepackage{xcolor}', r'\usepackage{ragged2e}')
        e(r'\setlength\extrarowheight{2pt}')
        e(r'\setlength\columnsep{%.1fmm}' % float(L.column_gap_mm or 8))
        e(r'\makeatletter')
        e(r'\renewcommand\normalsize{\fontsize{%.2f}{%.2f}\selectfont' % (fs, bs),
          r'  \abovedisplayskip 6pt \belowdisplayskip 6pt}')
        e(r'\renewcommand\small{\fontsize{%.2f}{%.2f}\selectfont}' % (fs * 0.9, bs * 0.9))
        e(r'\renewcommand\footnotesize{\fontsize{%.2f}{%.2f}\selectfont}' % (fs * 0.8,
                                                                            bs * 0.8))
        e(r'\normalsize')
        e(r'\renewcommand\@makefntext[1]{\noindent\makebox[1.4em][l]{\@thefnmark}#1}')
        e(r'\renewcommand\thefootnote{\arabic{footnote}}')
        if L.paragraph_style == 'indent':
            e(r'\setlength\parindent{1.5em}', r'\setlength\parskip{0pt}')
        else:
            e(r'\setlength\parindent{0pt}', r'\setlength\parskip{0.5\baselineskip plus 2pt}')
        e(r'\emergencystretch=2em')
        if not L.hyphenate:
            e(r'\hyphenpenalty=10000', r'\exhyphenpenalty=10000')
        # headings, never numbered
        e(r'\newcommand\idmhead[3]{\par\addvspace{#2}{\normalfont\bfseries\fontsize{#1}{#1}'
          r'\selectfont\RaggedRight\hyphenpenalty=10000\noindent #3\par}\nobreak'
          r'\addvspace{0.4\baselineskip}\@afterheading}')
        # recto: a blank page (no furniture) when the next page would be even
        e(r'\newcommand\idmrecto{\clearpage\ifodd\value{page}\else'
          r'\thispagestyle{empty}\hbox{}\newpage\fi}')
        # toc lines
        s = L.settings
        leaders = s.get('toc_leaders', True) and s.get('toc_leader', '.') != ''
        lead = r'\leaders\hbox to 0.6em{\hss %s\hss}\hfill' % esc(s.get('toc_leader') or '.') \
            if leaders else r'\hfill'
        e(r'\newcommand\l@idm[2]{\par\noindent\hangindent 2em\rightskip 2.5em plus 1fil'
          r'\parfillskip -2.5em\relax #1\nobreak\ %s\nobreak\hbox to 2.5em{\hss #2}'
          r'\par\addvspace{0.3\baselineskip}}' % lead)
        e(r'\newcommand\idmtoc{\@starttoc{toc}}')
        e(r'\providecommand\idmN{0}')
        e(r'\AtEndDocument{\clearpage\immediate\write\@auxout{\gdef\string\idmN'
          r'{\the\numexpr\value{page}-1\relax}}}')
        e(r'\makeatother')
        self.furniture()

    def furniture(self):
        L, doc = self.lay, self.doc
        e = self.emit
        e(r'\newcommand\idmhdr{%s}' % esc(plain(L.header_text)))
        e(r'\newcommand\idmrun{%s}' % esc(plain(doc.header_odd or L.header_text)))
        if L.footer == 'dash':
            num = r'\textendash\hspace{0.45em}\thepage\hspace{0.45em}\textendash'
        elif L.footer == 'page_of':
            fmt = L.settings.get('page_of') or 'Page {n} of {N}'
            num = ''.join(r'\thepage{}' if p == '{n}' else r'\idmN{}' if p == '{N}' else esc(p)
                          for p in re.split(r'(\{n\}|\{N\})', fmt))
        else:
            num = r'\thepage'
        if L.footer == 'outer':
            foot = [r'\fancyfoot[R]{\small\ifodd\value{page}%s\fi}' % num,
                    r'\fancyfoot[L]{\small\ifodd\value{page}\else %s\fi}' % num]
        else:
            foot = [r'\fancyfoot[C]{\small %s}' % num]
        e(r'\renewcommand\headrulewidth{0pt}', r'\renewcommand\footrulewidth{0pt}')
        e(r'\fancypagestyle{idmplain}{\fancyhf{}%s}' % ''.join(foot))
        head = []
        if L.header == 'title' and plain(L.header_text):
            head = [r'\fancyhead[L]{\small\idmhdr}']
        elif L.header == 'book':
            head = [r'\fancyhead[L]{\small\ifodd\value{page}\else\idmhdr\fi}',
                    r'\fancyhead[R]{\small\ifodd\value{page}\idmrun\fi}']
        e(r'\fancypagestyle{idm}{\fancyhf{}%s%s}' % (''.join(head), ''.join(foot)))
        e(r'\pagestyle{idm}')

    # -- elements
    SIZES = {1: 1.6, 2: 1.3, 3: 1.1, 4: 1.0}

    def heading(self, level, text):
        lvl = max(1, min(4, int(level)))
        fs = float(self.lay.font_size or 10) * self.SIZES[lvl]
        self.emit(r'\idmhead{%.2fpt}{%.1fex}{%s}' % (fs, {1: 2.0, 2: 1.6, 3: 1.2, 4: 1.0}[lvl],
                                                    self.text(text)))

    def paragraph(self, text):
        self.emit('', self.text(text), '')

    def list_begin(self, depth, widest):
        w = max(1.2, 0.55 * len(widest) + 0.7)
        return (r'\begin{list}{}{\setlength\labelwidth{%.2fem}\setlength\labelsep{0.4em}'
                r'\setlength\leftmargin{%.2fem}\setlength\topsep{0pt}\setlength\partopsep{0pt}'
                r'\setlength\itemsep{0pt}\setlength\parsep{0pt}'
                r'\renewcommand\makelabel[1]{#1\hfil}}' % (w, 1.6 * depth + w + 0.4))

    def marker(self, m):
        return MARKERS.get(m, esc(m))

    def list_item(self, el, widest, deferred=None):
        self.emit(self.list_begin(max(0, int(el.depth)), widest or el.marker),
                  r'\item[{%s}] %s' % (self.marker(el.marker), self.text(el.text, deferred)),
                  r'\end{list}')

    def caption(self, el):
        h = max(10.0, float(el.figure_height or 80.0))
        notes = []
        self.emit('', r'\par\noindent\parbox{\linewidth}{\textcolor[gray]{0.86}'
                  r'{\rule{\linewidth}{%.1fpt}}\par\vspace{0.5ex}\small\itshape\RaggedRight %s}'
                  % (h, self.text(el.text, notes)), r'\par')
        for n, note in notes:
            self.emit(r'\footnotetext[%d]{%s}' % (n, self.text(note)))

    def slot(self, el, first, last):
        form = self.lay.agenda_form
        tw = float(self.lay.time_width or 0.22)
        if form == 'list':
            self.emit('', r'\par\noindent\textbf{%s %s}\par\nopagebreak' % (
                self.text(el.time), self.text(el.title)))
            self.slot_content(el.content)
            return
        if form == 'grid':
            self.emit(r'\begin{list}{}{\setlength\labelwidth{%.3f\linewidth}'
                      r'\setlength\labelsep{0.6em}\setlength\leftmargin{\dimexpr %.3f\linewidth'
                      r'+0.6em\relax}\setlength\topsep{0.4ex}\setlength\itemsep{0pt}'
                      r'\renewcommand\makelabel[1]{\parbox[t]{\labelwidth}{\RaggedRight'
                      r'\bfseries #1}}}' % (tw, tw),
                      r'\item[{%s}] \textbf{%s}\par' % (self.text(el.time), self.text(el.title)))
            self.slot_content(el.content)
            self.emit(r'\end{list}')
            return
        # table
        if self.phys_cols == 2:
            notes = []
            body = [r'\textbf{%s}' % self.text(el.title, notes)] + \
                self.cell_content(el.content, notes)
            self.emit(r'\par\noindent\begin{tabular}{|>{\RaggedRight\arraybackslash}'
                      r'p{\dimexpr %.3f\linewidth-2\tabcolsep\relax}|>{\RaggedRight'
                      r'\arraybackslash}p{\dimexpr %.3f\linewidth-2\tabcolsep-3\arrayrulewidth'
                      r'\relax}|}\hline' % (tw, 1 - tw),
                      r'\textbf{%s} & %s\\\hline' % (self.text(el.time), '\\par '.join(body)),
                      r'\end{tabular}\par')
            for n, note in notes:
                self.emit(r'\footnotetext[%d]{%s}' % (n, self.text(note)))
            return
        if first:
            self.emit(r'\setlength\LTpre{0.5\baselineskip}\setlength\LTpost{0.5\baselineskip}',
                      r'\begin{longtable}{|>{\RaggedRight\arraybackslash\setlength\parskip{0.3ex}}'
                      r'p{\dimexpr %.3f\linewidth-2\tabcolsep\relax}|>{\RaggedRight'
                      r'\arraybackslash\setlength\parskip{0.3ex}}p{\dimexpr %.3f\linewidth'
                      r'-2\tabcolsep-3\arrayrulewidth\relax}|}' % (tw, 1 - tw),
                      r'\hline\endfirsthead\hline\endhead\hline\endfoot\endlastfoot')
        notes = []
        rows = [r'\textbf{%s}' % self.text(el.title, notes)] + \
            self.cell_content(el.content, notes, split=True)
        for k, r in enumerate(rows):
            time = r'\textbf{%s}' % self.text(el.time) if k == 0 else ''
            end = r'\\\hline' if k == len(rows) - 1 else (r'\\*' if k == 0 else r'\\')
            self.emit('%s & %s%s' % (time, r, end))
        for n, note in notes:
            self.emit(r'\footnotetext[%d]{%s}' % (n, self.text(note)))
        if last:
            self.emit(r'\end{longtable}')

    def cell_content(self, content, notes, split=False):
        out = []
        widest = _widest(content)
        for k, c in enumerate(content):
            if isinstance(c, ListItem):
                w = max(1.0, 0.55 * len(widest.get(k, c.marker)) + 0.5)
                ind = 1.4 * max(0, int(c.depth)) + w
                out.append(r'\leftskip %.2fem\relax\hangindent 0pt\noindent\llap{\makebox[%.2fem]'
                           r'[l]{%s}}%s\par\leftskip 0pt' % (ind, w, self.marker(c.marker),
                                                             self.text(c.text, notes)))
            else:
                out.append(r'\noindent ' + self.text(getattr(c, 'text', ''), notes) + r'\par')
        if split:
            return [r'\vspace{0.3ex}' + o for o in out]
        return out

    def slot_content(self, content):
        widest = _widest(content)
        for k, c in enumerate(content):
            if isinstance(c, ListItem):
                self.list_item(c, widest.get(k))
            else:
                self.emit(r'\par\noindent ' + self.text(getattr(c, 'text', '')) + r'\par')

    def title_page(self, el):
        fs = float(self.lay.font_size or 10)
        self.emit(r'\null\vspace*{0.18\textheight}', r'\begin{center}')
        for text, size, bold in el.lines:
            sz = fs * float(size or 1.0)
            self.emit(r'{\fontsize{%.2f}{%.2f}\selectfont%s\hyphenpenalty=10000 %s\par}'
                      % (sz, sz * 1.25, r'\bfseries' if bold else '', self.text(text)),
                      r'\vspace{1.2em}')
        self.emit(r'\end{center}')

    def source(self):
        doc = self.doc
        self.preamble()
        self.emit(r'\begin{document}')
        if self.lay.header == 'title' or self.lay.header == 'book':
            self.emit(r'\thispagestyle{idmplain}')
        self.first_page_style_set = True
        if self.lay.columns == 2:
            self.cols = 2
        els = doc.elements
        widest = _widest(els)
        slot_first = True
        for k, el in enumerate(els):
            nxt = els[k + 1] if k + 1 < len(els) else None
            if isinstance(el, PageBreak):
                self.want_break('recto' if el.odd else 'page')
            elif isinstance(el, Columns):
                n = 2 if el.count >= 2 else 1
                self.cols = n
            elif isinstance(el, Chapter):
                self.want_break('recto')
                self.content('idmplain' if self.book else None)
                self.emit(r'\gdef\idmrun{%s}' % esc(plain(el.running)),
                          r'\addcontentsline{toc}{idm}{%s}' % self.text(el.title, []))
                fs = float(self.lay.font_size or 10) * 1.8
                self.emit(r'\idmhead{%.2fpt}{0pt}{%s}' % (fs, self.text(el.title)))
            elif isinstance(el, TitlePage):
                self.want_break('page')
                cols = self.cols
                self.cols = 1
                self.content('empty')
                self.title_page(el)
                self.cols = cols
                self.want_break('page')
            elif isinstance(el, Toc):
                self.want_break('page')
                self.content('idmplain' if self.book else None)
                if self.book:
                    self.emit(r'\pagestyle{idmplain}')
                self.heading(1, el.heading)
                self.emit(r'\idmtoc')
                if self.book:
                    self.emit(r'\clearpage\pagestyle{idm}')
                    self.at_top = True
                else:
                    self.want_break('page')
            elif isinstance(el, Slot):
                self.content()
                last = not isinstance(nxt, Slot)
                self.slot(el, slot_first, last)
                slot_first = last
            else:
                self.content()
                if isinstance(el, Heading):
                    self.heading(el.level, el.text)
                elif isinstance(el, Paragraph):
                    self.paragraph(el.text)
                elif isinstance(el, ListItem):
                    self.list_item(el, widest.get(k))
                elif isinstance(el, Caption):
                    self.caption(el)
        if self.fn_end and self.endnotes:
            self.content()
            self.heading(2, self.lay.settings.get('notes_heading') or 'Notes')
            for n, note in sorted(self.endnotes):
                self.emit('', r'{\small\noindent %d %s\par}' % (n, self.text(note)))
        self.end_mc()
        self.emit(r'\end{document}')
        return '\n'.join(self.o) + '\n'


def _widest(elements):
    """Index of each ListItem -> the widest marker of its run (same depth)."""
    out = {}
    k = 0
    while k < len(elements):
        if isinstance(elements[k], ListItem):
            j = k
            while j < len(elements) and isinstance(elements[j], ListItem):
                j += 1
            by = {}
            for m in range(k, j):
                by.setdefault(elements[m].depth, []).append(elements[m].marker)
            for m in range(k, j):
                out[m] = max(by[elements[m].depth], key=len)
            k = j
        else:
            k += 1
    return out


def to_latex(doc) -> str:
    return _Writer(doc).source()
