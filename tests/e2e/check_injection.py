#!/usr/bin/env python3
"""Formula injection: a PDF whose texts start with = + - @ comes out as text everywhere.

  check_injection.py --idmreport BIN --input tests/data/injection

speakers.csv: no cell may start with = + - @ (they get a leading apostrophe) and the printed
text must still be there after it; summary.xlsx and speakers.xlsx (read with openpyxl): no
formula cell, and the texts are strings.
"""
import argparse
import csv
import glob
import io
import os
import subprocess
import sys
import tempfile

TRIGGERS = ('=', '+', '-', '@', '\t', '\r')
EXPECTED = ('=HYPERLINK', '+33 Permanent Delegate', '-2 Adviser', '@SUM(A1:A9)', '=1+1 Opening')


def check_csv(path):
    data = open(path, 'rb').read()
    if not data.startswith(b'\xef\xbb\xbf'):
        return [f'{path}: no UTF-8 byte-order mark']
    rows = list(csv.reader(io.StringIO(data[3:].decode('utf-8'), newline='')))
    problems = [f'{path}: cell {cell!r} starts with a formula character'
                for row in rows for cell in row if cell.startswith(TRIGGERS)]
    text = '\n'.join(c for row in rows for c in row)
    problems += [f'{path}: {e!r} is missing' for e in EXPECTED[:4] if e not in text]
    return problems


def check_workbook(path):
    script = r'''
import re, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
# The Blocks sheet's page links, =HYPERLINK("url",N), are the program's own formulas.
link = re.compile(r'=HYPERLINK\((?:"[^"]*"&)*"[^"]*",[0-9]+\)')
def ours(ws, c):
    return ws.title == "Blocks" and ws.cell(1, c.column).value == "Page" and link.fullmatch(c.value)
bad = [f"{ws.title}!{c.coordinate}" for ws in wb for row in ws.iter_rows() for c in row
       if (c.data_type == "f" and not ours(ws, c))
       or (isinstance(c.value, str) and c.value.startswith("=") and c.data_type not in ("s", "f"))]
print("\n".join(bad))
'''
    python = '/usr/bin/python3' if os.path.exists('/usr/bin/python3') else sys.executable
    out = subprocess.run([python, '-c', script, path], capture_output=True, text=True)
    if out.returncode != 0:
        return [f'{path}: openpyxl failed: {out.stderr.strip()}']
    return [f'{path}: formula cell {c}' for c in out.stdout.split()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--idmreport', required=True)
    ap.add_argument('--input', required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run([args.idmreport, 'run', '--quiet', '--input', args.input, '--out', out],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr)
            return 1
        csvs = glob.glob(os.path.join(out, 'workshops', '*', 'speakers.csv'))
        books = glob.glob(os.path.join(out, 'workshops', '*', 'speakers.xlsx'))
        books.append(os.path.join(out, 'summary.xlsx'))
        if not csvs:
            print('FAIL no speakers.csv written')
            return 1
        problems = [p for c in csvs for p in check_csv(c)] + [p for b in books for p in check_workbook(b)]
    for p in problems:
        print('FAIL', p)
    print(f'{len(csvs)} CSV, {len(books)} workbooks checked, {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
