#!/usr/bin/python3
"""Checks a summary.xlsx against the document records it was written from.

Usage: check_workbook.py SUMMARY_XLSX DOCUMENTS_DIR [--run RUN_JSON] [--people PEOPLE_JSON]

DOCUMENTS_DIR is OUT/documents (one <doc-id>.json per record). RUN_JSON and PEOPLE_JSON default
to DOCUMENTS_DIR/../run.json and DOCUMENTS_DIR/../people.json when those exist. Exit status: 0 all checks passed, 1 some failed
(each is printed), 2 usage error or unreadable input.

Run it with /usr/bin/python3: Debian's python3-openpyxl lives there, and a `python3` earlier on
PATH (pyenv) may not have it.
"""

import argparse
import datetime
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

try:
    import openpyxl
except ImportError:  # pragma: no cover - environment problem, not a check failure
    sys.stderr.write("check_workbook.py: openpyxl is missing; run it with /usr/bin/python3\n")
    sys.exit(2)

MAX_CELL_CHARS = 32767  # Excel's limit, in UTF-16 code units
MAX_SHEET_NAME = 31

# Every sheet, in workbook order, with its header row.
HEADERS = {
    "Overview": ["Item", "Value"],
    "Documents": ["Document", "File", "Status", "Error", "Type", "Language", "Title", "Pages",
                  "Blocks", "Key messages", "Recommendations", "Speakers", "Statements"],
    "Workshops": ["Workshop", "Title", "Theme", "Year", "Start", "End", "City", "Venue",
                  "Documents", "Sessions", "Speakers"],
    "Sessions": ["Workshop", "Document", "Session", "Day", "Date", "Start", "End", "Kind", "Title",
                 "Venue", "Description", "Questions", "Page"],
    "Speakers": ["Workshop", "Day", "Date", "Time", "Session", "Role", "Person", "Honorific",
                 "Name", "Function", "Organisation", "Country", "Note", "Document", "Page",
                 "Also in"],
    "People": ["Person", "Name", "Honorific", "Spellings", "Appearances", "In programmes",
               "Statements", "Workshops", "Documents", "Roles", "Function", "First document",
               "Page"],
    "Statistics": None,  # "Measure", then one column for the run and one per workshop
    "Key messages": ["Document", "Workshop", "Number", "Title", "Text", "Blocks", "Page"],
    "Recommendations": ["Document", "Workshop", "Number", "Title", "Text", "Blocks", "Page"],
    "Statements": ["Document", "Workshop", "Speaker", "Function", "Text", "Block", "Page"],
    "Blocks": ["Document", "Block", "Page", "Kind", "Level", "Label", "Confidence", "Text"],
    "Warnings": ["Document", "Page", "Severity", "Message"],
}
# The second table of the Overview sheet: counts per document.
OVERVIEW_DOCUMENTS = ["Document", "Status", "Pages", "Workshops", "Sessions", "Speakers",
                      "Key messages", "Recommendations", "Statements", "Blocks", "Warnings",
                      "Error"]
OVERVIEW_ITEMS = ["Started", "Finished", "Version", "Inputs", "Documents ok", "Documents failed",
                  "Documents skipped", "Warnings"]
NUMERIC_COLUMNS = {
    "Documents": ["Pages", "Blocks", "Key messages", "Recommendations", "Speakers", "Statements"],
    "Workshops": ["Year", "Sessions", "Speakers"],
    "Sessions": ["Day", "Page"],
    "Speakers": ["Day", "Page"],
    "People": ["Appearances", "In programmes", "Statements", "Documents", "Page"],
    "Key messages": ["Number", "Page"],
    "Recommendations": ["Number", "Page"],
    "Statements": ["Page"],
    "Blocks": ["Page", "Level", "Confidence"],
    "Warnings": ["Page"],
}
# Columns holding real dates (datetime values) and times of day (time values).
DATE_COLUMNS = {"Workshops": ["Start", "End"], "Sessions": ["Date"], "Speakers": ["Date"]}
TIME_COLUMNS = {"Sessions": ["Start", "End"], "Speakers": ["Time"]}
# Sheet -> record list whose items are its rows (one row per item, records in order).
# (Speakers: one row per person and session, however many documents list them: checked apart.)
ROWS_PER_ITEM = {"Sessions": "sessions", "Key messages": "key_messages",
                 "Recommendations": "recommendations", "Statements": "statements",
                 "Blocks": "blocks"}
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


# The one formula a workbook may hold: a page link of the Blocks sheet, =HYPERLINK("url",N),
# made by the program from a percent-encoded path (pieces of 255 characters joined by &), never
# from a PDF's text.
PAGE_LINK_FORMULA = re.compile(r'=HYPERLINK\(((?:"[^"]*"&)*"[^"]*"),([0-9]+)\)')
PAGE_LINK_SHEETS = {"Blocks"}


def page_link_formula(value):
    """(url, page) of a page-link formula, else None."""
    match = PAGE_LINK_FORMULA.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    return "".join(re.findall(r'"([^"]*)"', match.group(1))), int(match.group(2))


def shown(cell):
    """What |cell| shows: a page-link formula's page, else the cell's value."""
    link = page_link_formula(cell.value) if cell.data_type == "f" else None
    return link[1] if link else cell.value


def rows_as_dicts(ws, headers, min_row=2, max_row=None):
    out = []
    for row in ws.iter_rows(min_row=min_row, max_row=max_row):
        values = [shown(cell) for cell in row[: len(headers)]]
        if all(v is None for v in values):
            continue  # the empty row of a table without data
        out.append((row, dict(zip(headers, values))))
    return out


def table_rows(ws, name, headers):
    """The data rows of table |name| of |ws| (its header row checked against |headers|)."""
    table = ws.tables.get(name)
    if table is None:
        return None
    first, last = table.ref.split(":")
    top = int(re.sub(r"[A-Z]+", "", first))
    bottom = int(re.sub(r"[A-Z]+", "", last))
    return rows_as_dicts(ws, headers, min_row=top + 1, max_row=bottom)


def is_date(value):
    return isinstance(value, datetime.datetime)


def is_time(value):
    return isinstance(value, datetime.time) or (
        isinstance(value, datetime.datetime) and value.date() == datetime.date(1899, 12, 30))


def parse_date(text):
    try:
        return datetime.datetime.strptime(text or "", "%Y-%m-%d")
    except ValueError:
        return None


def check_raw_xml(c, xlsx):
    """No formula element anywhere in the sheets: PDF text must never become a formula."""
    with zipfile.ZipFile(xlsx) as z:
        bad = z.testzip()
        c.check(bad is None, f"zip member {bad} is corrupt")
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet") and name.endswith(".xml"):
                xml = z.read(name).decode("utf-8")
                # Page links (checked cell by cell in check_sheet_shape) aside.
                xml = re.sub(r'<f>HYPERLINK\((?:"[^"<&]*"&amp;)*"[^"<&]*",[0-9]+\)</f>', "", xml)
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
    if HEADERS.get(name) is not None:
        c.check(header == HEADERS[name], f"{name}: header row {header} != {HEADERS[name]}")
    check_print_setup(c, ws)
    c.check(ws.freeze_panes == "A2", f"{name}: header row not frozen (freeze_panes="
                                     f"{ws.freeze_panes!r})")
    tables = sorted(ws.tables.values(), key=lambda t: int(re.sub(r"[A-Z:].*", "",
                                                                   t.ref[1:]) or 0))
    expected = {"Overview": 2, "Statistics": 6}.get(name, 1)
    if c.check(len(tables) == expected, f"{name}: {len(tables)} tables, expected {expected}"):
        table = tables[0]
        c.check(table.ref.startswith("A1:"), f"{name}: table starts at {table.ref}")
        columns = [col.name for col in table.tableColumns]
        c.check(columns == header, f"{name}: table columns {columns} != header {header}")
        for t in tables:
            c.check(all(not col.calculatedColumnFormula for col in t.tableColumns),
                    f"{name}: table {t.name} has a column formula")
        c.check(all(t.name.startswith("tbl") for t in tables), f"{name}: table names "
                f"{[t.name for t in tables]}")
    for row in ws.iter_rows():
        for cell in row:
            c.check(cell.data_type != "f" or (
                name in PAGE_LINK_SHEETS and cell.column <= len(header)
                and header[cell.column - 1] == "Page"
                and page_link_formula(cell.value) is not None),
                    f"{name}!{cell.coordinate}: is a formula")
            if isinstance(cell.value, str):
                c.check(utf16_length(cell.value) <= MAX_CELL_CHARS,
                        f"{name}!{cell.coordinate}: over {MAX_CELL_CHARS} characters")
                if cell.value.startswith("=") and cell.data_type != "f":  # formulas: above
                    c.check(cell.data_type == "s",
                            f"{name}!{cell.coordinate}: {cell.value[:20]!r} is not a string")
    for column in NUMERIC_COLUMNS.get(name, []):
        if column not in header:
            continue
        col = header.index(column)
        for row in ws.iter_rows(min_row=2):
            value = shown(row[col])
            c.check(value is None or (isinstance(value, (int, float))
                                      and not isinstance(value, bool)),
                    f"{name}!{row[col].coordinate}: {column} {value!r} is not a number")
    for column in DATE_COLUMNS.get(name, []):
        col = header.index(column)
        for row in ws.iter_rows(min_row=2):
            value = row[col].value
            c.check(value is None or is_date(value) or parse_date(value) is None,
                    f"{name}!{row[col].coordinate}: {column} {value!r} is a date written as text")
            if is_date(value):
                c.check(value.time() == datetime.time(0) and row[col].is_date,
                        f"{name}!{row[col].coordinate}: {column} {value!r} is not a plain date")
    for column in TIME_COLUMNS.get(name, []):
        col = header.index(column)
        for row in ws.iter_rows(min_row=2):
            value = row[col].value
            c.check(value is None or is_time(value)
                    or not re.fullmatch(r"[0-2][0-9]:[0-5][0-9]", str(value)),
                    f"{name}!{row[col].coordinate}: {column} {value!r} is a time written as text")
    if "Page" in header:
        check_page_links(c, ws, header.index("Page"))
    return header


def check_print_setup(c, ws):
    """Printed as organisers hand sheets on: landscape, one page wide, header row repeated."""
    name = ws.title
    c.check(ws.page_setup.orientation == "landscape", f"{name}: not printed landscape")
    c.check(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
            and ws.page_setup.fitToWidth in (1, "1", None) and ws.page_setup.fitToHeight in (0, "0"),
            f"{name}: not fitted to one page wide (fitToWidth={ws.page_setup.fitToWidth!r}, "
            f"fitToHeight={ws.page_setup.fitToHeight!r})")
    c.check(ws.print_title_rows in ("1:1", "$1:$1"),
            f"{name}: header row not repeated on every page ({ws.print_title_rows!r})")


def is_local_link(target):
    """A link to a PDF that travels: relative (no scheme), or file:///, or under --link-base."""
    return bool(target) and (target.startswith("file:///") or re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) is None
                             or target.startswith(("http://", "https://")))


def check_page_links(c, ws, col):
    """Every page cell links to that page of the PDF: a relative URL (or file:///, or one under
    --link-base) whose location (or fragment) is page=N."""
    for row in ws.iter_rows(min_row=2):
        cell = row[col]
        page = shown(cell)
        if not isinstance(page, int) or page <= 0:
            continue
        where = f"{ws.title}!{cell.coordinate}"
        formula = page_link_formula(cell.value) if cell.data_type == "f" else None
        if formula is not None:
            target, location = formula[0], None
        else:
            link = cell.hyperlink
            if not c.check(link is not None, f"{where}: page {page} has no link"):
                continue
            target, location = link.target or "", link.location
        c.check(is_local_link(target) and target.lower().split("#")[0].endswith(".pdf"),
                f"{where}: link {target!r} is not a link to a PDF")
        c.check(target.endswith(f"#page={page}") or location == f"page={page}",
                f"{where}: link {target!r} location {location!r} is not page={page}")


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
            page_cell = row[HEADERS["Blocks"].index("Page")]
            if block.get("page", 0) > 0:
                link = page_link_formula(page_cell.value)
                c.check(link is not None and is_local_link(link[0]),
                        f"{where}: page {page_cell.value!r} is not a HYPERLINK to the PDF")
    for doc_id in by_document:
        c.check(doc_id in records, f"Blocks: rows for {doc_id}, which has no record")


def check_counts(c, workbook, records, run, people):
    """One row per item: the row counts of the sheets match the records, run.json and
    people.json."""
    for sheet, key in ROWS_PER_ITEM.items():
        rows = rows_as_dicts(workbook[sheet], HEADERS[sheet])
        expected = sum(len(r.get(key, [])) for r in records.values())
        c.check(len(rows) == expected, f"{sheet}: {len(rows)} rows, the records have {expected}")
    slugs = {e["slug"] for r in records.values() for e in r.get("events", []) if e.get("slug")}
    workshops = rows_as_dicts(workbook["Workshops"], HEADERS["Workshops"])
    c.check(sorted(v["Workshop"] for _, v in workshops) == sorted(slugs),
            f"Workshops: rows {[v['Workshop'] for _, v in workshops]} != events {sorted(slugs)}")
    # The counts of a workshop are those of its merged programme: its rows in Speakers.
    speakers = rows_as_dicts(workbook["Speakers"], HEADERS["Speakers"])
    for _, v in workshops:
        rows = sum(1 for _, s in speakers if s["Workshop"] == v["Workshop"])
        c.check(v["Speakers"] == rows,
                f"Workshops: {v['Workshop']} Speakers {v['Speakers']!r} != {rows} Speakers rows")
    if people is not None:
        rows = rows_as_dicts(workbook["People"], HEADERS["People"])
        c.check([v["Person"] for _, v in rows] == [p["id"] for p in people],
                f"People: {len(rows)} rows, people.json has {len(people)} persons (or the ids "
                f"differ)")
        for (_, values), person in zip(rows, people):
            c.check(values["Appearances"] == len(person.get("appearances", [])),
                    f"People: {person['id']} Appearances {values['Appearances']!r}")
    if run is not None:
        warnings = rows_as_dicts(workbook["Warnings"], HEADERS["Warnings"])
        failed = [d for d in run.get("documents", []) if d.get("status") in ("failed", "skipped")]
        expected = len(run.get("warnings", [])) + len(failed)
        c.check(len(warnings) == expected,
                f"Warnings: {len(warnings)} rows, run.json has {expected} warnings and failures")


def check_overview(c, ws, records, run):
    items = table_rows(ws, "tblOverview", HEADERS["Overview"])
    documents = table_rows(ws, "tblOverviewDocuments", OVERVIEW_DOCUMENTS)
    if not c.check(items is not None and documents is not None,
                   f"Overview: tables {list(ws.tables.keys())}"):
        return
    values = {v["Item"]: v["Value"] for _, v in items}
    c.check(list(values) == OVERVIEW_ITEMS, f"Overview: items {list(values)}")
    for item in ("Started", "Finished"):
        # A date-time with SOURCE_DATE_EPOCH; else a note saying the times are in run.json.
        value = values.get(item)
        c.check(is_date(value) or (isinstance(value, str) and "run.json" in value),
                f"Overview: {item} {value!r} is neither a date-time nor a pointer to run.json")

    header = [cell.value for cell in ws[documents[0][0][0].row - 1]][: len(OVERVIEW_DOCUMENTS)] \
        if documents else OVERVIEW_DOCUMENTS
    c.check(header == OVERVIEW_DOCUMENTS, f"Overview: documents header {header}")
    if run is None:
        return
    statuses = [d.get("status") for d in run.get("documents", [])]
    c.check(values.get("Inputs") == run.get("inputs"), f"Overview: Inputs {values.get('Inputs')}")
    for status in ("ok", "failed", "skipped"):
        c.check(values.get(f"Documents {status}") == statuses.count(status),
                f"Overview: Documents {status} {values.get(f'Documents {status}')!r}")
    c.check(values.get("Warnings") == len(run.get("warnings", [])),
            f"Overview: Warnings {values.get('Warnings')!r}")
    c.check([v["Document"] for _, v in documents] == [d["id"] for d in run.get("documents", [])],
            "Overview: document rows do not follow run.json")
    for _, v in documents:
        record = records.get(v["Document"])
        if record is None or v["Status"] != "ok":
            continue
        for column, key in [("Sessions", "sessions"), ("Speakers", "speakers"),
                            ("Key messages", "key_messages"), ("Blocks", "blocks")]:
            c.check(v[column] == len(record.get(key, [])),
                    f"Overview: {record['id']} {column} = {v[column]!r}")


def check_sessions(c, ws, records):
    rows = rows_as_dicts(ws, HEADERS["Sessions"])
    expected = [(r["id"], s) for r in records.values() for s in r.get("sessions", [])]
    for (_, values), (doc_id, session) in zip(rows, expected):
        where = f"Sessions: {doc_id}/{session['id']}"
        c.check((values["Document"], values["Session"]) == (doc_id, session["id"]),
                f"{where}: row is {values['Document']}/{values['Session']}")
        date = parse_date(session.get("date"))
        if date is not None:
            c.check(values["Date"] == date, f"{where}: date {values['Date']!r} != {date}")
        title = unescape(values["Title"] or "")
        c.check(title == session.get("title", ""), f"{where}: title {title!r}")


def check_speakers_order(c, ws):
    rows = rows_as_dicts(ws, HEADERS["Speakers"])

    def key(values):
        time = values["Time"]
        if isinstance(time, datetime.datetime):
            time = time.time()
        return (values["Workshop"] is None, values["Workshop"] or "",
                values["Day"] if isinstance(values["Day"], int) else 1 << 30,
                not isinstance(time, datetime.time),
                time if isinstance(time, datetime.time) else datetime.time(0),
                0 if values["Role"] == "moderator" else 1)

    keys = [key(v) for _, v in rows]
    c.check(keys == sorted(keys),
            "Speakers: rows not ordered by workshop, day, time, role (moderator first)")


def check_speakers_rows(c, ws, records):
    """One row per person and session: no (workshop, session, name) twice, and every programme
    entry of the records is there (as a row with its name)."""
    rows = rows_as_dicts(ws, HEADERS["Speakers"])
    keys = [(v["Workshop"], v["Day"], str(v["Time"]), v["Session"], v["Name"]) for _, v in rows]
    c.check(len(keys) == len(set(keys)), "Speakers: a person is listed twice for a session")
    def fold(text):
        plain = unicodedata.normalize("NFKD", text or "")
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
        return " ".join(re.findall(r"\w+", plain))

    names = {fold(v["Name"]) for _, v in rows}
    # An entry another document already gives (an OCR-misread name of a scan) is that row's
    # "Also in" source.
    also = " ".join(v["Also in"] or "" for _, v in rows)
    for record in records.values():
        for sp in record.get("speakers", []):
            c.check(fold(sp.get("name")) in names or record["id"] in also,
                    f"Speakers: {sp.get('name')!r} of {record['id']} missing")
    people_rows = {}
    for n, (_, v) in enumerate(rows_as_dicts(ws.parent["People"], HEADERS["People"])):
        people_rows[v["Person"]] = n + 2
    col = HEADERS["Speakers"].index("Person")
    for row in ws.iter_rows(min_row=2):
        cell = row[col]
        if cell.value in people_rows:
            link = cell.hyperlink
            c.check(link is not None and link.location == f"People!A{people_rows[cell.value]}",
                    f"Speakers!{cell.coordinate}: person {cell.value} does not link to People")


def check_statistics(c, ws):
    """The Statistics sheet: figures for the run and each workshop, and charts of them."""
    header = [cell.value for cell in ws[1]]
    c.check(header[:2] == ["Measure", "Run"], f"Statistics: header {header[:2]}")
    c.check(len(ws._charts) >= 1, "Statistics: no chart")


def check_speakers_workbook(c, path):
    """A workshop's speakers.xlsx: real dates and times, print setup, People and Statistics with
    a chart."""
    wb = openpyxl.load_workbook(path)
    where = str(path)
    c.check(len(wb.sheetnames) == 3, f"{where}: sheets {wb.sheetnames}")
    for ws in wb.worksheets:
        check_print_setup(c, ws)
    speakers = wb.worksheets[0]
    c.check(len(wb.worksheets[2]._charts) >= 1, f"{where}: no chart on {wb.sheetnames[2]}")
    rows = list(speakers.iter_rows(min_row=2))
    for row in rows:
        date, start, end = row[1], row[2], row[3]
        c.check(date.value is None or (is_date(date.value) and date.is_date),
                f"{where}!{date.coordinate}: date {date.value!r} is not a real date")
        for cell in (start, end):
            c.check(cell.value is None or is_time(cell.value),
                    f"{where}!{cell.coordinate}: time {cell.value!r} is not a real time")
        for col in (4, 9):  # Session, Function
            if row[col].value:
                c.check(bool(row[col].alignment.wrap_text),
                        f"{where}!{row[col].coordinate}: long text not wrapped")
    keys = [(r[0].value, str(r[2].value), r[4].value, r[8].value) for r in rows]
    c.check(len(keys) == len(set(keys)), f"{where}: a person is listed twice for a session")

def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("summary")
    parser.add_argument("documents")
    parser.add_argument("--run", help="run.json (default: DOCUMENTS/../run.json if present)")
    parser.add_argument("--people",
                        help="people.json (default: DOCUMENTS/../people.json if present)")
    args = parser.parse_args(argv)

    run_path = Path(args.run) if args.run else Path(args.documents).parent / "run.json"
    people_path = Path(args.people) if args.people else Path(args.documents).parent / "people.json"
    try:
        records = load_records(args.documents)
        run = None
        if run_path.exists():
            with open(run_path, encoding="utf-8") as f:
                run = json.load(f)
        # The workbook lists the records in the run's order (by input path), not by id.
        if run is not None:
            order = {d["id"]: n for n, d in enumerate(run.get("documents", []))}
            records = dict(sorted(records.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
        people = None
        if people_path.exists():
            with open(people_path, encoding="utf-8") as f:
                people = json.load(f)["people"]
        workbook = openpyxl.load_workbook(args.summary)  # not read-only: tables and links
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
        sys.stderr.write(f"check_workbook.py: {error}\n")
        return 2

    c = Checker()
    check_raw_xml(c, args.summary)
    c.check(workbook.sheetnames == list(HEADERS),
            f"sheets {workbook.sheetnames} != {list(HEADERS)}")
    headers = {ws.title: check_sheet_shape(c, ws) for ws in workbook.worksheets}
    if all(header is None or headers.get(name) == header for name, header in HEADERS.items()):
        check_counts(c, workbook, records, run, people)
        check_overview(c, workbook["Overview"], records, run)
        check_documents(c, workbook["Documents"], records, run)
        check_sessions(c, workbook["Sessions"], records)
        check_speakers_order(c, workbook["Speakers"])
        check_speakers_rows(c, workbook["Speakers"], records)
        check_statistics(c, workbook["Statistics"])
    # Every workshop's speakers.xlsx beside the summary.
    for path in sorted(Path(args.summary).parent.glob("workshops/*/speakers.xlsx")):
        check_speakers_workbook(c, path)
    check_blocks(c, workbook["Blocks"], records)

    for failure in c.failures:
        print(f"FAIL {failure}")
    print(f"check_workbook.py: {args.summary}: {len(workbook.sheetnames)} sheets, "
          f"{len(records)} records, {len(c.failures)} failures")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
