"""The coordinator's settings after creation: each change checked like a new study's, logged
in the history, and a refused one leaves the file byte for byte as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from madeinlocal_desktop import language
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.project import Project
from tests.sync.sync_helpers import add_interview


@pytest.fixture
def study(tmp_path: Path):
    with Project.new_study(tmp_path / "study.madeinlocal", "Centre-ville", 2025, ["86194"],
                           "Poitiers", who="Coordination", device="dev-coord") as project:
        yield project


def test_a_new_study_starts_with_sourced_round_three_defaults(study) -> None:
    defaults = study.study.respend_defaults
    assert defaults["supplier"].share == pytest.approx(0.477)
    assert defaults["staff"].share == pytest.approx(0.4542)
    assert "Civic Economics" in defaults["supplier"].justification
    assert "NEF" in defaults["staff"].justification
    assert all(d.justification for d in defaults.values())
    assert not {"tax", "lender", "charity"} & set(defaults)  # no figure in the sources


def test_the_justification_is_written_in_the_language_of_the_coordinator(tmp_path) -> None:
    language.set_language("fr")
    with Project.new_study(tmp_path / "fr.madeinlocal", "Étude", 2025, ["86194"]) as project:
        why = project.study.respend_defaults["supplier"].justification
    assert "47,7\u202f%" in why and "commerce indépendant" in why


def test_a_default_share_set_later_is_logged_and_used(study) -> None:
    study.settings.set_default_share("tax", 0.3, "Budget 2025 de la commune")
    assert study.study.respend_defaults["tax"].share == 0.3
    [change] = [h for h in study.history("study", study.study.id)
                if h["field"] == "respend_defaults"]
    assert '"tax"' in change["new"] and '"tax"' not in change["old"]
    assert change["who"] == "Coordination"
    assert study.analysis._defaults()["tax"] == (0.3, "Budget 2025 de la commune")


@pytest.mark.parametrize("call", [
    lambda s: s.set_default_share("staff", 1.3, "trop"),
    lambda s: s.set_default_share("martians", 0.3, "inconnu"),
    lambda s: s.set_default_share("staff", 0.3, "   "),
    lambda s: s.rename_category("rent", label_fr=" "),
    lambda s: s.rename_category("nothing", label_fr="Rien"),
    lambda s: s.add_category("rent", "Loyer bis", recipient="landlord"),
    lambda s: s.add_category("fees", "Honoraires", recipient="martian"),
    lambda s: s.set_territory(["99999"]),
    lambda s: s.set_territory([], ["Nulle part"]),
    lambda s: s.set_local_rules(radius_km=-3),
    lambda s: s.set_local_rules(boundary="planet"),
], ids=["share 130 %", "unknown group", "no justification", "blank label",
        "unknown category", "code taken", "unknown recipient", "unknown commune",
        "unknown EPCI", "negative radius", "unknown boundary"])
def test_a_bad_setting_is_refused_and_changes_nothing(study, call) -> None:
    path = study.path
    study.close()
    before = path.read_bytes()
    with Project.open(path, device="dev-coord") as again, \
            pytest.raises(InvalidInput) as refused:
        call(again.settings)
    assert str(refused.value).strip() and "\n" not in str(refused.value)
    assert path.read_bytes() == before


def test_renaming_a_category_keeps_its_lines_and_logs_both_labels(study) -> None:
    interview = add_interview(study)
    study.settings.rename_category("rent", label_fr="Loyer commercial",
                                   label_en="Commercial rent")
    assert study.study.category("rent").label_fr == "Loyer commercial"
    assert [line.category for line in study.interviews.get(interview.id).lines] == [
        "wages", "rent"]
    changes = {h["field"]: (h["old"], h["new"]) for h in study.history("categories", "rent")}
    assert changes == {"label_fr": ("Loyer", "Loyer commercial"),
                       "label_en": ("Rent", "Commercial rent")}


def test_a_category_added_later_takes_spending_lines(study) -> None:
    study.settings.add_category("fees", "Honoraires", "Fees", recipient="supplier")
    assert study.study.categories[-1].code == "fees"
    assert add_interview(study, amounts=(100,)).lines  # still saves; and "fees" is known
    assert "fees" in {c.code for c in study.study.categories}


def test_the_territory_can_be_an_epci_and_the_rules_change_one_at_a_time(study) -> None:
    codes = study.settings.set_territory([], ["CA du Niortais"]).value
    assert len(codes) == 40 and study.study.territory.communes == codes
    study.settings.set_local_rules(boundary="radius", radius_km=12.5)
    rules = study.study.rules
    assert (rules.boundary, rules.radius_km, rules.vat_excluded) == ("radius", 12.5, True)
    fields = [h["field"] for h in study.history("study", study.study.id)]
    assert "communes" in fields and "rules" in fields


def test_several_settings_at_once_are_written_together_or_not_at_all(study) -> None:
    path = study.path
    study.close()
    before = path.read_bytes()
    with Project.open(path, who="Coordination") as project:
        with pytest.raises(InvalidInput):
            project.settings.change(defaults={"tax": (0.3, "Budget 2025")},
                                    labels={"rent": ("   ", "Rent")})
        assert "tax" not in project.study.respend_defaults  # the cache was read again
    assert path.read_bytes() == before
    with Project.open(path, who="Coordination") as project:
        changed = project.settings.change(defaults={"tax": (0.3, "Budget 2025"),
                                                    "staff": None},
                                          labels={"rent": ("Loyer et charges", "Rent")},
                                          local={"vat_excluded": False})
        assert changed.changes.settings
        study_now = project.study
        assert study_now.respend_defaults["tax"].share == 0.3
        assert "staff" not in study_now.respend_defaults
        rent = study_now.category("rent")
        assert rent is not None and rent.label_fr == "Loyer et charges"
        assert study_now.rules.vat_excluded is False
        assert not project.settings.change().changes  # nothing asked, nothing changed
