"""The document model shared by every part of the generator.

A drawn document is a `Doc`: an ordered list of elements (headings, paragraphs, list items,
captions, agenda slots and layout instructions) plus the meaning a reader should take from it
(events, sessions, speakers, key messages, recommendations, statements). Producers typeset the
elements; the gold writer turns the same elements into the gold record. Neither ever reads the
other's output, so the gold never comes from an extractor.

Inline markup inside element text: <b>..</b>, <i>..</i>, and {{fn:N}} for the call of footnote
N (1-based, numbering per document, see Doc.footnotes). Nothing else: producers escape the rest.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass
class Heading:
    level: int            # 1 = largest
    text: str


@dataclass
class Paragraph:
    text: str
    label: Optional[str] = None      # contract block label, e.g. 'key_message', 'speaker_statement'
    who: list = field(default_factory=list)   # names whose statement this paragraph reports


@dataclass
class ListItem:
    marker: str           # as printed: '•', '–', '1)', '1.', 'a)', '(a)', 'i.' ...
    text: str
    depth: int = 0
    label: Optional[str] = None
    who: list = field(default_factory=list)


@dataclass
class Caption:
    text: str
    figure_height: float = 80.0   # points of grey box drawn above the caption


@dataclass
class Slot:
    """One row of an agenda: the time as printed, the title (set bold), then the content of
    the row (Paragraph / ListItem elements: description, venue line, questions, role lines,
    speaker entries). The layout's agenda_form decides how it is set: 'table' (ruled cells),
    'grid' (time column beside the content, no rules) or 'list' (time and title on one line
    above the content)."""
    time: str
    title: str
    content: list = field(default_factory=list)


@dataclass
class PageBreak:
    odd: bool = False     # start on the next odd (recto) page in twoside layouts


@dataclass
class Columns:
    count: int            # switch the flow to 1 or 2 columns from here


@dataclass
class Chapter:
    """Starts a chapter of a report: a new page (recto in twoside), the running header of odd
    pages becomes `running` (the chapter title), no header on the chapter's first page. Also
    prints `title` as a level-1 heading."""
    title: str
    running: str


@dataclass
class TitlePage:
    """A page of its own with centred lines (text, relative size 1.0 = body)."""
    lines: list           # [(text, size, bold)]


@dataclass
class Toc:
    """A table of contents: the entries are the Chapter titles that follow. Producers that can
    print page numbers do; the gold writer reads the pages where the chapters start."""
    heading: str


Element = Union[Heading, Paragraph, ListItem, Caption, Slot, PageBreak, Columns, Chapter,
                TitlePage, Toc]


@dataclass
class Layout:
    columns: int = 1                  # body columns at the start (Columns elements switch)
    twoside: bool = False             # book: headers odd/even, page numbers outer corner
    header: str = 'none'              # 'none' | 'title' (every page but 1) | 'book'
    header_text: str = ''             # for 'title', and the even-page text for 'book'
    footer: str = 'num'               # 'num' "3" | 'dash' "– 3 –" | 'page_of' "Page 3 of 9"
                                      # (localised) | 'outer' (number in the outer corner)
    agenda_form: str = 'table'        # 'table' | 'grid' | 'list'
    time_width: float = 0.22          # share of the text width given to the time column
    footnotes: str = 'foot'           # 'foot' (page/column foot) | 'end' (endnotes section)
    font: str = ''                    # producer-specific family name
    font_size: float = 10.0
    leading: float = 1.2
    justify: bool = True
    hyphenate: bool = True
    paper: str = 'a4'                 # 'a4' | 'letter'
    margin_mm: float = 25.0
    column_gap_mm: float = 8.0
    paragraph_style: str = 'space'    # 'space' (space between) | 'indent' (first-line indent)
    settings: dict = field(default_factory=dict)   # anything else a producer draws


@dataclass
class Doc:
    name: str                 # file stem, e.g. 'gen-017-agenda-fr'
    split: str                # 'train' | 'heldout'
    doc_type: str             # contract doc_type
    lang: str                 # 'fr' | 'en' | 'es'
    producer: str             # key of idmgen.producers.PRODUCERS
    layout: Layout
    title: str
    header_odd: str = ''      # running header text (see Layout.header)
    elements: list = field(default_factory=list)
    footnotes: list = field(default_factory=list)   # footnote texts; {{fn:N}} -> footnotes[N-1]
    # meaning, in the contract's shapes (ids: sessions 's01'.., events by slug)
    events: list = field(default_factory=list)
    sessions: list = field(default_factory=list)
    speakers: list = field(default_factory=list)      # + '_el': the element printing the entry
    key_messages: list = field(default_factory=list)  # + '_el'
    recommendations: list = field(default_factory=list)
    statements: list = field(default_factory=list)    # + '_el'
    notes: str = ''
    scan: bool = False        # rasterise after typesetting (a scan of the printed document)

    def add(self, element):
        self.elements.append(element)
        return element

    def footnote(self, text: str) -> str:
        """Registers a footnote and returns the markup of its call."""
        self.footnotes.append(text)
        return '{{fn:%d}}' % len(self.footnotes)
