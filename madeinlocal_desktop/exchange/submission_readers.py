"""What KoboToolbox and ODK Central export for the study's XLSForm, read into one neutral shape.

    read_submissions(path) -> SubmissionFile

* Kobo XLSX (`.xlsx`): the first sheet holds one row per submission, each repeat group a sheet
  of its own (named after the group), joined by `_index` (main sheet) and `_parent_index`.
* Kobo CSV (`.csv`): `;` or `,`, with or without a BOM; group paths joined by `/`
  (`shop/business`); `_uuid`, `_submission_time`; a select-multiple question may come with one
  0/1 summary column per option (`q/option`), which is skipped. Repeat groups are not in a
  Kobo CSV: `repeats_dropped` says so.
* ODK Central CSV zip (`.zip`): `FORM.csv` and one `FORM-GROUP.csv` per repeat, group paths
  joined by `-`, joined by `KEY`/`PARENT_KEY`; the instance id is `meta-instanceID`.

Every value is kept as text with the column it came from and its row, so that a refusal names
the place in the file a coordinator can open. Values are checked later (`submissions.py`).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain import rules
from ..errors import InvalidInput
from .xlsform import LINES

KOBO_XLSX, KOBO_CSV, ODK_ZIP = "kobo_xlsx", "kobo_csv", "odk_zip"
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}$")
# Where each tool puts the instance id, best first.
_INSTANCE_COLUMNS = ("meta/instanceID", "meta-instanceID", "instanceID", "KEY", "_uuid")


@dataclass
class Answers:
    """One row of a sheet: leaf question name → text, and the column each was read from."""

    sheet: str
    row: int  # as a spreadsheet shows it (the header is row 1)
    values: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def column(self, name: str) -> str:
        return self.columns.get(name, name)


@dataclass
class Submission:
    instance_id: str | None
    answers: Answers
    lines: list[Answers] = field(default_factory=list)


@dataclass
class SubmissionFile:
    kind: str
    name: str
    submissions: list[Submission]
    repeats_dropped: bool = False  # a CSV: the spending lines are not in it


def read_submissions(path: str | Path) -> SubmissionFile:
    path = Path(path)
    name = rules.shown(path.name, 80)
    if not path.exists():
        raise InvalidInput("interop.no_file", path=rules.shown(str(path), 200))
    if path.is_dir():
        raise InvalidInput("interop.is_folder", path=rules.shown(str(path), 200))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        found = _kobo_xlsx(path, name)
    elif suffix == ".csv":
        found = _kobo_csv(path.read_bytes(), name)
    elif suffix == ".zip":
        found = _odk_zip(path, name)
    else:
        raise InvalidInput("interop.unknown_kind", name=name)
    if not found.submissions:
        raise InvalidInput("interop.no_rows", name=name)
    return found


def instance_id(text: str | None) -> str | None:
    """`uuid:…` whichever way the tool wrote it (Kobo's `_uuid` has no prefix)."""
    if not text:
        return None
    text = text.strip()
    return f"uuid:{text}" if _UUID.match(text) else text


# -- tables of text -----------------------------------------------------------------------------

def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _leaves(header: list[str], separator: str) -> list[str | None]:
    """The question name of each column (None: skipped). A column `q/option` next to a
    column `q` is a select-multiple summary column."""
    names = set(header)
    leaves: list[str | None] = []
    for column in header:
        parent = column.rpartition(separator)[0]
        if parent and parent in names:
            leaves.append(None)
        elif column in _INSTANCE_COLUMNS[:2]:
            leaves.append("instanceID")
        else:
            leaves.append(column.rpartition(separator)[2] if separator in column else column)
    return leaves


def _rows(sheet: str, header: list[str], rows: Any, separator: str,
          first_row: int = 2) -> list[Answers]:
    leaves = _leaves(header, separator)
    found = []
    for number, row in enumerate(rows, start=first_row):
        answers = Answers(sheet, number)
        for leaf, column, value in zip(leaves, header, row, strict=False):
            text = cell_text(value)
            if leaf is None:
                continue
            answers.columns.setdefault(leaf, column)
            if text != "":
                answers.values.setdefault(leaf, text)
        if answers.values:
            found.append(answers)
    return found


def _instance(answers: Answers) -> str | None:
    for key in ("instanceID", "_uuid"):
        if answers.get(key):
            return instance_id(answers.get(key))
    return None


def _join(main: list[Answers], lines: list[Answers], key: str, parent_key: str,
          kind: str, name: str, dropped: bool = False) -> SubmissionFile:
    by_key = {}
    submissions = []
    for answers in main:
        submission = Submission(_instance(answers), answers)
        submissions.append(submission)
        if answers.get(key):
            by_key[answers.get(key)] = submission
    for line in lines:
        parent = by_key.get(line.get(parent_key) or "")
        if parent is None:
            raise InvalidInput("interop.orphan_line", sheet=line.sheet, row=line.row,
                               column=line.column(parent_key))
        parent.lines.append(line)
    return SubmissionFile(kind, name, submissions, repeats_dropped=dropped)


# -- Kobo XLSX ----------------------------------------------------------------------------------

def _kobo_xlsx(path: Path, name: str) -> SubmissionFile:
    from .xlsx_reader import NotAWorkbook, read_workbook

    try:
        workbook = read_workbook(path)
    except NotAWorkbook:
        raise InvalidInput("interop.unreadable_xlsx", name=name) from None
    tables = [(title, [cell_text(cell) for cell in rows[0]] if rows else [], rows[1:])
              for title, rows in workbook]
    if not tables or not tables[0][1]:
        raise InvalidInput("interop.no_rows", name=name)
    title, header, rows = tables[0]
    main = _rows(title, header, rows, "/")
    lines: list[Answers] = []
    for title, header, rows in tables[1:]:
        if title.startswith(LINES[:31]):  # Kobo names the sheet after the repeat group
            lines += _rows(title, header, rows, "/")
    return _join(main, lines, "_index", "_parent_index", KOBO_XLSX, name)


# -- Kobo CSV -----------------------------------------------------------------------------------

def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("interop.not_utf8", name=name) from None


def _table(text: str) -> tuple[list[str], list[list[str]]]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, [])
    return [h.strip() for h in header], list(reader)


def _kobo_csv(data: bytes, name: str) -> SubmissionFile:
    header, rows = _table(_decode(data, name))
    main = _rows(name, header, rows, "/")
    dropped = not any(column.startswith(LINES + "/") or f"/{LINES}/" in column
                      for column in header)
    return _join(main, [], "_index", "_parent_index", KOBO_CSV, name, dropped)


# -- ODK Central CSV zip ------------------------------------------------------------------------

def _odk_zip(path: Path, name: str) -> SubmissionFile:
    try:
        with zipfile.ZipFile(path) as archive:
            files = {info.filename: archive.read(info) for info in archive.infolist()
                     if info.filename.lower().endswith(".csv") and not info.is_dir()}
    except (zipfile.BadZipFile, OSError):
        raise InvalidInput("interop.unreadable_zip", name=name) from None
    main: list[Answers] | None = None
    lines: list[Answers] = []
    for filename, data in sorted(files.items()):
        shown = rules.shown(Path(filename).name, 80)
        header, rows = _table(_decode(data, shown))
        if "PARENT_KEY" in header:
            if Path(filename).stem.endswith(f"-{LINES}"):
                lines += _rows(shown, header, rows, "-")
        elif main is None:
            main = _rows(shown, header, rows, "-")
    if main is None:
        raise InvalidInput("interop.no_rows", name=name)
    return _join(main, lines, "KEY", "PARENT_KEY", ODK_ZIP, name)
