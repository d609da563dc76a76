"""`import` then `export` loses nothing; re-importing changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from madeinlocal_desktop.demo.study import demo_study
from tests.cli.conftest import write_json


def test_round_trip_of_the_demo_study_is_exact(cli, tmp_path: Path) -> None:
    original = demo_study()
    first = tmp_path / "first.madeinlocal"
    cli("import", first, write_json(tmp_path / "demo.json", original))
    cli("export", first, tmp_path / "out1.json")
    exported = json.loads((tmp_path / "out1.json").read_text(encoding="utf-8"))

    second = tmp_path / "second.madeinlocal"
    cli("import", second, tmp_path / "out1.json")
    cli("export", second, tmp_path / "out2.json")
    assert (tmp_path / "out2.json").read_text() == (tmp_path / "out1.json").read_text()

    # Everything the generator wrote is there, value for value.
    assert exported["study"]["id"] == original["study"]["id"]
    assert len(exported["interviews"]) == len(original["interviews"])
    by_id = {i["id"]: i for i in exported["interviews"]}
    for interview in original["interviews"]:
        mine = by_id[interview["id"]]
        assert mine["turnover_excl_vat"] == interview["turnover_excl_vat"]
        assert [(line["category"], line["amount"], line["local_share"])
                for line in mine["lines"]] == [
            (line["category"], line["amount"], line["local_share"])
            for line in interview["lines"]]
    assert sorted(r["id"] for r in exported["respondents"]) == sorted(
        r["id"] for r in original["respondents"])


def test_reimport_is_a_no_op(cli, tmp_path: Path) -> None:
    study = tmp_path / "s.madeinlocal"
    source = write_json(tmp_path / "demo.json", demo_study())
    cli("import", study, source)
    again = cli("import", study, source)
    assert "interviews: 0 new, 0 updated" in again.stdout


def test_the_input_output_settings_travel_with_the_study(cli, tmp_path: Path) -> None:
    from madeinlocal_desktop.project import Project
    from tests.io_support import REGION

    first = tmp_path / "first.madeinlocal"
    cli("import", first, write_json(tmp_path / "demo.json", demo_study()))
    with Project.open(first, device="dev-test") as project:
        chosen = project.io.save_settings(regional_employment=REGION, method="aflq", delta=0.25,
                                          closed=True, h_loc=0.4).value
        multipliers = project.io.multipliers()
    cli("export", first, tmp_path / "out.json")
    settings = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["study"][
        "io_settings"]
    assert (settings["method"], settings["delta"], settings["h_loc"]) == ("aflq", 0.25, 0.4)
    assert settings["regional_employment"] == REGION

    second = tmp_path / "second.madeinlocal"
    cli("import", second, tmp_path / "out.json")
    with Project.open(second, device="dev-test") as project:
        assert project.io.settings() == chosen
        assert project.io.multipliers().output_multipliers == \
            multipliers.output_multipliers
    cli("export", second, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_text() == (tmp_path / "out.json").read_text()


def test_bad_input_output_settings_are_refused_and_create_nothing(cli, tmp_path: Path) -> None:
    for settings, message in (
            ({"table": "fr-2014-a17", "delta": 1.5}, "study.io_settings.delta: δ must satisfy"),
            ({"table": "fr-2014-a17", "method": "guess"}, "study.io_settings.method: Unknown"),
            ({"table": "fr-2014-a17", "regional_employment": {"AZ": -3}},
             "study.io_settings"),
            ({"table": "fr-2099-a17"}, "study.io_settings"),
            ({"regional_employment": [5590, 1140]}, "study.io_settings.regional_employment: "
                                                   "Regional employment should give persons"),
            ({"closed": "yes"}, "study.io_settings.closed: closed should be true or false"),
            ("flq", "study.io_settings: expected an object")):
        document = demo_study()
        document["study"]["io_settings"] = settings
        study = tmp_path / "refused.madeinlocal"
        done = cli("import", study, write_json(tmp_path / "bad.json", document), ok=False)
        assert done.returncode == 2 and message in done.stderr, (settings, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1
        assert not study.exists() and not list(tmp_path.glob("refused.madeinlocal*"))


def test_a_study_without_settings_exports_none(cli, tmp_path: Path) -> None:
    study = tmp_path / "s.madeinlocal"
    cli("import", study, write_json(tmp_path / "demo.json", demo_study()))
    cli("export", study, tmp_path / "out.json")
    assert "io_settings" not in json.loads((tmp_path / "out.json").read_text())["study"]
