"""Tests of the content builders (idmgen/content): run `python3 -m unittest` from
corpus/generator.

Every builder x language x split builds, deterministically; speakers' elements are printed;
sessions referenced exist; statements name their speaker; no format field is left in text.
While idmgen.people / places / prose / phrasing are not there yet, tiny private stubs stand
in for them (they never replace a module that exists).
"""
import datetime
import importlib
import importlib.util
import os
import random
import re
import sys
import types
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))


# ----------------------------------------------------------------------------- stubs

def _missing(name):
    try:
        return importlib.util.find_spec(name) is None
    except (ImportError, ValueError):
        return True


def _stub_phrasing():
    L = ('fr', 'en', 'es')
    base = {
        'series': {'fr': 'Dialogue international sur la migration {year}',
                   'en': 'International Dialogue on Migration {year}',
                   'es': 'Diálogo Internacional sobre la Migración {year}'},
        'agenda_title': {'fr': 'Ordre du jour', 'en': 'Agenda', 'es': 'Programa'},
        'concept_note_title': {'fr': 'Note conceptuelle', 'en': 'Concept note',
                               'es': 'Nota conceptual'},
        'summary_title': {'fr': 'Résumé des conclusions', 'en': 'Summary of conclusions',
                          'es': 'Resumen de las conclusiones'},
        'report_title': {'fr': 'Rapport {year}', 'en': 'Report {year}', 'es': 'Informe {year}'},
        'date_line': {'fr': '{d1} et {d2} {month} {year}, {venue}, {city}',
                      'en': '{month} {d1}–{d2}, {year}, {city}',
                      'es': '{d1} y {d2} de {month} de {year}, {city}'},
        'day_heading': {'fr': 'Jour {n} – {weekday} {date}', 'en': 'Day {n} – {weekday}, {date}',
                        'es': 'Día {n} – {weekday} {date}'},
        'time_range': {'fr': '{h1} h {m1} – {h2} h {m2}', 'en': '{h12_1} {ampm1} – {h12_2} {ampm2}',
                       'es': '{h1}.{m1} – {h2}.{m2} horas'},
        'role_moderator': {'fr': 'Modération :', 'en': 'Moderator:', 'es': 'Moderación:'},
        'role_speakers': {'fr': 'Orateurs :', 'en': 'Panellists:', 'es': 'Oradores:'},
        'role_presenter': {'fr': 'Présentation :', 'en': 'Presenter:', 'es': 'Presentación:'},
        'role_opening': {'fr': 'Allocutions d’ouverture :', 'en': 'Opening remarks:',
                         'es': 'Palabras de apertura:'},
        'role_closing': {'fr': 'Allocution de clôture :', 'en': 'Closing remarks:',
                         'es': 'Palabras de clausura:'},
        'slot_registration': {'fr': 'Enregistrement', 'en': 'Registration', 'es': 'Inscripción'},
        'slot_opening': {'fr': 'Séance d’ouverture', 'en': 'Opening session',
                         'es': 'Sesión de apertura'},
        'slot_break': {'fr': 'Pause', 'en': 'Coffee break', 'es': 'Pausa'},
        'slot_lunch': {'fr': 'Déjeuner', 'en': 'Lunch break', 'es': 'Almuerzo'},
        'slot_closing': {'fr': 'Séance de clôture', 'en': 'Closing session',
                         'es': 'Sesión de clausura'},
        'slot_session': {'fr': 'Séance {n} : {title}', 'en': 'Session {n}: {title}',
                         'es': 'Sesión {n}: {title}'},
        'slot_panel': {'fr': 'Table ronde {letter} : {title}', 'en': 'Panel {letter}: {title}',
                       'es': 'Mesa redonda {letter}: {title}'},
        'slot_side_event': {'fr': 'Manifestation parallèle : {title}', 'en': 'Side event: {title}',
                            'es': 'Evento paralelo: {title}'},
        'venue_label': {'fr': 'Lieu :', 'en': 'Venue: {venue}', 'es': 'Lugar:'},
        'questions_intro': {'fr': 'Questions directrices :', 'en': 'Guiding questions:',
                            'es': 'Preguntas orientativas:'},
        'video_note': {'fr': '(message vidéo)', 'en': 'video message', 'es': '(mensaje de vídeo)'},
        'key_messages_heading': {'fr': 'Messages clés', 'en': 'Key messages',
                                 'es': 'Mensajes clave'},
        'recommendations_heading': {'fr': 'Recommandations', 'en': 'Recommendations',
                                    'es': 'Recomendaciones'},
        'background_heading': {'fr': 'Contexte', 'en': 'Background', 'es': 'Antecedentes'},
        'issues_heading': {'fr': 'Questions', 'en': 'Issues', 'es': 'Cuestiones'},
        'foreword_heading': {'fr': 'Avant-propos', 'en': 'Foreword', 'es': 'Prólogo'},
        'annex_heading': {'fr': 'Annexe', 'en': 'Annex {roman}', 'es': 'Anexo {n}: {title}'},
        'contents_heading': {'fr': 'Table des matières', 'en': 'Contents', 'es': 'Índice'},
        'statement': {'fr': '{who}, {func}, a souligné que {text}',
                      'en': 'According to {who}, {text}',
                      'es': 'En un mensaje en vídeo, {art} {who_h}, {func}, señaló que {text}'},
        'statement_later': {'fr': '{hon} {surname} a ajouté que {text}',
                            'en': '{hon} {surname} added that {text}',
                            'es': 'Según {art} {hon} {surname}, {text}'},
        'honorific_m': {'fr': 'M.', 'en': 'Mr', 'es': 'Sr.'},
        'honorific_f': {'fr': 'Mme', 'en': 'Ms', 'es': 'Sra.'},
        'honorific_dr': {'fr': 'Dr', 'en': 'Dr', 'es': 'Dr.'},
        'honorific_exc': {'fr': 'S.E.', 'en': 'H.E.', 'es': 'S.E.'},
    }
    table = {lang: {k: {'train': [v[lang]], 'heldout': [v[lang] + ' ']} for k, v in base.items()}
             for lang in L}
    m = types.ModuleType('idmgen.phrasing')
    months = {'fr': 'janvier février mars avril mai juin juillet août septembre octobre '
                    'novembre décembre'.split(),
              'en': 'January February March April May June July August September October '
                    'November December'.split(),
              'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre '
                    'noviembre diciembre'.split()}
    days = {'fr': 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(),
            'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
            'es': 'lunes martes miércoles jueves viernes sábado domingo'.split()}

    def variants(lang, key, split):
        return table[lang][key][split]

    def phrase(lang, key, split, rng):
        return rng.choice(variants(lang, key, split))

    def fmt_time(lang, fmt, h1, m1, h2, m2):
        def h12(h):
            return (h - 1) % 12 + 1, ('a.m.' if h < 12 else 'p.m.')
        a, b = h12(h1), h12(h2)
        return fmt.format(h1=h1, m1='%02d' % m1, h2=h2, m2='%02d' % m2, h12_1=a[0], ampm1=a[1],
                          h12_2=b[0], ampm2=b[1]).strip()

    m.variants, m.phrase, m.format_time_range = variants, phrase, fmt_time
    m.month_name = lambda lang, mo: months[lang][mo - 1]
    m.weekday = lambda lang, d: days[lang][d.weekday()]
    m.PHRASES = table
    return m


_W = {'fr': 'la migration des travailleurs exige une coopération durable entre les pays',
      'en': 'labour migration needs lasting cooperation between the countries concerned',
      'es': 'la migración laboral exige una cooperación duradera entre los países'}


def _stub_prose():
    m = types.ModuleType('idmgen.prose')

    def sentence(rng, lang):
        w = _W[lang].split()
        rng.shuffle(w)
        s = ' '.join(w[:rng.randint(8, len(w))])
        return s[0].upper() + s[1:] + '.'
    m.sentence = sentence
    m.paragraph = lambda rng, lang, n: ' '.join(sentence(rng, lang) for _ in range(n))
    m.theme = lambda rng, lang, split: sentence(rng, lang).rstrip('.')
    m.lead_sentence = sentence
    m.question = lambda rng, lang: sentence(rng, lang).rstrip('.') + ' ?'
    m.session_title = lambda rng, lang, split: sentence(rng, lang).rstrip('.')
    return m


def _stub_people():
    m = types.ModuleType('idmgen.people')
    given = ['Ana', 'Kofi', 'Mei', 'Jonas', 'Leila', 'Tomás', 'Ngozi', 'Élise']
    sur = ['Pérez', 'Asante', 'Lindqvist', 'Haddad', 'Okafor', 'Nguyen', 'de la Torre']
    hon = {'fr': ('M.', 'Mme'), 'en': ('Mr', 'Ms'), 'es': ('Sr.', 'Sra.')}

    def person(rng, split, lang, gender=None):
        g = gender or rng.choice('mf')
        gi, su = rng.choice(given), rng.choice(sur)
        return dict(given=gi, surname=su, name='%s %s' % (gi, su), gender=g,
                    honorific=hon[lang][g == 'f'], function='Director',
                    organization='Org %d' % rng.randint(1, 9), country='Chile',
                    country_code='CL', entry_forms=[])

    def entry(rng, split, p):
        k = rng.randint(0, 2)
        if k == 0:
            return p['function'], None, None
        if k == 1:
            return '%s, %s' % (p['function'], p['organization']), p['organization'], None
        return '%s, %s, %s' % (p['function'], p['organization'], p['country']), \
            p['organization'], p['country']
    m.person, m.entry = person, entry
    return m


def _stub_places():
    m = types.ModuleType('idmgen.places')
    cities = [dict(key='kigali', names={'fr': 'Kigali', 'en': 'Kigali', 'es': 'Kigali'},
                   country_code='RW', country_names={'fr': 'Rwanda', 'en': 'Rwanda',
                                                     'es': 'Rwanda'}),
              dict(key='montevideo', names={'fr': 'Montevideo', 'en': 'Montevideo',
                                            'es': 'Montevideo'},
                   country_code='UY', country_names={'fr': 'Uruguay', 'en': 'Uruguay',
                                                     'es': 'Uruguay'})]
    m.city = lambda rng, split: dict(rng.choice(cities))
    m.country_name = lambda code, lang: code
    m.venue = lambda rng, split, lang, city: 'Salle %d' % rng.randint(1, 20)
    return m


def install_stubs():
    import idmgen
    made = []
    for name, make in (('phrasing', _stub_phrasing), ('prose', _stub_prose),
                       ('people', _stub_people), ('places', _stub_places)):
        full = 'idmgen.' + name
        if full in sys.modules:
            continue
        if _missing(full):
            mod = make()
            sys.modules[full] = mod
            setattr(idmgen, name, mod)
            made.append(name)
        else:
            try:
                ok = hasattr(importlib.import_module(full), {
                    'phrasing': 'variants', 'prose': 'sentence', 'people': 'person',
                    'places': 'city'}[name])
            except Exception:                      # noqa: BLE001 - a half-written module
                ok = False
            if not ok:
                mod = make()
                sys.modules[full] = mod
                setattr(idmgen, name, mod)
                made.append(name)
    return made


STUBS = install_stubs()

from idmgen.model import Doc, Layout, ListItem, Paragraph, Slot, Heading, Caption, TitlePage, \
    Toc, Chapter  # noqa: E402
from idmgen import content  # noqa: E402
from idmgen.content import common  # noqa: E402


# ----------------------------------------------------------------------------- helpers

def make(doc_type, lang, split, seed, columns=1):
    rng = random.Random('test:%s:%s:%s:%s' % (doc_type, lang, split, seed))
    wss = content.draw_workshops(rng, split)
    doc = Doc(name='t', split=split, doc_type=doc_type, lang=lang, producer='x',
              layout=Layout(columns=columns), title='')
    content.BUILDERS[doc_type](rng, split, lang, doc, wss)
    return doc


def printed(doc):
    """Every element printed, with the slot contents."""
    out = []
    for el in doc.elements:
        out.append(el)
        if isinstance(el, Slot):
            out.extend(el.content)
    return out


def texts(doc):
    out = [doc.title, doc.header_odd]
    for el in printed(doc):
        if isinstance(el, Slot):
            out += [el.time, el.title]
        elif isinstance(el, TitlePage):
            out += [t for t, _, _ in el.lines]
        elif isinstance(el, (Toc,)):
            out.append(el.heading)
        elif isinstance(el, Chapter):
            out += [el.title, el.running]
        elif hasattr(el, 'text'):
            out.append(el.text)
    out += doc.footnotes
    for store in (doc.events, doc.sessions, doc.speakers, doc.key_messages,
                  doc.recommendations, doc.statements):
        for rec in store:
            for k, val in rec.items():
                if k.startswith('_'):
                    continue
                if isinstance(val, str):
                    out.append(val)
                elif isinstance(val, list):
                    out += [x for x in val if isinstance(x, str)]
    return out


def meaning(doc):
    def clean(recs):
        return [{k: v for k, v in r.items() if not k.startswith('_')} for r in recs]
    return repr((doc.title, doc.footnotes, doc.events, doc.sessions, clean(doc.speakers),
                 clean(doc.key_messages), clean(doc.recommendations), clean(doc.statements)))


SEEDS = (1, 2, 3)
TYPES = ('agenda', 'concept_note', 'summary_of_conclusions', 'report')


class ContentTest(unittest.TestCase):

    def each(self):
        for doc_type in TYPES:
            for lang in ('fr', 'en', 'es'):
                for split in ('train', 'heldout'):
                    for seed in SEEDS:
                        with self.subTest(doc_type=doc_type, lang=lang, split=split, seed=seed):
                            yield doc_type, lang, split, seed, make(doc_type, lang, split, seed)

    def test_builds_and_is_consistent(self):
        for doc_type, lang, split, seed, doc in self.each():
            self.assertTrue(doc.elements)
            self.assertTrue(doc.title)
            self.assertTrue(doc.events)
            self.assertTrue(doc.notes)
            ids = {id(e) for e in printed(doc)}
            # speakers: printed, in a session that exists
            sids = {s['id'] for s in doc.sessions}
            self.assertEqual(len(sids), len(doc.sessions))
            slugs = {e['slug'] for e in doc.events}
            for s in doc.sessions:
                self.assertIn(s['event'], slugs)
                self.assertRegex(s['start'], r'^[0-2]\d:[0-5]\d$')
                self.assertRegex(s['end'], r'^[0-2]\d:[0-5]\d$')
                self.assertLessEqual(s['start'], s['end'])
                self.assertNotIn('<b>', s['title'])
            for sp in doc.speakers:
                self.assertIn(id(sp['_el']), ids)
                self.assertIn(sp['session'], sids)
                self.assertIn(sp['name'], sp['_el'].text)
                self.assertIn(sp['role'], ('moderator', 'speaker', 'presenter', 'opening',
                                           'closing'))
                if sp.get('function'):
                    self.assertIn(sp['function'], sp['_el'].text)
                self.assertNotIn('honorific', sp) if not sp.get('honorific', 'x') else None
            # statements name their speaker
            for st in doc.statements:
                el = st['_el']
                self.assertIn(id(el), ids)
                name = st.get('_later') or st['speaker']
                self.assertIn(name, el.text)
                self.assertIn(st['speaker'], el.who)
                self.assertEqual(st['text'], common.block_text(el))
                if st.get('function'):
                    self.assertIn(st['function'], st['text'])
            for store in (doc.key_messages, doc.recommendations):
                for i, it in enumerate(store, 1):
                    self.assertIn(id(it['_el']), ids)
                    self.assertEqual(it['number'], i)
                    self.assertTrue(it['text'].startswith(it['title']))
            # footnotes: each call once, in order
            calls = [int(n) for t in texts(doc) for n in re.findall(r'\{\{fn:(\d+)\}\}', t)]
            self.assertEqual(calls, list(range(1, len(doc.footnotes) + 1)))
            # no leftover format field
            for t in texts(doc):
                self.assertNotIn('{', re.sub(r'\{\{fn:\d+\}\}', '', t), t)
                self.assertNotIn('}', re.sub(r'\{\{fn:\d+\}\}', '', t), t)
            if doc_type == 'report':
                self.assertEqual(len(doc.events), 2)
                self.assertEqual({s['event'] for s in doc.sessions}, slugs)
                self.assertTrue(doc.header_odd)
                self.assertTrue(any(isinstance(e, TitlePage) for e in doc.elements))
                self.assertTrue(any(isinstance(e, Toc) for e in doc.elements))
                self.assertTrue(any(isinstance(e, Chapter) for e in doc.elements))
                self.assertTrue(doc.key_messages and doc.recommendations and doc.statements)
            if doc_type == 'agenda':
                self.assertTrue(doc.sessions and doc.speakers)
                self.assertEqual(len(doc.events), 1)
            if doc_type == 'summary_of_conclusions':
                self.assertTrue(doc.key_messages and doc.recommendations and doc.statements)

    def test_deterministic(self):
        for doc_type in TYPES:
            for lang in ('fr', 'en', 'es'):
                for split in ('train', 'heldout'):
                    with self.subTest(doc_type=doc_type, lang=lang, split=split):
                        a = make(doc_type, lang, split, 7)
                        b = make(doc_type, lang, split, 7)
                        self.assertEqual(repr(a.elements), repr(b.elements))
                        self.assertEqual(meaning(a), meaning(b))

    def test_workshops(self):
        for split in ('train', 'heldout'):
            for seed in range(20):
                rng = random.Random('ws:%s:%d' % (split, seed))
                w1, w2 = content.draw_workshops(rng, split)
                for w in (w1, w2):
                    self.assertRegex(w['slug'], r'^\d{4}-\d{2}-[a-z0-9-]+$')
                    self.assertTrue(2001 <= w['year'] <= 2035)
                    self.assertEqual(w['end'] - w['start'], datetime.timedelta(days=1))
                self.assertLess(w1['start'], w2['start'])
                self.assertNotEqual(w1['slug'], w2['slug'])
            rng = random.Random('ws-year')
            self.assertEqual(content.draw_workshops(rng, split, 2018)[0]['year'], 2018)

    def test_report_length(self):
        """A long report has many more words than a standard one (20-60 pages)."""
        for lang in ('fr', 'en', 'es'):
            rng = random.Random('long:%s' % lang)
            wss = content.draw_workshops(rng, 'train')
            doc = Doc(name='t', split='train', doc_type='report', lang=lang, producer='x',
                      layout=Layout(columns=2, settings={'long': True}), title='')
            content.BUILDERS['report'](rng, 'train', lang, doc, wss)
            n = sum(common.words(e.text) for e in printed(doc) if hasattr(e, 'text'))
            self.assertGreater(n, 14000)

    def test_report_settings(self):
        """Layout settings read by the report: no title page, no Toc, a target length."""
        for lang in ('fr', 'en', 'es'):
            for target in (22, 60):
                rng = random.Random('settings:%s:%d' % (lang, target))
                wss = content.draw_workshops(rng, 'heldout')
                doc = Doc(name='t', split='heldout', doc_type='report', lang=lang, producer='x',
                          layout=Layout(settings={'title_page': False, 'toc': False,
                                                  'target_pages': target}), title='')
                content.BUILDERS['report'](rng, 'heldout', lang, doc, wss)
                self.assertFalse(any(isinstance(e, (TitlePage, Toc)) for e in doc.elements))
                n = sum(common.words(e.text) for e in printed(doc) if hasattr(e, 'text'))
                self.assertGreater(n, target * 250)
                self.assertLess(n, target * 700)


if __name__ == '__main__':
    unittest.main()
