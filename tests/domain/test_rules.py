"""The rules every record follows (domain/rules.py), and the facade asking them: what a form, the
command line and a script can and cannot store."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from madeinlocal_desktop import catalogue
from madeinlocal_desktop.catalogue import domain as domain_texts
from madeinlocal_desktop.catalogue import exchange as exchange_texts
from madeinlocal_desktop.catalogue import sync as sync_texts
from madeinlocal_desktop.domain import (
    Business,
    Interview,
    InterviewStatus,
    Recipient,
    Respondent,
    SpendLine,
    new_id,
    rules,
)
from madeinlocal_desktop.errors import InvalidInput, UserFacingError
from madeinlocal_desktop.project import Project


@pytest.mark.parametrize(("typed", "cents"), [
    ("12 500,50", 1_250_050), (12500.5, 1_250_050), ("0,1", 10), (3, 300), (None, None),
    ("12\u202f500", 1_250_000),
])
def test_an_amount_in_euros_is_read_exactly(typed: object, cents: int | None) -> None:
    assert rules.euros_to_cents(typed) == cents


@pytest.mark.parametrize(("typed", "code"), [
    ("12,345", "value.amount_decimals"),  # was rounded to 12,34 without a word
    (30000.125, "value.amount_decimals"),
    (1e17, "value.amount_too_large"), (1e30, "value.amount_too_large"),
    (10**400, "value.amount_too_large"), ("9" * 5000, "value.amount_not_number"),
    (float("nan"), "value.amount_not_number"), (float("inf"), "value.amount_not_number"),
    ("-5", "value.amount_negative"), ("douze", "value.amount_not_number"),
    (True, "value.amount_not_number"),
])
def test_an_amount_that_cannot_be_right_is_refused_not_rounded(typed: object,
                                                               code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        rules.euros_to_cents(typed)
    assert caught.value.code == code
    assert "\n" not in caught.value.text("fr") and "\n" not in caught.value.text("en")


@pytest.mark.parametrize("value", [
    "2026-02-30", "2026-13-01", "02/03/2026", "2026-3-2", "", None, 20260302, "1066-10-14",
])
def test_a_date_that_is_not_a_date_is_refused(value: object) -> None:
    with pytest.raises(InvalidInput) as caught:
        rules.iso_date(value)
    assert caught.value.code == "value.date_invalid"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 10**400, -0.01, 1.3, "beaucoup",
                                   True, [0.4]])
def test_a_share_outside_0_100_or_not_a_number_is_refused(value: object) -> None:
    with pytest.raises(InvalidInput):
        rules.share(value)


def test_a_lone_surrogate_is_refused_and_named_printably() -> None:
    with pytest.raises(InvalidInput) as caught:
        rules.check_business(Business(new_id(), "Boul\ud800angerie"))
    assert caught.value.code == "value.bad_characters"
    for lang in ("fr", "en"):
        caught.value.text(lang).encode("utf-8")  # the message itself can be printed


def test_a_message_naming_a_5000_digit_number_stays_short() -> None:
    assert rules.shown(10**5000) == "≈10^5000"
    assert len(rules.shown("x" * 10_000)) == 40


def test_rules_from_a_newer_version_are_kept_and_ignored() -> None:
    read = rules.local_rules_from_mapping({"boundary": "epci", "zone_of_influence": {"km": 12}})
    assert read.boundary == "epci" and read.extra == {"zone_of_influence": {"km": 12}}
    assert rules.local_rules_to_mapping(read)["zone_of_influence"] == {"km": 12}
    for wrong in ({"vat_excluded": "yes"}, {"boundary": 5}, {"radius_km": -3}, [1, 2],
                  {"future": "\ud800"}):
        with pytest.raises(InvalidInput):
            rules.local_rules_from_mapping(wrong)


@pytest.mark.parametrize("defaults", [{"landlord": 0.2}, [0.2], {"martians": {"share": 0.2}},
                                      {"staff": {"share": 1.5}}, {"staff": {}}])
def test_respend_defaults_of_the_wrong_shape_are_refused(defaults: object) -> None:
    with pytest.raises(InvalidInput):
        rules.respend_defaults_from_mapping(defaults)


def test_every_text_of_these_areas_has_french_and_english_with_the_same_parameters() -> None:
    import string

    def names(template: str) -> set[str]:
        return {n for _, n, _, _ in string.Formatter().parse(template) if n}

    for area in (domain_texts, exchange_texts, sync_texts):
        for code, (french, english) in area.TEXTS.items():
            assert code in catalogue.TEXTS
            assert names(french) == names(english), code
            # the same text in both languages only when it holds no words (e.g. "{name}")
            words = "".join(lit for lit, *_ in string.Formatter().parse(french))
            assert french != english or not words.strip("(){} "), code


# -- the facade asks the same rules ---------------------------------------------------------------

@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.new_study(tmp_path / "s.madeinlocal", "Centre", 2025, ["86194"],
                           who="Camille", device="dev-a") as made:
        yield made


def _complete(shop_id: str, **change: object) -> Interview:
    interview = Interview(new_id(), shop_id, "2026-03-02", surveyor="Camille", consent=True,
                          status=InterviewStatus.COMPLETE, turnover_excl_vat=10_000_000,
                          lines=[SpendLine(new_id(), "wages", 3_000_000, 0.5)])
    return dataclasses.replace(interview, **change)


def test_the_facade_refuses_a_complete_interview_without_turnover(project: Project) -> None:
    """The form refused it; the facade (and so the command line and scripts) accepted it."""
    shop = project.businesses.save(Business(new_id(), "Boulangerie")).value
    for change, field in (({"turnover_excl_vat": None}, "turnover"),
                          ({"consent": False}, "consent"), ({"lines": []}, "lines")):
        with pytest.raises(InvalidInput) as caught:
            project.interviews.save(_complete(shop.id, **change))
        assert caught.value.code == "interview.incomplete" and caught.value.field == field
    assert project.interviews.list() == []
    draft = project.interviews.save(_complete(shop.id, turnover_excl_vat=None,
                                              status=InterviewStatus.DRAFT)).value
    assert project.interviews.get(draft.id).status == InterviewStatus.DRAFT  # drafts may lack it


def test_the_french_message_lists_what_is_missing(project: Project) -> None:
    shop = project.businesses.save(Business(new_id(), "Boulangerie")).value
    with pytest.raises(InvalidInput) as caught:
        project.interviews.save(_complete(shop.id, turnover_excl_vat=None, consent=False))
    french = caught.value.text("fr")
    assert "pas encore complet" in french and "consentement" in french
    assert "chiffre d'affaires manque" in french


def test_the_facade_refuses_bad_dates_names_and_groups(project: Project) -> None:
    shop = project.businesses.save(Business(new_id(), "Boulangerie")).value
    with pytest.raises(InvalidInput, match="not a date"):
        project.interviews.save(_complete(shop.id, date="2026-02-30"))
    with pytest.raises(InvalidInput, match="needs a name"):
        project.businesses.save(Business(new_id(), "   "))
    with pytest.raises(InvalidInput, match="possible values"):
        project.respondents.save(Respondent(new_id(), "martian", 0.4))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="local share is missing"):
        project.respondents.save(Respondent(new_id(), Recipient.STAFF, None))  # type: ignore[arg-type]
    assert project.respondents.list() == []


def test_a_study_with_respend_defaults_of_the_wrong_shape_is_refused(project: Project) -> None:
    study = project.study
    before = project._db.query("SELECT rules, respend_defaults FROM study")
    broken = dataclasses.replace(study, respend_defaults={"martians": None})  # type: ignore[dict-item]
    with pytest.raises(InvalidInput):
        project.update_study(broken)
    assert project._db.query("SELECT rules, respend_defaults FROM study") == before


def test_a_stored_rule_from_a_newer_version_does_not_stop_the_study_opening(
        project: Project) -> None:
    """A newer version's rule key, already in a file, made `load_study` fail (TypeError)."""
    rules_text = project._db.query("SELECT rules FROM study")[0]["rules"]
    with project._db.atomic():
        project._db.db.execute("UPDATE study SET rules = ?", [json.dumps(
            {**json.loads(rules_text), "zone_of_influence": 12})])
    project._study = None
    assert project.study.rules.extra == {"zone_of_influence": 12}


def test_the_round3_share_is_looked_for_in_one_order() -> None:
    from madeinlocal_desktop.domain import RespendSource
    from madeinlocal_desktop.domain.rules import round3_share

    every = {"survey_mean": {"staff": 0.4}, "io_proxy": {"staff": 0.3, "suppliers": 0.2},
             "defaults": {"staff": 0.1, "suppliers": 0.6, "landlords": 0.2}}
    assert round3_share("staff", **every) == (0.4, RespendSource.SURVEY_MEAN)
    assert round3_share("suppliers", **every) == (0.2, RespendSource.IO_PROXY)
    assert round3_share("landlords", **every) == (0.2, RespendSource.DEFAULT)
    assert round3_share("lenders", **every) is None


def test_the_demo_is_made_in_one_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`Project.create_demo` writes the same fictitious study every time, register included."""
    first = Project.create_demo(tmp_path / "a.madeinlocal")
    second = Project.create_demo(tmp_path / "b.madeinlocal", register=False)
    with first, second:
        names = sorted(b.name for b in first.businesses.list())
        assert names == sorted(b.name for b in second.businesses.list()) and len(names) > 100
        assert len(first.interviews.list()) == len(second.interviews.list()) > 50
    with pytest.raises(UserFacingError):  # an existing file is never overwritten
        Project.create_demo(tmp_path / "a.madeinlocal")
    assert (tmp_path / "a.madeinlocal").is_file()
