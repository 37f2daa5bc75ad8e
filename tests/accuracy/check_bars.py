#!/usr/bin/env python3
"""Runs idmreport over a folder of PDFs with gold files and checks the accuracy bars.

  check_bars.py --idmreport BIN --corpus DIR --bars FILE [--exclude NAME|PATTERN ...]
                [--only NAME|PATTERN ...] [--label TEXT]
                [--jobs N] [--scorer PATH]

The scorer is the repository's own, scoring/score (same metrics as ../shared/tools/score, which
--scorer can still name). idmreport runs once over the whole folder (--jobs documents at a
time) and the scorer scores the documents in parallel. Where the corpus is absent or holds no
gold yet (or a --scorer given is absent), the check is skipped and says so (exit 0 with a SKIP
line; ctest reads it via SKIP_REGULAR_EXPRESSION).
Bars file: one `metric op value` per line (`text_similarity >= 0.97`), `#` comments. Such a bar
is checked on every document where the metric applies. A line `macro metric op value` checks
the mean over the documents where the metric applies instead.
"""
import argparse
import fnmatch
import json
import operator
import os
import subprocess
import sys
import tempfile

OPS = {'>=': operator.ge, '<=': operator.le, '==': operator.eq}


def read_bars(path):
    bars = []
    for line in open(path, encoding='utf-8'):
        words = line.split('#', 1)[0].split()
        if not words:
            continue
        macro = words[0] == 'macro'
        metric, op, value = words[1:] if macro else words
        bars.append((macro, metric, op, float(value)))
    return bars


def excluded(stem, patterns):
    """--exclude takes names or shell patterns ('*-scan')."""
    return any(fnmatch.fnmatchcase(stem, p) for p in patterns)


def accepts_jobs(scorer):
    """Our scorer takes --jobs; the reference one (../shared/tools/score) does not."""
    help_text = subprocess.run([sys.executable, scorer, '--help'], capture_output=True, text=True).stdout
    return '--jobs' in help_text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--idmreport', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--bars', required=True)
    ap.add_argument('--scorer', default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                     '..', '..', 'scoring', 'score'))
    ap.add_argument('--exclude', action='append', default=[])
    ap.add_argument('--only', action='append', default=[],
                    help='keep only these documents (name or pattern; repeatable)')
    ap.add_argument('--label', default='corpus')
    ap.add_argument('--jobs', type=int, default=2, help='documents at a time (idmreport and scorer)')
    args = ap.parse_args()

    if not os.path.isfile(args.scorer):
        print(f'SKIP {args.label}: no scorer at {args.scorer}')
        return 0
    if not os.path.isdir(args.corpus):
        print(f'SKIP {args.label}: no corpus at {args.corpus} (../shared is absent or not generated yet)')
        return 0
    def left_out(stem):
        return excluded(stem, args.exclude) or (args.only and not excluded(stem, args.only))

    if not any(n.endswith('.gold.json') and not left_out(n.split('.')[0])
               for n in os.listdir(args.corpus)):
        print(f'SKIP {args.label}: no gold files in {args.corpus} yet')
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        gold = os.path.join(tmp, 'gold')
        os.mkdir(gold)
        for name in sorted(os.listdir(args.corpus)):
            stem = name.split('.')[0]
            if left_out(stem) or not (name.endswith('.pdf') or name.endswith('.gold.json')):
                continue
            os.symlink(os.path.abspath(os.path.join(args.corpus, name)), os.path.join(gold, name))
        out = os.path.join(tmp, 'out')
        run = subprocess.run([args.idmreport, 'run', '--quiet', '--input', gold, '--out', out,
                              '--jobs', str(args.jobs)], capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(run.stderr)
            print(f'FAIL {args.label}: idmreport exited {run.returncode}')
            return 1
        scores = os.path.join(tmp, 'scores.json')
        jobs = ['--jobs', str(args.jobs)] if accepts_jobs(args.scorer) else []
        table = subprocess.run([sys.executable, args.scorer, '--gold', gold, '--pred', out,
                                '--json', scores] + jobs, capture_output=True, text=True)
        print(table.stdout)
        if table.returncode != 0:
            print(table.stderr)
            return 1
        result = json.load(open(scores, encoding='utf-8'))

    failures = []
    for macro, metric, op, value in read_bars(args.bars):
        if macro:
            got = result['macro'].get(metric)
            if got is not None and not OPS[op](got, value):
                failures.append(f'macro {metric} = {got:.3f}, bar {op} {value}')
            continue
        for doc in result['documents']:
            got = doc['metrics'].get(metric)
            if got is None:
                continue
            if not OPS[op](got, value):
                failures.append(f'{doc["name"]}: {metric} = {got:.3f}, bar {op} {value}')
    if result.get('missing'):
        failures.append('no record for: ' + ', '.join(result['missing']))
    for f in failures:
        print('FAIL', f)
    print(f'{args.label}: {len(failures)} bar(s) missed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
