"""generate [--only NAME...] [--jobs N] [--seed S] [--out DIR] [--keep-src] [--list] [--lenient]

Builds the corpus drawn by plan.py: for each document, its Doc (layout from layouts.py,
content from content/), the PDF (producers/), the gold (gold.py) and, for scan entries, the
scan (scan.py) with the same gold. Writes OUT/<split>/<name>.pdf + <name>.gold.json; sources
go to OUT/src/<name>/ with --keep-src, to a temporary folder otherwise. One line per
document; exit status 1 with the list of failures when one failed. A document whose gold
holds text the PDF does not print (gold.py's checks: a producer lost a table row, say) is
written all the same but counts as failed, unless --lenient.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed

from . import plan as planmod

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # corpus/generator
DEFAULT_OUT = os.path.dirname(HERE)                                  # corpus/
SPLITS = ('train', 'heldout')
# gold warnings that make a document fail: text of the gold not printed in the PDF
BAD_GOLD = re.compile(r'not found in the PDF|not printed as such|footnotes never called')


def build_doc(entry, seed, attempt=0):
    """The Doc of an entry (no typesetting). attempt > 0: a redraw (scan sources)."""
    from .content import BUILDERS, draw_workshops
    from .layouts import draw_layout
    from .model import Doc
    from .producers import PRODUCERS
    key = '%s:%d' % (seed, entry.number) + (':r%d' % attempt if attempt else '')
    rng = random.Random(key)
    caps = PRODUCERS[entry.producer].CAPS
    layout = draw_layout(rng, entry.split, entry.doc_type, caps, lang=entry.lang,
                         want=entry.want)
    doc = Doc(name=entry.name, split=entry.split, doc_type=entry.doc_type, lang=entry.lang,
              producer=entry.producer, layout=layout, title='')
    workshops = draw_workshops(rng, entry.split)
    BUILDERS[entry.doc_type](rng, entry.split, entry.lang, doc, workshops)
    if layout.header in ('title', 'book') and not layout.header_text:
        layout.header_text = (doc.header_odd or doc.title) if layout.header == "title" \
            else doc.title
    return doc, caps


def pdf_pages(pdf):
    from .gold import pdfinfo
    return int(pdfinfo(pdf).get('Pages') or 0)


def write_json(path, rec):
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    os.replace(tmp, path)


def run_entry(entry, seed, out, keep_src, want_names, lenient=False):
    """Builds one entry (and its scan). Returns [result dict] (one per name written)."""
    from .gold import gold_for, scan_gold
    from .producers import PRODUCERS
    t0 = time.time()
    results = []
    tmp = tempfile.mkdtemp(prefix='idmgen-%s-' % entry.name)
    try:
        if keep_src:
            workdir = os.path.join(out, 'src', entry.name)
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            workdir = os.path.join(tmp, 'src')
        os.makedirs(workdir, exist_ok=True)
        split_dir = os.path.join(out, entry.split)
        os.makedirs(split_dir, exist_ok=True)
        attempts = planmod.SCAN_ATTEMPTS if entry.scan else planmod.GLYPH_ATTEMPTS
        work_pdf = os.path.join(tmp, entry.name + '.pdf')
        redraws = []
        for attempt in range(attempts):
            doc, caps = build_doc(entry, seed, attempt)
            try:
                PRODUCERS[entry.producer].render(doc, workdir, work_pdf)
            except Exception as exc:  # noqa: BLE001
                # a producer whose fonts lack a letter of the drawn names raises an error with
                # `chars` (groff's GlyphError): the document is drawn again
                if getattr(exc, 'chars', None) and attempt + 1 < attempts:
                    redraws.append('glyphs %s' % ''.join(exc.chars))
                    continue
                raise
            if not entry.scan or pdf_pages(work_pdf) <= planmod.SCAN_MAX_PAGES:
                break
            redraws.append('%d pages' % pdf_pages(work_pdf))
        rec, warnings = gold_for(doc, work_pdf, caps)
        if redraws:
            warnings.insert(0, '%s: drawn %d times (%s)' % (entry.name, attempt + 1,
                                                            '; '.join(redraws)))
        if entry.scan and rec['source']['pages'] > planmod.SCAN_MAX_PAGES:
            warnings.append('%s: scan source still has %d pages after %d draws'
                            % (entry.name, rec['source']['pages'], attempts))
        bad = [w for w in warnings if BAD_GOLD.search(w)]
        if entry.name in want_names:
            pdf = os.path.join(split_dir, entry.name + '.pdf')
            shutil.copyfile(work_pdf, pdf)
            write_json(os.path.join(split_dir, entry.name + '.gold.json'), rec)
            results.append(dict(name=entry.name, ok=not bad or lenient, split=entry.split,
                                error='gold: %d block(s) not printed in the PDF, e.g. %s'
                                % (len(bad), bad[0]) if bad else '',
                                producer=entry.producer, pages=rec['source']['pages'],
                                blocks=len(rec['blocks']), warnings=warnings,
                                seconds=time.time() - t0, attempt=attempt))
        if entry.scan and entry.scan in want_names:
            from .scan import make_scan
            t1 = time.time()
            scan_pdf = os.path.join(split_dir, entry.scan + '.pdf')
            make_scan(work_pdf, scan_pdf, random.Random('%s:%d:scan' % (seed, entry.number)))
            srec = scan_gold(rec, scan_pdf, entry.scan,
                             'Scan of the document typeset by %s.' % entry.producer)
            write_json(os.path.join(split_dir, entry.scan + '.gold.json'), srec)
            results.append(dict(name=entry.scan, ok=not bad or lenient, split=entry.split,
                                producer='scan', error='gold of the source: %d block(s) not '
                                'printed' % len(bad) if bad else '',
                                pages=srec['source']['pages'], blocks=len(srec['blocks']),
                                warnings=[] if entry.name in want_names else warnings,
                                seconds=time.time() - t1, attempt=attempt))
    except Exception as exc:  # noqa: BLE001 - reported per document
        err = '%s: %s' % (type(exc).__name__, exc)
        tb = traceback.format_exc()
        done = {r['name'] for r in results}
        for n in entry.names:
            if n in want_names and n not in done:
                results.append(dict(name=n, ok=False, split=entry.split, producer=entry.producer,
                                    error=err, trace=tb, seconds=time.time() - t0))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def _line(r):
    if not r['ok']:
        first = r['error'].strip().splitlines()[0] if r['error'].strip() else r['error']
        return '%-30s %-8s %-13s FAILED %s' % (r['name'], r['split'], r['producer'], first[:200])
    return '%-30s %-8s %-13s %3d pages %5d blocks %6.1fs%s%s' % (
        r['name'], r['split'], r['producer'], r['pages'], r['blocks'], r['seconds'],
        ' (draw %d)' % r['attempt'] if r.get('attempt') else '',
        ' %d warning(s)' % len(r['warnings']) if r['warnings'] else '')


def main(argv=None):
    ap = argparse.ArgumentParser(prog='generate', description=__doc__.split('\n\n')[1])
    ap.add_argument('--only', nargs='+', metavar='NAME', default=[],
                    help='only these documents (names as in the plan, with or without .pdf)')
    ap.add_argument('--jobs', '-j', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--seed', default=planmod.SEED)
    ap.add_argument('--out', default=DEFAULT_OUT, help='output folder (default: corpus/)')
    ap.add_argument('--keep-src', action='store_true', help='keep producer sources in OUT/src/')
    ap.add_argument('--list', action='store_true', help='print the plan and exit')
    ap.add_argument('--verbose', '-v', action='store_true', help='print every warning')
    ap.add_argument('--lenient', action='store_true',
                    help='a document whose gold has text the PDF does not print (a producer '
                         'lost it) is kept as a success (default: written, reported as failed)')
    a = ap.parse_args(argv)

    entries = planmod.make_plan(a.seed)
    if a.list:
        for e in entries:
            print('%-30s %-8s %-23s %-13s %s%s' % (e.name, e.split, e.doc_type, e.producer,
                                                  json.dumps(e.want, sort_keys=True),
                                                  ' + ' + e.scan if e.scan else ''))
        print(planmod.summary(entries))
        return 0
    index = planmod.by_name(entries)
    if a.only:
        names = set()
        for n in a.only:
            n = os.path.basename(n)
            for suf in ('.gold.json', '.pdf'):
                if n.endswith(suf):
                    n = n[:-len(suf)]
            if n not in index:
                ap.error('unknown document %r (see --list)' % n)
            names.add(n)
        todo = sorted({index[n].number: index[n] for n in names}.values(), key=lambda e: e.number)
    else:
        names = set(index)
        todo = list(entries)
    out = os.path.abspath(a.out)
    for s in SPLITS:
        os.makedirs(os.path.join(out, s), exist_ok=True)
    # expensive first: reports, then scan sources
    todo.sort(key=lambda e: (e.doc_type != 'report', not e.want.get('long'), e.scan is None,
                             e.number))
    t0 = time.time()
    results = []
    if a.jobs <= 1 or len(todo) == 1:
        for e in todo:
            for r in run_entry(e, a.seed, out, a.keep_src, names, a.lenient):
                results.append(r)
                print(_line(r), flush=True)
                _warn(r, a.verbose)
    else:
        with ProcessPoolExecutor(max_workers=a.jobs) as pool:
            futs = {pool.submit(run_entry, e, a.seed, out, a.keep_src, names, a.lenient): e
                    for e in todo}
            for f in as_completed(futs):
                try:
                    rs = f.result()
                except Exception as exc:  # noqa: BLE001 - a dead worker
                    e = futs[f]
                    rs = [dict(name=n, ok=False, split=e.split, producer=e.producer,
                               error='%s: %s' % (type(exc).__name__, exc), trace='', seconds=0)
                          for n in e.names if n in names]
                for r in rs:
                    results.append(r)
                    print(_line(r), flush=True)
                    _warn(r, a.verbose)
    if not a.only:
        _prune(out, names)
    failed = [r for r in results if not r['ok']]
    nwarn = sum(len(r.get('warnings') or []) for r in results)
    print('%d documents, %d failed, %d warnings, %.0fs' % (len(results), len(failed), nwarn,
                                                          time.time() - t0))
    if failed:
        print('failures:', file=sys.stderr)
        for r in failed:
            print('  %s (%s): %s' % (r['name'], r['producer'], r['error'].strip()[:2000]),
                  file=sys.stderr)
            if a.verbose and r.get('trace'):
                print(r['trace'], file=sys.stderr)
        return 1
    return 0


def _warn(r, verbose):
    ws = r.get('warnings') or []
    for w in ws if verbose else ws[:3]:
        print('    warning: %s' % w, flush=True)
    if not verbose and len(ws) > 3:
        print('    ... %d more warnings (--verbose)' % (len(ws) - 3), flush=True)


def _prune(out, names):
    """After a full run: drop generated files of documents no longer in the plan."""
    for s in SPLITS:
        d = os.path.join(out, s)
        for f in os.listdir(d):
            stem = f[:-len('.gold.json')] if f.endswith('.gold.json') else \
                f[:-4] if f.endswith('.pdf') else None
            if stem and stem.startswith('gen-') and stem not in names:
                os.remove(os.path.join(d, f))


if __name__ == '__main__':
    sys.exit(main())
