"""The study's interview as an XLSForm: it converts with pyxform as ODK and Kobo do."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pyxform import xls2xform

from madeinlocal_desktop.project import Project

from .conftest import STUDY_ID, TABLE_BLOSSAC, VERSION


def _sheet(path: Path, name: str) -> list[dict[str, object]]:
    workbook = load_workbook(path, read_only=True)
    rows = list(workbook[name].iter_rows(values_only=True))
    workbook.close()
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]


def test_the_form_converts_and_carries_the_instance_id(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "form.xlsx"
    with Project.open(demo_file) as project:
        project.interop.export_xlsform(out)
    warnings: list[str] = []
    xform = xls2xform.convert(xlsform=str(out), warnings=warnings).xform
    assert warnings == []
    assert "<instanceID/>" in xform and 'nodeset="/' in xform
    assert "/meta/instanceID" in xform
    assert 'lang="Français (fr)"' in xform and 'lang="English (en)"' in xform
    assert f'version="{VERSION}"' in xform


def test_settings_choices_and_constraints_follow_the_study(demo_file: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "form.xlsx"
    with Project.open(demo_file) as project:
        project.interop.export_xlsform(out)
        categories = [c.code for c in project.study.categories]
        communes = project.study.territory.communes
    settings = _sheet(out, "settings")[0]
    assert settings["version"] == VERSION and settings["study_id"] == STUDY_ID
    choices = _sheet(out, "choices")
    register = {c["name"]: c["label::Français (fr)"] for c in choices
                if c["list_name"] == "register"}
    assert register[TABLE_BLOSSAC] == "La Table Blossac — Poitiers" and "_new" in register
    assert [c["name"] for c in choices if c["list_name"] == "communes"] == communes
    listed = [c["name"] for c in choices if c["list_name"] == "categories"]
    # staff payroll and owners' pay have their own questions, as in the app's form
    assert listed == [c for c in categories if c not in ("wages", "owner_pay")]
    survey = {row["name"]: row for row in _sheet(out, "survey") if row["name"]}
    for share in ("local_share", "respend_share", "staff_local", "owner_local"):
        assert survey[share]["constraint"] == ". >= 0 and . <= 100"
    for amount in ("amount", "turnover", "payroll", "owner_pay"):
        assert survey[amount]["constraint"] == ". >= 0"
    assert "${consent} = 'yes'" in str(survey["complete"]["constraint"])
    assert survey["category"]["type"] == "select_one categories"
    assert survey["shop_name"]["label::English (en)"] == "Shop name"
