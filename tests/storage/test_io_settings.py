"""The study's input-output settings: stored in the file, audited, and refused whole when bad."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from madeinlocal_desktop.errors import InvalidInput, StudyFileError
from madeinlocal_desktop.project import IOSettings, Project
from madeinlocal_desktop.storage import io_settings
from tests.io_support import REGION, make_study

FULL = IOSettings(table="fr-2014-a17", method="aflq", delta=0.25, closed=True,
                  regional_employment=REGION, h_loc=0.45, use_survey=False)


@pytest.fixture
def project(tmp_path: Path):
    project = make_study(tmp_path / "study.madeinlocal")
    yield project
    project.close()


def history(project: Project) -> list[dict]:
    return [row for row in project.history("study", project.study.id)
            if row["field"] == io_settings.HISTORY_FIELD]


def test_a_new_study_has_no_settings_and_offers_the_defaults(project: Project) -> None:
    assert not project.io.has_settings()
    assert project.io.settings() == IOSettings()
    assert project.io.settings().table == "fr-2014-a17"
    assert project.io.io_proxy_shares() == {}


def test_round_trip_through_the_file(project: Project, tmp_path: Path) -> None:
    saved = project.io.save_settings(FULL).value
    path = project.path
    project.close()
    with Project.open(path) as again:
        assert again.io.has_settings()
        loaded = again.io.settings()
    assert loaded == saved == FULL
    assert dict(loaded.regional_employment or {}) == {k: float(v) for k, v in REGION.items()}


def test_changes_can_be_given_one_by_one(project: Project) -> None:
    project.io.save_settings(FULL)
    project.io.save_settings(method="slq")
    assert project.io.settings() == dataclasses.replace(FULL, method="slq")


def test_every_change_leaves_a_history_row(project: Project) -> None:
    project.io.save_settings(regional_employment=REGION)
    first = json.loads(history(project)[-1]["new"])
    assert history(project)[-1]["old"] is None and history(project)[-1]["who"] == "Camille"
    assert first["method"] == "flq" and first["regional_employment"]["OQ"] == 29650
    project.io.save_settings(delta=0.2)
    rows = history(project)
    assert len(rows) == 2
    assert json.loads(rows[-1]["old"]) == first and json.loads(rows[-1]["new"])["delta"] == 0.2
    project.io.save_settings(delta=0.2)  # nothing changed: no row
    assert len(history(project)) == 2
    project.io.clear_settings()
    assert history(project)[-1]["new"] is None and not project.io.has_settings()


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"delta": 1.0}, "io.delta", "δ"),
    ({"delta": -0.1}, "io.delta", "δ"),
    ({"regional_employment": {**REGION, "GZ": -3}}, "io.regional_employment.GZ", "negative"),
    ({"regional_employment": {**REGION, "ZZ": 10}}, "io.regional_employment.ZZ", "ZZ"),
    ({"regional_employment": {k: v for k, v in REGION.items() if k != "LZ"}},
     "io.regional_employment.LZ", "missing"),
    ({"regional_employment": {**REGION, "OQ": 9_000_000}}, None, "exceeds national"),
    ({"regional_employment": dict.fromkeys(REGION, 0)}, "io.regional_employment", "zero"),
    ({"h_loc": 1.5}, "io.h_loc", "household"),
    ({"method": "lq"}, "io.method", "method"),
    ({"table": "fr-1990-a3"}, "io.table", "fr-1990-a3"),
    ({"regional_employment": {**REGION, "FZ": "beaucoup"}}, "io.regional_employment.FZ",
     "not a number"),
])
def test_bad_settings_are_refused_and_nothing_is_saved(project: Project, changes: dict,
                                                       field: str | None, words: str) -> None:
    project.io.save_settings(regional_employment=REGION)
    before, rows = project.io.settings(), len(history(project))
    with pytest.raises(InvalidInput) as caught:
        project.io.save_settings(**changes)
    assert words in caught.value.message
    if field is not None:
        assert caught.value.field == field
    assert project.io.settings() == before
    assert len(history(project)) == rows


def test_bad_first_settings_leave_the_study_without_settings(project: Project) -> None:
    with pytest.raises(InvalidInput):
        project.io.save_settings(delta=1.0)
    assert not project.io.has_settings() and history(project) == []


def test_keys_of_a_newer_version_survive_a_save(project: Project) -> None:
    project.io.save_settings(regional_employment=REGION)
    stored = json.loads(project._db.meta(io_settings.META_KEY) or "{}")
    project._db.set_meta(io_settings.META_KEY, json.dumps({**stored, "future_option": [1, 2]}))
    project.io.save_settings(delta=0.2)
    assert json.loads(project._db.meta(io_settings.META_KEY) or "{}")["future_option"] == [1, 2]


def test_unreadable_stored_settings_say_what_to_do(project: Project) -> None:
    project._db.set_meta(io_settings.META_KEY, '{"delta": 7}')
    with pytest.raises(StudyFileError, match="choose them again"):
        project.io.settings()
