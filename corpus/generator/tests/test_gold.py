"""Tests of the gold writer (idmgen/gold.py), the plan, the layouts and the producer registry.

    cd corpus/generator && /usr/bin/python3 -m unittest tests.test_gold -v

A hand-made Doc is typeset by a tiny stub producer written here (a plain PDF with Helvetica,
standard library only; it prints the furniture the way SPEC.md says), so the gold writer is
tested without any typesetting tool; only pdftotext and pdfinfo (poppler-utils) are needed.
When a generated corpus is there (corpus/train, corpus/heldout), its gold files are checked
too (schema via shared/tools/validate when present, block order, page ranges).
"""
from __future__ import annotations

import glob
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.dirname(HERE)
sys.path.insert(0, GEN)

from idmgen import gold, layouts, plan  # noqa: E402
from idmgen.model import (Caption, Chapter, Columns, Doc, Heading, Layout, ListItem,  # noqa: E402
                          PageBreak, Paragraph, Slot, TitlePage, Toc)

CORPUS = os.path.dirname(GEN)
VALIDATE = os.path.join(os.path.dirname(os.path.dirname(CORPUS)), '..', 'shared', 'tools',
                        'validate')
if not os.path.exists(VALIDATE):
    VALIDATE = '/work/shared/tools/validate'
HAVE_POPPLER = bool(shutil.which('pdftotext') and shutil.which('pdfinfo'))


# ----------------------------------------------------------------------------- stub producer

STUB_CAPS = {'columns': 1, 'twoside': False, 'foot_footnotes': True, 'toc_pages': True,
             'agenda_forms': ['table', 'grid', 'list'], 'fonts': ['Helvetica'],
             'hyphenate': False}
LINES_PER_PAGE = 46
WIDTH = 88


def _pdf_str(s):
    b = s.replace('\u2019', "'").encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def _wrap(text, width=WIDTH, indent=''):
    out, line = [], indent
    for w in text.split():
        if len(line) + len(w) + 1 > width and line.strip():
            out.append(line)
            line = indent
        line += ('' if not line.strip() else ' ') + w
    if line.strip():
        out.append(line)
    return out


def _markup(s):
    return gold.gold_text(s)   # the stub prints calls as plain digits, no markup


def stub_render(doc, out_pdf):
    """Typesets doc into out_pdf: one line list per page; furniture per SPEC.md (header
    'title' from page 2, footer num/dash/page_of, nothing on TitlePage pages); footnotes at
    the foot of the page of their call; Toc with page numbers (two passes)."""
    L = doc.layout

    def layout_pass(chapter_pages):
        pages = [[]]
        notes = [[]]
        kinds = ['body']
        chap_i = [0]

        def new_page(kind='body'):
            pages.append([])
            notes.append([])
            kinds.append(kind)

        def put(lines, fns=()):
            note_lines = []
            for n in fns:
                note_lines += _wrap('%d %s' % (n, gold.gold_text(doc.footnotes[n - 1])))
            room = LINES_PER_PAGE - len(notes[-1]) - len(note_lines)
            if len(pages[-1]) + 1 > room:
                new_page()
            for i, ln in enumerate(lines):
                if len(pages[-1]) >= LINES_PER_PAGE - len(notes[-1]) - (len(note_lines) if i == 0
                                                                          else 0):
                    new_page()
                pages[-1].append(ln)
            notes[-1].extend(note_lines)
            pages[-1].append('')

        def fns(s):
            return [int(m.group(1)) for m in gold.FN.finditer(s)]
        els = doc.elements
        for i, el in enumerate(els):
            if isinstance(el, TitlePage):
                if pages[-1]:
                    new_page()
                kinds[-1] = 'title'
                for text, size, bold in el.lines:
                    pages[-1].append(text)
                    pages[-1].append('')
                new_page()
            elif isinstance(el, PageBreak):
                if pages[-1]:
                    new_page()
            elif isinstance(el, Columns):
                pass
            elif isinstance(el, Chapter):
                if pages[-1]:
                    new_page()
                chap_i[0] += 1
                put(_wrap(el.title))
            elif isinstance(el, Toc):
                put([el.heading])
                k = 0
                for later in els[i + 1:]:
                    if isinstance(later, Chapter):
                        p = chapter_pages[k] if k < len(chapter_pages) else 0
                        k += 1
                        put(['%s %s %d' % (later.title, '.' * 10, p)])
            elif isinstance(el, Heading):
                put(_wrap(_markup(el.text)), fns(el.text))
            elif isinstance(el, Paragraph):
                put(_wrap(_markup(el.text)), fns(el.text))
            elif isinstance(el, ListItem):
                put(_wrap('%s %s' % (el.marker, _markup(el.text)), indent='  ' * el.depth),
                    fns(el.text))
            elif isinstance(el, Caption):
                put(['[figure]', _markup(el.text)])
            elif isinstance(el, Slot):
                if L.agenda_form == 'list':
                    put(_wrap('%s %s' % (el.time, _markup(el.title))))
                else:
                    put(['%s    %s' % (el.time, _markup(el.title))])
                for c in el.content:
                    if isinstance(c, ListItem):
                        put(_wrap('%s %s' % (c.marker, _markup(c.text)), indent='      '),
                            fns(c.text))
                    else:
                        put(_wrap(_markup(c.text), indent='      '), fns(c.text))
        if L.footnotes == 'end' and doc.footnotes:
            put([L.settings.get('notes_heading', 'Notes')])
            for n, t in enumerate(doc.footnotes, 1):
                put(_wrap('%d %s' % (n, gold.gold_text(t))))
        while pages and not pages[-1] and len(pages) > 1:
            pages.pop(), notes.pop(), kinds.pop()
        return pages, notes, kinds

    def chapters_of(pages):
        out = []
        titles = [gold.gold_text(e.title) for e in doc.elements if isinstance(e, Chapter)]
        k = 0
        toc_seen = set()
        for q, lines in enumerate(pages, 1):
            for ln in lines:
                if k < len(titles) and ln == titles[k] and (q, ln) not in toc_seen:
                    out.append(q)
                    k += 1
        return out

    pages, notes, kinds = layout_pass([])
    pages, notes, kinds = layout_pass(chapters_of(pages))
    total = len(pages)
    objs = []
    for q, (lines, nl, kind) in enumerate(zip(pages, notes, kinds), 1):
        ops = ['BT /F1 10 Tf 12 TL 56 770 Td']
        if L.header == 'title' and q > 1 and kind != 'title':
            ops.append('(%s) Tj T*' % _pdf_str(L.header_text).decode('latin-1'))
        ops.append('T*')
        for ln in lines:
            ops.append('(%s) Tj T*' % _pdf_str(ln).decode('latin-1'))
        ops.append('ET')
        if nl:
            ops.append('BT /F1 8 Tf 10 TL 56 %d Td' % (60 + 10 * len(nl)))
            for ln in nl:
                ops.append('(%s) Tj T*' % _pdf_str(ln).decode('latin-1'))
            ops.append('ET')
        if kind != 'title':
            ops.append('BT /F1 9 Tf 280 30 Td (%s) Tj ET'
                       % _pdf_str(gold.page_number_string(L, q, total)).decode('latin-1'))
        stream = zlib.compress('\n'.join(ops).encode('latin-1'))
        objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream +
                    b'\nendstream')
    # object numbering: 1 catalog, 2 pages, 3 font, 4 info, then (content, page) pairs
    body = []
    n_pages = len(pages)
    kids = ' '.join('%d 0 R' % (6 + 2 * i) for i in range(n_pages))
    body.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    body.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages)).encode())
    body.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica '
                b'/Encoding /WinAnsiEncoding >>')
    body.append(b'<< /Producer (idmgen test stub) >>')
    for i, content in enumerate(objs):
        body.append(content)
        body.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources '
                     '<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i)).encode())
    out = bytearray(b'%PDF-1.4\n')
    offs = []
    for i, o in enumerate(body, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(body) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(body) + 1, xref)
    with open(out_pdf, 'wb') as fh:
        fh.write(bytes(out))


# ----------------------------------------------------------------------------- a hand-made doc

SENT = ('Labour mobility partnerships depend on skills that employers recognise across borders, '
        'and the participants asked for common standards that workers can carry with them. ')


def report_doc(form='table', footnotes='foot'):
    L = Layout(header='title', header_text='Dialogue on labour mobility', footer='page_of',
               agenda_form=form, footnotes=footnotes,
               settings={'page_of': 'Page {n} of {N}', 'notes_heading': 'Notes'})
    d = Doc(name='Gen-900_Report-EN', split='train', doc_type='report', lang='en',
            producer='stub', layout=L, title='Dialogue on labour mobility')
    d.add(TitlePage([('International Dialogue on Migration 2031', 1.3, False),
                     ('Dialogue on labour mobility', 2.0, True),
                     ('Geneva, 2031', 1.0, False)]))
    d.add(PageBreak())
    d.add(Toc('Contents'))
    d.add(Chapter('1. Key messages', 'Key messages'))
    d.add(Paragraph('The workshop met in <b>Geneva</b>.' + d.footnote('A fictional meeting.') +
                    ' It\u00a0heard twelve speakers.'))
    km = d.add(ListItem('1)', '<b>Skills travel.</b> ' + SENT * 3, label='key_message'))
    d.key_messages.append(dict(number=1, title='Skills travel.', text='Skills travel. ' +
                               (SENT * 3).strip(), _el=km))
    d.add(ListItem('•', 'A bullet item.', depth=1))
    d.add(ListItem('(a)', 'A lettered item.', depth=1))
    for _ in range(8):
        d.add(Paragraph(SENT * 4))
    st = d.add(Paragraph('According to Ana Pérez, ' + SENT, label='speaker_statement',
                         who=['Ana Pérez']))
    d.statements.append(dict(speaker='Ana Pérez', _el=st))
    d.add(Caption('Figure 1: A fictional photo'))
    d.add(Chapter('2. Annex: agenda', 'Annex'))
    d.add(Heading(2, 'Day 1 – Monday'))
    for k in range(6):
        spk = ListItem('•', 'Ms Ana Pérez, Director, Fictional Institute, Chile', depth=1)
        d.add(Slot('%d:00 – %d:00' % (9 + k, 10 + k), 'Session %d: Skills and mobility' % (k + 1),
                   [Paragraph('Moderator: Mr Juan Ortiz, Editor'), Paragraph('Panellists:'), spk,
                    ListItem('•', 'What works?', depth=1, label='discussion_question')]))
        d.sessions.append(dict(id='s%02d' % (k + 1), title='Session %d: Skills and mobility'
                               % (k + 1), kind='session', start='%02d:00' % (9 + k),
                               end='%02d:00' % (10 + k), questions=['What works?']))
        d.speakers.append(dict(name='Ana Pérez', honorific='Ms', role='speaker',
                               function='Director, Fictional Institute, Chile',
                               session='s%02d' % (k + 1), _el=spk))
    d.events = [dict(slug='2031-04-geneva', year=2031, city='Geneva')]
    return d


def render_gold(doc, tmp):
    pdf = os.path.join(tmp, doc.name + '.pdf')
    stub_render(doc, pdf)
    return gold.gold_for(doc, pdf, STUB_CAPS)


# ----------------------------------------------------------------------------- tests

class TextRules(unittest.TestCase):
    def test_gold_text(self):
        self.assertEqual(gold.gold_text('<b>Fair</b> recruitment.{{fn:3}} The\u00a0end <i>x</i>'),
                         'Fair recruitment.3 The end x')
        self.assertEqual(gold.gold_text('migrants {{fn:12}} and'), 'migrants12 and')
        self.assertEqual(gold.gold_text('  a \n b  '), 'a b')

    def test_labels(self):
        for m in ('1)', '1.', 'a)', '(a)', 'i.', '(12)', 'IV.'):
            self.assertTrue(gold.keeps_label(m), m)
            self.assertEqual(gold.item_text(ListItem(m, '<b>Do</b> it.')), m + ' Do it.')
        for m in ('•', '–', '-', '▪', '◦', '►'):
            self.assertFalse(gold.keeps_label(m), m)
            self.assertEqual(gold.item_text(ListItem(m, 'Do it.')), 'Do it.')

    def test_id(self):
        self.assertEqual(gold.doc_id('Gen-017_Agenda-FR'), 'gen-017-agenda-fr')

    def test_compact(self):
        self.assertEqual(gold.compact('co-\nopé\ufb01ration – 3'), 'coopéfiration3')


class Blocks(unittest.TestCase):
    def test_table_and_list_forms(self):
        d = report_doc('table')
        bs = gold.body_blocks(d, STUB_CAPS)
        kinds = Counter(b.kind for b in bs)
        self.assertEqual(kinds['table_cell'], 6 * 4)   # time, title, 2 paragraphs per slot
        first = [b for b in bs if b.kind == 'table_cell'][:2]
        self.assertEqual([b.text for b in first], ['9:00 – 10:00', 'Session 1: Skills and mobility'])
        self.assertTrue(all(b.label == 'agenda_item' for b in first))
        d = report_doc('list')
        bs = gold.body_blocks(d, STUB_CAPS)
        heads = [b for b in bs if b.label == 'agenda_item']
        self.assertEqual(heads[0].kind, 'heading')
        self.assertEqual(heads[0].text, '9:00 – 10:00 Session 1: Skills and mobility')
        self.assertEqual(heads[0].level, 2)   # the deepest heading level of the document
        self.assertFalse(any(b.kind == 'table_cell' for b in bs))

    def test_titlepage_and_toc(self):
        bs = gold.body_blocks(report_doc(), STUB_CAPS)
        self.assertEqual([(b.kind, b.level) for b in bs[:3]],
                         [('heading', 2), ('heading', 1), ('paragraph', None)])
        toc = [b for b in bs if b.role == 'toc_entry']
        self.assertEqual([b.text for b in toc], ['1. Key messages', '2. Annex: agenda'])


@unittest.skipUnless(HAVE_POPPLER, 'pdftotext/pdfinfo missing')
class GoldOnStubPdf(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='test-gold-')

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_record(self):
        d = report_doc()
        rec, warnings = render_gold(d, self.tmp)
        self.assertEqual(warnings, [])
        self.assertEqual(rec['id'], 'gen-900-report-en')
        self.assertEqual(rec['source']['path'], 'Gen-900_Report-EN.pdf')
        self.assertEqual(rec['source']['producer'], 'idmgen test stub')
        self.assertRegex(rec['source']['sha256'], '^[0-9a-f]{64}$')
        n = rec['source']['pages']
        self.assertGreaterEqual(n, 4)
        blocks = rec['blocks']
        self.assertEqual([b['id'] for b in blocks], ['b%03d' % i for i in range(1, len(blocks) + 1)])
        body = [b for b in blocks if b['kind'] != 'furniture']
        pages = [b['page'] for b in body if b['kind'] != 'footnote']
        self.assertEqual(pages, sorted(pages))
        # title page alone on page 1, no furniture there
        self.assertEqual({b['page'] for b in blocks[:3]}, {1})
        self.assertFalse([b for b in blocks if b['kind'] == 'furniture' and b['page'] == 1])
        # footnote right after its call, inline digit glued
        i = next(i for i, b in enumerate(blocks) if b['text'].startswith('The workshop met'))
        self.assertEqual(blocks[i]['text'], 'The workshop met in Geneva.1 It heard twelve speakers.')
        self.assertEqual(blocks[i + 1]['kind'], 'footnote')
        self.assertEqual(blocks[i + 1]['text'], '1 A fictional meeting.')
        # Toc entries carry the page where each chapter starts
        chap = {b['text']: b['page'] for b in blocks if b['kind'] == 'heading' and b['level'] == 1
                and b['text'][0].isdigit()}
        toc = [b['text'] for b in blocks if b['kind'] == 'list_item' and b['page'] == 2][:2]
        self.assertEqual(toc, ['1. Key messages %d' % chap['1. Key messages'],
                               '2. Annex: agenda %d' % chap['2. Annex: agenda']])
        self.assertGreater(chap['2. Annex: agenda'], chap['1. Key messages'])
        # furniture: header from page 2 (not on the title page), "Page n of N" everywhere but 1
        furn = [(b['page'], b['text']) for b in blocks if b['kind'] == 'furniture']
        for q in range(2, n + 1):
            self.assertIn((q, 'Dialogue on labour mobility'), furn)
            self.assertIn((q, 'Page %d of %d' % (q, n)), furn)
        self.assertEqual(rec['page_numbers'], [None] + ['Page %d of %d' % (q, n)
                                                        for q in range(2, n + 1)])
        # labels and kinds
        km = next(b for b in blocks if b.get('label') == 'key_message')
        self.assertTrue(km['text'].startswith('1) Skills travel. Labour mobility'))
        self.assertIn('A bullet item.', [b['text'] for b in blocks])
        self.assertIn('(a) A lettered item.', [b['text'] for b in blocks])
        # meaning
        self.assertEqual(rec['key_messages'][0]['blocks'], [km['id']])
        self.assertEqual(rec['key_messages'][0]['page'], km['page'])
        st = rec['statements'][0]
        sb = next(b for b in blocks if b['id'] == st['block'])
        self.assertEqual((st['text'], st['page']), (sb['text'], sb['page']))
        self.assertEqual(len(rec['speakers']), 6)
        for sp in rec['speakers']:
            self.assertNotIn('_el', sp)
            self.assertIn('page', sp)
        last = rec['speakers'][-1]['page']
        self.assertEqual(last, max(b['page'] for b in body if b['kind'] == 'list_item'))
        self.assertTrue(rec['notes'])

    def test_endnotes(self):
        d = report_doc(footnotes='end')
        rec, warnings = render_gold(d, self.tmp)
        self.assertEqual(warnings, [])
        body = [b for b in rec['blocks'] if b['kind'] != 'furniture']
        self.assertEqual([b['text'] for b in body[-2:]], ['Notes', '1 A fictional meeting.'])
        self.assertEqual(body[-2]['kind'], 'heading')

    def test_not_found_keeps_page_and_warns(self):
        d = report_doc()
        pdf = os.path.join(self.tmp, 'nf.pdf')
        stub_render(d, pdf)
        d.elements.insert(5, Paragraph('Zebra quokka xylophone never printed anywhere.'))
        rec, warnings = gold.gold_for(d, pdf, STUB_CAPS)
        self.assertTrue(any('not found' in w for w in warnings))
        b = next(b for b in rec['blocks'] if b['text'].startswith('Zebra'))
        prev = rec['blocks'][rec['blocks'].index(b) - 1]
        self.assertEqual(b['page'], prev['page'])

    def test_verify_flags_wrong_text(self):
        d = report_doc()
        pdf = os.path.join(self.tmp, 'v.pdf')
        stub_render(d, pdf)
        d.elements[4] = Paragraph('The workshop met in Geneva.{{fn:1}} It heard nine hundred '
                                  'and ninety-nine speakers from far away places.')
        _, warnings = gold.gold_for(d, pdf, STUB_CAPS)
        self.assertTrue(any('not printed as such' in w for w in warnings), warnings)

    def test_scan_gold(self):
        d = report_doc()
        rec, _ = render_gold(d, self.tmp)
        pdf = os.path.join(self.tmp, d.name + '.pdf')
        s = gold.scan_gold(rec, pdf, 'gen-900-report-en-scan')
        self.assertEqual(s['id'], 'gen-900-report-en-scan')
        self.assertEqual(s['source']['path'], 'gen-900-report-en-scan.pdf')
        self.assertEqual(s['blocks'], rec['blocks'])
        self.assertNotIn('ocr_pages', s['source'])

    @unittest.skipUnless(os.path.exists(VALIDATE), 'shared/tools/validate missing')
    def test_schema(self):
        out = os.path.join(self.tmp, 'out')
        os.makedirs(os.path.join(out, 'documents'), exist_ok=True)
        for form in ('table', 'list'):
            d = report_doc(form)
            d.name = 'gen-9%s' % form
            rec, _ = render_gold(d, self.tmp)
            with open(os.path.join(out, 'documents', rec['id'] + '.json'), 'w') as fh:
                json.dump(rec, fh)
        problems = validate_records(out)
        self.assertEqual(problems, [])


def validate_records(out):
    """Runs shared/tools/validate on OUT/documents; returns the problems of the records
    (run.json is written here so that only the records are judged)."""
    docs = sorted(f[:-5] for f in os.listdir(os.path.join(out, 'documents')))
    run = dict(started='2030-01-01T00:00:00Z', finished='2030-01-01T00:00:01Z', inputs=len(docs),
               documents=[dict(id=d, path=d + '.pdf', status='ok', pages=1, seconds=0)
                          for d in docs], warnings=[], outputs=[], exit_code=0)
    with open(os.path.join(out, 'run.json'), 'w') as fh:
        json.dump(run, fh)
    r = subprocess.run([sys.executable, VALIDATE, out], capture_output=True, text=True)
    return [ln for ln in r.stdout.splitlines()
            if ln.strip() and 'run.json' not in ln and not re.match(r'^\d+ problem', ln)
            and 'problem' not in ln.split(':')[0]]


class Plan(unittest.TestCase):
    def test_plan(self):
        es = plan.make_plan()
        self.assertEqual(es, plan.make_plan())
        names = [n for e in es for n in e.names]
        self.assertEqual(len(names), len(set(names)))
        self.assertGreaterEqual(len(names), 130)
        for n in names:
            self.assertRegex(n, r'^gen-\d{3}-(agenda|concept-note|summary|report)-(fr|en|es)'
                                r'(-scan)?$')
        held = sum(len(e.names) for e in es if e.split == 'heldout')
        self.assertGreaterEqual(held / len(names), 0.30)
        cells = {(e.doc_type, e.lang, e.split) for e in es}
        for t in plan.TYPES:
            for lang in plan.LANGS:
                for s in ('train', 'heldout'):
                    self.assertIn((t, lang, s), cells)
        self.assertGreaterEqual(sum(e.doc_type == 'report' for e in es), 10)
        self.assertEqual(sum(1 for e in es if e.doc_type == 'report' and e.want.get('long')), 2)
        scans = [e for e in es if e.scan]
        self.assertGreaterEqual(len(scans), 6)
        self.assertTrue(all(e.doc_type in ('agenda', 'concept_note') for e in scans))
        self.assertEqual({e.split for e in scans}, {'train', 'heldout'})
        self.assertGreaterEqual(sum(e.want.get('columns') == 2 for e in es), 12)
        train_p = {e.producer for e in es if e.split == 'train'}
        held_p = {e.producer for e in es if e.split == 'heldout'}
        self.assertTrue(held_p - train_p)
        self.assertTrue(set(plan.HELDOUT_ONLY) <= held_p)
        self.assertFalse(set(plan.HELDOUT_ONLY) & train_p)


class Layouts(unittest.TestCase):
    CAPS = {'columns': 2, 'twoside': True, 'foot_footnotes': True, 'toc_pages': True,
            'agenda_forms': ['table', 'grid', 'list'], 'fonts': ['A', 'B', 'C', 'D'],
            'hyphenate': True}

    def draws(self, split):
        rng = random.Random('t:%s' % split)
        out = []
        for i in range(400):
            t = plan.TYPES[i % 4]
            out.append(layouts.draw_layout(rng, split, t, self.CAPS, lang=plan.LANGS[i % 3]))
        return out

    def test_disjoint(self):
        tr, he = self.draws('train'), self.draws('heldout')

        def vals(ls, f):
            return {f(x) for x in ls}
        for f in (lambda x: x.font, lambda x: x.font_size, lambda x: x.leading,
                  lambda x: x.margin_mm, lambda x: x.column_gap_mm,
                  lambda x: x.settings['page_of'], lambda x: x.settings['notes_heading'],
                  lambda x: (x.agenda_form, x.time_width),
                  lambda x: x.settings['toc_leaders']):
            self.assertFalse(vals(tr, f) & vals(he, f))
        self.assertFalse(vals(tr, lambda x: x.footer) & vals(he, lambda x: x.footer)
                         - {'page_of'})
        one = lambda ls: {(x.justify, x.hyphenate) for x in ls if x.columns == 1}
        self.assertFalse(one(tr) & one(he))
        self.assertTrue(any(x.columns == 2 and x.justify and x.hyphenate for x in tr))
        self.assertTrue(any(x.twoside and x.header == 'book' for x in tr if x.columns))

    def test_caps_respected(self):
        caps = dict(self.CAPS, columns=1, twoside=False, agenda_forms=['table'],
                    foot_footnotes=False, hyphenate=False, fonts=['Only'])
        rng = random.Random(1)
        for i in range(200):
            L = layouts.draw_layout(rng, 'heldout', plan.TYPES[i % 4], caps, lang='fr',
                                    want={'columns': 2})
            self.assertEqual((L.columns, L.twoside, L.agenda_form, L.footnotes, L.hyphenate,
                              L.font), (1, False, 'table', 'end', False, 'Only'))

    def test_deterministic(self):
        a = layouts.draw_layout(random.Random(5), 'train', 'report', self.CAPS, 'es')
        b = layouts.draw_layout(random.Random(5), 'train', 'report', self.CAPS, 'es')
        self.assertEqual(a, b)


class Registry(unittest.TestCase):
    def test_names(self):
        from idmgen import producers
        self.assertEqual(set(producers.PRODUCERS), set(plan.HELDOUT_PRODUCERS))
        self.assertIsInstance(producers.available(), list)
        for name in producers.available():
            mod = producers.PRODUCERS[name]
            self.assertTrue(callable(mod.render))
            for k in ('columns', 'twoside', 'foot_footnotes', 'toc_pages', 'agenda_forms',
                      'fonts', 'hyphenate'):
                self.assertIn(k, mod.CAPS, '%s: CAPS[%r]' % (name, k))


GOLDS = sorted(glob.glob(os.path.join(CORPUS, 'train', '*.gold.json')) +
               glob.glob(os.path.join(CORPUS, 'heldout', '*.gold.json')))


@unittest.skipUnless(GOLDS, 'no generated corpus')
class GeneratedCorpus(unittest.TestCase):
    def test_gold_files(self):
        for path in GOLDS:
            with open(path, encoding='utf-8') as fh:
                rec = json.load(fh)
            name = os.path.basename(path)[:-len('.gold.json')]
            self.assertEqual(rec['id'], gold.doc_id(name))
            self.assertEqual(rec['source']['path'], name + '.pdf')
            self.assertTrue(os.path.exists(path[:-len('.gold.json')] + '.pdf'), name)
            n = rec['source']['pages']
            ids = [b['id'] for b in rec['blocks']]
            self.assertEqual(len(ids), len(set(ids)), name)
            for b in rec['blocks']:
                self.assertTrue(1 <= b['page'] <= n, (name, b['id']))
                self.assertEqual(b['text'], ' '.join(b['text'].split()), (name, b['id']))
                self.assertNotRegex(b['text'], r'</?[bi]>|\{\{fn:|\u00a0', (name, b['id']))
            pages = [b['page'] for b in rec['blocks'] if b['kind'] not in ('furniture',
                                                                            'footnote')]
            self.assertEqual(pages, sorted(pages), name)

    @unittest.skipUnless(os.path.exists(VALIDATE), 'shared/tools/validate missing')
    def test_schema(self):
        tmp = tempfile.mkdtemp(prefix='test-gold-corpus-')
        try:
            os.makedirs(os.path.join(tmp, 'documents'))
            for path in GOLDS:
                with open(path, encoding='utf-8') as fh:
                    rec = json.load(fh)
                with open(os.path.join(tmp, 'documents', rec['id'] + '.json'), 'w') as fh:
                    json.dump(rec, fh)
            self.assertEqual(validate_records(tmp), [])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    unittest.main()
