"""The exchange commands as a coordinator and two surveyors would type them (one home folder,
hence one device id, per person)."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import openpyxl
import pytest

from tests.cli.conftest import Cli, write_json
from tests.conftest import BAKERY_INTERVIEW, one_organisation_doc


def _device(tmp_path: Path, name: str) -> Cli:
    home = tmp_path / f"home-{name}"
    home.mkdir()
    return Cli(dict(os.environ, MADEINLOCAL_HOME=str(home)))


@pytest.fixture
def team(cli: Cli, tmp_path: Path):
    """A coordinator's study and two surveyors' files made from its kit."""
    coord = tmp_path / "coord.madeinlocal"
    cli("new", coord, "--name", "Centre-ville", "--year", "2025", "--commune", "86194")
    kit = tmp_path / "centre.mlkit"
    assert "new --from-kit" in cli("kit", coord, kit).stdout
    alice, bob = _device(tmp_path, "alice"), _device(tmp_path, "bob")
    for device, name in ((alice, "alice"), (bob, "bob")):
        out = device("new", "--from-kit", kit, tmp_path / f"{name}.madeinlocal").stdout
        assert "Centre-ville" in out
    return cli, alice, bob, coord, tmp_path


def test_bundle_preview_import_and_reimport(team) -> None:
    cli, alice, _, coord, tmp_path = team
    study = tmp_path / "alice.madeinlocal"
    alice("import", study, write_json(tmp_path / "doc.json", one_organisation_doc()))
    post = tmp_path / "post"
    post.mkdir()
    assert "Wrote" in alice("bundle", study, post).stdout
    assert "Nothing new" in alice("bundle", study, post).stdout
    [bundle] = post.glob("*.zip")

    preview = cli("import-bundle", coord, bundle, "--preview").stdout
    assert "would import 5 new" in preview
    assert "imported 5 new" in cli("import-bundle", coord, bundle).stdout
    assert "already imported" in cli("import-bundle", coord, bundle).stdout
    cli("export", coord, tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [i["id"] for i in document["interviews"]] == [BAKERY_INTERVIEW]


def test_concurrent_edits_become_a_conflict_resolved_from_the_command_line(team) -> None:
    _, alice, bob, _, tmp_path = team
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = tmp_path / "alice.madeinlocal", tmp_path / "bob.madeinlocal"
    doc = one_organisation_doc()
    alice("import", a, write_json(tmp_path / "doc.json", doc))
    alice("sync-folder", a, shared)
    bob("sync-folder", b, shared)
    for device, study, turnover in ((alice, a, 110000), (bob, b, 120000)):
        changed = copy.deepcopy(doc)
        changed["interviews"][0]["turnover_excl_vat"] = turnover
        device("import", study, write_json(tmp_path / f"{turnover}.json", changed))
    alice("sync-folder", a)  # the folder is remembered
    out = bob("sync-folder", b).stdout
    assert "1 conflict(s) to resolve" in out

    listing = bob("conflicts", b).stdout
    assert "€110,000" in listing and "€120,000" in listing
    [conflict] = json.loads(bob("conflicts", b, "--format", "json").stdout)
    assert conflict["field"] == "turnover_cents"
    assert "turnover cents = 12000000" in bob("resolve", b, conflict["id"], "--take",
                                              "mine").stdout
    assert bob("conflicts", b).stdout.strip() == "No conflicts."
    bob("sync-folder", b)
    alice("sync-folder", a)
    assert alice("conflicts", a).stdout.strip() == "No conflicts."
    alice("export", a, tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert document["interviews"][0]["turnover_excl_vat"] == 120000


def test_a_bundle_of_another_study_is_refused_with_a_clear_message(team) -> None:
    cli, _, _, coord, tmp_path = team
    other = tmp_path / "other.madeinlocal"
    cli("new", other, "--name", "Autre", "--year", "2025")
    cli("import", other, write_json(tmp_path / "doc.json", one_organisation_doc()))
    post = tmp_path / "post"
    post.mkdir()
    cli("bundle", other, post)
    [bundle] = post.glob("*.zip")
    before = coord.read_bytes()
    result = cli("import-bundle", coord, bundle, ok=False)
    assert result.returncode == 2
    assert "made for another study ('Autre')" in result.stderr
    assert coord.read_bytes() == before


def test_exports_in_every_format(team) -> None:
    _, alice, _, _, tmp_path = team
    study = tmp_path / "alice.madeinlocal"
    alice("import", study, write_json(tmp_path / "doc.json", one_organisation_doc()))
    alice("export", study, tmp_path / "out.xlsx")  # the extension is enough
    assert "spend_lines" in openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames
    alice("export", study, tmp_path / "fr", "--format", "csv")
    assert (tmp_path / "fr" / "spend_lines.csv").read_text(encoding="utf-8-sig") \
        .splitlines()[1].endswith(";wages;30000,00;1,0;0,454;survey_mean")
    alice("export", study, tmp_path / "en", "--format", "csv", "--csv-dialect", "en")
    assert ",30000.00," in (tmp_path / "en" / "spend_lines.csv").read_text(encoding="utf-8")
    out = alice("export", study, tmp_path / "anon.json", "--anonymised").stdout
    assert "anonymised" in out
    text = (tmp_path / "anon.json").read_text(encoding="utf-8")
    assert "Boulangerie" not in text and BAKERY_INTERVIEW not in text


def test_new_needs_a_name_or_a_kit(cli: Cli, tmp_path: Path) -> None:
    result = cli("new", tmp_path / "s.madeinlocal", ok=False)
    assert result.returncode == 2 and "Give --name and --year" in result.stderr
    result = cli("new", "--from-kit", tmp_path / "missing.mlkit", tmp_path / "s.madeinlocal",
                 ok=False)
    assert result.returncode == 2 and "No kit at" in result.stderr
    assert not (tmp_path / "s.madeinlocal").exists()
