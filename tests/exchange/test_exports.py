"""Exports checked against golden files (regenerate with UPDATE_GOLDEN=1 after a deliberate
change), read back as a person's tools would read them."""

from __future__ import annotations

import csv
import json
import os
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from madeinlocal_desktop.domain import (
    Business,
    Interview,
    InterviewStatus,
    Ownership,
    Recipient,
    RespendSource,
    Respondent,
    SpendLine,
    Study,
    Surveyor,
    Territory,
)
from madeinlocal_desktop.errors import Cancelled
from madeinlocal_desktop.exchange.exports import TABLES
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage import studies as study_store

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

STUDY_ID = "5e0d1c2a-0000-4000-8000-000000000001"
CAMILLE = "5e0d1c2a-0000-4000-8000-000000000002"
BAKERY = "5e0d1c2a-0000-4000-8000-000000000003"
EVIL = "5e0d1c2a-0000-4000-8000-000000000004"
PLUS = "5e0d1c2a-0000-4000-8000-000000000005"
INTERVIEW = "5e0d1c2a-0000-4000-8000-000000000006"
INTERVIEW_2 = "5e0d1c2a-0000-4000-8000-000000000007"
LINES = [f"5e0d1c2a-0000-4000-8000-0000000001{n:02d}" for n in range(4)]
RESPONDENT = "5e0d1c2a-0000-4000-8000-000000000008"
ALL_IDS = [STUDY_ID, CAMILLE, BAKERY, EVIL, PLUS, INTERVIEW, INTERVIEW_2, *LINES, RESPONDENT]
FORMULA_NAME = '=HYPERLINK("http://example.invalid","Cliquez")'
IDENTIFIERS = ["Boulangerie du Marché", "73282932000074", "3 place du Marché", "Camille Dupré",
               FORMULA_NAME, "+cmd|' /C calc'!A0", "rappeler après 18h", "Salariée 1"]


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """A small study with accents, cents, shares, and names a spreadsheet would run."""
    path = tmp_path / "golden.madeinlocal"
    study = Study(STUDY_ID, "Centre-ville de Niort", 2025,
                  Territory("Niort Agglo", ["79191", "79048"]))
    with Project.create(path, study, who="Camille Dupré", device="dev-golden") as project:
        with project._db.atomic():
            study_store.save_surveyors(project._db, [Surveyor(CAMILLE, "Camille Dupré")],
                                       project.ctx)
        project.businesses.save(Business(BAKERY, "Boulangerie du Marché", naf="10.71C",
                                         commune="79191", siret="73282932000074",
                                         address="3 place du Marché", staff_fte=4.5))
        project.businesses.save(Business(EVIL, FORMULA_NAME, naf="47.11B", commune="79191",
                                         ownership=Ownership.FRANCHISE))
        project.businesses.save(Business(PLUS, "+cmd|' /C calc'!A0", commune="79048"))
        project.interviews.save(Interview(
            INTERVIEW, BAKERY, "2026-03-02", surveyor="Camille Dupré", consent=True,
            status=InterviewStatus.COMPLETE, turnover_excl_vat=123_456_78,
            notes="rappeler après 18h", lines=[
                SpendLine(LINES[0], "wages", 3_000_050, 1.0, 0.454,
                          RespendSource.SURVEY_MEAN),
                SpendLine(LINES[1], "goods_resale", 2_000_000, 0.4, None),
                SpendLine(LINES[2], "rent", None, 0.125)]))
        project.interviews.save(Interview(INTERVIEW_2, EVIL, "2026-03-04", status=InterviewStatus
                                          .DRAFT, lines=[SpendLine(LINES[3], "energy", 99, 0.0)]))
        project.respondents.save(Respondent(RESPONDENT, Recipient.STAFF, 0.421, INTERVIEW,
                                            "Salariée 1"))
    return path


def _compare_with_golden(produced: Path, golden: Path) -> None:
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(produced.read_bytes())
    assert produced.read_bytes() == golden.read_bytes(), f"{produced.name} differs from golden"


@pytest.mark.parametrize("dialect", ["fr", "en"])
def test_csv_matches_golden_files(study: Path, tmp_path: Path, dialect: str) -> None:
    out = tmp_path / f"csv_{dialect}"
    with Project.open(study) as project:
        result = project.exchange.export(out, format="csv", csv_dialect=dialect)
    names = sorted(p.name for p in result.files)
    assert names == sorted([*(f"{t}.csv" for t in TABLES), "dictionary.csv"])
    for file in result.files:
        _compare_with_golden(file, GOLDEN / f"csv_{dialect}" / file.name)


def test_json_matches_golden_file(study: Path, tmp_path: Path) -> None:
    with Project.open(study) as project:
        project.exchange.export(tmp_path / "export.json", format="json")
    _compare_with_golden(tmp_path / "export.json", GOLDEN / "export.json")


def test_french_csv_opens_with_accents_and_decimal_commas(study: Path, tmp_path: Path) -> None:
    with Project.open(study) as project:
        project.exchange.export(tmp_path / "fr", format="csv")  # French is the default
    raw = (tmp_path / "fr" / "spend_lines.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # the BOM Excel needs
    lines = pd.read_csv(tmp_path / "fr" / "spend_lines.csv", sep=";", decimal=",",
                        encoding="utf-8-sig")
    assert lines["amount"].tolist()[:2] == [30000.5, 20000.0]
    assert pd.isna(lines["amount"].tolist()[2])  # no answer stays empty, never zero
    assert lines["respend_share"].tolist()[0] == 0.454
    shops = pd.read_csv(tmp_path / "fr" / "businesses.csv", sep=";", decimal=",",
                        encoding="utf-8-sig")
    bakery = shops[shops["name"] == "Boulangerie du Marché"].iloc[0]
    assert bakery["staff_fte"] == 4.5 and bakery["address"] == "3 place du Marché"


def test_cells_a_spreadsheet_would_run_are_exported_as_text(study: Path,
                                                            tmp_path: Path) -> None:
    with Project.open(study) as project:
        project.exchange.export(tmp_path / "en", format="csv", csv_dialect="en")
        project.exchange.export(tmp_path / "s.xlsx", format="xlsx")
    with (tmp_path / "en" / "businesses.csv").open(encoding="utf-8-sig", newline="") as f:
        names = [row["name"] for row in csv.DictReader(f)]
    assert "'" + FORMULA_NAME in names and "'+cmd|' /C calc'!A0" in names
    assert not any(n.startswith(("=", "+", "-", "@")) for n in names)
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx")["businesses"]
    cells = {c.value: c for row in sheet.iter_rows(min_row=2) for c in row if c.value}
    for text in (FORMULA_NAME, "+cmd|' /C calc'!A0"):
        assert cells[text].data_type == "s"  # a string, exactly as typed, never a formula


def test_xlsx_has_a_sheet_per_table_and_a_dictionary(study: Path, tmp_path: Path) -> None:
    progress: list[float] = []
    with Project.open(study) as project:
        project.exchange.export(tmp_path / "s.xlsx", format="xlsx", progress=progress.append)
    assert progress[-1] == 1.0
    book = openpyxl.load_workbook(tmp_path / "s.xlsx")
    assert book.sheetnames == [*TABLES, "dictionary"]
    for table, columns in TABLES.items():
        header = [c.value for c in next(book[table].iter_rows(max_row=1))]
        assert header == [c.name for c in columns]
    lines = list(book["spend_lines"].iter_rows(min_row=2, values_only=True))
    assert lines[0][4] == 30000.5 and lines[0][5] == 1.0 and lines[2][4] is None
    shops = list(book["businesses"].iter_rows(min_row=2, values_only=True))
    assert ("Boulangerie du Marché", "73282932000074") in {row[1:3] for row in shops}
    dictionary = list(book["dictionary"].iter_rows(values_only=True))
    assert dictionary[0] == ("table", "column", "type", "description")
    assert ("spend_lines", "amount", "euros") in {row[:3] for row in dictionary}
    assert len(dictionary) == 1 + sum(len(columns) for columns in TABLES.values())


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_anonymised_exports_hold_no_identifier(study: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / ("anon" if fmt == "csv" else f"anon.{fmt}")
    with Project.open(study) as project:
        result = project.exchange.export(target, format=fmt, anonymised=True)
        again = project.exchange.export(tmp_path / f"again_{target.name}", format=fmt,
                                        anonymised=True)
    contents = b""
    for file in result.files:
        data = file.read_bytes()
        contents += data
        if zipfile.is_zipfile(file):  # look inside the XLSX too, not only at deflated bytes
            with zipfile.ZipFile(file) as archive:
                contents += b"".join(archive.read(n) for n in archive.namelist())
    for secret in [*IDENTIFIERS, *ALL_IDS]:
        assert secret.encode() not in contents, secret
    assert b"10.71C" in contents  # the data itself is still there
    if fmt == "json":  # stable pseudonyms: two exports agree
        assert result.files[0].read_bytes() == again.files[0].read_bytes()
        document = json.loads(result.files[0].read_text(encoding="utf-8"))
        assert len({b["id"] for b in document["businesses"]}) == 3


def test_columns_are_only_ever_appended() -> None:
    """Every column of a released export stays, in place (formpack #99, kpi #2089)."""
    released = json.loads((GOLDEN / "released_columns.json").read_text(encoding="utf-8"))
    for table, columns in released.items():
        assert [c.name for c in TABLES[table]][: len(columns)] == columns


def test_cancelling_an_export_leaves_no_file(study: Path, tmp_path: Path) -> None:
    with Project.open(study) as project, pytest.raises(Cancelled):
        project.exchange.export(tmp_path / "s.xlsx", format="xlsx", should_cancel=lambda: True)
    assert list(tmp_path.glob("s.xlsx*")) == []
