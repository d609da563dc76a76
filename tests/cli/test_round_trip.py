"""`import` then `export` loses nothing; re-importing changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from madeinlocal_desktop.exchange.demo_study import demo_study
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
