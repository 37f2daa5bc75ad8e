"""Doc + PDF -> gold record (shared/contract/document.schema.json).

The text of every block comes from the Doc (never from an extractor). The only things read
back from the PDF are: on which page each block starts (its first words searched in the
per-page text of `pdftotext -raw`), on which pages each furniture string the Layout prints
is actually there (a blank page or a title page has none), the page where each Chapter
starts (for the Toc entries), and the sha256, page count and Producer of the file.

Conventions (SPEC.md "Conventions of the gold"):
- text: markup stripped, `{{fn:N}}` -> "N" glued to the previous character, NBSP -> space,
  whitespace collapsed.
- Heading -> heading(level); Paragraph -> paragraph; ListItem -> list_item (a printed label
  such as "1)", "a)", "(a)", "1.", "i." is kept in front of the text; bullets are dropped);
  Caption -> caption; Chapter -> heading level 1; TitlePage lines -> heading (bold or
  relative size >= 1.2; level 1 from size 1.6 on, else 2) or paragraph; Toc -> its heading
  (level 1) and one list_item per following Chapter: "Title N" (N = the physical page where
  the chapter starts, when the producer prints Toc page numbers) or "Title".
- Slot: 'table'/'grid' -> time table_cell, title table_cell (both label agenda_item),
  content Paragraph -> table_cell, ListItem -> list_item; 'list' -> heading "time title"
  (label agenda_item, level = the deepest heading level of the document), content
  Paragraph -> paragraph, ListItem -> list_item.
- Footnotes: 'foot': a footnote block "N text" right after the block that calls it, page =
  where its text is printed; 'end': after the body, the notes heading then the notes.
- Furniture blocks close the list, page by page, with the exact printed strings.
"""
from __future__ import annotations

import hashlib
import re
import subprocess
import unicodedata

from .model import (Caption, Chapter, Columns, Heading, ListItem, PageBreak, Paragraph, Slot,
                    TitlePage, Toc)

SCHEMA = 'idmreport/document/1'
TAG = re.compile(r'</?[bi]>')
FN = re.compile(r'\s*\{\{fn:(\d+)\}\}')
BULLETS = ('•', '–', '—', '-', '▪', '◦', '►', '▸', '·', '*', '○', '■', '□', '➢', '✓')


# ----------------------------------------------------------------------------- text

def gold_text(s: str) -> str:
    """Gold text of model text."""
    s = FN.sub(r'\1', s or '')
    s = TAG.sub('', s)
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ')
    return ' '.join(s.split())


def key_text(s: str) -> str:
    """Model text without footnote calls (for the page search)."""
    s = FN.sub('', s or '')
    return ' '.join(TAG.sub('', s).replace('\u00a0', ' ').replace('\u202f', ' ').split())


def keeps_label(marker: str) -> bool:
    """A printed label ("1)", "a)", "(a)", "1.", "i.") stays in the block text; bullets go."""
    m = (marker or '').strip()
    return bool(m) and m not in BULLETS and any(c.isalnum() for c in m)


def item_text(el: ListItem) -> str:
    t = gold_text(el.text)
    return '%s %s' % (el.marker.strip(), t) if keeps_label(el.marker) else t


def doc_id(name: str) -> str:
    return re.sub(r'[^a-z0-9]', '-', name.lower())


def compact(s: str) -> str:
    """Letters and digits only, NFKC (ligatures expanded), casefolded: hyphenation at line
    ends, spacing and punctuation do not matter."""
    s = unicodedata.normalize('NFKC', s).casefold()
    return ''.join(c for c in s if c.isalnum())


# ----------------------------------------------------------------------------- PDF facts

def _run(cmd) -> str:
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s' % (' '.join(cmd), r.stderr.decode('utf-8', 'replace')))
    return r.stdout.decode('utf-8', 'replace')


def page_texts(pdf, mode='-raw') -> list:
    """Per-page text of pdftotext (mode '-raw', '-layout' or '' for the default)."""
    cmd = ['pdftotext'] + ([mode] if mode else []) + ['-enc', 'UTF-8', pdf, '-']
    pages = _run(cmd).split('\f')
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def pdfinfo(pdf) -> dict:
    info = {}
    for line in _run(['pdfinfo', pdf]).splitlines():
        k, _, v = line.partition(':')
        info[k.strip()] = v.strip()
    return info


def sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, 'rb') as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b''):
            h.update(chunk)
    return h.hexdigest()


# ----------------------------------------------------------------------------- page search

class Locator:
    """Finds the page on which each block starts: its first words (compacted) searched from
    the previous hit on: the rest of the current page, the next page, the whole current page,
    the page after next, then (far) the following pages. Never goes back to an earlier page,
    and never takes a hit that overlaps the text an earlier block was found at (a Toc entry
    is not its chapter's heading; a second "Moderator:" is not the first).

    A block missing from the PDF (a producer bug) must not send the search pages ahead: the
    short keys are only looked for near the current page; the full key as far as the
    previous block's text can reach (PAGE_LETTERS letters a page, blank pages not counted,
    plus NEAR pages); a hit past the next page counts only when most of the block's text is
    printed there (generated prose repeats its sentence openings)."""

    NEAR = 2        # pages after the current one that are always searched
    CHUNK = 24
    PAGE_LETTERS = 1500

    def __init__(self, pages):
        self.pages = [compact(p) for p in pages]
        self.page, self.pos = 0, 0
        self.used = [[] for _ in self.pages]
        self.last_len = 0

    @staticmethod
    def keys(text):
        """Search keys, most specific first, as (key, far): the first ~6 words (more when
        they are short; far when 16 letters or more), then the first 3 words and the first 12
        letters (near only); with and without the footnote calls' digits."""
        out = []
        for t in (key_text(text), gold_text(text)):
            ws = t.split()
            n = 6
            while n < len(ws) and len(compact(' '.join(ws[:n]))) < 24 and n < 12:
                n += 1
            long_key = compact(' '.join(ws[:n]))
            for k in (long_key, compact(' '.join(ws[:3])), compact(t)[:12]):
                if k and k not in [x for x, _ in out]:
                    out.append((k, k == long_key and len(k) >= 16))
        out.sort(key=lambda kf: not kf[1])     # the full keys first
        return out

    def find(self, text, advance=True):
        """1-based page, or None when not found (the position does not move then)."""
        for key, far in self.keys(text):
            for q, i in self._candidates(key, far):
                if q > self.page + 1 and not self._plausible(text, q):
                    continue
                if advance:
                    self.page, self.pos = q, i + len(key)
                    self.used[q].append((i, i + len(key)))
                    self.last_len = len(compact(gold_text(text)))
                return q + 1
        return None

    def _reach(self, far):
        """The last page (0-based, exclusive) the search may go to."""
        n = len(self.pages)
        if not far:
            return min(n, self.page + 1 + self.NEAR)
        budget = self.NEAR + -(-self.last_len // self.PAGE_LETTERS)
        q = self.page + 1
        while q < n and budget > 0:
            if self.pages[q]:
                budget -= 1
            q += 1
        return q

    def _plausible(self, text, q):
        """Most of the block's text (chunks of CHUNK letters) is on pages q..q+2."""
        c = compact(gold_text(text))
        parts = [c[k:k + self.CHUNK] for k in range(0, len(c), self.CHUNK)]
        hay = ''.join(self.pages[q:q + 3])
        found = sum(x in hay for x in parts)
        return found == len(parts) if len(parts) <= 2 else found >= 0.6 * len(parts)

    def _free(self, q, i, j):
        return all(j <= a or i >= b for a, b in self.used[q])

    def _candidates(self, key, far):
        n = len(self.pages)
        order = [(self.page, self.pos), (self.page + 1, 0), (self.page, 0)]
        order += [(q, 0) for q in range(self.page + 2, self._reach(far))]
        for q, start in order:
            if q >= n:
                continue
            i = self.pages[q].find(key, start)
            while i >= 0:
                if self._free(q, i, i + len(key)):
                    yield q, i
                    break
                i = self.pages[q].find(key, i + 1)


def _occurrences(hay, key, limit=400):
    out, i = [], hay.find(key)
    while i >= 0 and len(out) < limit:
        out.append(i)
        i = hay.find(key, i + 1)
    return out


def align(texts, pages):
    """Pages of a sequence of blocks (their model texts, in reading order) in a PDF's
    per-page text: a global alignment, robust to a block missing from the PDF and to blocks
    printed a little out of order (table cells).

    Each block's keys (Locator.keys: its first ~6 words, else its first 3 words or 12
    letters) are looked up everywhere in the compacted text of the whole document; the chain
    of hits with increasing positions and the greatest weight (longer keys weigh more) gives
    the pages; a block left out of the chain takes the first of its hits between its chained
    neighbours, else the page of the previous chained block (and is reported as not found).
    Returns [(page (1-based), found)]."""
    import bisect
    comp = [compact(p) for p in pages]
    starts, total = [], 0
    for c in comp:
        starts.append(total)
        total += len(c)
    hay = ''.join(comp)
    cands = []            # per block: [(pos, weight)]
    for t in texts:
        keys = Locator.keys(t)
        hits = {}
        for key, far in keys:
            if not far and hits:
                break
            w = (1.0 + min(len(key), 60) / 30.0) if far else 0.6
            for i in _occurrences(hay, key):
                hits.setdefault(i, w)
        cands.append(sorted(hits.items()))
    # weighted longest increasing chain (Fenwick tree of maxima over positions)
    allpos = sorted({pos for c in cands for pos, _ in c})
    rank = {pos: k + 1 for k, pos in enumerate(allpos)}
    size = len(allpos)
    tree = [(0.0, None)] * (size + 1)

    def query(r):                 # best over ranks 1..r
        best = (0.0, None)
        while r > 0:
            if tree[r][0] > best[0]:
                best = tree[r]
            r -= r & -r
        return best

    def update(r, val):
        while r <= size:
            if val[0] > tree[r][0]:
                tree[r] = val
            r += r & -r
    nodes = []                    # (score, block index, pos, parent node)
    for bi, c in enumerate(cands):
        new = []
        for pos, w in c:
            prev = query(rank[pos] - 1)
            nodes.append((prev[0] + w, bi, pos, prev[1]))
            new.append((rank[pos], len(nodes) - 1))
        for r, ni in new:
            update(r, (nodes[ni][0], ni))
    best = query(size)[1]
    chosen = {}
    while best is not None:
        _, bi, pos, parent = nodes[best]
        chosen[bi] = pos
        best = parent

    def page_of(pos):
        return bisect.bisect_right(starts, pos)

    out = []
    idx = sorted(chosen)
    for bi in range(len(texts)):
        if bi in chosen:
            out.append((page_of(chosen[bi]), True))
            continue
        k = bisect.bisect_left(idx, bi)
        lo = chosen[idx[k - 1]] if k > 0 else -1
        hi = chosen[idx[k]] if k < len(idx) else total
        inside = [pos for pos, _ in cands[bi] if lo <= pos <= hi]
        if inside:
            out.append((page_of(inside[0]), True))
        else:
            out.append((page_of(lo) if lo >= 0 else 1, False))
    return out


# ----------------------------------------------------------------------------- blocks

class _B:
    """A block being built: kind, text, level, label, the element, and its role."""
    __slots__ = ('kind', 'text', 'level', 'label', 'el', 'role', 'page', 'id', 'fns', 'chapter',
                 'search')

    def __init__(self, kind, text, level=None, label=None, el=None, role='body', fns=(),
                 search=None):
        self.kind, self.text, self.level, self.label = kind, text, level, label
        self.el, self.role, self.fns = el, role, list(fns)
        self.page, self.id, self.chapter = None, None, None
        self.search = search if search is not None else text


def _fns(s):
    return [int(m.group(1)) for m in FN.finditer(s or '')]


def deepest_level(doc) -> int:
    levels = [e.level for e in doc.elements if isinstance(e, Heading)]
    levels += [1 for e in doc.elements if isinstance(e, Chapter)]
    return max(levels) if levels else 2


def body_blocks(doc, caps=None) -> list:
    """The blocks of the body, in reading order, before pages are known."""
    caps = caps or {}
    form = doc.layout.agenda_form
    low = deepest_level(doc)
    out = []
    els = doc.elements
    for i, el in enumerate(els):
        if isinstance(el, (PageBreak, Columns)):
            continue
        if isinstance(el, Heading):
            out.append(_B('heading', gold_text(el.text), el.level, el=el, fns=_fns(el.text),
                          search=el.text))
        elif isinstance(el, Paragraph):
            out.append(_B('paragraph', gold_text(el.text), label=el.label, el=el,
                          fns=_fns(el.text), search=el.text))
        elif isinstance(el, ListItem):
            out.append(_B('list_item', item_text(el), label=el.label, el=el, fns=_fns(el.text),
                          search=('%s %s' % (el.marker, el.text)) if keeps_label(el.marker)
                          else el.text))
        elif isinstance(el, Caption):
            out.append(_B('caption', gold_text(el.text), el=el, fns=_fns(el.text), search=el.text))
        elif isinstance(el, Chapter):
            b = _B('heading', gold_text(el.title), 1, el=el, role='chapter', fns=_fns(el.title),
                   search=el.title)
            out.append(b)
        elif isinstance(el, TitlePage):
            for line in el.lines:
                text, size, bold = (tuple(line) + (1.0, False))[:3]
                size = float(size or 1.0)
                if bold or size >= 1.2:
                    b = _B('heading', gold_text(text), 1 if size >= 1.6 else 2, el=el,
                           role='titlepage', search=text)
                else:
                    b = _B('paragraph', gold_text(text), el=el, role='titlepage', search=text)
                out.append(b)
        elif isinstance(el, Toc):
            out.append(_B('heading', gold_text(el.heading), 1, el=el, role='toc',
                          search=el.heading))
            for later in els[i + 1:]:
                if isinstance(later, Chapter):
                    b = _B('list_item', gold_text(later.title), el=el, role='toc_entry',
                           search=later.title)
                    b.chapter = later
                    out.append(b)
        elif isinstance(el, Slot):
            if form == 'list':
                head = '%s %s' % (el.time, el.title)
                out.append(_B('heading', gold_text(head), low, label='agenda_item', el=el,
                              fns=_fns(head), search=head))
            else:
                out.append(_B('table_cell', gold_text(el.time), label='agenda_item', el=el,
                              fns=_fns(el.time), search=el.time))
                out.append(_B('table_cell', gold_text(el.title), label='agenda_item', el=el,
                              fns=_fns(el.title), search=el.title))
            for c in el.content:
                if isinstance(c, ListItem):
                    out.append(_B('list_item', item_text(c), label=c.label, el=c,
                                  fns=_fns(c.text),
                                  search=('%s %s' % (c.marker, c.text)) if keeps_label(c.marker)
                                  else c.text))
                elif isinstance(c, (Paragraph, Heading)):
                    kind = 'paragraph' if form == 'list' else 'table_cell'
                    out.append(_B(kind, gold_text(c.text), label=getattr(c, 'label', None), el=c,
                                  fns=_fns(c.text), search=c.text))
                else:
                    raise ValueError('%s: unexpected %s in a Slot' % (doc.name, type(c).__name__))
        else:
            raise ValueError('%s: unknown element %r' % (doc.name, el))
    return out


# ----------------------------------------------------------------------------- furniture

def page_number_string(layout, n, total):
    f = layout.footer
    if f == 'dash':
        return '\u2013 %d \u2013' % n
    if f == 'page_of':
        return layout.settings.get('page_of', 'Page {n} of {N}').format(n=n, N=total)
    return str(n)


def _edge_candidates(text, k=4):
    lines = [compact(x) for x in text.splitlines() if x.strip()]
    lines = [x for x in lines if x]
    edge = lines[:k] + lines[-k:] if len(lines) > 2 * k else lines
    pairs = [a + b for a, b in zip(lines[:k], lines[1:k])] + \
        [a + b for a, b in zip(lines[-k:], lines[-k + 1:])]
    return edge + pairs


def _printed(f, others, texts):
    """Is furniture string f printed on this page: an edge line (first / last lines, or two
    consecutive ones) that is f, once the page's other furniture strings are taken out."""
    cf = compact(f)
    if not cf:
        return False
    rest = sorted({compact(o) for o in others if compact(o) and compact(o) != cf},
                  key=len, reverse=True)
    for text in texts:
        for line in _edge_candidates(text):
            if line == cf:
                return True
            if cf in line:
                x = line
                for o in rest:
                    x = x.replace(o, '', 1)
                if x == cf:
                    return True
    return False


# ----------------------------------------------------------------------------- the record

def gold_for(doc, pdf, caps=None):
    """-> (gold record, warnings)."""
    caps = caps or {}
    layout = doc.layout
    warnings = []
    raw = page_texts(pdf, '-raw')
    plain_pages = page_texts(pdf, '')
    info = pdfinfo(pdf)
    total = int(info.get('Pages') or len(raw))
    while len(raw) < total:
        raw.append('')
    while len(plain_pages) < total:
        plain_pages.append('')

    body = body_blocks(doc, caps)
    fn_texts = {i + 1: t for i, t in enumerate(doc.footnotes)}
    seq = list(body)
    if layout.footnotes == 'end' and doc.footnotes:
        heading = layout.settings.get('notes_heading', 'Notes')
        seq.append(_B('heading', gold_text(heading),
                      1 if any(isinstance(e, Chapter) for e in doc.elements) else 2,
                      role='notes_heading', search=heading))
        for n, t in sorted(fn_texts.items()):
            seq.append(_B('footnote', '%d %s' % (n, gold_text(t)), role='footnote',
                          search='%d %s' % (n, t)))
    lost = set()
    for b, (page, found) in zip(seq, align([b.search for b in seq], raw)):
        b.page = page
        if not found:
            lost.add(id(b))
            warnings.append('%s: page %d: %s block not found in the PDF: %r'
                            % (doc.name, page, b.kind, b.text[:70]))
    ordered = []          # body + footnote blocks in reading order
    seen_fn = set()
    for b in seq:
        ordered.append(b)
        if layout.footnotes == 'end':
            continue
        for n in b.fns:
            if n in seen_fn or n not in fn_texts:
                continue
            seen_fn.add(n)
            fb = _B('footnote', '%d %s' % (n, gold_text(fn_texts[n])), role='footnote',
                    search='%d %s' % (n, fn_texts[n]))
            fl = Locator(raw)
            fl.page = b.page - 1
            fb.page = fl.find(fb.search, advance=False)
            if fb.page is None:
                fb.page = b.page
                warnings.append('%s: page %d: footnote %d not found in the PDF'
                                % (doc.name, b.page, n))
            ordered.append(fb)
    missing = [n for n in fn_texts if layout.footnotes != 'end' and n not in seen_fn]
    if missing:
        warnings.append('%s: footnotes never called: %s' % (doc.name, missing))

    # ---- Toc entries: the page where each chapter starts
    chapter_page = {id(b.el): b.page for b in ordered if b.role == 'chapter'}
    for b in ordered:
        if b.role == 'toc_entry':
            p = chapter_page.get(id(b.chapter))
            if caps.get('toc_pages') and p:
                b.text = '%s %d' % (b.text, p)
                toc_page = compact(raw[b.page - 1]) if b.page else ''
                if compact(b.text) not in toc_page and compact(b.text)[-8:] not in toc_page:
                    warnings.append('%s: page %d: Toc entry %r: page number %d not printed '
                                    'next to the title' % (doc.name, b.page, b.text[:50], p))

    # ---- ids
    for i, b in enumerate(ordered, 1):
        b.id = 'b%03d' % i
    by_el = {}
    for b in ordered:
        if b.el is not None and b.role in ('body', 'chapter'):
            by_el.setdefault(id(b.el), b)

    # ---- furniture
    title_pages = {b.page for b in ordered if b.role == 'titlepage'}
    toc_bs = [b for b in ordered if b.role in ('toc', 'toc_entry')]
    toc_pages = set(range(min(b.page for b in toc_bs), max(b.page for b in toc_bs) + 1)) \
        if toc_bs else set()
    chapters = sorted((b.page, b.el.running or b.el.title) for b in ordered if b.role == 'chapter')
    chapter_first = {p for p, _ in chapters}
    furniture, page_numbers = [], []
    for q in range(1, total + 1):
        expect = []
        header = None
        if layout.header == 'title' and q != 1 and q not in title_pages and layout.header_text:
            header = layout.header_text
        elif layout.header == 'book' and q != 1 and q not in title_pages | toc_pages | chapter_first:
            if q % 2 == 0:
                header = layout.header_text
            else:
                cur = [r for p, r in chapters if p <= q]
                header = cur[-1] if cur else doc.header_odd
        if header:
            expect.append(('header', gold_text(header)))
        num = page_number_string(layout, q, total)
        # a title page should print no page number: looked for all the same, so that the
        # gold says what is printed (with a warning about the producer)
        expect.append(('number' if q not in title_pages else 'unexpected number', num))
        texts = [plain_pages[q - 1], raw[q - 1]]
        found_num = None
        for what, s in expect:
            if _printed(s, [x for _, x in expect], texts):
                furniture.append(_B('furniture', s, role='furniture'))
                furniture[-1].page = q
                if what != 'header':
                    found_num = s
                if what == 'unexpected number':
                    warnings.append('%s: page %d: page number %r printed on a title page'
                                    % (doc.name, q, s))
            elif raw[q - 1].strip() and what != 'unexpected number':
                warnings.append('%s: page %d: %s %r not printed' % (doc.name, q, what, s))
        page_numbers.append(found_num)
    for i, b in enumerate(furniture, len(ordered) + 1):
        b.id = 'b%03d' % i

    checked = [b for b in ordered if id(b) not in lost]
    blocks = []
    for b in ordered + furniture:
        d = dict(id=b.id, page=b.page, kind=b.kind, text=b.text)
        if b.kind == 'heading':
            d['level'] = b.level
        if b.label:
            d['label'] = b.label
        blocks.append(d)

    def el_block(el, what):
        b = by_el.get(id(el)) if el is not None else None
        if b is None:
            warnings.append('%s: %s: its element prints no block' % (doc.name, what))
        return b

    def clean(d):
        return {k: v for k, v in d.items() if not k.startswith('_') and v not in (None, '')}

    speakers = []
    for sp in doc.speakers:
        d = clean(sp)
        for k in ('name', 'function', 'organization', 'country', 'honorific', 'note'):
            if k in d:
                d[k] = gold_text(d[k])
        b = el_block(sp.get('_el'), 'speaker %s' % sp.get('name'))
        if b:
            d['page'] = b.page
        speakers.append(d)

    def items(store, what):
        out = []
        for it in store:
            d = clean(it)
            for k in ('title', 'text'):
                if k in d:
                    d[k] = gold_text(d[k])
            els = it.get('_els') or [it.get('_el')]
            bs = [el_block(e, '%s %s' % (what, it.get('number'))) for e in els]
            bs = [b for b in bs if b]
            if bs:
                d['page'] = bs[0].page
                d['blocks'] = [b.id for b in bs]
            out.append(d)
        return out

    statements = []
    for st in doc.statements:
        d = clean(st)
        b = el_block(st.get('_el'), 'statement of %s' % st.get('speaker'))
        if 'function' in d:
            d['function'] = gold_text(d['function'])
        if b:
            if d.get('text') and gold_text(d['text']) != b.text:
                warnings.append('%s: statement of %s: text differs from its block %s'
                                % (doc.name, st.get('speaker'), b.id))
            d['text'] = b.text
            d['page'] = b.page
            d['block'] = b.id
        else:
            d['text'] = gold_text(d.get('text', ''))
        statements.append(d)

    sessions = []
    for s in doc.sessions:
        d = clean(s)
        for k in ('title', 'description', 'venue'):
            if k in d:
                d[k] = gold_text(d[k])
        if 'questions' in d:
            d['questions'] = [gold_text(x) for x in d['questions']]
        sessions.append(d)

    events = []
    for e in doc.events:
        d = clean(e)
        for k in ('title', 'theme', 'city', 'venue'):
            if k in d:
                d[k] = gold_text(d[k])
        events.append(d)

    ids = {b.id for b in checked}
    warnings += verify_text([d for d in blocks if d['id'] in ids], raw, doc.name)
    rec = dict(schema=SCHEMA, id=doc_id(doc.name),
               source=dict(path=doc.name + '.pdf', sha256=sha256(pdf), pages=total,
                           producer=info.get('Producer', '')),
               doc_type=doc.doc_type, language=doc.lang, title=gold_text(doc.title),
               events=events, page_numbers=page_numbers, blocks=blocks, sessions=sessions,
               speakers=speakers,
               key_messages=items(doc.key_messages, 'key message'),
               recommendations=items(doc.recommendations, 'recommendation'),
               statements=statements,
               notes=notes_for(doc, caps))
    return rec, warnings


def verify_text(blocks, raw, name, chunk=24):
    """Self-check: every block's text is printed. Its compact text, cut in chunks of `chunk`
    letters, is looked for in the compact text of its page and the next two (one chunk may
    fail where the block is cut by a page or column break, a footnote or a running header).
    Returns warnings for blocks with more failing chunks than that."""
    pages = [compact(p) for p in raw]
    out = []
    for b in blocks:
        c = compact(b['text'])
        if not c:
            continue
        q = b['page'] - 1
        hay = ''.join(pages[max(q - 1, 0):q + 3])
        parts = [c[i:i + chunk] for i in range(0, len(c), chunk)]
        if len(parts) > 1 and len(parts[-1]) < chunk // 2:
            parts[-2:] = [parts[-2] + parts[-1]]
        bad = [x for x in parts if x not in hay]
        if len(bad) > (1 if len(parts) > 2 else 0):
            out.append('%s: page %d: %s %s not printed as such (%d of %d chunks missing, '
                       'first %r): %r' % (name, b['page'], b['kind'], b['id'], len(bad),
                                          len(parts), bad[0], b['text'][:60]))
    return out


def notes_for(doc, caps=None) -> str:
    from .layouts import describe
    L = doc.layout
    parts = [doc.notes.strip()] if doc.notes else []
    parts.append('Generated by corpus/generator (split %s); typeset by producer %s: %s.'
                 % (doc.split, doc.producer, describe(L, caps)))
    parts.append(
        'Gold conventions: the text of each block is the model text (markup stripped, footnote '
        'calls kept as digits glued to the preceding word, NBSP as space, hyphenation at line '
        'ends undone, ligatures expanded); page = the page where the block starts. List items '
        'keep a printed label ("1)", "a)", "(a)", "1.") and drop bullets.%s Footnotes: %s. '
        'Furniture blocks (running headers, page numbers; exact strings) close the block list, '
        'one per page where printed; page_numbers[i] is the page-number string printed on '
        'page i+1 (null: none).'
        % ((' Agenda rows (form %s): %s.' % (
            L.agenda_form,
            'time and title in table cells (agenda_item), row content as table cells and list '
            'items' if L.agenda_form != 'list' else
            '"time title" as a heading (agenda_item), row content as paragraphs and list '
            'items')) if any(isinstance(e, Slot) for e in doc.elements) else '',
           'block "N text" right after the block that calls it' if L.footnotes != 'end' else
           'endnotes after the body under the heading "%s"' % L.settings.get('notes_heading')))
    return ' '.join(parts)


def scan_gold(rec, scan_pdf, name, notes_extra=''):
    """The gold of a scan: the same blocks and meaning as the typeset source, with the scan's
    own file name, sha256, page count and producer."""
    info = pdfinfo(scan_pdf)
    out = dict(rec)
    out['id'] = doc_id(name)
    out['source'] = dict(path=name + '.pdf', sha256=sha256(scan_pdf),
                         pages=int(info.get('Pages') or 0), producer=info.get('Producer', ''))
    out['notes'] = ('Image-only scan of %s (no text layer: read by OCR). Same gold as the '
                    'typeset source. %s %s' % (rec['source']['path'], notes_extra,
                                               rec.get('notes', ''))).replace('  ', ' ')
    return out
