#!/usr/bin/env python3
"""Makes a stress set for the agreement check: perturbed copies of gold records as predictions.

  perturb.py --gold DIR [--gold DIR ...] --out TMP [--variants N] [--seed S]

Writes TMP/gold/<name>-vK.gold.json (+ the .pdf link) and TMP/pred/documents/<name>-vK.json,
each prediction a gold record damaged at random (blocks dropped, merged, split, re-kinded,
words changed, furniture and hyphens leaked; events, sessions, speakers, items, statements
edited), so that `agree.py --gold TMP/gold --pred TMP/pred` exercises every metric away
from 1.0.  Deterministic for a seed.
"""
import argparse
import copy
import json
import os
import random


def mutate_text(rng, s, rate):
    words = s.split()
    out = []
    for w in words:
        r = rng.random()
        if r < rate * 0.3:
            continue
        if r < rate * 0.5:
            w = w.upper() if rng.random() < 0.5 else w + rng.choice([',', '.', ';'])
        elif r < rate * 0.7 and len(w) > 5:
            k = rng.randrange(2, len(w) - 2)
            w = w[:k] + '- ' + w[k:]
        elif r < rate:
            w = rng.choice(['zorb', 'the', 'of', 'Migration', 'M.', '12'])
        out.append(w)
    return ' '.join(out)


def perturb(rng, rec, name):
    p = copy.deepcopy(rec)
    p.pop('notes', None)
    p['id'] = name
    p['source']['path'] = f'/x/{name}.pdf'
    level = rng.choice([0.02, 0.1, 0.3, 0.6])
    if rng.random() < 0.15:
        p['doc_type'] = 'other'
    if rng.random() < 0.1:
        p['language'] = 'xx'
    if rng.random() < 0.2:
        p['source']['pages'] = rng.choice([0, 1, 3])
    blocks = []
    furniture = [b['text'] for b in p['blocks'] if b['kind'] == 'furniture']
    for b in p['blocks']:
        r = rng.random()
        if r < level * 0.2:
            continue
        b = dict(b)
        if b['kind'] == 'furniture' and rng.random() < level:
            b['kind'] = 'paragraph'
        if r < level * 0.4 and blocks and blocks[-1]['kind'] == b['kind']:
            blocks[-1]['text'] += ' ' + b['text']
            continue
        if rng.random() < level * 0.3:
            b['kind'] = rng.choice(['heading', 'paragraph', 'list_item', 'table_cell', 'footnote'])
        if rng.random() < level:
            b['text'] = mutate_text(rng, b['text'], level * 0.5)
        if furniture and rng.random() < level * 0.1:
            b['text'] = b['text'] + ' ' + rng.choice(furniture)
        if rng.random() < level * 0.1:
            words = b['text'].split()
            k = len(words) // 2
            blocks.append(dict(b, text=' '.join(words[:k])))
            b['text'] = ' '.join(words[k:])
        blocks.append(b)
    if rng.random() < level:
        blocks.append({'id': 'x1', 'page': 2, 'kind': 'paragraph', 'text': rng.choice(['- 3 -', '3', 'Page 3 of 9', 'iv'])})
    p['blocks'] = blocks
    for e in p['events']:
        if rng.random() < level:
            e['slug'] = 'p-' + e['slug']
        for f in ('year', 'start_date', 'end_date', 'city'):
            if rng.random() < level * 0.5:
                e[f] = {'year': 2000, 'start_date': '2000-01-01', 'end_date': '2000-01-02',
                        'city': rng.choice(['Paris', 'GENEVE', 'geneva'])}[f]
    if rng.random() < level * 0.5 and p['events']:
        p['events'].append(dict(p['events'][0], slug='extra'))
    slugs = {}
    for e in p['events']:
        slugs[e['slug'].removeprefix('p-')] = e['slug']
    sessions = []
    for s in p['sessions']:
        if rng.random() < level * 0.3:
            continue
        s = dict(s)
        if rng.random() < level:
            s['title'] = mutate_text(rng, s['title'], 0.4)
        if rng.random() < level * 0.5:
            s['kind'] = rng.choice(['session', 'panel', 'other'])
        if rng.random() < level * 0.5 and s.get('start'):
            s['start'] = s['start'].lstrip('0') if rng.random() < 0.5 else '23:59'
        if s.get('event'):
            s['event'] = slugs.get(s['event'], s['event'])
        if rng.random() < level * 0.5:
            s['id'] = 'q' + s['id']
        sessions.append(s)
    p['sessions'] = sessions
    ids = {s['id'].lstrip('q'): s['id'] for s in sessions}
    speakers = []
    for sp in p['speakers']:
        if rng.random() < level * 0.3:
            continue
        sp = dict(sp)
        r = rng.random()
        if r < level * 0.3:
            sp['name'] = sp['name'].split()[-1]
        elif r < level * 0.5:
            sp['name'] = rng.choice(['M.', 'Mme', 'H.E. Mr', 'Dr.', 'Sra.']) + ' ' + sp['name']
        if rng.random() < level * 0.4:
            sp['role'] = rng.choice(['speaker', 'moderator', 'presenter'])
        sp['session'] = ids.get(sp.get('session'), sp.get('session'))
        if rng.random() < level * 0.3:
            sp['session'] = 'nope'
        if rng.random() < level and sp.get('function'):
            sp['function'] = mutate_text(rng, sp['function'], 0.4)
        if rng.random() < level * 0.3:
            for f in ('organization', 'country'):
                if sp.get(f):
                    sp[f] = mutate_text(rng, sp[f], 0.5)
        speakers.append(sp)
        if rng.random() < level * 0.2:
            speakers.append(dict(sp))
    rng.shuffle(speakers) if rng.random() < level else None
    p['speakers'] = speakers
    for kind in ('key_messages', 'recommendations'):
        items = []
        for it in p[kind]:
            if rng.random() < level * 0.3:
                continue
            it = dict(it)
            if rng.random() < level * 0.3:
                it['title'] = ''
            elif rng.random() < level:
                it['title'] = mutate_text(rng, it['title'], 0.4)
            if rng.random() < level:
                it['text'] = mutate_text(rng, it['text'], level * 0.4)
            items.append(it)
        p[kind] = items
    statements = []
    for st in p['statements']:
        if rng.random() < level * 0.3:
            continue
        st = dict(st)
        if rng.random() < level * 0.5:
            st['speaker'] = st['speaker'].split()[-1]
        if rng.random() < level:
            st['text'] = mutate_text(rng, st['text'], level * 0.3)
        statements.append(st)
    p['statements'] = statements
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gold', action='append', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--variants', type=int, default=4)
    ap.add_argument('--seed', default='agree')
    args = ap.parse_args()
    gdir = os.path.join(args.out, 'gold')
    pdir = os.path.join(args.out, 'pred', 'documents')
    os.makedirs(gdir, exist_ok=True)
    os.makedirs(pdir, exist_ok=True)
    for folder in args.gold:
        for f in sorted(os.listdir(folder)):
            if not f.endswith('.gold.json'):
                continue
            stem = f[:-len('.gold.json')]
            rec = json.load(open(os.path.join(folder, f), encoding='utf-8'))
            for k in range(args.variants):
                name = f'{stem}-v{k}'
                rng = random.Random(f'{args.seed}:{name}')
                json.dump(rec, open(os.path.join(gdir, name + '.gold.json'), 'w'), ensure_ascii=False)
                json.dump(perturb(rng, rec, name), open(os.path.join(pdir, name + '.json'), 'w'),
                          ensure_ascii=False)


if __name__ == '__main__':
    main()
