"""Prints the inventory of a generated corpus from its gold files (Markdown tables).

  python3 -m idmgen.inventory [CORPUS_DIR]     (default: corpus/, beside generator/)

Counts per doc type x language x split, per producer x split, pages, sizes, two-column
documents, scans and reports' lengths. Reads only <split>/*.gold.json (and the PDFs' sizes).
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPLITS = ('train', 'heldout')
TYPES = ('agenda', 'concept_note', 'summary_of_conclusions', 'report')
LANGS = ('fr', 'en', 'es')


def load(corpus):
    docs = []
    for split in SPLITS:
        for path in sorted(glob.glob(os.path.join(corpus, split, '*.gold.json'))):
            with open(path, encoding='utf-8') as fh:
                rec = json.load(fh)
            notes = rec.get('notes', '')
            m = re.search(r'typeset by producer (\w+)', notes)
            pdf = path[:-len('.gold.json')] + '.pdf'
            docs.append(dict(
                name=os.path.basename(path)[:-len('.gold.json')], split=split,
                doc_type=rec['doc_type'], lang=rec['language'],
                producer=m.group(1) if m else '?',
                scan=notes.startswith('Image-only scan'),
                pages=rec['source']['pages'], pdf_producer=rec['source'].get('producer', ''),
                size=os.path.getsize(pdf) if os.path.exists(pdf) else 0,
                two_col='; 2 columns;' in notes,
                blocks=len(rec['blocks']), sessions=len(rec['sessions']),
                speakers=len(rec['speakers']), statements=len(rec['statements']),
                footnotes=sum(b['kind'] == 'footnote' for b in rec['blocks'])))
    return docs


def table(head, rows):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '|'.join('---' for _ in head) + '|']
    out += ['| ' + ' | '.join(str(c) for c in r) + ' |' for r in rows]
    return '\n'.join(out)


def report(docs) -> str:
    parts = []
    n = len(docs)
    held = sum(d['split'] == 'heldout' for d in docs)
    parts.append('%d documents: %d train, %d heldout (%.0f %%); %d scans; %d pages; %.1f MB.'
                 % (n, n - held, held, 100.0 * held / max(n, 1), sum(d['scan'] for d in docs),
                    sum(d['pages'] for d in docs), sum(d['size'] for d in docs) / 1e6))
    # type x lang x split
    c = Counter((d['doc_type'], d['lang'], d['split']) for d in docs)
    head = ['doc type'] + ['%s %s' % (lang, s) for s in SPLITS for lang in LANGS] + ['total']
    rows = []
    for t in TYPES:
        r = [t] + [c[(t, lang, s)] for s in SPLITS for lang in LANGS]
        rows.append(r + [sum(r[1:])])
    rows.append(['total'] + [sum(c[(t, lang, s)] for t in TYPES) for s in SPLITS for lang in LANGS]
                + [n])
    parts.append(table(head, rows))
    # producer x split
    pc = Counter((d['producer'] if not d['scan'] else 'scan', d['split']) for d in docs)
    pp = defaultdict(int)
    pdfp = defaultdict(set)
    for d in docs:
        k = d['producer'] if not d['scan'] else 'scan'
        pp[k] += d['pages']
        pdfp[k].add(re.sub(r'\s+', ' ', d['pdf_producer'])[:40])
    prods = sorted({k for k, _ in pc})
    rows = [[p, pc[(p, 'train')], pc[(p, 'heldout')], pp[p], ', '.join(sorted(pdfp[p]))]
            for p in prods]
    parts.append(table(['producer', 'train', 'heldout', 'pages', 'PDF Producer'], rows))
    # features
    reps = sorted(d['pages'] for d in docs if d['doc_type'] == 'report' and not d['scan'])
    feats = [
        ['two-column documents', sum(d['two_col'] for d in docs if d['split'] == 'train'),
         sum(d['two_col'] for d in docs if d['split'] == 'heldout')],
        ['scans', sum(d['scan'] for d in docs if d['split'] == 'train'),
         sum(d['scan'] for d in docs if d['split'] == 'heldout')],
        ['reports (pages: %s)' % ', '.join(map(str, reps)),
         sum(d['doc_type'] == 'report' and d['split'] == 'train' for d in docs),
         sum(d['doc_type'] == 'report' and d['split'] == 'heldout' for d in docs)],
    ]
    for key in ('pages', 'blocks', 'footnotes', 'sessions', 'speakers', 'statements'):
        feats.append([key, sum(d[key] for d in docs if d['split'] == 'train'),
                      sum(d[key] for d in docs if d['split'] == 'heldout')])
    parts.append(table(['', 'train', 'heldout'], feats))
    return '\n\n'.join(parts)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    corpus = argv[0] if argv else os.path.dirname(HERE)
    docs = load(corpus)
    if not docs:
        print('no gold files under %s/{train,heldout}' % corpus, file=sys.stderr)
        return 1
    print(report(docs))
    return 0


if __name__ == '__main__':
    sys.exit(main())
