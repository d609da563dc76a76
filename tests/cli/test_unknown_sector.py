"""A shop without a NAF code beside shops with one (NAF is optional in the form): it goes in an
"unknown sector" group, in `analyse` and its JSON, instead of crashing the analysis."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path

import pytest

from tests.cli.conftest import Cli, write_json
from tests.conftest import one_organisation_doc


def _two_shops_one_without_naf() -> dict:
    doc = one_organisation_doc()
    shop = copy.deepcopy(doc["businesses"][0])
    interview = copy.deepcopy(doc["interviews"][0])
    shop.update(id=str(uuid.uuid4()), name="Atelier sans code", naf=None)
    interview.update(id=str(uuid.uuid4()), business_id=shop["id"], turnover_excl_vat=50_000)
    interview["lines"] = [{"category": "rent", "amount": 10_000, "local_share": 1.0,
                           "respend_share": 0.5, "respend_source": "survey"}]
    doc["businesses"].append(shop)
    doc["interviews"].append(interview)
    return doc


@pytest.fixture
def study(cli: Cli, tmp_path: Path) -> Path:
    path = tmp_path / "s.madeinlocal"
    cli("import", path, write_json(tmp_path / "s.json", _two_shops_one_without_naf()))
    return path


def test_the_json_has_an_unknown_sector_labelled_in_both_languages(cli: Cli,
                                                                   study: Path) -> None:
    result = cli.json("analyse", study, "--format", "json", "--by", "sector")
    groups = result["by_sector"]
    unknown = groups["Activité non renseignée"]
    assert unknown["label"] == {"fr": "Activité non renseignée", "en": "Sector not given"}
    assert unknown["n"] == 1
    # 50,000 of turnover, 10,000 of local rent re-spent at 50 %: (50 + 10 + 5) / 50 = 1.3
    assert unknown["lm3"]["ratio_of_totals"] == pytest.approx(1.3)
    bakery = groups["10.7 Fabrication produits boulangerie-pâtisserie & pâtes alimentaires"]
    assert bakery["n"] == 1 and bakery["lm3"]["ratio_of_totals"] == pytest.approx(1.7762)
    sectors = {row["sector"] for row in result["interviews"]}
    assert "Activité non renseignée" in sectors


@pytest.mark.parametrize(("lang", "label", "lm3"), [
    ("en_GB.UTF-8", "Sector not given", "1.300"),
    ("fr_FR.UTF-8", "Activité non renseignée", "1,300")])
def test_the_table_names_it_in_the_users_language(cli: Cli, study: Path, lang: str,
                                                  label: str, lm3: str) -> None:
    speaking = Cli(dict(cli.env, LANGUAGE=lang, LC_ALL=lang))
    table = speaking("analyse", study, "--by", "sector").stdout
    row = next(line for line in table.splitlines() if line.strip().startswith(label))
    assert row.split()[len(label.split()):][:2] == ["1", lm3]  # n and LM3, the language's way
