"""Bad input gets one line a surveyor can act on, a non-zero exit, and changes nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from tests.cli.conftest import write_json
from tests.conftest import BAKERY, BAKERY_INTERVIEW, one_organisation_doc


def _line(doc: dict, **change: object) -> dict:
    doc = copy.deepcopy(doc)
    doc["interviews"][0]["lines"][0].update(change)
    return doc


def _duplicate_id(doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    doc["interviews"][0]["lines"][1]["id"] = BAKERY_INTERVIEW
    return doc


def _newer(doc: dict) -> dict:
    return {**doc, "format": "madeinlocal/2"}


def _raw(doc: dict, old: str, new: str) -> str:
    """The document as JSON text with one piece of text replaced (what json.dumps cannot
    write: NaN tokens, huge integers, deep nesting, lone surrogates)."""
    text = json.dumps(doc)
    assert old in text
    return text.replace(old, new, 1)


CASES = {
    "malformed JSON": ('{"format": "madeinlocal/1", "study": {', "not valid JSON (line 1"),
    "unknown category": (_line(one_organisation_doc(), category="bribes"),
                         "interviews[0].lines[0].category: choose a spending category of the "
                         "study ('bribes' is not one)"),
    "negative amount": (_line(one_organisation_doc(), amount=-30000),
                        "interviews[0].lines[0].amount: The amount cannot be negative"),
    "share of 130%": (_line(one_organisation_doc(), local_share=1.3),
                      "interviews[0].lines[0].local_share: The share must be between 0 "
                      "and 100% (got 130%)"),
    "duplicate id": (_duplicate_id(one_organisation_doc()), "is used twice"),
    "newer format": (_newer(one_organisation_doc()), "newer than this version"),
    "unknown business": ({**one_organisation_doc(), "businesses": []},
                         f"{BAKERY!r} is not a business of the file"),
}
# What a fuzz campaign found (issue 10): each was a traceback or a silent change. (The
# fuzz tests in tests/exchange try them all in-process; here the real command says one line.)
FOUND_BY_FUZZING = {
    "three decimals": (_line(one_organisation_doc(), amount=30000.125),
                       "interviews[0].lines[0].amount: 30000.125 has more than two decimals"),
    "NaN share": (_raw(_line(one_organisation_doc(), local_share=0.75), "0.75", "NaN"),
                  "The file holds NaN, which is not a JSON number"),
    "integer of 5,000 digits": (_raw(_line(one_organisation_doc(), amount=30001), "30001",
                                     "9" * 5000), "thousands of digits"),
    "nested 10,000 deep": ('{"format": "madeinlocal/1", "study": ' + "[" * 10_000
                           + "]" * 10_000 + "}", "nested too deeply"),
    "lone surrogate": (_raw(one_organisation_doc(), "Boulangerie du March", "Boulangerie \\ud800"),
                       "holds an unreadable character"),
}


def _write(path: Path, content: object) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
        return path
    return write_json(path, content)


@pytest.mark.parametrize("case", [*CASES, *FOUND_BY_FUZZING])
def test_bad_file_into_existing_study_changes_nothing(cli, tmp_path: Path, case: str) -> None:
    study = tmp_path / "s.madeinlocal"
    good = one_organisation_doc()
    good["study"]["id"] = "33333333-3333-4333-8333-333333333333"
    cli("import", study, write_json(tmp_path / "good.json", good))
    before = study.read_bytes()
    content, message = {**CASES, **FOUND_BY_FUZZING}[case]
    if isinstance(content, dict) and "study" in content:
        content["study"]["id"] = good["study"]["id"]
    result = cli("import", study, _write(tmp_path / "bad.json", content), ok=False)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, "one line, no traceback"
    assert study.read_bytes() == before


@pytest.mark.parametrize("case", CASES)
def test_bad_file_creates_no_study(cli, tmp_path: Path, case: str) -> None:
    study = tmp_path / "new.madeinlocal"
    content, message = CASES[case]
    result = cli("import", study, _write(tmp_path / "bad.json", content), ok=False)
    assert result.returncode == 2 and message in result.stderr
    assert list(tmp_path.glob("new.madeinlocal*")) == []


def test_file_for_another_study_is_refused(cli, tmp_path: Path) -> None:
    study = tmp_path / "s.madeinlocal"
    doc = one_organisation_doc()
    doc["study"]["id"] = "33333333-3333-4333-8333-333333333333"
    cli("import", study, write_json(tmp_path / "a.json", doc))
    before = study.read_bytes()
    doc["study"]["id"] = "44444444-4444-4444-8444-444444444444"
    result = cli("import", study, write_json(tmp_path / "b.json", doc), ok=False)
    assert result.returncode == 2 and "is for the study" in result.stderr
    assert study.read_bytes() == before


def test_study_file_from_newer_version_is_refused(cli, tmp_path: Path) -> None:
    import sqlite3

    study = tmp_path / "s.madeinlocal"
    cli("import", study, write_json(tmp_path / "a.json", one_organisation_doc()))
    with sqlite3.connect(study) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('madeinlocal', 'm050_future', '2031-01-01')")
    conn.close()
    before = study.read_bytes()
    result = cli("analyse", study, ok=False)
    assert result.returncode == 2 and "newer version of Made in Local" in result.stderr
    assert study.read_bytes() == before
