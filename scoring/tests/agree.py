#!/usr/bin/env python3
"""Runs our scorer and the reference one (../shared/tools/score) on the same inputs and lists
every metric that differs by more than 0.0005 on any document (i.e. differs to 3 decimals).

  agree.py --gold DIR (--pred OUT | --peer-text DIR | --idmreport BIN) [--reference PATH]
           [--tolerance X]

--idmreport runs the pipeline over the gold folder first (into a temporary folder) and
compares the scores of that run (what ctest's scorer_agrees does on samples/).

Skips (exit 0, a SKIP line) when the reference scorer is absent (a clone without ../shared).
Exit 1 when something differs.  Extension metrics (ours only) are not compared.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.path.join(HERE, '..', 'score')
REFERENCE = os.path.join(HERE, '..', '..', '..', 'shared', 'tools', 'score')


def run(scorer, args, out):
    r = subprocess.run([sys.executable, scorer] + args + ['--json', out], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f'{scorer} exited {r.returncode}: {r.stderr}')
    return json.load(open(out, encoding='utf-8'))


def compare(ref, ours, tol):
    diffs = []
    mine = {d['name']: d for d in ours['documents']}
    for d in ref['documents']:
        o = mine.get(d['name'])
        if o is None:
            diffs.append(f"{d['name']}: not scored by ours")
            continue
        if d['status'] != o['status']:
            diffs.append(f"{d['name']}: status {d['status']} vs ours {o['status']}")
        for m, v in d['metrics'].items():
            w = o['metrics'].get(m, 'absent')
            if v is None or w is None or w == 'absent':
                if v != w:
                    diffs.append(f"{d['name']}: {m} = {v} vs ours {w}")
            elif abs(v - w) > tol:
                diffs.append(f"{d['name']}: {m} = {v:.4f} vs ours {w:.4f}")
    for m, v in ref['macro'].items():
        w = ours['macro'].get(m)
        if (v is None) != (w is None) or (v is not None and abs(v - w) > tol):
            diffs.append(f'macro {m} = {v} vs ours {w}')
    return diffs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gold', required=True)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument('--pred')
    src.add_argument('--peer-text')
    src.add_argument('--idmreport', help='run this idmreport over --gold, then compare')
    ap.add_argument('--reference', default=REFERENCE)
    ap.add_argument('--tolerance', type=float, default=0.0005)
    args = ap.parse_args()
    if not os.path.isfile(args.reference):
        print(f'SKIP agree: no reference scorer at {args.reference} (../shared is absent)')
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.idmreport:
            # Only the PDFs that have gold (idmreport would also search sub-folders: scans/).
            inputs = os.path.join(tmp, 'in')
            os.mkdir(inputs)
            for name in os.listdir(args.gold):
                if name.endswith('.gold.json'):
                    pdf = os.path.abspath(os.path.join(args.gold, name[:-len('.gold.json')] + '.pdf'))
                    if os.path.isfile(pdf):
                        os.symlink(pdf, os.path.join(inputs, os.path.basename(pdf)))
            args.pred = os.path.join(tmp, 'out')
            r = subprocess.run([args.idmreport, 'run', '--quiet', '--input', inputs, '--out', args.pred],
                               capture_output=True, text=True)
            if r.returncode not in (0, 1):
                raise SystemExit(f'idmreport exited {r.returncode}: {r.stderr}')
        common = ['--gold', args.gold] + (['--pred', args.pred] if args.pred else ['--peer-text', args.peer_text])
        ref = run(args.reference, common, os.path.join(tmp, 'ref.json'))
        ours = run(OURS, common, os.path.join(tmp, 'ours.json'))
    diffs = compare(ref, ours, args.tolerance)
    n = len(ref['documents'])
    worst = 0.0
    mine = {d['name']: d for d in ours['documents']}
    for d in ref['documents']:
        for m, v in d['metrics'].items():
            w = mine.get(d['name'], {}).get('metrics', {}).get(m)
            if isinstance(v, (int, float)) and isinstance(w, (int, float)):
                worst = max(worst, abs(v - w))
    for line in diffs:
        print('DIFF', line)
    print(f'agree: {n} document(s), {len(ref["metrics"])} metrics, {len(diffs)} difference(s), '
          f'max |difference| {worst:.2g}')
    return 1 if diffs else 0


if __name__ == '__main__':
    sys.exit(main())
