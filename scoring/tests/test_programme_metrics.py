import unittest

from tests.helpers import record
from idmscore.programme_metrics import event_metrics, session_metrics, speaker_metrics

FULL = dict(slug='g1', year=2031, start_date='2031-04-14', end_date='2031-04-15', city='Genève')


def run_all(g, p):
    em, _, slugs = event_metrics(g, p)
    sm, _, sessions = session_metrics(g, p, slugs)
    spm, _ = speaker_metrics(g, p, sessions)
    return {**em, **sm, **spm}


class Events(unittest.TestCase):
    def test_fields(self):
        g = record(events=[FULL])
        p = record(events=[dict(FULL, slug='p1', city='Geneva', start_date='2031-04-13')])
        m = run_all(g, p)
        self.assertEqual(m['events'], 0.0)    # no equal start date, nor year + city: unpaired
        p = record(events=[dict(FULL, slug='p1', city='geneve')])
        self.assertEqual(run_all(g, p)['events'], 1.0)
        p = record(events=[dict(FULL, slug='p1'), dict(FULL, slug='p2')])
        self.assertAlmostEqual(run_all(g, p)['events_f1'], 2 / 3)

    def test_empty_gold_and_no_prediction(self):
        self.assertIsNone(run_all(record(), record(events=[FULL]))['events'])
        m = run_all(record(events=[FULL]), None)
        self.assertEqual((m['events'], m['events_f1']), (0.0, 0.0))

    def test_city_extension(self):
        g = record(events=[FULL])
        p = record(events=[dict(FULL, slug='p1', city='Ginebra')])
        m = run_all(g, p)
        self.assertEqual(m['events_city_acc'], 1.0)
        self.assertEqual(m['events'], 0.75)           # the reference metric still sees a difference


class Sessions(unittest.TestCase):
    def test_match_and_accuracies(self):
        s = dict(id='s1', title='Opening of the workshop', kind='opening', start='09:00', end='10:00')
        g = record(sessions=[s])
        p = record(sessions=[dict(s, id='x', start='9:00', kind='session')])
        m = run_all(g, p)
        self.assertEqual((m['sessions_f1'], m['sessions_time_acc'], m['sessions_kind_acc']), (1.0, 1.0, 0.0))
        m = run_all(g, record(sessions=[dict(s, title='Something else entirely')]))
        self.assertEqual((m['sessions_f1'], m['sessions_time_acc']), (0.0, 0.0))
        self.assertIsNone(run_all(record(), p)['sessions_f1'])


class Speakers(unittest.TestCase):
    def test_multiset_and_session_through_pairs(self):
        s = [dict(id='s1', title='Panel one', kind='panel')]
        g = record(sessions=s, speakers=[
            dict(name='Ann Lee', role='moderator', session='s1', function='Director, IOM',
                 organization='IOM', country='Kenya'),
            dict(name='Ann Lee', role='speaker', session='s1')])
        p = record(sessions=[dict(s[0], id='p9')], speakers=[
            dict(name='Ms Ann Lee', role='moderator', session='p9', function='Director IOM',
                 organization='I.O.M.', country='kenya')])
        m = run_all(g, p)
        self.assertAlmostEqual(m['speakers_name_f1'], 2 / 3)
        self.assertAlmostEqual(m['speakers_session_f1'], 2 / 3)
        self.assertEqual(m['function_similarity'], 1.0)
        self.assertEqual(m['speakers_country_f1'], 1.0)
        self.assertEqual(m['speakers_organization_f1'], 0.0)   # 'i o m' is not 'iom'

    def test_no_prediction(self):
        g = record(speakers=[dict(name='Ann Lee', role='speaker', session='s1')])
        m = run_all(g, None)
        self.assertEqual(m['speakers_name_f1'], 0.0)
        self.assertIsNone(m['speakers_country_f1'])           # gold has no country


if __name__ == '__main__':
    unittest.main()
