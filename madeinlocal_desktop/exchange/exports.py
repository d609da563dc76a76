"""Exports for people and other tools: CSV (French or English Excel), XLSX, interchange JSON,
each optionally anonymised.

The columns of each table are declared once below and only ever appended to, so a column that
existed once stays in every later export (a removed question never deletes data); the
dictionary sheet/file describes each of them. Anonymised exports drop direct identifiers and
replace every id by a pseudonym that is stable for the study and cannot be reversed without
the study key.
"""

from __future__ import annotations

import csv
import dataclasses
import math
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from .. import crypto
from ..domain import Business, Interview, Respondent, Study, Surveyor
from ..errors import Cancelled, InvalidInput
from ..storage import StudyDatabase
from ..storage import sync as store
from . import interchange, xlsx
from .cells import neutralise
from .interchange import StudyData

Progress = Callable[[float], None]
ShouldCancel = Callable[[], bool]


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"


class CsvDialect(StrEnum):
    FR = "fr"  # ';' and decimal comma: what French Excel opens with a double click
    EN = "en"  # ',' and decimal point


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # id | text | code | date | money | share | number | integer | flag
    description: str
    identifier: bool = False  # a direct identifier: dropped from anonymised exports
    pseudonym: str | None = None  # replaced by a pseudonym of this kind when anonymised
    source: str | None = None  # the stored column, when it is named differently


def _c(name: str, kind: str, description: str, **options: Any) -> Column:
    return Column(name, kind, description, **options)


# Append-only: never remove or rename a column (see the module docstring).
TABLES: dict[str, tuple[Column, ...]] = {
    "study": (
        _c("id", "id", "Study identifier", pseudonym="study"),
        _c("name", "text", "Study name"),
        _c("fiscal_year", "integer", "Fiscal year the amounts describe"),
        _c("territory_name", "text", "Name of the territory"),
        _c("communes", "text", "INSEE codes of the local communes, space-separated"),
        _c("boundary", "code", "What 'local' means: communes, epci, departement or radius"),
        _c("radius_km", "number", "Radius in km when the boundary is a radius"),
        _c("supplier_test", "text", "When a supplier counts as local"),
        _c("staff_test", "text", "When a staff member counts as local"),
        _c("local_branch_counts_as_local", "flag", "1 if a local branch of a chain is local"),
        _c("vat_excluded", "flag", "1 if amounts exclude VAT"),
        _c("fictitious", "flag", "1 for the fictitious demo study"),
    ),
    "categories": (
        _c("code", "code", "Stable code of the spending category"),
        _c("label_fr", "text", "French label"),
        _c("label_en", "text", "English label"),
        _c("recipient", "code", "Who receives the money (supplier, staff, landlord...)"),
        _c("r2_rule", "code", "share: enters R2; never: national bodies; retained: not spent"),
    ),
    "surveyors": (
        _c("id", "id", "Surveyor identifier", pseudonym="surveyor"),
        _c("name", "text", "Surveyor's name", identifier=True),
    ),
    "businesses": (
        _c("id", "id", "Business identifier", pseudonym="business"),
        _c("name", "text", "Business name", identifier=True),
        _c("siret", "text", "SIRET number", identifier=True),
        _c("naf", "code", "NAF rév. 2 activity sub-class, e.g. 47.24Z"),
        _c("ownership", "code", "independent, cooperative, franchise, chain_branch or public"),
        _c("commune", "code", "INSEE code of the commune"),
        _c("address", "text", "Street address", identifier=True),
        _c("staff_fte", "number", "Staff in full-time equivalents"),
    ),
    "interviews": (
        _c("id", "id", "Interview identifier", pseudonym="interview"),
        _c("business_id", "id", "The business interviewed", pseudonym="business"),
        _c("date", "date", "Interview date (ISO, YYYY-MM-DD)"),
        _c("surveyor", "text", "Who ran the interview", pseudonym="surveyor-name"),
        _c("consent", "flag", "1 if the business consented"),
        _c("status", "code", "draft, complete or validated (only the last two are analysed)"),
        _c("turnover_excl_vat", "money", "Turnover excluding VAT in euros (R1); empty: no answer",
           source="turnover_cents"),
        _c("notes", "text", "Surveyor's notes", identifier=True),
        # Appended: columns of a released export never move.
        _c("consent_version", "integer",
           "Version of the consent wording agreed to (the study's settings keep each one); "
           "empty: not recorded"),
    ),
    "spend_lines": (
        _c("id", "id", "Spending line identifier", pseudonym="line"),
        _c("interview_id", "id", "The interview the line belongs to", pseudonym="interview"),
        _c("position", "integer", "Order of the line in the interview"),
        _c("category", "code", "Spending category code (see categories)"),
        _c("amount", "money", "Amount in euros; empty: no answer (never zero)",
           source="amount_cents"),
        _c("local_share", "share", "Share paid to recipients inside the territory, 0 to 1"),
        _c("respend_share", "share", "Share of the recipient's own spending that is local"),
        _c("respend_source", "code", "survey, survey_mean, io_proxy or default"),
    ),
    "respondents": (
        _c("id", "id", "Respondent identifier", pseudonym="respondent"),
        _c("group", "code", "Recipient group: supplier, staff..."),
        _c("local_share", "share", "The respondent's own local spending share, 0 to 1"),
        _c("interview_id", "id", "The interview whose recipient answered",
           pseudonym="interview"),
        _c("label", "text", "Free label of the respondent", identifier=True),
    ),
}
DICTIONARY = "dictionary"
_KIND_LABEL = {"id": "identifier", "text": "text", "code": "code", "date": "date",
               "money": "euros", "share": "share 0–1", "number": "number",
               "integer": "whole number", "flag": "0/1"}


@dataclass
class ExportResult:
    path: Path
    format: str
    anonymised: bool
    files: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


@dataclass
class Table:
    """A table's columns and rows; the rows of a stored table are read as they are written
    (`rows` is then a one-pass iterable), `count` says how many there are."""

    name: str
    columns: list[Column]
    rows: Iterable[Sequence[Any]]
    count: int = -1

    def __post_init__(self) -> None:
        if self.count < 0:
            self.count = len(self.rows)  # type: ignore[arg-type]


# -- the tables, as Python values (cents, shares, 0/1) -------------------------------------------

class Pseudonyms:
    """id → pseudonymous UUID, stable for the study (keyed by the study key)."""

    def __init__(self, key: bytes) -> None:
        self.key = key
        self.cache: dict[tuple[str, str], str] = {}

    def __call__(self, kind: str, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        found = self.cache.get((kind, value))
        if found is None:
            digest = crypto.pseudonym_bytes(self.key, kind, value)
            found = str(uuid.UUID(bytes=digest[:16], version=4))
            self.cache[(kind, value)] = found
        return found


def _study_rows(study: Study) -> list[list[Any]]:
    rules = study.rules
    return [[study.id, study.name, study.fiscal_year, study.territory.name,
             " ".join(study.territory.communes), rules.boundary, rules.radius_km,
             rules.supplier_test, rules.staff_test, int(rules.local_branch_counts_as_local),
             int(rules.vat_excluded), int(study.fictitious)]]


def _category_rows(study: Study) -> list[list[Any]]:
    return [[c.code, c.label_fr, c.label_en, str(c.recipient), str(c.r2_rule)]
            for c in study.categories]


def build_tables(sdb: StudyDatabase, study: Study,
                 pseudonyms: Pseudonyms | None = None) -> list[Table]:
    """Every table of live records; anonymised when `pseudonyms` is given."""
    tables = []
    for name, all_columns in TABLES.items():
        rows: Iterable[Sequence[Any]]
        if name == "study":
            rows = _study_rows(study)
            count = len(rows)
        elif name == "categories":
            rows = _category_rows(study)
            count = len(rows)
        else:
            rows = _stored_rows(sdb, name, [c.source or c.name for c in all_columns])
            count = store.count_live_rows(sdb, name)
        if pseudonyms is None:
            tables.append(Table(name, list(all_columns), rows, count))
            continue
        kept = [(i, c) for i, c in enumerate(all_columns) if not c.identifier]
        tables.append(Table(name, [c for _, c in kept],
                            _anonymous(rows, kept, pseudonyms), count))
    return tables


def _stored_rows(sdb: StudyDatabase, table: str, names: list[str]) -> Iterator[tuple[Any, ...]]:
    yield from store.iter_live_rows(sdb, table, names)  # the query runs when writing begins


def _anonymous(rows: Iterable[Sequence[Any]], kept: list[tuple[int, Column]],
               pseudonyms: Pseudonyms) -> Iterator[list[Any]]:
    changed = [(position, c.pseudonym) for position, (_, c) in enumerate(kept) if c.pseudonym]
    for row in rows:
        values = [row[i] for i, _ in kept]
        for position, kind in changed:
            values[position] = pseudonyms(kind, values[position])
        yield values


def dictionary_rows(tables: Sequence[Table], anonymised: bool) -> list[list[str]]:
    rows = []
    for table in tables:
        for column in table.columns:
            note = " (pseudonym)" if anonymised and column.pseudonym else ""
            rows.append([table.name, column.name, _KIND_LABEL[column.kind],
                         column.description + note])
    return rows


DICTIONARY_HEADER = ["table", "column", "type", "description"]


# -- CSV -------------------------------------------------------------------------------------------

def _decimal(value: float, comma: bool) -> str:
    text = format(Decimal(repr(float(value))), "f")
    return text.replace(".", ",") if comma else text


def csv_formatter(kind: str, comma: bool) -> Callable[[Any], str]:
    """How one column's values are written (looked up once per column, not per cell)."""
    def money(value: Any) -> str:
        if not isinstance(value, int) or isinstance(value, bool):
            return text(value)
        euros = f"{value // 100}.{value % 100:02d}"
        return euros.replace(".", ",") if comma else euros

    def number(value: Any) -> str:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return text(value)
        if not math.isfinite(value):  # left by an older version: written as no value
            return ""
        return _decimal(value, comma)

    def integer(value: Any) -> str:
        return str(int(value)) if isinstance(value, int | float) else text(value)

    def text(value: Any) -> str:
        return "" if value is None else neutralise(str(value))

    chosen = {"money": money, "share": number, "number": number, "integer": integer,
              "flag": integer}.get(kind, text)
    return lambda value: "" if value is None else chosen(value)


def write_csv(tables: Sequence[Table], folder: Path, dialect: CsvDialect, anonymised: bool,
              check: Callable[[float], None]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    comma = dialect is CsvDialect.FR
    delimiter = ";" if comma else ","
    total = sum(t.count for t in tables) or 1
    done = 0
    written = []
    dictionary = Table(DICTIONARY, [Column(n, "text", "") for n in DICTIONARY_HEADER],
                       dictionary_rows(tables, anonymised))
    for table in [*tables, dictionary]:
        target = folder / f"{table.name}.csv"
        partial = target.with_name(target.name + ".part")
        # utf-8-sig writes the BOM that makes Excel read accents right.
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow([c.name for c in table.columns])
            formats = [csv_formatter(c.kind, comma) for c in table.columns]
            for number, row in enumerate(table.rows):
                writer.writerow([f(v) for f, v in zip(formats, row, strict=True)])
                if number % 2000 == 1999:
                    check((done + number) / total)
        done += table.count
        partial.replace(target)
        written.append(target)
    return written


# -- XLSX ------------------------------------------------------------------------------------------

_XLSX_KIND = {"money": xlsx.MONEY_CENTS, "share": xlsx.SHARE, "number": xlsx.NUMBER,
              "integer": xlsx.NUMBER, "flag": xlsx.NUMBER}


def write_workbook(tables: Sequence[Table], path: Path, anonymised: bool,
                   progress: Progress | None, should_cancel: ShouldCancel | None) -> None:
    sheets = [xlsx.Sheet(t.name, [c.name for c in t.columns], t.rows,
                         [_XLSX_KIND.get(c.kind, xlsx.TEXT) for c in t.columns], t.count)
              for t in tables]
    sheets.append(xlsx.Sheet(DICTIONARY, DICTIONARY_HEADER,
                             dictionary_rows(tables, anonymised)))
    xlsx.write_xlsx(path, sheets, progress=progress, should_cancel=should_cancel)


# -- JSON ------------------------------------------------------------------------------------------

def anonymise_interviews(interviews: Iterable[Interview],
                         pseudonyms: Pseudonyms) -> list[Interview]:
    def pid(kind: str, value: str) -> str:
        return pseudonyms(kind, value) or value

    return [dataclasses.replace(
        i, id=pid("interview", i.id), business_id=pid("business", i.business_id),
        surveyor=i.surveyor and f"S-{pid('surveyor-name', i.surveyor)[:8]}", notes="",
        lines=[dataclasses.replace(line, id=pid("line", line.id)) for line in i.lines])
        for i in interviews]


def anonymise_data(data: StudyData, pseudonyms: Pseudonyms) -> StudyData:
    """The same study with identifiers dropped and ids replaced (still valid interchange)."""
    def pid(kind: str, value: str) -> str:
        return pseudonyms(kind, value) or value

    def label(prefix: str, pseudonym: str) -> str:
        return f"{prefix}-{pseudonym[:8]}"

    businesses = [Business(id=pid("business", b.id), name=label("B", pid("business", b.id)),
                           naf=b.naf, ownership=b.ownership, commune=b.commune,
                           staff_fte=b.staff_fte) for b in data.businesses]
    interviews = anonymise_interviews(data.interviews, pseudonyms)
    surveyors = [Surveyor(pid("surveyor", s.id), label("S", pid("surveyor", s.id)))
                 for s in data.surveyors]
    respondents = [Respondent(id=pid("respondent", r.id), group=r.group,
                              local_share=r.local_share,
                              interview_id=r.interview_id and pid("interview", r.interview_id))
                   for r in data.respondents]
    study = dataclasses.replace(data.study, id=pid("study", data.study.id))
    return StudyData(study, surveyors, businesses, interviews, respondents)


def _checked_chunks(chunks: Iterable[Sequence[Interview]], pseudonyms: Pseudonyms | None,
                    check: Callable[[float], None], total: int) -> Iterator[Sequence[Interview]]:
    """The chunks as they are to be written (anonymised if asked), with progress and cancel
    between chunks."""
    done = 0
    for chunk in chunks:
        check(done / total)
        yield chunk if pseudonyms is None else anonymise_interviews(chunk, pseudonyms)
        done += len(chunk)


# -- one entry point -------------------------------------------------------------------------------

def export_study(sdb: StudyDatabase, study: Study, load_data: Callable[[], StudyData],
                 path: Path, *, fmt: ExportFormat | str, anonymised: bool = False,
                 dialect: CsvDialect | str = CsvDialect.FR, key: bytes | None = None,
                 progress: Progress | None = None,
                 should_cancel: ShouldCancel | None = None,
                 interview_chunks: Callable[[], Iterable[Sequence[Interview]]] | None = None,
                 ) -> ExportResult:
    """Write an export; `load_data` gives the study for JSON (tables are read here). With
    `interview_chunks`, `load_data` leaves the interviews out and they are written chunk by
    chunk, so that a large study is never held in memory whole."""
    try:
        fmt = ExportFormat(fmt)
        dialect = CsvDialect(dialect)
    except ValueError:
        raise InvalidInput("export.unknown_format", value=f"{fmt} / {dialect}") from None
    if anonymised and key is None:
        raise InvalidInput("export.needs_key")
    path = Path(path)
    pseudonyms = Pseudonyms(key) if anonymised and key is not None else None

    def check(fraction: float) -> None:
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        if progress is not None:
            progress(fraction)

    result = ExportResult(path, str(fmt), anonymised)
    if fmt is ExportFormat.JSON:
        check(0.0)
        data = load_data()
        if interview_chunks is None:
            chunks: Iterable[Sequence[Interview]] = [data.interviews]
            total = len(data.interviews)
        else:
            chunks, total = interview_chunks(), store.count_live_rows(sdb, "interviews")
        written = interchange.write_file(
            anonymise_data(data, pseudonyms) if pseudonyms else data, path,
            _checked_chunks(chunks, pseudonyms, check, max(total, 1)))
        result.files = [path]
        result.rows = {"interviews": written}
    else:
        tables = build_tables(sdb, study, pseudonyms)
        result.rows = {t.name: t.count for t in tables}
        if fmt is ExportFormat.CSV:
            if path.exists() and not path.is_dir():
                raise InvalidInput("export.csv_needs_folder", path=str(path))
            result.files = write_csv(tables, path, dialect, anonymised, check)
        else:
            write_workbook(tables, path, anonymised, progress, should_cancel)
            result.files = [path]
    if progress is not None:
        progress(1.0)
    return result

