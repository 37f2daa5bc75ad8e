#!/usr/bin/python3
"""Checks a summary.xlsx against the document records it was written from.

Usage: check_workbook.py SUMMARY_XLSX DOCUMENTS_DIR [--run RUN_JSON]

DOCUMENTS_DIR is OUT/documents (one <doc-id>.json per record). RUN_JSON defaults to
DOCUMENTS_DIR/../run.json when that exists. Exit status: 0 all checks passed, 1 some failed
(each is printed), 2 usage error or unreadable input.

Run it with /usr/bin/python3: Debian's python3-openpyxl lives there, and a `python3` earlier on
PATH (pyenv) may not have it.
"""

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path

try:
    import openpyxl
except ImportError:  # pragma: no cover - environment problem, not a check failure
    sys.stderr.write("check_workbook.py: openpyxl is missing; run it with /usr/bin/python3\n")
    sys.exit(2)

MAX_CELL_CHARS = 32767  # Excel's limit, in UTF-16 code units
MAX_SHEET_NAME = 31

# Header rows of the sheets written so far; sheets added later only get the generic checks.
HEADERS = {
    "Documents": ["Document", "File", "Status", "Error", "Type", "Language", "Title", "Pages",
                  "Blocks", "Key messages", "Recommendations", "Speakers", "Statements"],
    "Blocks": ["Document", "Block", "Page", "Kind", "Level", "Label", "Confidence", "Text"],
}
NUMERIC_COLUMNS = {
    "Documents": ["Pages", "Blocks", "Key messages", "Recommendations", "Speakers", "Statements"],
    "Blocks": ["Page", "Level", "Confidence"],
}
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


class Checker:
    def __init__(self):
        self.failures = []

    def check(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition


def utf16_length(text):
    return len(text.encode("utf-16-le")) // 2


def unescape(text):
    """Undo Excel's _xHHHH_ escaping of control characters, if the reader left it in."""
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def load_records(documents_dir):
    records = {}
    for path in sorted(Path(documents_dir).glob("*.json")):
        with open(path, encoding="utf-8") as f:
            record = json.load(f)
        records[record["id"]] = record
    return records


def rows_as_dicts(ws, headers):
    out = []
    for row in ws.iter_rows(min_row=2):
        values = [cell.value for cell in row[: len(headers)]]
        if all(v is None for v in values):
            continue  # the empty row of a table without data
        out.append((row, dict(zip(headers, values))))
    return out


def check_raw_xml(c, xlsx):
    """No formula element anywhere in the sheets: PDF text must never become a formula."""
    with zipfile.ZipFile(xlsx) as z:
        bad = z.testzip()
        c.check(bad is None, f"zip member {bad} is corrupt")
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet") and name.endswith(".xml"):
                xml = z.read(name).decode("utf-8")
                c.check(re.search(r"<f[ >]", xml) is None, f"{name}: contains a formula")
                c.check(re.search(r"(<v>|width=\")-?[0-9]+,[0-9]", xml) is None,
                        f"{name}: a number is written with a decimal comma")


def check_sheet_shape(c, ws):
    name = ws.title
    c.check(len(name) <= MAX_SHEET_NAME, f"sheet name longer than 31 characters: {name!r}")
    header = [cell.value for cell in ws[1]]
    while header and header[-1] is None:
        header.pop()
    c.check(header and all(isinstance(h, str) and h for h in header),
            f"{name}: header row has empty cells: {header}")
    c.check(len(set(header)) == len(header), f"{name}: duplicate headers: {header}")
    if name in HEADERS:
        c.check(header == HEADERS[name], f"{name}: header row {header} != {HEADERS[name]}")
    c.check(ws.freeze_panes == "A2", f"{name}: header row not frozen (freeze_panes="
                                     f"{ws.freeze_panes!r})")
    tables = list(ws.tables.values())
    if c.check(len(tables) == 1, f"{name}: {len(tables)} tables, expected 1"):
        table = tables[0]
        c.check(table.ref.startswith("A1:"), f"{name}: table starts at {table.ref}")
        columns = [col.name for col in table.tableColumns]
        c.check(columns == header, f"{name}: table columns {columns} != header {header}")
        c.check(all(not col.calculatedColumnFormula for col in table.tableColumns),
                f"{name}: table column formula present")
    for row in ws.iter_rows():
        for cell in row:
            c.check(cell.data_type != "f", f"{name}!{cell.coordinate}: is a formula")
            if isinstance(cell.value, str):
                c.check(utf16_length(cell.value) <= MAX_CELL_CHARS,
                        f"{name}!{cell.coordinate}: over {MAX_CELL_CHARS} characters")
                if cell.value.startswith("="):
                    c.check(cell.data_type == "s",
                            f"{name}!{cell.coordinate}: {cell.value[:20]!r} is not a string")
    for column in NUMERIC_COLUMNS.get(name, []):
        if column not in header:
            continue
        col = header.index(column)
        for row in ws.iter_rows(min_row=2):
            value = row[col].value
            c.check(value is None or (isinstance(value, (int, float))
                                      and not isinstance(value, bool)),
                    f"{name}!{row[col].coordinate}: {column} {value!r} is not a number")
    return header


def check_documents(c, ws, records, run):
    rows = rows_as_dicts(ws, HEADERS["Documents"])
    ids = [values["Document"] for _, values in rows]
    c.check(len(set(ids)) == len(ids), "Documents: a document is listed twice")
    if run is not None:
        expected = [d["id"] for d in run.get("documents", [])]
        c.check(ids[: len(expected)] == expected,
                f"Documents: rows {ids} do not follow run.json documents {expected}")
        c.check(len(rows) == len(expected),
                f"Documents: {len(rows)} rows, run.json lists {len(expected)} documents")
        statuses = {d["id"]: d.get("status") for d in run.get("documents", [])}
        for _, values in rows:
            if values["Document"] in statuses:
                c.check(values["Status"] == statuses[values["Document"]],
                        f"Documents: {values['Document']} status {values['Status']!r} != "
                        f"{statuses[values['Document']]!r}")
    for doc_id in records:
        c.check(doc_id in ids, f"Documents: record {doc_id} has no row")
    for _, values in rows:
        record = records.get(values["Document"])
        if record is None or values["Status"] not in (None, "ok"):
            continue
        for column, key in [("Blocks", "blocks"), ("Key messages", "key_messages"),
                            ("Recommendations", "recommendations"), ("Speakers", "speakers"),
                            ("Statements", "statements")]:
            c.check(values[column] == len(record.get(key, [])),
                    f"Documents: {record['id']} {column} = {values[column]!r}, record has "
                    f"{len(record.get(key, []))}")
        c.check(values["Type"] == record.get("doc_type"),
                f"Documents: {record['id']} Type {values['Type']!r} != {record.get('doc_type')!r}")


def check_blocks(c, ws, records):
    rows = rows_as_dicts(ws, HEADERS["Blocks"])
    expected_total = sum(len(r.get("blocks", [])) for r in records.values())
    c.check(len(rows) == expected_total,
            f"Blocks: {len(rows)} rows, the records have {expected_total} blocks")
    by_document = {}
    for row, values in rows:
        by_document.setdefault(values["Document"], []).append((row, values))
    for doc_id, record in records.items():
        blocks = record.get("blocks", [])
        got = by_document.get(doc_id, [])
        c.check([v["Block"] for _, v in got] == [b["id"] for b in blocks],
                f"Blocks: {doc_id}: block ids differ from the record's (or their order)")
        for (row, values), block in zip(got, blocks):
            where = f"Blocks: {doc_id}/{block['id']}"
            c.check(values["Page"] == block.get("page"), f"{where}: page {values['Page']!r}")
            c.check(values["Kind"] == block.get("kind"), f"{where}: kind {values['Kind']!r}")
            confidence = block.get("confidence")
            if confidence is not None and confidence >= 0:
                c.check(values["Confidence"] is not None
                        and abs(values["Confidence"] - confidence) < 1e-6,
                        f"{where}: confidence {values['Confidence']!r} != {confidence}")
            text = block.get("text", "")
            shown = unescape(values["Text"] or "")
            if utf16_length(text) > MAX_CELL_CHARS:
                c.check(shown.endswith("\u2026") and text.startswith(shown[:-1]),
                        f"{where}: long text not cut to a prefix ending in '…'")
            else:
                c.check(shown == text, f"{where}: text differs from the record")
            link = row[HEADERS["Blocks"].index("Page")].hyperlink
            if link is not None:
                c.check((link.target or "").startswith("file:///"),
                        f"{where}: page link {link.target!r} is not a file:/// URL")
    for doc_id in by_document:
        c.check(doc_id in records, f"Blocks: rows for {doc_id}, which has no record")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("summary")
    parser.add_argument("documents")
    parser.add_argument("--run", help="run.json (default: DOCUMENTS/../run.json if present)")
    args = parser.parse_args(argv)

    run_path = Path(args.run) if args.run else Path(args.documents).parent / "run.json"
    try:
        records = load_records(args.documents)
        run = None
        if run_path.exists():
            with open(run_path, encoding="utf-8") as f:
                run = json.load(f)
        workbook = openpyxl.load_workbook(args.summary)  # not read-only: tables and links
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
        sys.stderr.write(f"check_workbook.py: {error}\n")
        return 2

    c = Checker()
    check_raw_xml(c, args.summary)
    for sheet in HEADERS:
        c.check(sheet in workbook.sheetnames, f"sheet {sheet} missing ({workbook.sheetnames})")
    c.check(len(set(workbook.sheetnames)) == len(workbook.sheetnames), "duplicate sheet names")
    headers = {ws.title: check_sheet_shape(c, ws) for ws in workbook.worksheets}
    if headers.get("Documents") == HEADERS["Documents"]:
        check_documents(c, workbook["Documents"], records, run)
    if headers.get("Blocks") == HEADERS["Blocks"]:
        check_blocks(c, workbook["Blocks"], records)

    for failure in c.failures:
        print(f"FAIL {failure}")
    print(f"check_workbook.py: {args.summary}: {len(workbook.sheetnames)} sheets, "
          f"{len(records)} records, {len(c.failures)} failures")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
