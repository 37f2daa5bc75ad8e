"""Output: the per-document table with its macro row, the verbose listing, the JSON file.

Column names and number formats follow the reference scorer's table so that numbers can be
read side by side; the extension metrics come last.
"""
import json

# (metric, column header); the reference scorer's metrics first, then our extensions.
COLUMNS = [
    ('doc_type', 'type'), ('language', 'lang'), ('events', 'event'), ('events_f1', 'evF1'),
    ('text_similarity', 'text'), ('furniture_leak', 'leak'), ('furniture_leak_rate', 'leak/p'),
    ('hyphen_leak', 'hyph'), ('footnote_recall', 'foot'), ('paragraph_f1', 'para'),
    ('sessions_f1', 'sess'), ('sessions_time_acc', 'sTime'), ('sessions_kind_acc', 'sKind'),
    ('speakers_name_f1', 'spkN'), ('speakers_role_f1', 'spkR'), ('speakers_session_f1', 'spkS'),
    ('function_similarity', 'func'), ('key_messages_f1', 'km'),
    ('key_messages_text_similarity', 'kmTxt'), ('recommendations_f1', 'rec'),
    ('recommendations_text_similarity', 'recTxt'), ('statements_speaker_f1', 'stSpk'),
    ('statements_f1', 'stmt'),
    # extensions (not in the reference scorer)
    ('events_city_acc', 'city'), ('speakers_organization_f1', 'spkOrg'),
    ('speakers_country_f1', 'spkCtry'),
]
EXTENSIONS = ('events_city_acc', 'speakers_organization_f1', 'speakers_country_f1')
PEER_METRICS = ('text_similarity', 'furniture_leak', 'furniture_leak_rate', 'hyphen_leak',
                'footnote_recall', 'paragraph_f1')
COUNTS = ('furniture_leak', 'hyphen_leak')


def metric_names(peer):
    return [m for m, _ in COLUMNS if not peer or m in PEER_METRICS]


def macro(docs, metrics):
    """Mean over the documents where the metric applies (value not None)."""
    out = {}
    for m in metrics:
        vals = [d['metrics'].get(m) for d in docs if d['metrics'].get(m) is not None]
        out[m] = sum(vals) / len(vals) if vals else None
    return out


def _fmt(metric, value, is_macro=False):
    if value is None:
        return '—'
    if metric in COUNTS:
        return f'{value:.1f}' if is_macro else str(int(value))
    if metric == 'furniture_leak_rate':
        return f'{value:.2f}'
    return f'{value:.3f}'


def table(docs, metrics, macro_row):
    heads = dict(COLUMNS)
    width = max([len('Document'), len('macro avg')] + [len(d['name']) for d in docs]) + 1
    cols = [(m, max(5, len(heads[m]))) for m in metrics]
    lines = ['Document'.ljust(width) + ' '.join(heads[m].rjust(w) for m, w in cols)]
    for d in docs:
        row = d['name'].ljust(width) + ' '.join(_fmt(m, d['metrics'].get(m)).rjust(w) for m, w in cols)
        if d['status'] == 'missing':
            row += '  MISSING'
        lines.append(row)
    lines.append('-' * len(lines[0]))
    lines.append('macro avg'.ljust(width) + ' '.join(_fmt(m, macro_row.get(m), True).rjust(w)
                                                     for m, w in cols))
    lines.append('')
    lines.append('; '.join(f'{heads[m]}={m}' for m in metrics))
    return '\n'.join(lines)


def _short(text, width=160):
    text = str(text)
    return text if len(text) <= width else text[:width - 1] + '…'


def verbose(docs, missing):
    lines = []
    for d in docs:
        lines.append('')
        lines.append(f"== {d['name']}  ({d['file'] or 'no prediction'})")
        for section, groups in d['details'].items():
            for kind, items in groups.items():
                if items:
                    lines.append(f'  {section} {kind} ({len(items)}):')
                    lines.extend(f'      {_short(x)}' for x in items)
    if missing:
        lines.append('')
        lines.append(f"missing ({len(missing)}): {', '.join(missing)}")
    return '\n'.join(lines)


def write_json(path, result):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
