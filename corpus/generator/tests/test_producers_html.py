"""Tests of the HTML producers (chromium, weasyprint): hand-made Docs rendered in each relevant
layout, checked with pdftotext -layout (text present, furniture strings where SPEC.md says,
footnote numbers) and rendered twice (byte-identical PDFs).

    cd corpus/generator && python3 -m unittest tests.test_producers_html -v

Keeps its output in $IDMGEN_TEST_OUT (default: a temporary directory, removed at the end).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from dataclasses import replace

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from idmgen.model import (Caption, Chapter, Columns, Doc, Heading, Layout, ListItem,  # noqa: E402
                          PageBreak, Paragraph, Slot, TitlePage, Toc)
from idmgen.producers import common, html_common  # noqa: E402

LOREM = ('La migration de main-d\u2019\u0153uvre est un moteur essentiel du d\u00e9veloppement '
         'durable, et les \u00c9tats membres ont rappel\u00e9 l\u2019importance d\u2019une '
         'gouvernance fond\u00e9e sur les droits, la coop\u00e9ration internationale et la '
         'participation des communaut\u00e9s de la diaspora aux politiques publiques. ')


def concept_note(producer, **lay):
    layout = Layout(header='title', header_text='Dialogue international sur la migration 2031',
                    footer='page_of', settings={'page_of': 'Page {n} sur {N}',
                                                'notes_heading': 'Notes de fin'},
                    font='Liberation Serif', footnotes='end' if producer == 'chromium'
                    else 'foot')
    for k, v in lay.items():
        setattr(layout, k, v)
    d = Doc(name='t-concept-%s' % producer, split='train', doc_type='concept_note', lang='fr',
            producer=producer, layout=layout, title='Note conceptuelle')
    d.add(Heading(1, 'Note conceptuelle : migration & climat'))
    d.add(Heading(2, 'Contexte'))
    d.add(Paragraph('Le <b>Dialogue</b> est le principal forum de l\u2019OIM' + d.footnote(
        'Organisation internationale pour les migrations, Gen\u00e8ve.') + ' pour les '
        'politiques migratoires. ' + LOREM * 3))
    d.add(Paragraph(LOREM * 4 + 'Voir le <i>rapport</i> 2030' + d.footnote(
        'Rapport \u00e9tat de la migration dans le monde, 2030.') + '.'))
    d.add(Heading(3, 'Objectifs <sp\u00e9cifiques> & attendus'))
    d.add(ListItem('1)', 'Examiner les liens entre migration et changement climatique. ' + LOREM))
    d.add(ListItem('2)', 'Partager des pratiques efficaces.'))
    d.add(ListItem('\u2022', 'Sous-point illustratif de niveau deux.', depth=1))
    d.add(Caption('Figure 1. Participants au Dialogue, Gen\u00e8ve', figure_height=60))
    d.add(Columns(2))
    d.add(Heading(2, 'Questions directrices'))
    for k in range(4):
        d.add(Paragraph(LOREM * 2 + ('Les migrants%s ont un r\u00f4le.' % d.footnote(
            'Selon les chiffres du DAES.') if k == 1 else '')))
    d.add(Columns(1))
    d.add(PageBreak())
    d.add(Heading(4, 'Remarque finale'))
    d.add(Paragraph(LOREM * 2))
    return d


def agenda(producer, form):
    layout = Layout(header='none', footer='dash', agenda_form=form, font='DejaVu Sans',
                    font_size=9.5, time_width=0.2, footnotes='end', justify=False,
                    settings={'notes_heading': 'Notes'})
    d = Doc(name='t-agenda-%s-%s' % (producer, form), split='train', doc_type='agenda',
            lang='en', producer=producer, layout=layout, title='Agenda')
    d.add(Heading(1, 'International Dialogue on Migration 2031'))
    d.add(Heading(2, 'Day 1 \u2013 Monday, 14 April'))
    d.add(Slot('9 a.m. \u2013 10 a.m.', 'Registration'))
    d.add(Slot('10 a.m. \u2013 10.30 a.m.', 'Opening remarks', [
        Paragraph('Director General, International Organization for Migration'),
        ListItem('\u2022', 'Ms Amina Diallo, Minister of Labour, Senegal')]))
    d.add(Slot('10.30 a.m. \u2013 12.30 p.m.', 'Session 1: Labour mobility', [
        Paragraph('This session will examine skills partnerships. ' * 4),
        Paragraph('Moderator: Mr Jo\u00e3o Pereira'),
        ListItem('1.', 'Which policies work?'), ListItem('2.', 'What data is needed?')]))
    d.add(Slot('12.30 p.m. \u2013 2 p.m.', 'Lunch break'))
    return d


def report(producer, **lay):
    layout = Layout(twoside=True, header='book', header_text='IDM 2031 Report',
                    footer='outer', footnotes='foot', font='Linux Libertine O',
                    paragraph_style='indent', settings={'notes_heading': 'Notes'})
    for k, v in lay.items():
        setattr(layout, k, v)
    d = Doc(name='t-report-%s' % producer, split='train', doc_type='yearly_report', lang='en',
            producer=producer, layout=layout, title='Report', header_odd='Before chapters')
    d.add(TitlePage([('International Dialogue on Migration', 1.6, True),
                     ('Report of 2031', 2.2, True), ('Geneva, 2032', 1.0, False)]))
    d.add(Toc('Contents'))
    text = ('Migration governance remains at the heart of the debates, and participants stressed '
            'the need for cooperation across borders and sectors. ')
    for n in range(1, 4):
        d.add(Chapter('%d. Chapter title number %d' % (n, n), 'Running %d' % n))
        d.add(Heading(2, 'Section %d.1' % n))
        for k in range(4 + 5 * n):
            fn = d.footnote('Note text of chapter %d.' % n) if k == 2 else ''
            d.add(Paragraph(text * 5 + 'Footnoted' + fn + ' sentence.'))
    return d


def pdf_pages(pdf):
    out = subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf, '-'],
                         stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
    pages = out.split('\f')
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def reading(pdf):
    """The text in reading order (columns one after the other), spaces squashed."""
    out = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], stdout=subprocess.PIPE,
                         check=True).stdout.decode('utf-8')
    return squash(out)


def squash(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


def lines(page):
    """The non-empty lines of a page, inner spaces removed: pdftotext -layout squeezes the
    spaces of small furniture type ("– 1 –" comes out "–1–")."""
    return [re.sub(r'\s+', '', ln) for ln in page.splitlines() if ln.strip()]


def ns(s):
    return re.sub(r'\s+', '', s)


def have(tool):
    return shutil.which(tool) is not None and shutil.which('pdftotext') is not None


class _Base(unittest.TestCase):
    producer = None

    @classmethod
    def setUpClass(cls):
        keep = os.environ.get('IDMGEN_TEST_OUT')
        cls.tmp = keep or tempfile.mkdtemp(prefix='idmgen-html-')
        os.makedirs(cls.tmp, exist_ok=True)
        cls.keep = bool(keep)
        from idmgen.producers import PRODUCERS
        cls.mod = PRODUCERS[cls.producer]

    @classmethod
    def tearDownClass(cls):
        if not cls.keep:
            shutil.rmtree(cls.tmp, ignore_errors=True)

    def render(self, doc, tag=''):
        name = doc.name + tag
        work = os.path.join(self.tmp, name + '.work')
        pdf = os.path.join(self.tmp, name + '.pdf')
        self.mod.render(doc, work, pdf)
        return pdf

    def assertDeterministic(self, doc, pdf):
        again = self.render(replace(doc), '-again')
        with open(pdf, 'rb') as a, open(again, 'rb') as b:
            self.assertEqual(a.read(), b.read(), 'PDF differs between two runs')
        with open(pdf, 'rb') as fh:
            data = fh.read()
        self.assertNotIn(self.tmp.encode(), data, 'absolute path in the PDF')
        info = subprocess.run(['pdfinfo', pdf], stdout=subprocess.PIPE,
                              check=True).stdout.decode()
        for line in info.splitlines():
            if line.startswith(('CreationDate', 'ModDate')):
                self.assertIn('2030', line)

    def check_concept(self, doc, pdf):
        pages = pdf_pages(pdf)
        allt = reading(pdf)
        self.assertIn('Note conceptuelle : migration & climat', allt)
        self.assertIn('Objectifs <sp\u00e9cifiques> & attendus', allt)
        self.assertIn('Figure 1. Participants au Dialogue', allt)
        self.assertIn('Remarque finale', allt)
        self.assertRegex(allt, r'1\) Examiner')
        # footnote calls right after the word
        self.assertRegex(allt, r"l\u2019OIM1 pour")
        self.assertRegex(allt, r'2030 ?2\.')
        self.assertRegex(allt, r'migrants3 ont')
        lay = doc.layout
        n = len(pages)
        self.assertGreaterEqual(n, 2)
        for i, p in enumerate(pages, 1):
            ls = lines(p)
            # footer page_of on every page, as the last line
            self.assertIn('Page%dsur%d' % (i, n), ls[-1])
            # header 'title' on every page but the first
            if i == 1:
                self.assertNotIn(ns(lay.header_text), ls[0])
            else:
                self.assertIn(ns(lay.header_text), ls[0])
        return pages, allt

    def check_agenda(self, doc, pdf, form):
        pages = pdf_pages(pdf)
        allt = squash(' '.join(pages))
        for s in ('9 a.m. \u2013 10 a.m.', 'Registration', 'Session 1: Labour mobility',
                  'Moderator: Mr Jo\u00e3o Pereira', '1. Which policies work?',
                  'Ms Amina Diallo, Minister of Labour, Senegal', 'Lunch break'):
            self.assertIn(s, allt)
        if form == 'list':
            self.assertRegex(allt, r'10\.30 a\.m\. \u2013 12\.30 p\.m\. +Session 1')
        for i, p in enumerate(pages, 1):
            self.assertEqual(lines(p)[-1], '\u2013%d\u2013' % i)
        raw = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', pdf, '-'],
                             stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
        self.assertIn('\u2013 1 \u2013', raw)

    def check_book(self, doc, pdf):
        pages = pdf_pages(pdf)
        return pages


@unittest.skipUnless(have('chromium'), 'chromium not installed')
class TestChromium(_Base):
    producer = 'chromium'

    def test_caps(self):
        c = self.mod.CAPS
        self.assertFalse(c['foot_footnotes'])
        self.assertFalse(c['twoside'])
        self.assertFalse(c['toc_pages'])
        self.assertEqual(set(c['agenda_forms']), {'table', 'grid', 'list'})

    def test_concept_note(self):
        for tag, kw in (('', {}), ('-indent', dict(paragraph_style='indent', justify=False,
                                                   font='EB Garamond', paper='letter'))):
            doc = concept_note('chromium', **kw)
            pdf = self.render(doc, tag)
            pages, allt = self.check_concept(doc, pdf)
            # endnotes: heading then "N text" after all the body
            self.assertIn('Notes de fin', pages[-1])
            last = squash(pages[-1])
            for k, t in ((1, 'Organisation internationale pour les migrations'),
                         (2, 'Rapport'), (3, 'Selon les chiffres du DAES.')):
                self.assertIn('%d %s' % (k, t), last)
            if not tag:
                self.assertDeterministic(doc, pdf)

    def test_agenda_forms(self):
        for form in ('table', 'grid', 'list'):
            doc = agenda('chromium', form)
            pdf = self.render(doc)
            self.check_agenda(doc, pdf, form)
        self.assertDeterministic(doc, pdf)

    def test_footers(self):
        for footer, fmt in (('num', '{i}'), ('outer', '{i}')):
            doc = concept_note('chromium', footer=footer, header='none')
            doc.name += '-' + footer
            pages = pdf_pages(self.render(doc))
            for i, p in enumerate(pages, 1):
                self.assertEqual(lines(p)[-1], fmt.format(i=i))

    def test_titlepage_toc(self):
        doc = report('chromium', twoside=False, header='title', footer='num',
                     footnotes='end')
        pdf = self.render(doc)
        pages = pdf_pages(pdf)
        ls1 = lines(pages[0])
        self.assertEqual(ls1[0], ns('International Dialogue on Migration'))
        self.assertNotRegex(pages[0], r'\n\s*1\s*$')          # no number on the title page
        self.assertIn('Contents', pages[1])
        self.assertIn('1. Chapter title number 1', pages[1])
        self.assertEqual(lines(pages[1])[0], ns('IDM 2031 Report'))
        self.assertEqual(lines(pages[1])[-1], '2')
        self.assertTrue(lines(pages[2])[1].startswith(ns('1. Chapter title number 1')))
        self.assertIn('Notes', pages[-1])


@unittest.skipUnless(have('weasyprint'), 'weasyprint not installed')
class TestWeasyPrint(_Base):
    producer = 'weasyprint'

    def test_caps(self):
        c = self.mod.CAPS
        self.assertTrue(c['foot_footnotes'] and c['twoside'] and c['toc_pages'])

    def test_concept_note(self):
        for tag, kw in (('', {}), ('-2col', dict(columns=2, paragraph_style='indent',
                                                 font='Noto Sans', hyphenate=False)),
                        ('-end', dict(footnotes='end'))):
            doc = concept_note('weasyprint', **kw)
            pdf = self.render(doc, tag)
            pages, allt = self.check_concept(doc, pdf)
            notes = [(1, 'Organisation internationale pour les migrations'),
                     (2, 'Rapport \u00e9tat'), (3, 'Selon les chiffres du DAES.')]
            if tag == '-end':
                self.assertIn('Notes de fin', pages[-1])
                for k, t in notes:
                    self.assertIn('%d %s' % (k, t), squash(pages[-1]))
            else:
                # each note at the foot of the page of its call, starting with its number
                for k, t in notes:
                    found = [i for i, p in enumerate(pages)
                             if re.search(r'(^|\n)\s*%d %s' % (k, re.escape(t)), p)]
                    self.assertTrue(found, 'footnote %d not at a line start' % k)
            if not tag:
                self.assertDeterministic(doc, pdf)

    def test_agenda_forms(self):
        for form in ('table', 'grid', 'list'):
            doc = agenda('weasyprint', form)
            pdf = self.render(doc)
            self.check_agenda(doc, pdf, form)
        self.assertDeterministic(doc, pdf)

    def test_book(self):
        doc = report('weasyprint')
        pdf = self.render(doc)
        pages = pdf_pages(pdf)
        # title page: nothing but its lines
        self.assertEqual(lines(pages[0])[0], ns('International Dialogue on Migration'))
        self.assertEqual(lines(pages[0])[-1], ns('Geneva, 2032'))
        # toc on page 2: no header, number 2 (outer: left), entries with pages
        toc = lines(pages[1])
        self.assertEqual(toc[0], 'Contents')
        starts = {}
        for i, p in enumerate(pages[2:], 3):
            for k in range(1, 4):
                if any(ln.startswith(ns('%d. Chapter title number %d' % (k, k)))
                       for ln in lines(p)[:2]):
                    starts.setdefault(k, i)
        self.assertEqual(len(starts), 3)
        for k, pg in starts.items():
            self.assertEqual(pg % 2, 1, 'chapter %d not on a recto' % k)
            self.assertRegex(pages[1], r'%d\. Chapter title number %d[ .]+%d\n'
                             % (k, k, pg))
        self.assertEqual(toc[-1], '2')
        for i, p in enumerate(pages, 1):
            ls = lines(p)
            if not ls:            # blank page: nothing at all
                continue
            chapter = max([k for k, pg in starts.items() if pg <= i], default=0)
            first = i in starts.values() or i <= 2
            if first:
                self.assertNotIn(ns('IDM 2031 Report'), ls[0])
                self.assertNotRegex(ls[0], r'^Running')
            elif i % 2 == 0:
                self.assertEqual(ls[0], ns('IDM 2031 Report'))
            else:
                self.assertEqual(ls[0], ns('Running %d' % chapter if chapter else
                                    'Before chapters'))
            if i > 1:
                self.assertEqual(ls[-1], str(i))
        blanks = [i for i, p in enumerate(pages, 1) if not p.strip()]
        for b in blanks:
            self.assertIn(b + 1, starts.values())
        # footnotes at the foot, each starting with its number
        for k in range(1, 4):
            self.assertTrue(any(re.search(r'\n\s*%d Note text of chapter %d\.' % (k, k), p)
                                for p in pages))
        self.assertDeterministic(doc, pdf)

    def test_blank_after_titlepage(self):
        # TitlePage, PageBreak(odd), foreword: page 2 is a blank page (nothing printed), the
        # foreword on page 3; without twoside no empty page between them at all
        for twoside in (True, False):
            doc = report('weasyprint', twoside=twoside, header='title' if not twoside
                         else 'book', footer='page_of', settings={'page_of': '{n} of {N}'})
            doc.elements.insert(1, PageBreak(odd=True))
            doc.elements.insert(2, Heading(1, 'Foreword'))
            doc.elements.insert(3, Paragraph('Foreword text. ' * 40))
            doc.elements.insert(4, PageBreak(odd=True))
            doc.name += '-blank%d' % twoside
            pages = pdf_pages(self.render(doc))
            fw = 2 if twoside else 1
            if twoside:
                self.assertEqual(pages[1].strip(), '', 'page 2 not blank')
            # after the running header ('Before chapters' on a recto; the 'title' header)
            self.assertEqual(lines(pages[fw])[1], 'Foreword')
            n = len(pages)
            self.assertEqual(lines(pages[fw])[-1], ns('%d of %d' % (fw + 1, n)))

    def test_book_no_titlepage(self):
        doc = report('weasyprint', footer='num')
        doc.elements = [e for e in doc.elements if not isinstance(e, (TitlePage, Toc))]
        doc.elements.insert(0, Paragraph('Foreword text. ' * 900))
        doc.name += '-nt'
        pages = pdf_pages(self.render(doc))
        self.assertEqual(lines(pages[1])[0], ns('IDM 2031 Report'))
        self.assertEqual(lines(pages[2])[0], ns('Before chapters'))


class TestHtml(unittest.TestCase):
    def test_escape_and_markup(self):
        d = concept_note('weasyprint')
        src = html_common.to_html(d, 'weasyprint')
        self.assertIn('Objectifs &lt;sp\u00e9cifiques&gt; &amp; attendus', src)
        self.assertIn('<b>Dialogue</b>', src)
        self.assertIn('<span class="fn" data-n="1">1\u00a0Organisation', src)
        src = html_common.to_html(concept_note('chromium'), 'chromium')
        self.assertIn('<sup class="call">1</sup>', src)
        self.assertIn('Notes de fin', src)

    def test_page_of(self):
        self.assertEqual(html_common.page_of_content('P\u00e1gina {n} de {N}'),
                         '"P\u00e1gina " counter(page) " de " counter(pages)')

    def test_pin_dates(self):
        with tempfile.TemporaryDirectory() as t:
            p = os.path.join(t, 'x.pdf')
            body = (b"%PDF-1.4\n1 0 obj\n<< /CreationDate (D:20240315120102+01'00') "
                    b"/ModDate (D:20240315120102Z) >>\nendobj\ntrailer\n<< /ID [<00AB> <00AB>] >>\n")
            with open(p, 'wb') as fh:
                fh.write(body)
            common.pin_pdf_dates(p)
            with open(p, 'rb') as fh:
                out = fh.read()
            self.assertEqual(len(out), len(body))
            self.assertIn(b"(D:20300101000000+00'00')", out)
            self.assertIn(b'(D:20300101000000Z)', out)
            self.assertNotIn(b'<00AB>', out)

    def test_run_error(self):
        with self.assertRaises(common.ProducerError):
            common.run(['sh', '-c', 'echo oops >&2; exit 3'])


if __name__ == '__main__':
    unittest.main()
