"""Multipliers exported for French Excel (CSV `;`, decimal comma, BOM) and as XLSX."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.project import Project
from tests.io_support import REGION, make_study


@pytest.fixture
def project(tmp_path: Path):
    project = make_study(tmp_path / "study.madeinlocal")
    project.io.save_settings(regional_employment=REGION, closed=True)
    yield project
    project.close()


def test_csv_opens_in_french_excel_and_in_pandas(project: Project, tmp_path: Path) -> None:
    path = project.io.export_multipliers(tmp_path / "multiplicateurs.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("sector;label;output multiplier (Type I);")
    assert "licence CC BY 4.0" in text and "Timmer" in text  # attribution, in French
    frame = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")
    frame = frame[frame["output multiplier (Type I)"].notna()]
    result = project.io.multipliers()
    assert list(frame["sector"]) == result.sectors
    assert frame["output multiplier (Type I)"].tolist() == pytest.approx(
        result.output_multipliers, rel=1e-9)
    assert frame["output multiplier (Type II)"].tolist() == pytest.approx(
        result.output_multipliers_type2, rel=1e-9)
    assert set(frame["local purchases from"]) == {"survey", "flq"}
    assert ";1,1" in text and ";1.1" not in text  # decimal commas


def test_headers_can_be_the_interface_words(project: Project, tmp_path: Path) -> None:
    path = project.io.export_multipliers(tmp_path / "m.csv",
                                         headers={"output_multipliers": "Production (type I)"})
    frame = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")
    assert "Production (type I)" in frame.columns


def test_xlsx_has_the_table_and_the_attribution(project: Project, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = project.io.export_multipliers(tmp_path / "m.xlsx", lang="en")
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("sector", "label", "output multiplier (Type I)")
    assert rows[1][0] == "AZ" and isinstance(rows[1][2], float)
    result = project.io.multipliers()
    assert [r[2] for r in rows[1:len(result.sectors) + 1]] == pytest.approx(
        result.output_multipliers, rel=1e-12)
    # What a reader sees: bold wrapped headers, four decimals, sector and label kept in view,
    # labels wide enough to read, and the licence in italics after an empty row.
    assert sheet["A1"].font.b and sheet["C1"].alignment.wrap_text
    assert sheet["C2"].number_format == "0.0000"
    assert sheet.freeze_panes == "C2"
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width >= 10
    notes = len(result.sectors) + 2  # header, sectors, an empty row
    assert all(v is None for v in rows[notes - 1])
    assert any("licensed CC BY 4.0" in str(r[0]) for r in rows[notes:])
    assert sheet.cell(row=notes + 1, column=1).font.i


def test_bad_export_targets_change_nothing(project: Project, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"\.csv or \.xlsx"):
        project.io.export_multipliers(tmp_path / "m.ods")
    with pytest.raises(InvalidInput, match="does not exist"):
        project.io.export_multipliers(tmp_path / "nowhere" / "m.csv")
    assert list(tmp_path.glob("*.part")) == [] and not (tmp_path / "m.ods").exists()
