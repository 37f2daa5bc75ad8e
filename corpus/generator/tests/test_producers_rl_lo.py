"""Tests of the producers 'reportlab_pdf' and 'libreoffice' and of scan.py: hand-made Docs (a
2-column concept note with footnotes, a list and a caption; an agenda in each agenda_form; a
twoside 'book' report with TitlePage, Toc, chapters and footnotes) rendered, checked with
pdftotext -layout (text, footnotes, furniture as SPEC.md says) and rendered twice
(byte-identical PDFs).

    cd corpus/generator && /usr/bin/python3 -m unittest tests.test_producers_rl_lo -v

Keeps its output in $IDMGEN_TEST_OUT (default: a temporary directory, removed at the end).
"""
from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from idmgen.model import (Caption, Chapter, Columns, Doc, Heading, Layout, ListItem,  # noqa: E402
                          Paragraph, Slot, TitlePage, Toc)

LOREM_FR = ('La migration de main-d\u2019\u0153uvre est un moteur essentiel du d\u00e9veloppement '
            'durable, et les \u00c9tats membres ont rappel\u00e9 l\u2019importance d\u2019une '
            'gouvernance fond\u00e9e sur les droits, la coop\u00e9ration internationale et la '
            'participation des communaut\u00e9s de la diaspora aux politiques publiques. ')
LOREM_EN = ('Participants underlined that well-governed migration contributes to sustainable '
            'development, and that partnerships between countries of origin, transit and '
            'destination remain indispensable to protect the rights of migrant workers. ')


def concept_note(producer, **lay):
    layout = Layout(columns=1, header='title',
                    header_text='Dialogue international sur la migration 2031',
                    footer='page_of', settings={'page_of': 'Page {n} sur {N}'},
                    font='Liberation Serif', footnotes='foot', hyphenate=True, justify=True)
    for k, v in lay.items():
        setattr(layout, k, v)
    d = Doc(name='t-concept-%s' % producer, split='train', doc_type='concept_note', lang='fr',
            producer=producer, layout=layout, title='Note conceptuelle')
    d.add(Heading(1, 'Note conceptuelle : migration & climat'))
    d.add(Paragraph('Le <b>Dialogue</b> est le principal forum de l\u2019OIM' + d.footnote(
        'Organisation internationale pour les migrations, Gen\u00e8ve.') + ' pour les '
        'politiques migratoires. ' + LOREM_FR * 2))
    d.add(Columns(2))
    d.add(Heading(2, 'Contexte'))
    d.add(Paragraph(LOREM_FR * 4 + 'Voir le <i>rapport</i> 2030' + d.footnote(
        'Rapport \u00e9tat de la migration dans le monde, 2030.') + '.'))
    d.add(Heading(3, 'Objectifs <sp\u00e9cifiques> & attendus'))
    d.add(ListItem('1)', 'Examiner les liens entre migration et changement climatique. '
                   + LOREM_FR))
    d.add(ListItem('2)', 'Partager des pratiques efficaces.'))
    d.add(ListItem('\u25aa', 'Sous-point illustratif de niveau deux.', depth=1))
    d.add(Caption('Figure 1. Participants au Dialogue, Gen\u00e8ve', figure_height=60))
    d.add(Heading(2, 'Questions directrices'))
    for k in range(5):
        d.add(Paragraph(LOREM_FR * 3 + ('Les migrants%s ont un r\u00f4le.' % d.footnote(
            'Selon les chiffres du DAES.') if k == 1 else '')))
    d.add(Columns(1))
    d.add(Heading(2, 'Remarque finale'))
    d.add(Paragraph(LOREM_FR * 2))
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
        Paragraph('This session will examine skills partnerships%s. ' % d.footnote(
            'See the background paper.') + LOREM_EN * 2),
        Paragraph('Moderator: Mr Jo\u00e3o Pereira'),
        ListItem('1.', 'Which policies work?'), ListItem('2.', 'What data is needed?')]))
    d.add(Slot('12.30 p.m. \u2013 2 p.m.', 'Lunch break'))
    return d


def report(producer, **lay):
    layout = Layout(columns=1, twoside=True, header='book',
                    header_text='Informe del Di\u00e1logo 2031', footer='outer',
                    font='DejaVu Serif', footnotes='foot', paragraph_style='indent',
                    settings={'toc_leader': '.'})
    for k, v in lay.items():
        setattr(layout, k, v)
    d = Doc(name='t-report-%s' % producer, split='train', doc_type='report', lang='es',
            producer=producer, layout=layout, title='Informe', header_odd='Pr\u00f3logo')
    d.add(TitlePage([('Di\u00e1logo Internacional sobre la Migraci\u00f3n', 1.8, True),
                     ('Informe anual 2031', 1.3, False), ('Ginebra', 1.0, False)]))
    d.add(Toc('\u00cdndice'))
    lorem = ('Los participantes subrayaron que la migraci\u00f3n bien gestionada contribuye al '
             'desarrollo sostenible y que las alianzas entre pa\u00edses de origen, tr\u00e1nsito '
             'y destino siguen siendo indispensables. ')
    titles = [('Pr\u00f3logo del Director General', 'Pr\u00f3logo'),
              ('Migraci\u00f3n laboral y desarrollo', 'Migraci\u00f3n laboral'),
              ('Anexo: programa de los talleres', 'Anexo')]
    for k, (t, r) in enumerate(titles):
        d.add(Chapter(t, r))
        for j in range(4 + 3 * k):
            extra = d.footnote('Nota %d del cap\u00edtulo %d, con una referencia larga a un '
                               'documento de trabajo.' % (j + 1, k + 1)) if j in (1, 3) else ''
            d.add(Paragraph(lorem * 4 + 'Fin%s del p\u00e1rrafo.' % extra))
        if k == 1:
            d.add(Heading(2, 'Mensajes clave'))
            d.add(ListItem('1.', '<b>Primer mensaje.</b> ' + lorem))
            d.add(ListItem('2.', '<b>Segundo mensaje.</b> ' + lorem))
    return d


PRODUCERS = ('reportlab_pdf', 'libreoffice')


def pdftext(pdf, page=None, layout=True):
    cmd = ['pdftotext', '-enc', 'UTF-8'] + (['-layout'] if layout else [])
    if page:
        cmd += ['-f', str(page), '-l', str(page)]
    return subprocess.run(cmd + [pdf, '-'], check=True, capture_output=True,
                          text=True).stdout


def npages(pdf):
    out = subprocess.run(['pdfinfo', pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def lines(text):
    return [re.sub(r'\s+', ' ', ln).strip() for ln in text.splitlines() if ln.strip()]


def flat(text):
    """Text with hyphenation at line ends undone and spaces collapsed."""
    t = re.sub(r'-\n\s*(?=[a-z\u00e0-\u00ff])', '', text)
    return re.sub(r'\s+', ' ', t)


class _Base(unittest.TestCase):
    producer = None

    @classmethod
    def setUpClass(cls):
        if cls.producer is None:
            raise unittest.SkipTest('base class')
        from idmgen.producers import PRODUCERS as REG, missing
        miss = missing(cls.producer)
        if miss:
            raise unittest.SkipTest('%s: %s' % (cls.producer, ', '.join(miss)))
        cls.mod = REG[cls.producer]
        base = os.environ.get('IDMGEN_TEST_OUT')
        cls.tmp = base or tempfile.mkdtemp(prefix='idmgen-rl-lo-')
        os.makedirs(cls.tmp, exist_ok=True)
        cls.keep = bool(base)

    @classmethod
    def tearDownClass(cls):
        if not getattr(cls, 'keep', True):
            shutil.rmtree(cls.tmp, ignore_errors=True)

    def render(self, doc, tag=''):
        doc.producer = self.producer
        if doc.layout.font not in self.mod.CAPS['fonts']:
            doc.layout.font = self.mod.CAPS['fonts'][0]
        name = '%s-%s%s' % (doc.name, self.producer, tag)
        work = os.path.join(self.tmp, name + '.work')
        out = os.path.join(self.tmp, name + '.pdf')
        self.mod.render(doc, work, out)
        return out

    def assertDeterministic(self, make):
        a = self.render(make(), '-a')
        b = self.render(make(), '-b')
        with open(a, 'rb') as fa, open(b, 'rb') as fb:
            da, db = fa.read(), fb.read()
        self.assertEqual(da, db, 'two renders differ: %s %s' % (a, b))
        self.assertNotIn(self.tmp.encode(), da)
        self.assertIn(b'20300101000000', da)
        return a

    # ------------------------------------------------------------------ concept note
    def test_concept_note(self):
        pdf = self.assertDeterministic(lambda: concept_note(self.producer))
        n = npages(pdf)
        self.assertGreaterEqual(n, 2)
        ft = flat(pdftext(pdf, layout=False))
        # LibreOffice may leave ~0.5 pt between a word and its call in justified lines,
        # which pdftotext reads as a space: allow it there
        sp = ' ?' if self.producer == 'libreoffice' else ''
        self.assertRegex(ft, 'forum de l\u2019OIM%s1 pour' % sp)
        self.assertRegex(ft, 'rapport 2030%s2\\.' % sp)
        self.assertRegex(ft, 'migrants%s3 ont' % sp)
        for k, note in ((1, 'Organisation internationale pour les migrations'),
                        (2, 'Rapport \u00e9tat de la migration'),
                        (3, 'Selon les chiffres du DAES.')):
            self.assertRegex(ft, r'(^|\W|[a-z])%d %s' % (k, re.escape(note)))
        self.assertIn('1) Examiner les liens', ft)
        self.assertIn('Figure 1. Participants au Dialogue', ft)
        self.assertIn('Objectifs <sp\u00e9cifiques> & attendus', ft)
        for p in range(1, n + 1):
            pt = lines(pdftext(pdf, p))
            self.assertIn('Page %d sur %d' % (p, n), pt)
            head = 'Dialogue international sur la migration 2031'
            if p == 1:
                self.assertNotIn(head, pt)
            else:
                self.assertEqual(pt[0], head)
        # each footnote text on the page of its call
        for k, call in ((1, 'OIM'), (2, 'rapport 2030'), (3, 'Les migrants')):
            for p in range(1, n + 1):
                pt = flat(pdftext(pdf, p, layout=False))
                if call in pt:
                    self.assertRegex(pt, r'(^|\W|[a-z])%d [A-Z]' % k)
                    break
            else:
                self.fail('call %s not found' % call)

    # ------------------------------------------------------------------ agendas
    def test_agendas(self):
        for form in ('table', 'grid', 'list'):
            with self.subTest(form=form):
                pdf = self.assertDeterministic(lambda: agenda(self.producer, form))
                text = pdftext(pdf)
                ft = flat(pdftext(pdf, layout=False))
                self.assertIn('Registration', ft)
                self.assertIn('Session 1: Labour mobility', ft)
                self.assertIn('1. Which policies work?', ft)
                self.assertIn('Moderator: Mr Jo\u00e3o Pereira', ft)
                self.assertIn('partnerships1.', ft)
                self.assertIn('1 See the background paper.', ft)
                self.assertIn('\u2013 1 \u2013', lines(pdftext(pdf, 1)))
                if form == 'list':
                    self.assertIn('10 a.m. \u2013 10.30 a.m. Opening remarks', ft)
                else:
                    self.assertRegex(text, r'9 a\.m\. \u2013 10 a\.m\.\s+Registration')

    # ------------------------------------------------------------------ report
    def test_report_book(self):
        pdf = self.assertDeterministic(lambda: report(self.producer))
        n = npages(pdf)
        pages = {p: lines(pdftext(pdf, p)) for p in range(1, n + 1)}
        # title page: no furniture
        self.assertIn('Di\u00e1logo Internacional sobre la Migraci\u00f3n', pages[1])
        self.assertNotIn('1', pages[1])
        # chapters start on odd pages, with no header; blank pages empty
        starts = {}
        for p, ls in pages.items():
            for t in ('Pr\u00f3logo del Director General', 'Migraci\u00f3n laboral y desarrollo',
                      'Anexo: programa de los talleres'):
                if ls and t in ls[:2] and p > 2:
                    starts[t] = p
        self.assertEqual(len(starts), 3, starts)
        for t, p in starts.items():
            self.assertEqual(p % 2, 1, (t, p))
            self.assertEqual(pages[p][0], t)
        # toc with page numbers
        toc = [p for p, ls in pages.items() if ls and ls[0] == '\u00cdndice']
        self.assertEqual(len(toc), 1)
        tl = ' | '.join(pages[toc[0]])
        for t, p in starts.items():
            self.assertRegex(tl, re.escape(t) + r'[ .]+%d( |$)' % p)
        # headers and outer page numbers
        running = {v: k for k, v in (('Pr\u00f3logo', 'Pr\u00f3logo del Director General'),
                                     ('Migraci\u00f3n laboral',
                                      'Migraci\u00f3n laboral y desarrollo'),
                                     ('Anexo', 'Anexo: programa de los talleres'))}
        cur = 'Pr\u00f3logo'
        for p in range(2, n + 1):
            ls = pages[p]
            if not ls:
                continue          # blank page
            for t, sp in starts.items():
                if sp == p:
                    cur = running[t]
            self.assertEqual(ls[-1], str(p), p)
            if p in starts.values() or p in toc:
                continue
            if p % 2 == 0:
                self.assertEqual(ls[0], 'Informe del Di\u00e1logo 2031', p)
            else:
                self.assertEqual(ls[0], cur, p)
        ft = flat(pdftext(pdf, layout=False))
        for k in range(1, 7):
            self.assertIn('%d Nota' % k, ft)


class TestReportLab(_Base):
    producer = 'reportlab_pdf'


class TestLibreOffice(_Base):
    producer = 'libreoffice'


class TestScan(unittest.TestCase):
    def test_scan(self):
        from idmgen import scan
        from idmgen.producers import PRODUCERS as REG, missing
        if missing('reportlab_pdf'):
            raise unittest.SkipTest('needs reportlab')
        tmp = tempfile.mkdtemp(prefix='idmgen-scan-')
        try:
            d = concept_note('reportlab_pdf')
            src = os.path.join(tmp, 'src.pdf')
            REG['reportlab_pdf'].render(d, os.path.join(tmp, 'w'), src)
            a, b = os.path.join(tmp, 'a.pdf'), os.path.join(tmp, 'b.pdf')
            scan.make_scan(src, a, random.Random('x'))
            scan.make_scan(src, b, random.Random('x'))
            with open(a, 'rb') as fa, open(b, 'rb') as fb:
                self.assertEqual(fa.read(), fb.read())
            self.assertEqual(npages(a), npages(src))
            self.assertLess(os.path.getsize(a), 0.75e6 * npages(src))
            self.assertEqual(pdftext(a).strip(), '')
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    unittest.main()
