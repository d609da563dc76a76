"""Files people bring or take away, found by the fuzz campaign (issue 10): what a spreadsheet
would run as a formula is written as text, NaN and infinities never leave as `Infinity`, a
CSV in neither UTF-8 nor Windows-1252 gets one line."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from madeinlocal_desktop.analysis.io_results import IOMultipliers
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.exchange import interchange
from madeinlocal_desktop.exchange.io_exports import csv_text, multipliers_frame
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.project.facade import create_from_data
from tests.fuzz_support import base_document


def test_the_multipliers_csv_writes_formula_like_labels_as_text() -> None:
    result = IOMultipliers(
        sectors=["A", "=B", "+C", "-D", "@E"],
        labels=['=HYPERLINK("http://x")', "+33 1", "-", "@SUM(A1)", "Commerce"],
        output_multipliers=[1.1, 1.2, 1.3, 1.4, 1.5])
    rows = list(csv.reader(io.StringIO(csv_text(multipliers_frame(result), ["=notes"])),
                           delimiter=";"))
    assert [row[0] for row in rows[1:6]] == ["A", "'=B", "'+C", "'-D", "'@E"]
    assert [row[1] for row in rows[1:6]] == ['\'=HYPERLINK("http://x")', "'+33 1", "'-",
                                             "'@SUM(A1)", "Commerce"]
    assert [row[2] for row in rows[1:6]] == ["1,1", "1,2", "1,3", "1,4", "1,5"]  # numbers stay
    assert rows[-1] == ["'=notes"]


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "s.madeinlocal"
    project, _ = create_from_data(path, interchange.parse(base_document()), device="dev-a",
                                  who="Camille")
    project.close()
    return path


def test_an_infinity_left_in_a_study_file_is_never_exported_as_infinity(
        study: Path, tmp_path: Path) -> None:
    """An older version stored NaN (as NULL) and infinities; `export` then wrote the
    non-standard `Infinity`, which no JSON reader accepts."""
    with sqlite3.connect(study) as conn:
        conn.execute("UPDATE businesses SET staff_fte = 9e999")  # +inf, as SQLite keeps it
    conn.close()
    with Project.open(study, device="dev-a") as project:
        project.exchange.export(tmp_path / "out.json")
        project.exchange.export(tmp_path / "csv", format="csv")
    text = (tmp_path / "out.json").read_text(encoding="utf-8")
    document = json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} exported"))
    assert {b["staff_fte"] for b in document["businesses"]} == {None}
    exported = "".join(p.read_text(encoding="utf-8-sig") for p in (tmp_path / "csv").iterdir())
    assert "inf" not in exported.lower()


def test_a_regional_employment_csv_in_an_unknown_encoding_gets_one_line(tmp_path: Path) -> None:
    from tests.io_support import make_study

    path = tmp_path / "emploi.csv"
    path.write_bytes(b"code;employment\r\nAZ;12\r\nC1;3\x81\r\n")  # 0x81: not cp1252 either
    project = make_study(tmp_path / "study.madeinlocal")
    try:
        with pytest.raises(InvalidInput) as caught:
            project.io.read_regional_employment(path)
    finally:
        project.close()
    assert caught.value.code == "file.encoding"
    assert "emploi.csv" in caught.value.text("fr") and "\n" not in caught.value.text("fr")
