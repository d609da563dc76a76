"""The fictitious demo study: deterministic, valid `madeinlocal/1`, shaped like the literature."""

from __future__ import annotations

import csv
import datetime as dt
import inspect
import json
import statistics
import uuid
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest

from madeinlocal_desktop.demo import study as demo_module
from madeinlocal_desktop.demo.study import demo_study
from madeinlocal_desktop.domain import DEFAULT_CATEGORIES, check_commune, check_naf, siret_is_valid

REQUIRED_NAF = {
    "10.71C",  # boulangerie
    "47.22Z",  # boucherie
    "47.61Z",  # librairie
    "47.29Z",  # épicerie bio, fromagerie
    "56.10A",  # restaurant
    "56.30Z",  # café
    "96.02A",  # coiffure
    "47.52A",  # quincaillerie
    "47.73Z",  # pharmacie
    "47.76Z",  # fleuriste
    "47.78A",  # opticien
    "47.71Z",  # habillement
    "47.11D",  # supermarché
}
FINISHED = ("complete", "validated")


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return demo_study()


def finished(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [v for v in document["interviews"] if v["status"] in FINISHED]


def cents(value: int | float) -> int:
    exact = Decimal(str(value)) * 100
    assert exact == exact.to_integral_value(), f"{value} has more than two decimals"
    return int(exact)


def recirculation_by_ownership(document: dict[str, Any]) -> dict[str, list[float]]:
    """R2 / R1 per finished interview (unanswered local shares left out), grouped by ownership."""
    rules = {c["code"]: c["r2_rule"] for c in document["study"]["categories"]}
    ownership = {b["id"]: b["ownership"] for b in document["businesses"]}
    result: dict[str, list[float]] = {}
    for interview in finished(document):
        r2 = sum(line["amount"] * line["local_share"] for line in interview["lines"]
                 if rules[line["category"]] == "share" and line["local_share"] is not None)
        result.setdefault(ownership[interview["business_id"]], []).append(
            r2 / interview["turnover_excl_vat"])
    return result


def all_ids(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["id"]] if "id" in node else []
        return found + [i for value in node.values() for i in all_ids(value)]
    if isinstance(node, list):
        return [i for item in node for i in all_ids(item)]
    return []


def check_invariants(document: dict[str, Any]) -> None:
    """What every generated document must satisfy, whatever the seed and size."""
    assert document["format"] == "madeinlocal/1"
    assert document["study"]["fictitious"] is True
    ids = all_ids(document)
    assert len(ids) == len(set(ids))
    for value in ids:
        assert str(uuid.UUID(value)) == value
    business_ids = {b["id"] for b in document["businesses"]}
    interview_ids = {v["id"] for v in document["interviews"]}
    assert sorted(v["business_id"] for v in document["interviews"]) == sorted(business_ids)
    codes = {c["code"] for c in document["study"]["categories"]}
    territory = set(document["study"]["territory"]["communes"])
    for business in document["businesses"]:
        assert business["siret"] is None or siret_is_valid(business["siret"])
        assert check_naf(business["naf"]) == business["naf"]
        assert business["commune"] in territory
        assert business["staff_fte"] > 0
    for interview in document["interviews"]:
        total = 0
        for line in interview["lines"]:
            assert line["category"] in codes
            assert line["amount"] is not None and line["amount"] >= 0
            total += cents(line["amount"])
            for key in ("local_share", "respend_share"):
                assert line[key] is None or 0.0 <= line[key] <= 1.0
            assert (line["respend_share"] is None) == (line["respend_source"] is None)
        if interview["turnover_excl_vat"] is not None:
            assert total <= cents(interview["turnover_excl_vat"])
        if interview["status"] in FINISHED:
            assert interview["consent"] is True
            assert interview["turnover_excl_vat"] > 0
        if not interview["consent"]:
            assert interview["status"] == "draft"
            assert interview["lines"] == [] and interview["turnover_excl_vat"] is None
    for respondent in document["respondents"]:
        assert 0.0 <= respondent["local_share"] <= 1.0
        assert respondent["interview_id"] in interview_ids


# -- determinism -------------------------------------------------------------------------------

def test_two_calls_give_equal_documents_and_identical_json(doc: dict[str, Any]) -> None:
    again = demo_study()
    assert again == doc
    assert json.dumps(again, ensure_ascii=False, sort_keys=False) == json.dumps(
        doc, ensure_ascii=False, sort_keys=False)
    assert demo_study(seed=2026, n_businesses=120) == doc


def test_another_seed_gives_another_study(doc: dict[str, Any]) -> None:
    other = demo_study(seed=7)
    assert other["study"]["id"] != doc["study"]["id"]
    assert other["businesses"] != doc["businesses"]


def test_the_generator_reads_no_shared_data_at_run_time() -> None:
    source = inspect.getsource(demo_module)
    assert "shared/data" not in source and "open(" not in source


# -- the study ---------------------------------------------------------------------------------

def test_study_is_flagged_fictitious(doc: dict[str, Any]) -> None:
    study = doc["study"]
    assert study["fictitious"] is True
    assert "fictive" in study["name"]
    assert study["name"] == "Centre-ville de Poitiers — étude de démonstration (fictive)"
    assert study["fiscal_year"] == 2025


def test_territory_is_the_forty_communes_of_grand_poitiers(doc: dict[str, Any]) -> None:
    communes = doc["study"]["territory"]["communes"]
    assert len(communes) == len(set(communes)) == 40
    assert "86194" in communes  # Poitiers
    assert all(check_commune(c) == c and c.startswith("86") for c in communes)


def test_categories_are_the_defaults_as_strings(doc: dict[str, Any]) -> None:
    expected = [{"code": c.code, "label_fr": c.label_fr, "label_en": c.label_en,
                 "recipient": str(c.recipient), "r2_rule": str(c.r2_rule)}
                for c in DEFAULT_CATEGORIES]
    assert doc["study"]["categories"] == expected
    assert all(type(c["recipient"]) is str and type(c["r2_rule"]) is str
               for c in doc["study"]["categories"])


def test_respend_defaults_are_justified(doc: dict[str, Any]) -> None:
    defaults = doc["study"]["respend_defaults"]
    assert set(defaults) == {"landlord", "owner", "tax", "lender", "charity"}
    assert defaults["landlord"]["share"] == 0.2
    for entry in defaults.values():
        assert 0.0 <= entry["share"] <= 1.0
        assert len(entry["justification"]) > 30


def test_three_surveyors_do_the_interviews(doc: dict[str, Any]) -> None:
    names = [s["name"] for s in doc["surveyors"]]
    assert len(names) == 3
    assert {v["surveyor"] for v in doc["interviews"]} <= set(names)


# -- businesses --------------------------------------------------------------------------------

def test_about_120_businesses_with_the_required_trades(doc: dict[str, Any]) -> None:
    assert len(doc["businesses"]) == 120
    nafs = Counter(b["naf"] for b in doc["businesses"])
    assert set(nafs) >= REQUIRED_NAF
    assert len(nafs) >= 25
    owners = Counter(b["ownership"] for b in doc["businesses"])
    assert owners["independent"] >= 60
    assert owners["chain_branch"] >= 10 and owners["franchise"] >= 10
    assert owners["cooperative"] >= 3 and owners["public"] >= 1


def test_naf_codes_are_real_subclasses(doc: dict[str, Any]) -> None:
    from madeinlocal_desktop.paths import resource

    table = resource("naf", "naf_sous_classes.csv")
    if not table.is_file():
        pytest.skip("NAF reference table not bundled")
    with table.open(encoding="utf-8", newline="") as handle:
        real = {row["code_naf"] for row in csv.DictReader(handle)}
    assert {b["naf"] for b in doc["businesses"]} <= real


def test_names_are_unique_and_addresses_filled(doc: dict[str, Any]) -> None:
    names = [b["name"] for b in doc["businesses"]]
    assert len(names) == len(set(names))
    assert all(n == n.strip() and n for n in names)
    assert all(b["address"] and b["address"][0].isdigit() for b in doc["businesses"])
    communes = Counter(b["commune"] for b in doc["businesses"])
    assert communes["86194"] >= 80  # a town-centre survey: mostly Poitiers itself


def test_sirets_are_valid_and_most_are_known(doc: dict[str, Any]) -> None:
    sirets = [b["siret"] for b in doc["businesses"]]
    known = [s for s in sirets if s is not None]
    assert 0 < len(sirets) - len(known) <= 20
    for siret in known:
        assert len(siret) == 14 and siret.isdigit()
        assert siret_is_valid(siret)
        assert _luhn(siret[:9])  # the SIREN inside has its own key, as real ones do
    assert len(set(known)) == len(known)


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


# -- interviews and lines ----------------------------------------------------------------------

def test_one_interview_per_business_in_spring_after_the_fiscal_year(doc: dict[str, Any]) -> None:
    assert len(doc["interviews"]) == len(doc["businesses"])
    for interview in doc["interviews"]:
        day = dt.date.fromisoformat(interview["date"])
        assert dt.date(2026, 3, 1) <= day <= dt.date(2026, 6, 30)
        assert day.weekday() < 5


def test_amounts_shares_and_totals_are_valid(doc: dict[str, Any]) -> None:
    check_invariants(doc)


def test_finished_interviews_have_8_to_14_lines_with_national_flows_at_zero(
        doc: dict[str, Any]) -> None:
    never = {c.code for c in DEFAULT_CATEGORIES if c.r2_rule != "share"}
    for interview in finished(doc):
        categories = [line["category"] for line in interview["lines"]]
        assert 8 <= len(categories) <= 14
        assert len(categories) == len(set(categories))
        assert {"wages", "social_contributions", "national_taxes"} <= set(categories)
        for line in interview["lines"]:
            if line["category"] in never:
                assert line["local_share"] == 0.0
            if line["category"] == "wages":
                assert 0.6 <= line["local_share"] <= 0.95


def test_turnover_is_plausible_for_the_trade(doc: dict[str, Any]) -> None:
    naf = {b["id"]: (b["naf"], b["ownership"]) for b in doc["businesses"]}
    expected = {("10.71C", "independent"): (250_000, 450_000),
                ("47.73Z", "independent"): (1_500_000, 2_500_000),
                ("47.11D", "chain_branch"): (4_000_000, 9_000_000),
                ("96.02A", "independent"): (90_000, 180_000)}
    seen = set()
    for interview in doc["interviews"]:
        key = naf[interview["business_id"]]
        if key in expected and interview["turnover_excl_vat"] is not None:
            low, high = expected[key]
            assert low <= interview["turnover_excl_vat"] <= high
            seen.add(key)
    assert seen == set(expected)


def test_a_few_local_shares_are_unanswered(doc: dict[str, Any]) -> None:
    lines = [line for v in finished(doc) for line in v["lines"]]
    missing = [line for line in lines if line["local_share"] is None]
    assert 0.005 * len(lines) <= len(missing) <= 0.02 * len(lines)
    assert all(line["amount"] is not None for line in lines)


def test_some_drafts_some_refusals_most_complete_some_validated(doc: dict[str, Any]) -> None:
    status = Counter(v["status"] for v in doc["interviews"])
    refusals = [v for v in doc["interviews"] if not v["consent"]]
    assert 1 <= len(refusals) <= 3
    assert 3 <= status["draft"] <= 10
    assert status["complete"] > status["validated"] >= 10
    partial = [v for v in doc["interviews"] if v["status"] == "draft" and v["consent"]]
    assert partial and all(v["lines"] for v in partial)


# -- the shape the literature predicts ---------------------------------------------------------

def test_independents_recirculate_far_more_than_chains_and_franchises(
        doc: dict[str, Any]) -> None:
    shares = {k: statistics.mean(v) for k, v in recirculation_by_ownership(doc).items()}
    # Civic Economics, Indie Impact (2012): independents 47.7 %, chains 13.6 %.
    assert 0.42 <= shares["independent"] <= 0.54
    assert 0.10 <= shares["chain_branch"] <= 0.19
    assert 0.10 <= shares["franchise"] <= 0.22
    assert shares["independent"] >= 2.5 * shares["chain_branch"]
    assert shares["independent"] >= 2.5 * shares["franchise"]
    assert shares["cooperative"] > shares["franchise"]
    assert shares["public"] > shares["chain_branch"]


@pytest.mark.parametrize("seed", [1, 7, 99])
def test_the_contrast_holds_for_other_seeds(seed: int) -> None:
    shares = {k: statistics.mean(v)
              for k, v in recirculation_by_ownership(demo_study(seed)).items()}
    assert shares["independent"] >= 2.2 * max(shares["chain_branch"], shares["franchise"])


# -- Round 3 -----------------------------------------------------------------------------------

def test_round3_respondents_of_both_groups(doc: dict[str, Any]) -> None:
    respondents = doc["respondents"]
    staff = [r for r in respondents if r["group"] == "staff"]
    suppliers = [r for r in respondents if r["group"] == "supplier"]
    assert 20 <= len(staff) <= 30 and 15 <= len(suppliers) <= 25
    assert all(0.30 <= r["local_share"] <= 0.65 for r in staff)
    assert all(0.25 <= r["local_share"] <= 0.60 for r in suppliers)
    done = {v["id"] for v in finished(doc)}
    assert all(r["interview_id"] in done for r in respondents)
    assert all(r["label"] for r in respondents)


def test_respend_shares_mostly_left_to_the_engine(doc: dict[str, Any]) -> None:
    wages = [line for v in finished(doc) for line in v["lines"] if line["category"] == "wages"]
    unset = [line for line in wages if line["respend_share"] is None]
    assert len(unset) >= 0.8 * len(wages)
    surveyed = [line for v in finished(doc) for line in v["lines"]
                if line["category"] in ("goods_resale", "supplies")
                and line["respend_source"] == "survey"]
    assert 10 <= len(surveyed) <= 25
    supplier_shares = {(r["interview_id"], r["local_share"]) for r in doc["respondents"]
                       if r["group"] == "supplier"}
    for interview in finished(doc):
        for line in interview["lines"]:
            if line in surveyed:
                assert (interview["id"], line["respend_share"]) in supplier_shares


# -- sizes, seeds and the interchange reader ----------------------------------------------------

@pytest.mark.parametrize(("seed", "size"), [(1, 120), (7, 37), (3, 1), (5, 2), (11, 10),
                                            (13, 300)])
def test_other_seeds_and_sizes_stay_valid(seed: int, size: int) -> None:
    document = demo_study(seed=seed, n_businesses=size)
    assert len(document["businesses"]) == size
    check_invariants(document)


@pytest.mark.parametrize("size", [0, -3, 10_000, 2.5, True])
def test_bad_sizes_are_refused(size: Any) -> None:
    with pytest.raises(ValueError):
        demo_study(n_businesses=size)


def test_the_interchange_reader_accepts_it_and_round_trips(doc: dict[str, Any]) -> None:
    interchange = pytest.importorskip("madeinlocal_desktop.exchange.interchange")
    if not hasattr(interchange, "parse") or not hasattr(interchange, "to_document"):
        pytest.skip("interchange reader not available")
    data = interchange.parse(json.loads(json.dumps(doc)))
    assert len(data.businesses) == 120
    assert interchange.to_document(data) == doc
