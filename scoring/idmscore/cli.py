"""Command line: find gold and predictions, score each document (in parallel), report.

  score --gold DIR --pred OUTDIR       [--json F] [--doc ID] [--verbose] [--jobs N]
  score --gold DIR --peer-text PEERDIR [--json F] [--doc ID] [--verbose] [--jobs N]

Documents are independent, so they are scored by a process pool (--jobs, default: the
number of cores); the table and JSON keep the gold's name order.
"""
import argparse
import json
import multiprocessing
import os
import re
import sys

from . import report
from .findings_metrics import item_metrics
from .programme_metrics import event_metrics, session_metrics, speaker_metrics
from .statements_metrics import statement_metrics
from .text_metrics import pages_of, text_metrics


def slug(name):
    return re.sub(r'[^a-z0-9]', '-', name.lower())


def gold_names(gold_dir):
    return sorted(f[:-len('.gold.json')] for f in os.listdir(gold_dir) if f.endswith('.gold.json'))


def index_predictions(pred_dir):
    """{basename(source.path): file} and {id: file} over OUT/documents/*.json."""
    by_path, by_id = {}, {}
    docs = os.path.join(pred_dir, 'documents')
    if not os.path.isdir(docs):
        return by_path, by_id
    for f in sorted(os.listdir(docs)):
        if not f.endswith('.json'):
            continue
        path = os.path.join(docs, f)
        try:
            rec = json.load(open(path, encoding='utf-8'))
        except (OSError, ValueError):
            continue
        if not isinstance(rec, dict):
            continue
        src = (rec.get('source') or {}).get('path')
        if isinstance(src, str):
            by_path.setdefault(os.path.basename(src), path)
        if isinstance(rec.get('id'), str):
            by_id.setdefault(rec['id'], path)
    return by_path, by_id


def peer_blocks(text):
    """Blocks of a plain text: cut at blank lines and form feeds; page = form feeds before + 1."""
    blocks = []
    for page, chunk in enumerate(text.split('\f'), start=1):
        for para in re.split(r'\n[ \t\r\v]*\n', chunk):
            para = ' '.join(para.split())
            if para:
                blocks.append({'id': f'p{len(blocks) + 1}', 'page': page, 'kind': 'paragraph',
                               'text': para})
    return blocks, text.count('\f')


def score_document(job):
    """Score one document.  job: (name, gold_file, pred_file or None, peer: bool)."""
    name, gold_file, pred_file, peer = job
    gold = json.load(open(gold_file, encoding='utf-8'))
    metrics, details = {}, {}
    pred = None
    if peer:
        if pred_file:
            blocks, pages = peer_blocks(open(pred_file, encoding='utf-8', errors='replace').read())
            tm, td = text_metrics(gold, blocks, pages, peer=True)
        else:
            tm, td = text_metrics(gold, None, 0, peer=True)
        metrics.update(tm)
        details.update(td)
    else:
        if pred_file:
            pred = json.load(open(pred_file, encoding='utf-8'))
        metrics['doc_type'] = float(pred is not None and pred.get('doc_type') == gold.get('doc_type'))
        metrics['language'] = float(pred is not None and pred.get('language') == gold.get('language'))
        em, ed, slug_map = event_metrics(gold, pred)
        metrics.update(em)
        pblocks = None if pred is None else (pred.get('blocks') or [])
        tm, td = text_metrics(gold, pblocks, pages_of(pred, gold, pblocks or []))
        metrics.update(tm)
        details.update(td)
        sm, sd, session_map = session_metrics(gold, pred, slug_map)
        metrics.update(sm)
        spm, spd = speaker_metrics(gold, pred, session_map)
        metrics.update(spm)
        for kind in ('key_messages', 'recommendations'):
            im, idt = item_metrics(kind, gold, pred)
            metrics.update(im)
            if idt:
                details[kind.replace('_', ' ')] = idt
        stm, std = statement_metrics(gold, pred)
        metrics.update(stm)
        if pred is not None:
            details = {'events': ed, 'sessions': sd, 'speakers': spd, **details, 'statements': std}
    if pred_file is None:
        details = {}
    ordered = {m: metrics.get(m) for m in report.metric_names(peer)}
    return {'name': name, 'id': slug(name), 'status': 'ok' if pred_file else 'missing',
            'file': pred_file, 'details': {k: v for k, v in details.items() if v},
            'metrics': ordered}


def main(argv=None):
    ap = argparse.ArgumentParser(prog='score', description=__doc__.split('\n')[0])
    ap.add_argument('--gold', required=True, help='folder of <name>.pdf + <name>.gold.json')
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument('--pred', help="the pipeline's output folder (documents/<id>.json)")
    src.add_argument('--peer-text', dest='peer', help='folder of <name>.txt from another extractor')
    ap.add_argument('--json', help='write every figure, per document and aggregate, here')
    ap.add_argument('--doc', help='score only this document (gold name or its id)')
    ap.add_argument('--verbose', '-v', action='store_true', help='list what was missed / spurious')
    ap.add_argument('--jobs', '-j', type=int, default=os.cpu_count() or 1,
                    help='documents scored at a time (default: number of cores)')
    args = ap.parse_args(argv)
    if not os.path.isdir(args.gold):
        ap.error(f'no gold folder {args.gold}')
    names = gold_names(args.gold)
    if args.doc:
        names = [n for n in names if args.doc in (n, slug(n))]
        if not names:
            ap.error(f'no gold document {args.doc}')
    peer = args.peer is not None
    jobs = []
    if peer:
        for n in names:
            f = os.path.join(args.peer, n + '.txt')
            jobs.append((n, os.path.join(args.gold, n + '.gold.json'), f if os.path.isfile(f) else None, True))
    else:
        by_path, by_id = index_predictions(args.pred)
        for n in names:
            f = by_path.get(n + '.pdf') or by_id.get(slug(n))
            jobs.append((n, os.path.join(args.gold, n + '.gold.json'), f, False))
    workers = max(1, min(args.jobs, len(jobs)))
    if workers > 1:
        # Longest documents first keeps both cores busy to the end; order restored below.
        order = sorted(range(len(jobs)), key=lambda k: -os.path.getsize(jobs[k][1]))
        with multiprocessing.Pool(workers) as pool:
            results = pool.map(score_document, [jobs[k] for k in order], chunksize=1)
        docs = [None] * len(jobs)
        for k, r in zip(order, results):
            docs[k] = r
    else:
        docs = [score_document(j) for j in jobs]
    metrics = report.metric_names(peer)
    macro = report.macro(docs, metrics)
    missing = [d['name'] for d in docs if d['status'] == 'missing']
    print(report.table(docs, metrics, macro))
    if args.verbose:
        print(report.verbose(docs, missing))
    if args.json:
        report.write_json(args.json, {
            'mode': 'peer-text' if peer else 'pred', 'gold': args.gold, 'pred': args.pred,
            'peer_text': args.peer, 'metrics': metrics, 'documents': docs, 'macro': macro,
            'missing': missing, 'extensions': list(report.EXTENSIONS)})
    return 0


if __name__ == '__main__':
    sys.exit(main())
