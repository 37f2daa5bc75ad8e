"""Tests of the groff and LaTeX producers (gropdf, ghostscript, pdflatex): hand-made Docs
(a two-column concept note with footnotes, a list and a caption; an agenda with 4 Slots in
each agenda_form and 12-hour times; a twoside 'book' report with TitlePage, Toc, 3 Chapters
and footnotes) rendered in the relevant layouts, checked with pdftotext -layout (text,
footnotes, furniture as SPEC.md says) and rendered twice (byte-identical PDFs).

    cd corpus/generator && python3 -m unittest tests.test_producers_tex -v

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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from idmgen.model import (Caption, Chapter, Columns, Doc, Heading, Layout, ListItem,  # noqa: E402
                          PageBreak, Paragraph, Slot, TitlePage, Toc)

LOREM = ('La migration de main-d\u2019\u0153uvre est un moteur essentiel du d\u00e9veloppement '
         'durable, et les \u00c9tats membres ont rappel\u00e9 l\u2019importance d\u2019une '
         'gouvernance fond\u00e9e sur les droits, la coop\u00e9ration internationale et la '
         'participation des communaut\u00e9s de la diaspora aux politiques publiques. ')
LOREM_EN = ('Labour migration is an essential driver of sustainable development, and Member '
            'States recalled the importance of rights-based governance, international '
            'cooperation and the participation of diaspora communities in public policies, '
            'with specific attention to the financial inclusion of migrant workers. ')
LOREM_ES = ('La migraci\u00f3n laboral es un motor esencial del desarrollo sostenible, y los '
            'Estados Miembros recordaron la importancia de una gobernanza basada en los '
            'derechos, la cooperaci\u00f3n internacional y la participaci\u00f3n de las '
            'comunidades de la di\u00e1spora en las pol\u00edticas p\u00fablicas. ')

HAVE = {
    'gropdf': bool(shutil.which('groff')),
    'ghostscript': bool(shutil.which('groff') and shutil.which('ps2pdf')),
    'pdflatex': bool(shutil.which('pdflatex')),
}
FONT = {'gropdf': 'Palatino', 'ghostscript': 'Times', 'pdflatex': 'Palatino'}


def concept_note(producer, name=None, **lay):
    layout = Layout(header='title', header_text='Dialogue international sur la migration 2031',
                    footer='page_of', columns=2, font=FONT[producer],
                    settings={'page_of': 'Page {n} sur {N}', 'notes_heading': 'Notes de fin'})
    for k, v in lay.items():
        setattr(layout, k, v)
    d = Doc(name=name or 't-concept-%s' % producer, split='train', doc_type='concept_note',
            lang='fr', producer=producer, layout=layout, title='Note conceptuelle')
    d.add(Heading(1, 'Note conceptuelle : migration & climat'))
    d.add(Heading(2, 'Contexte'))
    d.add(Paragraph('Le <b>Dialogue</b> est le principal forum de l\u2019OIM' + d.footnote(
        'Organisation internationale pour les migrations, Gen\u00e8ve.') + ' pour les '
        'politiques migratoires (taux de 50 % ; co\u00fbt > 3 $ & #1_a {b} ~ ^ \\). ' + LOREM * 3))
    d.add(Paragraph(LOREM * 4 + 'Voir le <i>rapport</i> 2030' + d.footnote(
        'Rapport \u00e9tat de la migration dans le monde, 2030.') + '. ' + LOREM))
    d.add(Heading(3, 'Objectifs sp\u00e9cifiques & attendus'))
    d.add(ListItem('1)', 'Examiner les liens entre migration et changement climatique. ' + LOREM))
    d.add(ListItem('2)', 'Partager des pratiques efficaces.'))
    d.add(ListItem('a)', 'Sous-point illustratif de niveau deux.', depth=1))
    d.add(ListItem('\u2022', 'Puce de niveau deux, finance et flux.', depth=1))
    d.add(Caption('Figure 1. Participants au Dialogue, Gen\u00e8ve', figure_height=60))
    d.add(Heading(2, 'Questions directrices'))
    for k in range(4):
        d.add(Paragraph(LOREM * 2 + ('Les migrants%s ont un r\u00f4le.' % d.footnote(
            'Selon les chiffres du DAES.') if k == 1 else '')))
    d.add(Columns(1))
    d.add(Heading(4, 'Remarque finale'))
    d.add(Paragraph(LOREM * 2))
    return d


def agenda(producer, form, name=None, **lay):
    layout = Layout(header='title', header_text='International Dialogue on Migration 2031',
                    footer='dash', agenda_form=form, font=FONT[producer], font_size=10,
                    time_width=0.22, justify=False, settings={'notes_heading': 'Notes'})
    for k, v in lay.items():
        setattr(layout, k, v)
    d = Doc(name=name or 't-agenda-%s-%s' % (producer, form), split='train', doc_type='agenda',
            lang='en', producer=producer, layout=layout, title='Agenda')
    d.add(Heading(1, 'International Dialogue on Migration 2031'))
    d.add(Paragraph('New York, 14\u201315 April 2031, Conference Room 4' + d.footnote(
        'United Nations Headquarters, First Avenue.')))
    d.add(Heading(2, 'Day 1 \u2013 Monday, 14 April'))
    d.add(Slot('9 a.m. \u2013 10 a.m.', 'Registration'))
    d.add(Slot('10 a.m. \u2013 10.30 a.m.', 'Opening remarks', [
        Paragraph('Director General, International Organization for Migration'),
        ListItem('\u2022', 'Ms Amina Diallo, Minister of Labour, Senegal')]))
    d.add(Slot('10.30 a.m. \u2013 12.30 p.m.', 'Session 1: Labour mobility', [
        Paragraph('This session will examine skills partnerships. ' * 4),
        Paragraph('Moderator: Mr Jo\u00e3o Pereira'),
        Paragraph('Speakers:'),
        ListItem('\u2022', 'H.E. Ms Mar\u00eda Fern\u00e1ndez, Ambassador, Permanent '
                 'Representative of Mexico'),
        ListItem('\u2022', 'Dr Kwame Mensah, Director, African Union Commission'),
        ListItem('\u2013', 'Mr Fran\u00e7ois L\u00e9ger, Head of Unit', depth=1)]))
    d.add(Slot('12.30 p.m. \u2013 2 p.m.', 'Lunch break', [Paragraph('Venue: Delegates\u2019 '
                                                                      'Dining Room')]))
    return d


def report(producer, name=None, **lay):
    layout = Layout(header='book', twoside=True, header_text='Informe del Di\u00e1logo 2031',
                    footer='outer', font=FONT[producer], footnotes='foot',
                    settings={'notes_heading': 'Notas', 'toc_leaders': True})
    for k, v in lay.items():
        setattr(layout, k, v)
    d = Doc(name=name or 't-report-%s' % producer, split='train', doc_type='report', lang='es',
            producer=producer, layout=layout, title='Informe',
            header_odd='Di\u00e1logo Internacional sobre la Migraci\u00f3n')
    d.add(TitlePage([('Di\u00e1logo Internacional sobre la Migraci\u00f3n 2031', 1.3, False),
                     ('La migraci\u00f3n y el clima', 2.0, True),
                     ('Informe final', 1.5, True), ('Ginebra, 2031', 1.0, False)]))
    d.add(PageBreak(odd=True))
    d.add(Heading(1, 'Pr\u00f3logo'))
    for _ in range(3):
        d.add(Paragraph(LOREM_ES * 3))
    d.add(PageBreak(odd=True))
    d.add(Toc('\u00cdndice'))
    titles = ['1. Introducci\u00f3n', '2. Mensajes clave', '3. Recomendaciones']
    runs = ['Introducci\u00f3n', 'Mensajes clave', 'Recomendaciones']
    for c, (t, r) in enumerate(zip(titles, runs)):
        d.add(Chapter(t, r))
        for k in range(6 + 3 * c):
            d.add(Paragraph(LOREM_ES * 3 + ('Seg\u00fan la OIM%s, la movilidad aumenta.'
                                            % d.footnote('Nota %d del cap\u00edtulo %d.'
                                                         % (k, c + 1)) if k % 3 == 1 else '')))
        if c == 1:
            d.add(ListItem('1)', '<b>Mensaje uno.</b> ' + LOREM_ES))
            d.add(ListItem('2)', '<b>Mensaje dos.</b> ' + LOREM_ES))
    return d


def pdftotext(pdf, layout=True):
    cmd = ['pdftotext', '-enc', 'UTF-8'] + (['-layout'] if layout else []) + [pdf, '-']
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
    pages = out.split('\f')
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def compact(s):
    s = s.replace('\ufb01', 'fi').replace('\ufb02', 'fl').replace('\ufb00', 'ff')
    s = re.sub(r'<[^>]*>|\{\{fn:\d+\}\}', '', s)
    return re.sub(r'[^\w]', '', s.replace('-\n', '')).casefold()


def lines_of(page):
    return [ln.strip() for ln in page.splitlines() if ln.strip()]


class _Base:
    producer = None

    @classmethod
    def setUpClass(cls):
        if not HAVE[cls.producer]:
            raise unittest.SkipTest('%s: tools missing' % cls.producer)
        from idmgen import producers
        cls.mod = producers.PRODUCERS[cls.producer]
        base = os.environ.get('IDMGEN_TEST_OUT')
        cls.keep = bool(base)
        cls.out = os.path.join(base, cls.producer) if base else tempfile.mkdtemp()
        os.makedirs(cls.out, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        if not cls.keep:
            shutil.rmtree(cls.out, ignore_errors=True)

    def render(self, doc, twice=True):
        work = os.path.join(self.out, doc.name + '.work')
        pdf = os.path.join(self.out, doc.name + '.pdf')
        self.mod.render(doc, work, pdf)
        if twice:
            work2 = os.path.join(self.out, doc.name + '.work2')
            pdf2 = os.path.join(self.out, doc.name + '.2.pdf')
            self.mod.render(doc, work2, pdf2)
            with open(pdf, 'rb') as a, open(pdf2, 'rb') as b:
                da, db = a.read(), b.read()
            self.assertEqual(da, db, 'PDF not reproducible: %s' % doc.name)
            self.assertNotIn(self.out.encode(), da)
            self.assertIn(b'20300101', da)
        return pdf, pdftotext(pdf)

    def check_text(self, doc, pdf):
        whole = compact('\n'.join(pdftotext(pdf, layout=False)))
        table = doc.layout.agenda_form == 'table'
        for el in doc.elements:
            texts = []
            if isinstance(el, (Heading, Paragraph, ListItem, Caption)):
                texts.append(el.text)
            if isinstance(el, Slot):
                texts += ([] if table else [el.time]) + [el.title] + [c.text for c in el.content]
            if isinstance(el, Chapter):
                texts.append(el.title)
            for t in texts:
                c = compact(re.sub(r'\{\{fn:(\d+)\}\}', r'\1', t))
                self.assertIn(c[:60], whole, t[:60])
                self.assertIn(c[-40:], whole, t[-40:])
        for n, t in enumerate(doc.footnotes, 1):
            self.assertIn(compact('%d %s' % (n, t)), whole, 'footnote %d' % n)

    # ---------------------------------------------------------------- the tests
    def test_concept_note_two_columns(self):
        d = concept_note(self.producer)
        pdf, pages = self.render(d)
        self.check_text(d, pdf)
        n = len(pages)
        self.assertGreaterEqual(n, 2)
        for k, p in enumerate(pages, 1):
            ls = lines_of(p)
            self.assertIn('Page %d sur %d' % (k, n), ls[-1])
            has_h = any('Dialogue international sur la migration 2031' in ln for ln in ls[:2])
            self.assertEqual(has_h, k > 1, 'header on page %d' % k)
        # calls: the digit right after the word
        self.assertIn('OIM1', ''.join(pages).replace(' ', ''))

    def test_concept_note_endnotes_ragged(self):
        d = concept_note(self.producer, name='t-concept-end-%s' % self.producer, columns=1,
                         footnotes='end', justify=False, hyphenate=False, footer='num',
                         paragraph_style='indent', paper='letter')
        pdf, pages = self.render(d, twice=False)
        self.check_text(d, pdf)
        whole = '\n'.join(pages)
        self.assertIn('Notes de fin', whole)
        tail = whole[whole.rindex('Notes de fin'):]
        for n in (1, 2, 3):
            self.assertRegex(tail, r'(?m)^\s*%d\s+\S' % n)
        for k, p in enumerate(pages, 1):
            self.assertEqual(lines_of(p)[-1], str(k))

    def test_agenda_forms(self):
        for form in ('table', 'grid', 'list'):
            with self.subTest(form=form):
                d = agenda(self.producer, form)
                pdf, pages = self.render(d, twice=form == 'table')
                self.check_text(d, pdf)
                for k, p in enumerate(pages, 1):
                    self.assertEqual(lines_of(p)[-1], '\u2013 %d \u2013' % k)
                first = pages[0]
                # the time beside (or, wrapped in its cell, above) the bold title
                self.assertRegex(first, r'10\.30 a\.m\. \u2013 12\.30( p\.m\.)?\s+Session 1')

    def test_long_table_row(self):
        # a Slot row taller than the page (a panel with many speakers): it runs onto the
        # next pages, nothing lost
        d = agenda(self.producer, 'table', name='t-longrow-%s' % self.producer)
        slot = d.elements[5]
        for k in range(60):
            slot.content.append(ListItem('\u2022', 'Speaker number %d, Director, Ministry of '
                                         'Labour and Social Affairs, Country %d' % (k, k)))
        slot.content.append(Paragraph('Closing words of the long row.'))
        pdf, pages = self.render(d, twice=False)
        self.check_text(d, pdf)
        self.assertGreaterEqual(len(pages), 3)
        whole = '\n'.join(pages)
        for k in range(60):
            self.assertIn('Speaker number %d,' % k, whole)
        self.assertIn('Lunch break', pages[-1])

    def test_chapter_after_one_column(self):
        # a two-column report whose annexes switch to one column: the annex chapter starts
        # a new page (recto in twoside), the body is set in two columns
        d = report(self.producer, name='t-annex-%s' % self.producer, columns=2,
                   twoside=False, header='title', footer='num')
        d.add(Columns(1))
        d.add(Chapter('Anexo 1: Programa', 'Anexo 1'))
        d.add(Paragraph('Texto del anexo. ' * 20))
        pdf, pages = self.render(d, twice=False)
        self.check_text(d, pdf)
        at = [k for k, p in enumerate(pages, 1) if re.search(r'(?m)^\s*Anexo 1: Programa\s*$', p)]
        self.assertTrue(at)
        first = [ln for ln in lines_of(pages[at[-1] - 1])]
        self.assertEqual(first[1], 'Anexo 1: Programa')      # after the running header
        # two columns before the annex: a page with two text blocks side by side
        self.assertTrue(any(re.search(r'\S {6,}\S', p) for p in pages[2:at[-1] - 1]))

    def test_composed_letters(self):
        # letters the groff fonts lack, composed from a letter and an accent: pdftotext
        # gives them back (NFC)
        if self.producer == 'pdflatex':
            self.skipTest('groff only')
        import unicodedata
        words = ['Dvo\u0159\u00e1k', '\u0158eho\u0159', 'Wi\u015bniewska', '\u017bak',
                 '\u010capek', 'Ne\u0161\u011bt\u00edn', 'Kov\u00e1\u0159\u016f',
                 'Szab\u00f3-Ny\u0151', 'Kr\u00fcg\u0171r', '\u0143ada', '\u015aliwa']
        d = agenda(self.producer, 'grid', name='t-composed-%s' % self.producer)
        d.elements[4].content.append(ListItem('\u2022', ' '.join(words) + ', Ministry'))
        d.add(Paragraph('<b>%s</b> <i>%s</i>' % (' '.join(words), ' '.join(words))))
        for font in ('Times', 'Helvetica', 'Palatino', 'New Century Schoolbook', 'Bookman',
                     'Avant Garde'):
            with self.subTest(font=font):
                d.layout.font = font
                d.name = 't-composed-%s-%s' % (self.producer, font.replace(' ', ''))
                pdf, pages = self.render(d, twice=False)
                for layout in (True, False):
                    text = unicodedata.normalize('NFC', '\n'.join(pdftotext(pdf, layout)))
                    for w in words:
                        self.assertEqual(text.count(w), 3, (w, layout))

    def test_report_book(self):
        d = report(self.producer)
        pdf, pages = self.render(d)
        self.check_text(d, pdf)
        n = len(pages)
        starts = {}
        for k, p in enumerate(pages, 1):
            for c in d.elements:
                if isinstance(c, Chapter) and re.search(r'(?m)^\s*%s\s*$' % re.escape(c.title),
                                                        p) and c.title not in starts:
                    if not re.search(re.escape(c.title) + r'\s*\.*\s*\d+\s*$', p, re.M):
                        starts[c.title] = k
        self.assertEqual(len(starts), 3, starts)
        for t, k in starts.items():
            self.assertEqual(k % 2, 1, 'chapter %s on an even page' % t)
        toc_page = next(k for k, p in enumerate(pages, 1) if '\u00cdndice' in p)
        toc = pages[toc_page - 1]
        for t, k in starts.items():
            self.assertRegex(toc, re.escape(t) + r'[ .]+%d\b' % k)
        chap_at = {k: t for t, k in starts.items()}
        running = 'Di\u00e1logo Internacional sobre la Migraci\u00f3n'
        for k, p in enumerate(pages, 1):
            ls = lines_of(p)
            if k == 1:     # title page: nothing but its lines
                self.assertNotRegex(p, r'(?m)^\s*1\s*$')
                continue
            if not ls:     # blank page
                continue
            head = ls[0]
            if k in chap_at or k == toc_page:
                self.assertNotIn('Informe del Di', head)
            elif k % 2 == 0:
                self.assertIn('Informe del Di\u00e1logo 2031', head, 'page %d' % k)
            else:
                cur = running
                for t, s in sorted(starts.items(), key=lambda x: x[1]):
                    if s <= k:
                        cur = dict(zip(['1. Introducci\u00f3n', '2. Mensajes clave',
                                        '3. Recomendaciones'],
                                       ['Introducci\u00f3n', 'Mensajes clave',
                                        'Recomendaciones']))[t]
                self.assertIn(cur, head, 'page %d' % k)
            self.assertEqual(ls[-1], str(k), 'page number on page %d' % k)
            # outer corner: right on odd pages, left on even pages
            raw = [ln for ln in p.splitlines() if ln.strip()][-1]
            if k % 2:
                self.assertGreater(len(raw) - len(raw.lstrip()), 20, 'page %d' % k)
            else:
                self.assertLess(len(raw) - len(raw.lstrip()), 10, 'page %d' % k)
        self.assertGreater(n, 8)


class TestGropdf(_Base, unittest.TestCase):
    producer = 'gropdf'

    def test_missing_glyph(self):
        from idmgen.producers import groff_ms
        d = agenda('gropdf', 'grid', name='t-glyph-gropdf')
        # the ogonek: pdftotext would not give the letter back, so it is not composed
        d.elements[4].content.append(ListItem('\u2022', 'Ms Ewa W\u0119glarz-Wo\u017aniak, '
                                              'Ministry of the Interior, Poland'))
        with self.assertRaises(groff_ms.GlyphError) as cm:
            self.render(d, twice=False)
        self.assertEqual(cm.exception.chars, ['\u0119'])


class TestGhostscript(_Base, unittest.TestCase):
    producer = 'ghostscript'


class TestPdflatex(_Base, unittest.TestCase):
    producer = 'pdflatex'


del _Base

if __name__ == '__main__':
    unittest.main()
