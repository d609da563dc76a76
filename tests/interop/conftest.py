"""Fixtures of the phone-team formats: the demo study, and three submissions of its XLSForm
as KoboToolbox (XLSX, CSV) and ODK Central (CSV zip) export them. The files were written by
hand from the tools' published layouts, not by this application."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent.parent / "data" / "interop"
STUDY_ID = "f38b2ffc-80a4-4f5a-91c9-bc701e7ea419"
VERSION = "1.1ab23a2d"
TABLE_BLOSSAC = "84f32551-5366-4ce2-ad4d-666177bb3654"
BOULANGERIE_DUPUY = "060ecc8a-e0df-4709-afce-4808b7158e9c"
FIRST, SECOND, THIRD = ("uuid:1d3a0c7e-4b8f-4c2a-9e51-0a7b3c9d2e11",
                        "uuid:2e4b1d8f-5c9a-4d3b-8f62-1b8c4d0e3f22",
                        "uuid:3f5c2e90-6dab-4e4c-9073-2c9d5e1f4033")
MAIN_HEADER = [
    "start", "end", "study_id", "form_version", "surveyor", "interview_date", "shop/business",
    "shop/shop_name", "shop/siret", "shop/naf", "shop/commune", "shop/ownership", "consent",
    "turnover", "staff/payroll", "staff/staff_local", "owners/owner_pay", "owners/owner_local",
    "notes", "complete", "_id", "_uuid", "_submission_time", "_validation_status", "_notes",
    "_status", "_submitted_by", "__version__", "_tags", "_index"]
MAIN_ROWS: list[list[Any]] = [
    ["2026-03-10T09:12:04.118+01:00", "2026-03-10T09:41:37.502+01:00", STUDY_ID, VERSION,
     "Camille", "2026-03-10", TABLE_BLOSSAC, None, None, None, None, None, "yes", 312000, 98000,
     80, 30000, 100, "Chiffres de la liasse 2025", "yes", 401, FIRST[5:], "2026-03-10T08:42:15",
     None, None, "submitted_via_web", None, "vAbc7RtLq9mWzXyP2kDnE4", None, 1],
    ["2026-03-11T14:02:51.006+01:00", "2026-03-11T14:30:12.940+01:00", STUDY_ID, VERSION,
     "Théo", "2026-03-11", "_new", "Fromagerie Les Trois Vallées", "81234567800013", "47.29Z",
     "86194", "independent", "yes", 185000, 42000, 100, None, None, None, "yes", 402,
     SECOND[5:], "2026-03-11T13:31:02", None, None, "submitted_via_web", None,
     "vAbc7RtLq9mWzXyP2kDnE4", None, 2],
    ["2026-03-12T10:20:00.000+01:00", "2026-03-12T10:23:45.000+01:00", STUDY_ID, VERSION,
     "Manon", "2026-03-12", BOULANGERIE_DUPUY, None, None, None, None, None, "no", None, None,
     None, None, None, "Repasser après les fêtes", "no", 403, THIRD[5:], "2026-03-12T09:24:10",
     None, None, "submitted_via_web", None, "vAbc7RtLq9mWzXyP2kDnE4", None, 3],
]
LINES_HEADER = ["lines/category", "lines/amount", "lines/local_share", "lines/respend_share",
                "_index", "_parent_table_name", "_parent_index", "_submission__id",
                "_submission__uuid", "_submission__submission_time"]
LINES_ROWS: list[list[Any]] = [
    ["goods_resale", 120000, 35, 40, 1, "Centre-ville de Poitiers — étu", 1, 401, FIRST[5:],
     "2026-03-10T08:42:15"],
    ["rent", 24000, 100, None, 2, "Centre-ville de Poitiers — étu", 1, 401, FIRST[5:],
     "2026-03-10T08:42:15"],
    ["energy", 8500.5, 0, None, 3, "Centre-ville de Poitiers — étu", 1, 401, FIRST[5:],
     "2026-03-10T08:42:15"],
    ["goods_resale", 110000, 62.5, 30, 4, "Centre-ville de Poitiers — étu", 2, 402, SECOND[5:],
     "2026-03-11T13:31:02"],
    ["services", 6000, 50, None, 5, "Centre-ville de Poitiers — étu", 2, 402, SECOND[5:],
     "2026-03-11T13:31:02"],
]


def write_kobo_xlsx(path: Path, main: list[list[Any]] | None = None,
                    lines: list[list[Any]] | None = None) -> Path:
    """Kobo's XLSX export ("XML values and headers", groups joined by "/")."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Centre-ville de Poitiers — étu"  # Kobo cuts the form title to 31 characters
    for row in [MAIN_HEADER, *(MAIN_ROWS if main is None else main)]:
        sheet.append(row)
    repeat = workbook.create_sheet("lines")
    for row in [LINES_HEADER, *(LINES_ROWS if lines is None else lines)]:
        repeat.append(row)
    workbook.save(path)
    return path


def write_odk_zip(path: Path, replace: dict[str, tuple[str, str]] | None = None) -> Path:
    """ODK Central's CSV zip from the hand-written CSV files (`replace`: file → (old, new))."""
    with zipfile.ZipFile(path, "w") as archive:
        for file in sorted((DATA / "odk").glob("*.csv")):
            text = file.read_text(encoding="utf-8")
            for name, (old, new) in (replace or {}).items():
                if name in file.name:
                    text = text.replace(old, new)
            archive.writestr(file.name, text)
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from madeinlocal_desktop.demo.study import demo_study
    from madeinlocal_desktop.exchange import interchange
    from madeinlocal_desktop.project import create_from_data

    path = tmp_path_factory.mktemp("demo") / "demo.madeinlocal"
    project, _ = create_from_data(path, interchange.parse(demo_study()), device="dev-coord")
    project.close()
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.madeinlocal"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def kobo_xlsx(tmp_path: Path) -> Path:
    return write_kobo_xlsx(tmp_path / "kobo.xlsx")


@pytest.fixture
def kobo_csv() -> Path:
    return DATA / "kobo.csv"


@pytest.fixture
def odk_zip(tmp_path: Path) -> Path:
    return write_odk_zip(tmp_path / "odk.zip")
