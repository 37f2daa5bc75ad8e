import json
import os
import subprocess
import sys
import tempfile
import unittest

from tests.helpers import block, record

SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'score')


def write(path, rec):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(rec, f)


class Cli(unittest.TestCase):
    def run_score(self, gold, pred, extra=()):
        with tempfile.TemporaryDirectory() as t:
            os.makedirs(os.path.join(t, 'g'))
            os.makedirs(os.path.join(t, 'p', 'documents'))
            for name, rec in gold.items():
                write(os.path.join(t, 'g', name + '.gold.json'), rec)
            for name, rec in pred.items():
                write(os.path.join(t, 'p', 'documents', name + '.json'), rec)
            out = os.path.join(t, 'o.json')
            r = subprocess.run([sys.executable, SCORE, '--gold', os.path.join(t, 'g'), '--pred',
                                os.path.join(t, 'p'), '--json', out, '--jobs', '1'] + list(extra),
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(out, encoding='utf-8') as f:
                return r.stdout, json.load(f)

    def test_table_json_missing(self):
        g = record(blocks=[block('Some text.')])
        p = dict(g, id='a-b', source=dict(g['source'], path='/x/A_B.pdf'))
        table, res = self.run_score({'A_B': g, 'C': g}, {'a-b': p}, ['--verbose'])
        self.assertIn('macro avg', table)
        self.assertIn('MISSING', table)
        self.assertEqual(res['missing'], ['C'])
        docs = {d['name']: d for d in res['documents']}
        self.assertEqual(docs['A_B']['metrics']['text_similarity'], 1.0)
        self.assertEqual(docs['C']['metrics']['text_similarity'], 0.0)      # no prediction: 0
        self.assertIsNone(docs['C']['metrics']['furniture_leak'])           # leak counts: '—'
        self.assertIsNone(docs['A_B']['metrics']['sessions_f1'])           # gold has none: '—'
        self.assertEqual(res['macro']['text_similarity'], 0.5)
        self.assertIn('events_city_acc', res['metrics'])

    def test_bad_arguments(self):
        r = subprocess.run([sys.executable, SCORE, '--gold', '/nonexistent'], capture_output=True)
        self.assertEqual(r.returncode, 2)


if __name__ == '__main__':
    unittest.main()
