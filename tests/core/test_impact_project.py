"""`project.impact` on a real study file: scenarios, opportunities, capital, the map."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from madeinlocal_desktop.analysis.effects import layered_effects
from madeinlocal_desktop.analysis.io_model import Multipliers, compute_multipliers
from madeinlocal_desktop.analysis.scenario_impact import ScenarioSpec
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.exchange.interchange import parse
from madeinlocal_desktop.project import Project, create_from_data
from madeinlocal_desktop.reference import io_tables
from tests.io_support import REGION, SUPPLIES_MOVABLE, make_study, study_doc


@pytest.fixture
def project(tmp_path: Path):
    project = make_study(tmp_path / "study.madeinlocal")
    project.io.save_settings(regional_employment=REGION)
    yield project
    project.close()


def spec(*shifts: tuple[str, float], respend: float = 0.4) -> dict:
    return {"shifts": [{"category": c, "fraction": f} for c, f in shifts],
            "respend_share": respend}


# -- effects by layer ---------------------------------------------------------------------------


def miller_blair() -> Multipliers:
    table = io_tables.make_table(["1", "2"], ["1", "2"], [[150, 500], [200, 100]], ["1", "2"],
                                 [1000, 2000], compensation=[300, 400], employment=[10, 30],
                                 household_consumption=[90, 300])
    return compute_multipliers(table, closed=True)


def test_direct_plus_indirect_is_the_leontief_total() -> None:
    """Miller & Blair's example: Δf = [600, 1500] → x = [1247.52, 1841.58] (methods.md §5)."""
    effects = layered_effects(miller_blair(), [600, 1500], closed=False)
    assert effects.direct.output.tolist() == [600, 1500]
    total = effects.direct.output + effects.indirect.output
    assert total == pytest.approx([1247.524752, 1841.584158])
    assert effects.induced is None and effects.household_income is None


def test_induced_effects_are_what_the_closed_model_adds() -> None:
    model = miller_blair()
    effects = layered_effects(model, [600, 1500], closed=True)
    assert model.closed is not None
    assert effects.total.output == pytest.approx(model.closed.leontief[:2, :2]
                                                  @ np.array([600.0, 1500.0]))
    assert effects.induced is not None and np.all(effects.induced.output > 0)
    for name in ("output", "income", "value_added", "jobs"):
        layers = [getattr(effects, layer).measure(name) for layer in
                  ("direct", "indirect", "induced")]
        if layers[0] is not None:
            assert sum(layers) == pytest.approx(getattr(effects.total, name))


# -- scenario impact ----------------------------------------------------------------------------


def test_a_one_category_scenario_agrees_with_the_io_scenario_impact(project: Project) -> None:
    impact = project.impact.scenario(spec(("supplies", 0.2)))
    before = project.io.scenario_impact("supplies", 0.2, 0.4)
    assert impact["jobs"] == pytest.approx(before.jobs)
    assert impact["output"] == pytest.approx(before.output)
    assert impact["extra_local_euros"] == pytest.approx(0.2 * SUPPLIES_MOVABLE)
    assert impact["lm3_after"] == pytest.approx(before.scenario["lm3_after"])
    assert sum(impact["shock"]["demand"].values()) == pytest.approx(0.2 * SUPPLIES_MOVABLE)


def test_the_effects_are_split_into_direct_and_supplier_rounds(project: Project) -> None:
    impact = project.impact.scenario(spec(("supplies", 0.3)))
    effects = impact["effects"]
    assert effects["direct"]["output"] == pytest.approx(impact["extra_local_euros"])
    assert effects["indirect"]["jobs"] > 0 and effects["induced"] is None
    assert effects["direct"]["jobs"] + effects["indirect"]["jobs"] == pytest.approx(
        impact["jobs"])
    assert sum(impact["by_sector"]["jobs"]) == pytest.approx(impact["jobs"])


def test_the_closed_model_adds_induced_jobs(project: Project) -> None:
    open_jobs = project.impact.scenario(spec(("supplies", 0.3)))["jobs"]
    project.io.save_settings(closed=True)
    closed = project.impact.scenario(spec(("supplies", 0.3)))
    assert closed["effects"]["induced"]["jobs"] > 0
    assert closed["jobs"] == pytest.approx(open_jobs + closed["effects"]["induced"]["jobs"])


def test_several_categories_add_up(project: Project) -> None:
    both = project.impact.scenario(spec(("supplies", 0.2), ("services", 0.5)))
    parts = [project.impact.scenario(spec((c, f))) for c, f in (("supplies", 0.2),
                                                                 ("services", 0.5))]
    assert both["jobs"] == pytest.approx(sum(p["jobs"] for p in parts))
    assert both["lm3_after"] - both["lm3_before"] == pytest.approx(
        sum(p["lm3_after"] - p["lm3_before"] for p in parts))
    for code, euros in both["shock"]["demand"].items():
        assert euros == pytest.approx(sum(p["shock"]["demand"].get(code, 0) for p in parts))


def test_wages_change_lm3_but_buy_nothing_from_an_industry(project: Project) -> None:
    impact = project.impact.scenario(spec(("wages", 0.5)))
    assert impact["lm3_after"] > impact["lm3_before"]
    assert impact["shock"]["demand"] == {} and impact["jobs"] == 0
    assert [n["code"] for n in impact["notices"]] == ["scenario.not_industry"]


@pytest.mark.parametrize(("shifts", "code"), [
    ((("bananas", 0.2),), "scenario.unknown_category"),
    ((("supplies", 0.2), ("supplies", 0.1)), "scenario.category_twice"),
    ((("supplies", 1.2),), "scenario.fraction_range"),
    ((), "scenario.no_shift"),
])
def test_a_bad_scenario_is_refused_with_what_to_fix(project: Project, shifts: tuple,
                                                    code: str) -> None:
    with pytest.raises(InvalidInput) as error:
        project.impact.scenario(spec(*shifts))
    assert error.value.code == code


def test_the_dashboard_rates_scale_to_the_scenario(project: Project) -> None:
    found = project.impact.scenario_rates()
    assert found["configured"] and found["model"]["method"] == "flq"
    rates = found["categories"]
    assert set(rates) == {"supplies", "services", "energy", "goods_resale", "capex"}
    impact = project.impact.scenario(spec(("supplies", 0.25)))
    euros = impact["extra_local_euros"]
    for layer in ("direct", "indirect"):
        for name, value in impact["effects"][layer].items():
            assert value == pytest.approx(euros * rates["supplies"][layer][name])


def test_a_spec_round_trips_as_a_dict() -> None:
    chosen = ScenarioSpec.single("supplies", 0.2, 0.45)
    assert ScenarioSpec.from_dict(chosen.to_dict()) == chosen
    with pytest.raises(InvalidInput) as error:
        ScenarioSpec.from_dict({"shifts": [{"category": "supplies"}]})
    assert error.value.code == "scenario.malformed"


# -- opportunities ------------------------------------------------------------------------------


def test_opportunities_use_the_studys_territory_and_employment(project: Project) -> None:
    result = project.impact.opportunities(0.25)
    assert result["population"]["territory"] == 89_472  # Poitiers, populations légales 2022
    assert result["population"]["national"] == 68_017_091
    assert result["territory_employment"] == {"source": "settings", "total": sum(REGION.values()),
                                              "establishments": None}
    assert result["table"]["attribution_fr"].startswith("Source : World Input-Output")
    ranked = [row["total_jobs"] for row in result["sectors"]]
    assert ranked == sorted(ranked, reverse=True)


def test_the_surveys_leakage_sits_beside_each_sector(project: Project) -> None:
    """Non-local supplier euros (answered lines, capital goods apart), spread over sectors."""
    result = project.impact.opportunities(0.25)
    leak = sum(row["survey_leakage"] for row in result["sectors"])
    lines = project.analysis.frames()[1]
    picked = lines[(lines["recipient"] == "supplier") & (lines["category"] != "capex")]
    assert leak == pytest.approx(float((picked["amount"] * (1 - picked["local_share"])).sum()))
    by_category = {}
    for row in result["sectors"]:
        for category, euros in row["leakage_categories"].items():
            by_category[category] = by_category.get(category, 0) + euros
    assert by_category["supplies"] == pytest.approx(SUPPLIES_MOVABLE)


def test_an_employment_file_replaces_the_settings(project: Project, tmp_path: Path) -> None:
    file = tmp_path / "region.csv"
    file.write_text("code,employment\n" + "".join(f"{c},{v * 2}\n" for c, v in REGION.items()),
                    encoding="utf-8")
    result = project.impact.opportunities(0.25, employment=file)
    assert result["territory_employment"]["source"] == "file"
    assert result["territory_employment"]["total"] == 2 * sum(REGION.values())


def test_without_territory_employment_the_user_is_told_where_to_type_it(tmp_path: Path) -> None:
    with make_study(tmp_path / "bare.madeinlocal") as bare, \
            pytest.raises(InvalidInput) as error:
        bare.impact.opportunities()
    assert error.value.code == "impact.no_territory_employment"
    assert "Modèle entrées-sorties" in error.value.text("fr")


def test_a_territory_without_communes_has_no_population(tmp_path: Path) -> None:
    doc = study_doc()
    doc["study"]["territory"]["communes"] = []
    project, _ = create_from_data(tmp_path / "none.madeinlocal", parse(doc))
    with project:
        project.io.save_settings(regional_employment=REGION)
        with pytest.raises(InvalidInput) as error:
            project.impact.opportunities()
    assert error.value.code == "impact.population_zero"


# -- money for capital --------------------------------------------------------------------------


def capital_doc() -> dict:
    """Independent: R1 100 000, interest 2 000 (local 50 %), owners 10 000 (local 90 %).
    Chain branch: R1 400 000, interest 8 000 (local 0), owners 20 000 (local 0)."""
    doc = study_doc()
    shops = [("a1111111-1111-4111-8111-111111111111", "independent", 100_000, 0.5, 0.9),
             ("b1111111-1111-4111-8111-111111111111", "chain_branch", 400_000, 0.0, 0.0)]
    doc["businesses"] = [{"id": b, "name": f"Shop {k}", "ownership": o, "commune": "86194"}
                         for k, (b, o, *_) in enumerate(shops)]
    doc["interviews"] = [
        {"id": b.replace("1111-4", "2222-4"), "business_id": b, "date": "2026-03-02",
         "consent": True, "status": "complete", "turnover_excl_vat": r1,
         "lines": [{"category": "interest", "amount": r1 * 0.02, "local_share": lend},
                   {"category": "owner_pay", "amount": r1 * (0.1 if o == "independent"
                                                             else 0.05), "local_share": own}]}
        for b, o, r1, lend, own in shops]
    return doc


def test_money_for_capital_by_ownership(tmp_path: Path) -> None:
    project, _ = create_from_data(tmp_path / "capital.madeinlocal", parse(capital_doc()))
    with project:
        result = project.impact.capital()
    independent = result["by_ownership"]["independent"]
    assert independent["lender"]["outside"] == pytest.approx(1_000)
    assert independent["owner"]["local"] == pytest.approx(9_000)
    assert independent["capital"]["outside_share"] == pytest.approx(2_000 / 100_000)
    chain = result["by_ownership"]["chain_branch"]
    assert chain["capital"]["outside"] == pytest.approx(28_000)
    assert chain["capital"]["outside_share"] == pytest.approx(0.07)
    assert result["all"]["capital"]["outside"] == pytest.approx(30_000)
    assert result["all"]["turnover"] == pytest.approx(500_000)


# -- the map ------------------------------------------------------------------------------------


def test_the_map_counts_interviewed_shops_by_commune(project: Project) -> None:
    data = project.impact.map_data("shops")
    assert [(p["code"], p["value"]) for p in data["points"]] == [("86194", 3.0)]
    assert data["points"][0]["latitude"] == 46.58463


def test_euros_kept_locally_are_r2_plus_r3_of_the_analysis(project: Project) -> None:
    kept = project.impact.map_data("kept")["total"]
    result = project.analysis.run(bootstrap=0).to_dict()
    assert kept == pytest.approx(sum(r["r2"] + r["r3"] for r in result["interviews"]))


def test_communes_without_a_centroid_are_listed_under_the_map(tmp_path: Path) -> None:
    doc = study_doc()
    doc["study"]["territory"]["communes"] = ["86194", "15031"]
    project, _ = create_from_data(tmp_path / "map.madeinlocal", parse(doc))
    with project:
        data = project.impact.map_data("shops")
        figure = project.impact.map_figure("shops", lang="fr")
    assert [p["code"] for p in data["missing"]] == ["15031"]
    texts = [t.get_text() for t in figure.findobj(match=lambda a: hasattr(a, "get_text"))]
    assert any("Celles (15031)" in text for text in texts)


def test_the_map_asks_for_the_frame_and_a_known_size(project: Project) -> None:
    with pytest.raises(InvalidInput) as error:
        project.impact.map_data("establishments")
    assert error.value.code == "map.no_frame"
    with pytest.raises(InvalidInput):
        project.impact.map_data("population")



# -- the business register (frame) feeds the impact ------------------------------------------------


def test_the_frame_gives_the_territory_employment_and_the_map_sizes(tmp_path: Path) -> None:
    from tests.territory_support import row, sirets, write_csv

    ids = sirets(3)
    extract = write_csv(tmp_path / "sirene.csv", [
        row(ids[0], "47.24Z", size="02"),       # retail: 3 to 5 employees → 4 persons
        row(ids[1], "47.24Z", size="NN"),       # no employee declared: its owner, 1 person
        row(ids[2], "10.71C", size="11")])      # bakery: 10 to 19 → 14.5 persons
    with make_study(tmp_path / "framed.madeinlocal") as project:
        project.territory.import_frame(extract)
        found = project.impact.opportunities()
        by_code = {s["code"]: s for s in found["sectors"]}
        assert found["territory_employment"]["source"] == "frame"
        assert by_code["GZ"]["local_jobs"] == pytest.approx(5.0)
        assert by_code["C1"]["local_jobs"] == pytest.approx(14.5)
        assert by_code["GZ"]["establishments"] == 2
        counts = project.impact.map_data("establishments")
    assert [(p["code"], p["value"]) for p in counts["points"]] == [("86194", 3.0)]


def test_typed_employment_still_shows_the_frames_establishments(tmp_path: Path) -> None:
    """A committee reads the shops already there beside the jobs, whatever E^R's source."""
    from tests.territory_support import row, sirets, write_csv

    ids = sirets(2)
    extract = write_csv(tmp_path / "sirene.csv", [row(ids[0], "47.24Z", size="02"),
                                                  row(ids[1], "10.71C", size="11")])
    with make_study(tmp_path / "typed.madeinlocal") as project:
        project.io.save_settings(regional_employment=REGION)
        project.territory.import_frame(extract)
        found = project.impact.opportunities()
    by_code = {s["code"]: s for s in found["sectors"]}
    assert found["territory_employment"]["source"] == "settings"
    assert found["territory_employment"]["establishments"] == 2
    assert (by_code["GZ"]["establishments"], by_code["C1"]["establishments"]) == (1, 1)
    assert by_code["GZ"]["local_jobs"] == REGION["GZ"]


def test_the_demo_sets_its_input_output_model_from_its_register(tmp_path: Path) -> None:
    with Project.create_demo(tmp_path / "demo.madeinlocal") as demo:
        assert demo.io.has_settings()
        assert demo.territory.employment_source()["source"] == "frame"
        assert demo.io.multipliers().sectors  # the IO view and the report show them at once
