#!/usr/bin/env python3
"""OCR and summary.pdf live in modules loaded only when needed (extractors/module_loader.hpp).

  check_modules.py --idmreport BIN --text SAMPLE.pdf --scan SCAN.pdf --mode loading|missing

loading: what the dynamic loader maps (LD_DEBUG=libs, which forked children inherit):
         `--version` and a run with --ocr never map neither Tesseract nor pango/cairo; a run
         over a scan maps Tesseract through idmreport-ocr.so and reads the scan (OCR pages in
         its record), not pango; a run with --summary-pdf maps pango through idmreport-pdf.so
         and writes summary.pdf, not Tesseract.
missing: a copy of the binary without its modules, then with broken ones: the scan is
         reported like any document OCR cannot read (no_text, saying why), the text sample is
         read, summary.pdf alone is missing with a warning, nothing crashes.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

OCR_LIBS = ('libtesseract', 'liblept')
PDF_LIBS = ('libpango', 'libcairo', 'libharfbuzz', 'libglib', 'libgobject')


def environment():
    env = dict(os.environ)
    env.pop('IDMREPORT_MODULE_DIR', None)  # the modules beside the binary, as installed
    env['SOURCE_DATE_EPOCH'] = '1700000000'
    return env


def loaded(binary, args):
    """Runs |binary args| under LD_DEBUG=libs: (exit code, the set of files loaded)."""
    env = environment()
    env['LD_DEBUG'] = 'libs'
    proc = subprocess.run([binary] + args, env=env, capture_output=True, text=True)
    # Every library searched for, and every object whose initialisers run (dlopen'd too).
    files = set(re.findall(r'(?:find library=|calling init: )([^\s\[]+)', proc.stderr))
    return proc.returncode, {os.path.basename(f) for f in files}, proc.stderr


def any_of(files, prefixes):
    return sorted(f for f in files if f.startswith(prefixes))


def record(out, name):
    path = os.path.join(out, 'documents', os.path.splitext(os.path.basename(name))[0] + '.json')
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def outcome(out, name):
    with open(os.path.join(out, 'run.json'), encoding='utf-8') as f:
        run = json.load(f)
    stem = os.path.splitext(os.path.basename(name))[0]
    return next(d for d in run['documents'] if d['id'] == stem), run


def check_loading(args, work):
    problems = []
    code, files, err = loaded(args.idmreport, ['--version'])
    if code != 0:
        problems.append(f'--version exited {code}: {err[-2000:]}')
    if not any(f.startswith('libpoppler') for f in files):
        problems.append('LD_DEBUG=libs showed no libpoppler: cannot tell what is loaded')
    if any_of(files, OCR_LIBS + PDF_LIBS):
        problems.append(f'--version loads {any_of(files, OCR_LIBS + PDF_LIBS)}')

    out = os.path.join(work, 'never')
    code, files, err = loaded(args.idmreport, ['run', '--quiet', '--ocr', 'never', '--jobs', '1',
                                               '--input', args.text, '--out', out])
    if code != 0:
        problems.append(f'run --ocr never exited {code}: {err[-2000:]}')
    if any_of(files, OCR_LIBS + PDF_LIBS):
        problems.append(f'run --ocr never loads {any_of(files, OCR_LIBS + PDF_LIBS)}')

    out = os.path.join(work, 'scan')
    code, files, err = loaded(args.idmreport, ['run', '--quiet', '--jobs', '1', '--input', args.scan,
                                               '--out', out])
    if code != 0:
        problems.append(f'run over the scan exited {code}: {err[-2000:]}')
    else:
        if not record(out, args.scan)['source']['ocr_pages']:
            problems.append('the scan was not read by OCR (no ocr_pages)')
    if 'idmreport-ocr.so' not in files or not any_of(files, ('libtesseract',)):
        problems.append(f'run over the scan loads no idmreport-ocr.so/libtesseract: {sorted(files)}')
    if any_of(files, PDF_LIBS):
        problems.append(f'run over the scan loads {any_of(files, PDF_LIBS)}')

    out = os.path.join(work, 'pdf')
    code, files, err = loaded(args.idmreport, ['run', '--quiet', '--ocr', 'never', '--summary-pdf',
                                               '--input', args.text, '--out', out])
    if code != 0:
        problems.append(f'run --summary-pdf exited {code}: {err[-2000:]}')
    pdfs = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(out, 'workshops'))
            for f in fs if f == 'summary.pdf']
    if not pdfs or any(not open(p, 'rb').read(5) == b'%PDF-' for p in pdfs):
        problems.append(f'run --summary-pdf wrote no summary.pdf: {pdfs}')
    if 'idmreport-pdf.so' not in files or not any_of(files, ('libpango',)):
        problems.append(f'run --summary-pdf loads no idmreport-pdf.so/libpango: {sorted(files)}')
    if any_of(files, OCR_LIBS):
        problems.append(f'run --summary-pdf loads {any_of(files, OCR_LIBS)}')
    return problems


def check_without(binary, args, work, label):
    """A run over the scan and the text sample with --summary-pdf, by |binary|."""
    problems = []
    inputs = os.path.join(work, f'inputs-{label}')
    os.makedirs(inputs)
    for pdf in (args.text, args.scan):
        shutil.copy(pdf, inputs)
    out = os.path.join(work, f'out-{label}')
    proc = subprocess.run([binary, 'run', '--quiet', '--jobs', '2', '--summary-pdf', '--input',
                           inputs, '--out', out], env=environment(), capture_output=True,
                          text=True)
    if proc.returncode != 1:  # 1: a document failed (the scan); a signal is negative
        return [f'{label}: run exited {proc.returncode}, not 1: {proc.stderr[-2000:]}']
    scan, run = outcome(out, args.scan)
    text, _ = outcome(out, args.text)
    if scan.get('error_kind') != 'no_text' or 'OCR is not available' not in scan.get('error', ''):
        problems.append(f'{label}: the scan is not reported as unreadable without OCR: {scan}')
    elif 'idmreport-ocr.so' not in scan['error']:
        problems.append(f'{label}: the scan\'s error does not name the OCR module: {scan}')
    if text.get('status') != 'ok':
        problems.append(f'{label}: the text sample was not read: {text}')
    warnings = [w for w in run['warnings'] if w['document'].endswith('summary.pdf')]
    if not warnings or not all('idmreport-pdf.so' in w['message'] for w in warnings):
        problems.append(f'{label}: no warning names the missing summary.pdf: {run["warnings"]}')
    if any(o.endswith('summary.pdf') for o in run['outputs']):
        problems.append(f'{label}: run.json lists a summary.pdf that cannot have been written')
    if not any(o.endswith('summary.html') for o in run['outputs']):
        problems.append(f'{label}: the other workshop outputs are missing: {run["outputs"]}')
    print(f'{label}: scan: {scan.get("error")}')
    print(f'{label}: summary.pdf: {warnings[0]["message"] if warnings else None}')
    return problems


def check_missing(args, work):
    bindir = os.path.join(work, 'bin')
    os.makedirs(bindir)
    binary = os.path.join(bindir, 'idmreport')
    shutil.copy(args.idmreport, binary)
    installed = [os.path.join(bindir, '..', 'lib', 'idmreport')]
    if any(os.path.exists(d) for d in installed):
        print(f'SKIP missing: {installed} exists')
        return []
    problems = check_without(binary, args, work, 'no modules')
    # Files of the modules' names that are not modules: loading fails, and says so.
    for name in ('idmreport-ocr.so', 'idmreport-pdf.so'):
        with open(os.path.join(bindir, name), 'wb') as f:
            f.write(b'not a shared object\n')
    problems += check_without(binary, args, work, 'broken modules')
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--idmreport', required=True)
    ap.add_argument('--text', required=True, help='a PDF with a text layer')
    ap.add_argument('--scan', required=True, help='a PDF without one')
    ap.add_argument('--mode', choices=('loading', 'missing'), required=True)
    args = ap.parse_args()
    args.idmreport = os.path.abspath(args.idmreport)
    args.text = os.path.abspath(args.text)
    args.scan = os.path.abspath(args.scan)
    with tempfile.TemporaryDirectory(prefix='idm-modules-') as work:
        problems = (check_loading if args.mode == 'loading' else check_missing)(args, work)
    for p in problems:
        print('FAIL:', p)
    if not problems:
        print(f'modules {args.mode}: ok')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
