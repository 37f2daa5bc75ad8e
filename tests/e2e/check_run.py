#!/usr/bin/env python3
"""End-to-end checks of `idmreport run` over the samples.

  check_run.py --idmreport BIN --input DIR --mode determinism|contract|workbook

determinism: two runs with SOURCE_DATE_EPOCH give byte-identical folders, one with --jobs 1 and
             page-parallel reading off, one with --jobs 2 and every document read by two
             page readers (IDM_PAGE_WORKERS); two runs without it differ at most in run.json
             (which logs times).
contract:    the output passes ../shared/tools/validate (skipped, saying so, without ../shared).
workbook:    summary.xlsx read back by openpyxl (tests/reports/check_workbook.py) matches the
             records.
"""
import argparse
import filecmp
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(binary, inputs, out, env_extra=None, extra_args=()):
    env = dict(os.environ)
    env.pop('SOURCE_DATE_EPOCH', None)
    env.pop('IDM_PAGE_WORKERS', None)
    env.update(env_extra or {})
    proc = subprocess.run([binary, 'run', '--quiet', '--input', inputs, '--out', out,
                           *extra_args], env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f'idmreport exited {proc.returncode}: {proc.stderr}')


def differing(a, b):
    """Relative paths whose bytes differ (or exist on one side only)."""
    out = []
    cmp = filecmp.dircmp(a, b)

    def walk(c, prefix):
        out.extend(os.path.join(prefix, n) for n in c.left_only + c.right_only)
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        out.extend(os.path.join(prefix, n) for n in mismatch + errors)
        for name, sub in c.subdirs.items():
            walk(sub, os.path.join(prefix, name))
    walk(cmp, '')
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--idmreport', required=True)
    ap.add_argument('--input', required=True)
    ap.add_argument('--mode', required=True, choices=['determinism', 'contract', 'workbook'])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        a, b = os.path.join(tmp, 'a'), os.path.join(tmp, 'b')
        if args.mode == 'determinism':
            # The outputs may depend neither on the number of jobs nor on how a document's
            # pages are shared out between reader threads.
            fixed = {'SOURCE_DATE_EPOCH': '1700000000'}
            run(args.idmreport, args.input, a, {**fixed, 'IDM_PAGE_WORKERS': '1'},
                ('--jobs', '1'))
            run(args.idmreport, args.input, b, {**fixed, 'IDM_PAGE_WORKERS': '2'},
                ('--jobs', '2'))
            diff = differing(a, b)
            if diff:
                print('FAIL with SOURCE_DATE_EPOCH (--jobs 1 vs --jobs 2), these differ:', diff)
                return 1
            c, d = os.path.join(tmp, 'c'), os.path.join(tmp, 'd')
            run(args.idmreport, args.input, c)
            run(args.idmreport, args.input, d)
            diff = [p for p in differing(c, d) if p != 'run.json']
            if diff:
                print('FAIL without SOURCE_DATE_EPOCH, these differ:', diff)
                return 1
            print('identical outputs')
            return 0
        run(args.idmreport, args.input, a)
        if args.mode == 'contract':
            validate = os.path.join(ROOT, '..', 'shared', 'tools', 'validate')
            if not os.path.isfile(validate):
                print('SKIP contract: ../shared/tools/validate is absent')
                return 0
            return subprocess.run([sys.executable, validate, a]).returncode
        # The workbook is read with Debian's openpyxl, which lives with the system Python.
        python = '/usr/bin/python3' if os.path.exists('/usr/bin/python3') else sys.executable
        return subprocess.run([python, os.path.join(ROOT, 'tests', 'reports', 'check_workbook.py'),
                               os.path.join(a, 'summary.xlsx'), os.path.join(a, 'documents')]).returncode


if __name__ == '__main__':
    sys.exit(main())
