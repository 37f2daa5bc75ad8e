#!/usr/bin/env python3
"""The outputs of a run against the repository's JSON Schemas (schemas/).

  check_schemas.py --idmreport BIN --input PATH... [--expected DIR] [--contract FILE]

1. The three schemas are valid JSON Schema 2020-12, and schemas/document.schema.json extends
   the contract's (--contract, ../shared/contract/document.schema.json; skipped, saying so,
   when absent): every property, required field, type, enum, pattern and bound of the contract
   is in ours, the same or narrower.
2. A run over the inputs (`--ocr never`, so that scans and bad files fail and run.json shows
   failures): every documents/*.json against document.schema.json (and the contract's),
   run.json against run.schema.json, people.json against people.schema.json.
3. The committed expected records (--expected DIR/documents, OCR'd ones among them) against
   document.schema.json.
4. The schemas reject what they should: an unknown field, a lower-case country code, a
   failed document without its error.
Uses Debian's python3-jsonschema (re-run under /usr/bin/python3 when this Python lacks it).
"""
import argparse
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    if os.path.exists('/usr/bin/python3') and os.path.realpath(sys.executable) != '/usr/bin/python3':
        os.execv('/usr/bin/python3', ['/usr/bin/python3', *sys.argv])
    print('FAIL: python3-jsonschema is not installed (scripts/install-deps installs it)')
    sys.exit(1)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCHEMAS = os.path.join(ROOT, 'schemas')
CONTRACT = os.path.join(ROOT, '..', 'shared', 'contract', 'document.schema.json')


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def validator(schema):
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=jsonschema.FormatChecker())


def problems(v, instance, name):
    return [f'{name}: {"/".join(map(str, e.absolute_path)) or "(top)"}: {e.message}'
            for e in sorted(v.iter_errors(instance), key=lambda e: list(map(str, e.path)))]


def resolve(node, root):
    """|node| with a local $ref ("#/$defs/x") merged in."""
    while isinstance(node, dict) and '$ref' in node:
        target = root
        for part in node['$ref'].lstrip('#/').split('/'):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != '$ref'}}
    return node


def narrower(contract, ours, croot, oroot, path, out):
    """Appends to |out| every constraint of |contract| that |ours| drops or widens."""
    c, o = resolve(contract, croot), resolve(ours, oroot)
    for key, value in c.items():
        where = f'{path}: {key}'
        if key in ('description', 'title', '$schema', '$id', '$defs', 'additionalProperties'):
            continue
        if key in ('type', 'const', 'pattern', 'format'):
            if o.get(key) != value:
                out.append(f'{where} is {o.get(key)!r}, the contract says {value!r}')
        elif key == 'enum':
            if not set(o.get('enum', [])) <= set(value) or 'enum' not in o:
                out.append(f'{where}: {o.get("enum")} is not within {value}')
        elif key in ('minimum', 'minItems'):
            if o.get(key, float('-inf')) < value:
                out.append(f'{where}: {o.get(key)} is below {value}')
        elif key in ('maximum', 'maxItems'):
            if o.get(key, float('inf')) > value:
                out.append(f'{where}: {o.get(key)} is above {value}')
        elif key == 'required':
            missing = set(value) - set(o.get('required', []))
            if missing:
                out.append(f'{where}: {sorted(missing)} not required')
        elif key == 'properties':
            for name, sub in value.items():
                if name not in o.get('properties', {}):
                    out.append(f'{path}.{name}: missing')
                else:
                    narrower(sub, o['properties'][name], croot, oroot, f'{path}.{name}', out)
        elif key == 'items':
            narrower(value, o.get('items', {}), croot, oroot, f'{path}[]', out)
        else:
            out.append(f'{where}: keyword not compared (extend check_schemas.py)')


def rejects(v, instance, what):
    if v.is_valid(instance):
        return [f'the schema accepts {what}']
    return []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--idmreport', required=True)
    ap.add_argument('--input', required=True, nargs='+')
    ap.add_argument('--expected', help='a folder of expected outputs (DIR/documents/*.json)')
    ap.add_argument('--contract', default=CONTRACT)
    args = ap.parse_args()

    failures = []
    document = load(os.path.join(SCHEMAS, 'document.schema.json'))
    v_document = validator(document)
    v_run = validator(load(os.path.join(SCHEMAS, 'run.schema.json')))
    v_people = validator(load(os.path.join(SCHEMAS, 'people.schema.json')))
    v_contract = None
    if os.path.isfile(args.contract):
        contract = load(args.contract)
        v_contract = validator(contract)
        narrower(contract, document, contract, document, 'document', failures)
    else:
        print(f'note: {args.contract} is absent: the contract comparison is skipped')

    with tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, SOURCE_DATE_EPOCH='1700000000')
        proc = subprocess.run([args.idmreport, 'run', '--quiet', '--ocr', 'never', '--out', out,
                               '--input', *args.input], env=env, capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            print(f'FAIL: idmreport run exited {proc.returncode}: {proc.stderr}')
            return 1
        records = sorted(glob.glob(os.path.join(out, 'documents', '*.json')))
        for path in records:
            record = load(path)
            failures += problems(v_document, record, os.path.relpath(path, out))
            if v_contract:
                failures += problems(v_contract, record, os.path.relpath(path, out) + ' (contract)')
        run = load(os.path.join(out, 'run.json'))
        failures += problems(v_run, run, 'run.json')
        people = load(os.path.join(out, 'people.json'))
        failures += problems(v_people, people, 'people.json')
        statuses = {d.get('status') for d in run.get('documents', [])}
        if not records or not people.get('people') or 'failed' not in statuses:
            failures.append(f'the run should give records ({len(records)}), people '
                            f'({len(people.get("people", []))}) and failures ({statuses})')
        checked = len(records)

    if args.expected:
        for path in sorted(glob.glob(os.path.join(args.expected, 'documents', '*.json'))):
            failures += problems(v_document, load(path), os.path.relpath(path, ROOT))
            checked += 1

    # The schemas are strict where they should be.
    base = {'schema': 'idmreport/document/1', 'id': 'x', 'source': {
        'path': 'x.pdf', 'sha256': '0' * 64, 'pages': 1, 'ocr_pages': []},
        'doc_type': 'agenda', 'language': 'en', 'events': [], 'blocks': [], 'sessions': [],
        'speakers': [{'name': 'A B', 'role': 'speaker', 'session': 's01', 'country_code': 'PL'}],
        'key_messages': [], 'recommendations': [], 'statements': []}
    failures += problems(v_document, base, 'minimal record')
    bad = copy.deepcopy(base)
    bad['bogus'] = 1
    failures += rejects(v_document, bad, 'an unknown field')
    bad = copy.deepcopy(base)
    bad['speakers'][0]['country_code'] = 'pl'
    failures += rejects(v_document, bad, 'a lower-case country code')
    bad_run = copy.deepcopy(run)
    bad_run['documents'] = [{'id': 'x', 'path': 'x.pdf', 'status': 'failed', 'pages': 0,
                             'seconds': 0}]
    failures += rejects(v_run, bad_run, 'a failed document without its error')

    for f in failures:
        print('FAIL', f)
    if failures:
        return 1
    print(f'{checked} records, run.json and people.json valid against schemas/'
          + (' and the contract' if v_contract else ''))
    return 0


if __name__ == '__main__':
    sys.exit(main())
