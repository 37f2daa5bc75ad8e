"""Self-test of the data modules (idmgen.phrasing, people, places, prose): run
`python3 -m unittest tests.test_data` from corpus/generator.

Checks what the builders rely on: every phrasing key of SPEC.md in every language, train and
heldout variants disjoint (per key, and heldout never reusing a train string of any
language), templates using only known fields, name / city pools disjoint between splits,
deterministic draws, and prose of the announced shape.
"""
import datetime
import os
import random
import re
import string
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from idmgen import people, phrasing, places, prose  # noqa: E402

LANGS = ('fr', 'en', 'es')
SPLITS = ('train', 'heldout')

# Fields each key may use (content/common.py fills these).
_ANY_STATEMENT = {'who', 'who_h', 'func', 'text', 'hon', 'surname', 'given', 'org', 'country',
                  'art', 'Art'}
FIELDS = {
    'series': {'year'}, 'agenda_title': {'year', 'city'}, 'concept_note_title': {'year'},
    'summary_title': set(), 'report_title': {'year'},
    'date_line': {'d1', 'd2', 'month', 'year', 'venue', 'city', 'country', 'weekday1',
                  'weekday2'},
    'day_heading': {'n', 'weekday', 'date', 'day', 'month', 'year', 'ordinal'},
    'slot_session': {'n', 'roman', 'title'}, 'slot_panel': {'n', 'letter', 'roman', 'title'},
    'slot_side_event': {'title'}, 'annex_heading': {'n', 'roman', 'letter', 'title'},
    'venue_label': {'venue'},
    'statement': _ANY_STATEMENT, 'statement_f': _ANY_STATEMENT, 'statement_m': _ANY_STATEMENT,
    'statement_later': _ANY_STATEMENT,
}
# Latin-1 letters plus the few Latin Extended-A letters people.py allows.
NAME_CHARS = re.compile(r"^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
                        r"łŁőűčČšŠžŽřćşŞğıńśęążŻ .’\-]+$")


def spec_keys():
    """The backticked keys of SPEC.md's "Phrasing keys" section."""
    with open(os.path.join(os.path.dirname(HERE), 'SPEC.md'), encoding='utf-8') as f:
        text = f.read()
    sec = text.split('## Phrasing keys', 1)[1].split('\n## ', 1)[0]
    return sorted(set(re.findall(r'`([a-z_0-9]+)`', sec)))


def fields(tpl):
    return {f for _, f, _, _ in string.Formatter().parse(tpl) if f}


class PhrasingTest(unittest.TestCase):

    def test_every_spec_key_everywhere(self):
        keys = spec_keys()
        self.assertIn('statement', keys)
        for k in keys + ['statement_later']:
            self.assertIn(k, phrasing.KEYS)
            for lang in LANGS:
                for split in SPLITS:
                    self.assertTrue(phrasing.variants(lang, k, split), (lang, k, split))

    def test_tables_have_no_unknown_keys(self):
        for lang in LANGS:
            self.assertEqual(sorted(phrasing.TABLES[lang]), sorted(phrasing.KEYS), lang)

    def test_disjoint_per_key_and_across_languages(self):
        for k in phrasing.KEYS:
            all_train = set()
            for lang in LANGS:
                all_train |= set(phrasing.variants(lang, k, 'train'))
            for lang in LANGS:
                tr = phrasing.variants(lang, k, 'train')
                ho = phrasing.variants(lang, k, 'heldout')
                self.assertFalse(set(tr) & set(ho), (lang, k))
                if not k.startswith('honorific'):   # 'Dr.' is train in es, heldout in en
                    self.assertFalse(set(ho) & all_train, (lang, k, set(ho) & all_train))
                self.assertEqual(len(tr), len(set(tr)), (lang, k))
                if not k.startswith('honorific'):
                    self.assertGreaterEqual(len(tr), 2, (lang, k))
                    self.assertGreaterEqual(len(ho), 2, (lang, k))

    def test_fields_known(self):
        for lang in LANGS:
            for k in phrasing.KEYS:
                allowed = FIELDS.get(k, set())
                for split in SPLITS:
                    for tpl in phrasing.variants(lang, k, split):
                        self.assertLessEqual(fields(tpl), allowed, (lang, k, tpl))
                        if k.startswith('statement'):
                            self.assertIn('text', fields(tpl), (lang, k, tpl))

    def test_french_colon_spacing(self):
        for k in phrasing.KEYS:
            for split in SPLITS:
                for tpl in phrasing.variants('fr', k, split):
                    self.assertNotRegex(tpl, r'\S:', (k, tpl))

    def test_statement_shapes_requested(self):
        en = phrasing.variants('en', 'statement_f', 'heldout')
        self.assertTrue(any(t.startswith('In her scene-setting presentation') for t in en))
        es = phrasing.variants('es', 'statement', 'heldout')
        self.assertTrue(any(t.startswith('En un mensaje en vídeo') for t in es))
        fr = phrasing.variants('fr', 'statement', 'heldout')
        self.assertTrue(any(t.startswith('Comme l’a rappelé') for t in fr))
        self.assertTrue(any('({func})' in t for t in phrasing.variants('en', 'statement', 'train')))

    def test_time_formats(self):
        used = {'train': set(), 'heldout': set()}
        for lang in LANGS:
            for split in SPLITS:
                for name in phrasing.variants(lang, 'time_range', split):
                    self.assertIn(name, phrasing.TIME_FORMATS)
                    self.assertIn(name, phrasing.TIME_SPLIT[split])
                    used[split].add(name)
        self.assertFalse(used['train'] & used['heldout'])
        f = phrasing.format_time_range
        self.assertEqual(f('fr', 'h_space', 10, 30, 12, 0), '10 h 30 – 12 h')
        self.assertEqual(f('fr', 'hhmm_compact', 10, 30, 12, 0), '10h30-12h00')
        self.assertEqual(f('en', 'colon', 10, 30, 12, 0), '10:30 – 12:00')
        self.assertEqual(f('es', 'dot_horas', 10, 30, 12, 0), '10.30 – 12.00 horas')
        self.assertEqual(f('en', 'ampm_dots', 10, 0, 11, 30), '10 a.m. – 11.30 a.m.')
        self.assertEqual(f('en', 'ampm_dots', 15, 0, 16, 30), '3 p.m. – 4.30 p.m.')
        self.assertEqual(f('en', 'ampm_caps', 10, 30, 12, 0), '10:30 AM – 12:00 PM')
        self.assertEqual(f('en', '{h1}:{m1} – {h2}:{m2}', 9, 5, 10, 0), '9:05 – 10:00')

    def test_calendar(self):
        d = datetime.date(2019, 10, 8)
        self.assertEqual(phrasing.weekday('fr', d), 'mardi')
        self.assertEqual(phrasing.weekday('es', d), 'martes')
        self.assertEqual(phrasing.month_name('en', 10), 'October')
        self.assertEqual(phrasing.month_name('fr', 8), 'août')

    def test_phrase_deterministic(self):
        a = [phrasing.phrase('es', 'statement', 'train', random.Random(3)) for _ in range(3)]
        b = [phrasing.phrase('es', 'statement', 'train', random.Random(3)) for _ in range(3)]
        self.assertEqual(a, b)


class PeopleTest(unittest.TestCase):

    def test_pools(self):
        self.assertGreaterEqual(len(people.REGIONS), 15)
        gt, gh = people.given_names('train'), people.given_names('heldout')
        st, sh = people.surnames('train'), people.surnames('heldout')
        self.assertGreaterEqual(len(gt) + len(gh), 300)
        self.assertGreaterEqual(len(st) + len(sh), 300)
        self.assertFalse(set(gt) & set(gh))
        self.assertFalse(set(st) & set(sh))
        for n in gt + gh + st + sh:
            self.assertRegex(n, NAME_CHARS)

    def test_person_shape_and_split(self):
        for lang in LANGS:
            for split in SPLITS:
                rng = random.Random('p:%s:%s' % (lang, split))
                given = set(people.given_names(split))
                for i in range(300):
                    g = 'fm'[i % 2] if i % 3 else None
                    p = people.person(rng, split, lang, gender=g)
                    if g:
                        self.assertEqual(p['gender'], g)
                    self.assertEqual(p['name'], '%s %s' % (p['given'], p['surname']))
                    self.assertIn(p['given'], given)
                    self.assertNotIn(p['name'], people.BLOCKED)
                    hons = set()
                    for k in phrasing.KEYS:
                        if k.startswith('honorific'):
                            hons |= set(phrasing.variants(lang, k, split))
                    self.assertIn(p['honorific'], hons)
                    if p['country_code']:
                        self.assertEqual(p['country'],
                                         places.country_name(p['country_code'], lang))
                    text, org, country = people.entry(rng, split, p)
                    self.assertTrue(text.startswith(p['function']), (text, p['function']))
                    if org:
                        self.assertIn(org, text)
                    if country:
                        self.assertIn(country, text)
                    forms = {f['form'] for f in p['entry_forms'] if f['split'] == split}
                    self.assertLessEqual(forms, set(people.ENTRY_FORMS[split]))

    def test_entry_forms_disjoint(self):
        self.assertFalse(set(people.ENTRY_FORMS['train']) & set(people.ENTRY_FORMS['heldout']))

    def test_gender_agreement(self):
        rng = random.Random(5)
        fem = [people.person(rng, 'train', 'fr', 'f') for _ in range(200)]
        self.assertTrue(any(p['function'].startswith('Directrice') for p in fem))
        self.assertFalse(any(p['function'].startswith('Directeur ') for p in fem))
        self.assertTrue(all(p['honorific'] in ('Mme', 'Dr', 'Pr', 'S.E. Mme') for p in fem))

    def test_deterministic(self):
        a = people.person(random.Random(9), 'heldout', 'es')
        b = people.person(random.Random(9), 'heldout', 'es')
        self.assertEqual(a, b)


class PlacesTest(unittest.TestCase):

    def test_country_names(self):
        self.assertEqual(places.country_name('CH', 'fr'), 'Suisse')
        self.assertEqual(places.country_name('CH', 'es'), 'Suiza')
        self.assertEqual(places.country_name('LY', 'fr'), 'Libye')
        self.assertEqual(places.country_name('BO', 'en'), 'Bolivia (Plurinational State of)')
        for code in sorted(places.FR_ART):
            for lang in LANGS:
                n = places.country_name(code, lang)
                self.assertNotIn(', ', n, (code, lang))
                self.assertNotIn("'", n)

    def test_city_pools(self):
        tr, ho = places.TRAIN_CITIES, places.HELDOUT_CITIES
        self.assertGreaterEqual(len(tr) + len(ho) + len(places.HOME), 60)
        self.assertFalse({c['key'] for c in tr} & {c['key'] for c in ho})
        for lang in LANGS:
            self.assertFalse({c['names'][lang] for c in tr} & {c['names'][lang] for c in ho})
        self.assertEqual(places.city_by_key('geneva')['names']['es'], 'Ginebra')

    def test_draws(self):
        rng = random.Random(1)
        home = {'geneva', 'new-york'}
        train_keys = {c['key'] for c in places.TRAIN_CITIES}
        t = [places.city(rng, 'train')['key'] for _ in range(2000)]
        h = [places.city(rng, 'heldout')['key'] for _ in range(2000)]
        self.assertGreater(sum(k in home for k in t) / len(t), 0.4)
        self.assertFalse(set(h) & train_keys)
        self.assertLess(sum(k in home for k in h) / len(h), 0.2)
        c = places.city(random.Random(2), 'heldout')
        self.assertEqual(set(c['country_names']), set(LANGS))
        for split in SPLITS:
            for lang in LANGS:
                v = places.venue(rng, split, lang, places.city(rng, split))
                self.assertTrue(v and '{' not in v)


class ProseTest(unittest.TestCase):

    def test_sentences(self):
        for lang in LANGS:
            rng = random.Random('s' + lang)
            ss = [prose.sentence(rng, lang) for _ in range(2000)]
            for s in ss:
                self.assertTrue(12 <= len(s.split()) <= 35, s)
                self.assertTrue(s.endswith('.'), s)
                self.assertTrue(s[0].isupper(), s)
                self.assertNotIn('  ', s)
                self.assertNotIn('{', s)
            self.assertGreater(len(set(ss)), 0.97 * len(ss))
            long_words = sum(len(w) >= 12 for s in ss for w in s.split())
            self.assertGreater(long_words, 2000)
            self.assertTrue(any('-' in w for s in ss for w in s.split()))
            if lang == 'fr':
                self.assertFalse(any(re.search(r"\b[dq]u?e [aeiouéèê]", s) for s in ss))

    def test_other_shapes(self):
        for lang in LANGS:
            rng = random.Random('o' + lang)
            for _ in range(200):
                q = prose.question(rng, lang)
                self.assertTrue(q.endswith(' ?' if lang == 'fr' else '?'), q)
                if lang == 'es':
                    self.assertTrue(q.startswith('¿'), q)
                ld = prose.lead_sentence(rng, lang)
                self.assertTrue(ld.endswith('.') and len(ld.split()) <= 18, ld)
                for split in SPLITS:
                    self.assertTrue(prose.theme(rng, lang, split))
                    self.assertTrue(prose.session_title(rng, lang, split))
            p = prose.paragraph(rng, lang, 3)
            self.assertGreaterEqual(len(p.split()), 36)

    def test_deterministic(self):
        a = prose.paragraph(random.Random(4), 'fr', 4)
        b = prose.paragraph(random.Random(4), 'fr', 4)
        self.assertEqual(a, b)


if __name__ == '__main__':
    unittest.main()
