"""`madeinlocal privacy`: a subject-access report, a retention date and applying it."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from madeinlocal_desktop.domain import Business
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage.erasure import ERASED
from tests.cli.conftest import Cli
from tests.poppler import needs_poppler
from tests.sync.sync_helpers import add_interview, coordinator

NAME, SIRET = "Cordonnerie Hippolyte", "73282932000074"


@pytest.fixture
def study(tmp_path: Path) -> tuple[Path, str, str]:
    with coordinator(tmp_path) as project:
        interview = add_interview(project, NAME)
        shop = project.businesses.get(interview.business_id)
        project.businesses.save(Business(shop.id, NAME, naf=shop.naf, commune=shop.commune,
                                          siret=SIRET))
        return project.path, shop.id, interview.id


def test_access_by_siret_writes_everything_held_as_json(cli: Cli, study, tmp_path) -> None:
    path, shop_id, interview_id = study
    out = tmp_path / "access.json"
    result = cli("--lang", "fr", "privacy", "access", path, "--siret", SIRET, "-o", out)
    assert str(out) in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert (report["business"]["id"], report["business"]["name"]) == (shop_id, NAME)
    assert [i["id"] for i in report["interviews"]] == [interview_id]
    assert len(report["spend_lines"]) == 2
    assert any(h["field"] == "siret" and h["new"] == SIRET for h in report["history"])
    assert report["erased"] is False


@needs_poppler
def test_access_as_pdf_names_the_shop_and_its_sections(cli: Cli, study, tmp_path) -> None:
    path, shop_id, _ = study
    out = tmp_path / "access.pdf"
    cli("--lang", "fr", "privacy", "access", path, "--business", shop_id, "--format", "pdf",
        "-o", out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert NAME in text and "Entretiens" in text and "Historique des modifications" in text


def test_an_unknown_shop_is_one_line_and_writes_nothing(cli: Cli, study, tmp_path) -> None:
    path, _, _ = study
    out = tmp_path / "access.json"
    result = cli("--lang", "en", "privacy", "access", path, "--siret", "00000000000000",
                 "-o", out, ok=False)
    assert result.returncode == 2 and "No shop 00000000000000" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not out.exists()


def test_retention_warns_then_erases_identities_once_passed(cli: Cli, study) -> None:
    path, shop_id, interview_id = study
    soon = (date.today() + timedelta(days=10)).isoformat()
    result = cli("--lang", "en", "privacy", "retention", path, "--until", soon)
    assert f"after {soon}" in result.stdout and "passes in 10 day(s)" in result.stderr
    refused = cli("--lang", "en", "privacy", "apply-retention", path, ok=False)
    assert "has not passed yet" in refused.stderr
    with Project.open(path) as project:
        assert project.businesses.get(shop_id).name == NAME

    past = (date.today() - timedelta(days=1)).isoformat()
    assert "has passed" in cli("--lang", "en", "privacy", "retention", path,
                               "--until", past).stderr
    done = cli("--lang", "fr", "privacy", "apply-retention", path)
    assert "1 commerce(s)" in done.stdout
    with Project.open(path) as project:
        shop = project.businesses.get(shop_id)
        assert (shop.name, shop.siret) == (ERASED, None)
        assert project.interviews.get(interview_id).lines  # the figures stay


def test_a_bad_retention_date_is_one_line_and_changes_nothing(cli: Cli, study) -> None:
    path, _, _ = study
    result = cli("--lang", "fr", "privacy", "retention", path, "--until", "31/12/2027",
                 ok=False)
    assert "AAAA-MM-JJ" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    with Project.open(path) as project:
        assert project.privacy.retention_until() is None
