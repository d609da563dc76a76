"""The sampling design (analysis/sampling.py): strata, allocation, sample size, the draw."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from madeinlocal_desktop.analysis.frame_profile import JOBS_MIDPOINT, size_band
from madeinlocal_desktop.analysis.sampling import (
    allocate,
    check_spec,
    draw,
    parse_scope,
    plan,
    ratio_variance,
)
from madeinlocal_desktop.analysis.sampling_priors import (
    DEMO_CV,
    DEMO_CV_ALL,
    coefficients_of_variation,
)
from madeinlocal_desktop.errors import InvalidInput


def units(spec: dict[tuple[str, str, str], int]) -> pd.DataFrame:
    """A frame: {(naf, a17, size code): count}, SIRETs in order."""
    rows = []
    for (naf, a17, size), count in spec.items():
        for _ in range(count):
            rows.append({"siret": f"{len(rows):014d}", "naf": naf, "a17": a17, "a38": a17,
                         "naf_group": naf[:4], "size_code": size,
                         "jobs": JOBS_MIDPOINT[size]})
    return pd.DataFrame(rows)


FRAME = units({("47.24Z", "GZ", "01"): 300, ("47.24Z", "GZ", "11"): 40,
               ("56.10A", "IZ", "01"): 150, ("10.71C", "C1", "02"): 60,
               ("43.21A", "FZ", "01"): 500})


def test_size_bands_follow_the_insee_codes() -> None:
    assert [size_band(c) for c in ("NN", "00", "01", "03", "11", "12", "21", "53")] == [
        "0", "0", "1-9", "1-9", "10-49", "10-49", "50+", "50+"]


def test_scope_prefixes_are_normalised() -> None:
    assert parse_scope("47, 56,1071, 10.71C") == ("47", "56", "10.71", "10.71C")
    with pytest.raises(InvalidInput) as caught:
        parse_scope("47,boulangerie")
    assert "boulangerie" in caught.value.text("fr")


def test_proportional_allocation_in_scope() -> None:
    found = plan(FRAME, check_spec({"strata": "a17,size", "scope": "47,56,10.71", "n": 55}))
    assert found.in_scope == 550 and found.frame_establishments == 1050
    assert {s.key: s.N for s in found.strata} == {"C1|1-9": 60, "GZ|1-9": 300,
                                                  "GZ|10-49": 40, "IZ|1-9": 150}
    sizes = {s.key: s.n for s in found.strata}
    assert sum(sizes.values()) == 55
    assert sizes == {"C1|1-9": 6, "GZ|1-9": 30, "GZ|10-49": 4, "IZ|1-9": 15}
    assert found.scope_counts == {"47": 340, "56": 150, "10.71": 60}


def test_allocation_keeps_two_per_stratum_and_never_more_than_the_stratum() -> None:
    N = np.array([1000, 3, 1, 40])
    n_h = allocate(120, N, N.astype(float))
    assert n_h.sum() == 120
    assert n_h[1] == 2 and n_h[2] == 1  # at least two, or the whole stratum when smaller
    assert (n_h >= np.minimum(2, N)).all() and (n_h <= N).all()
    # a share larger than its stratum takes the whole stratum and the rest goes elsewhere
    capped = allocate(60, np.array([100, 10]), np.array([1.0, 100.0]))
    assert capped.tolist() == [50, 10]


def test_neyman_puts_more_sample_where_the_spread_is() -> None:
    spec = {"strata": "a17", "scope": "47,56", "allocation": "neyman", "n": 60,
            "cv": {"GZ": 0.1, "IZ": 0.4}}
    found = {s.key: s for s in plan(FRAME, check_spec(spec)).strata}
    gz, iz = found["GZ"], found["IZ"]
    assert gz.cv_source == "given"
    # n_h ∝ N_h S_h, S_h = CV_h × (mean jobs + 1)
    share = gz.N * gz.cv * gz.size / (gz.N * gz.cv * gz.size + iz.N * iz.cv * iz.size)
    assert gz.n == round(60 * share)
    assert gz.n + iz.n == 60


def test_default_priors_are_the_demo_study_ones() -> None:
    found = {s.key: s for s in plan(FRAME, check_spec({"strata": "a17", "n": 40})).strata}
    assert found["GZ"].cv == DEMO_CV["GZ"] and found["GZ"].cv_source == "demo"
    assert found["FZ"].cv == DEMO_CV_ALL and found["FZ"].cv_source == "demo_all"


def test_the_demo_priors_are_recomputed_from_the_demo(tmp_path: Path) -> None:
    from madeinlocal_desktop.project import Project
    from madeinlocal_desktop.reference import naf_bridge

    project = Project.create_demo(tmp_path / "demo.madeinlocal", register=False)
    with project:
        table = project.analysis.run(bootstrap=0).interviews
        naf = {b.id: b.naf for b in project.businesses.list()}
    a17 = np.array([naf_bridge.subclasses()[naf[b]].a17 for b in table["business_id"]],
                   dtype=object)
    x = table["r1"].to_numpy()
    by_sector, overall = coefficients_of_variation(x, x + table["r2"].to_numpy()
                                                   + table["r3"].to_numpy(), a17)
    assert by_sector == DEMO_CV and overall == DEMO_CV_ALL


def test_sample_size_from_the_target_half_width_with_the_fpc() -> None:
    spec = check_spec({"strata": "a17", "scope": "47,56", "half_width": 0.03})
    found = plan(FRAME, spec)
    assert found.half_width <= 0.03
    N = np.array([s.N for s in found.strata])
    S = np.array([s.cv * s.size for s in found.strata])
    X = float((N * np.array([s.size for s in found.strata])).sum())
    smaller = allocate(found.n - 1, N, N.astype(float))
    df = found.n - 1 - len(N)
    from madeinlocal_desktop.analysis.statistics import t_quantile

    assert t_quantile(0.975, df) * math.sqrt(ratio_variance(N, smaller, S, X)) > 0.03
    # a target the population can only meet whole is a census, with no sampling error
    census = plan(FRAME, check_spec({"strata": "a17", "scope": "10.71", "half_width": 1e-9}))
    assert census.n == 60 and census.half_width == 0.0


@pytest.mark.parametrize(("spec", "code", "named"), [
    ({"strata": "a17", "scope": "99", "n": 5}, "territory.scope_empty", "99"),
    ({"strata": "a17", "scope": "47", "n": 400}, "territory.sample_too_large", "400"),
    ({"strata": "a17,size", "scope": "47", "n": 3}, "territory.sample_too_small", "3"),
    ({"strata": "a17", "scope": "47,56", "allocation": "fixed",
      "fixed": {"GZ": 10, "IZ": 0}}, "territory.stratum_no_sample", "IZ"),
    ({"strata": "a17", "scope": "47,56", "allocation": "fixed",
      "fixed": {"GZ": 10, "IZ": 200}}, "territory.stratum_too_small", "IZ"),
    ({"strata": "a17", "scope": "47", "allocation": "fixed",
      "fixed": {"GZ": 10, "KZ": 3}}, "territory.stratum_empty", "KZ"),
    ({"strata": "a17,commune", "n": 10}, "territory.strata_unknown", "commune"),
    ({"strata": "a17,a38", "n": 10}, "territory.strata_two_sectors", "a38"),
    ({"strata": "a17", "n": 10, "half_width": 0.1}, "territory.size_choice", "n"),
])
def test_impossible_designs_are_refused_naming_the_stratum(spec, code, named) -> None:
    with pytest.raises(InvalidInput) as caught:
        plan(FRAME, check_spec(spec))
    assert caught.value.code == code
    french, english = caught.value.text("fr"), caught.value.text("en")
    assert named in french and named in english and french != english
    assert "\n" not in french


def test_a_design_without_a_size_asks_for_one_and_does_not_say_both() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_spec({"strata": "a17", "scope": "47"})
    french, english = caught.value.text("fr"), caught.value.text("en")
    assert "not both" not in english and "pas les deux" not in french
    assert "n" in english.split() and "half-width" in english and "demi-largeur" in french


def test_the_draw_is_seeded_and_does_not_depend_on_the_file_order() -> None:
    chosen = plan(FRAME, check_spec({"strata": "a17,size", "scope": "47,56,10.71", "n": 55}))
    first = draw(FRAME, chosen, seed=2026, reserve=3)
    again = draw(FRAME.sample(frac=1.0, random_state=1), chosen, seed=2026, reserve=3)
    pd.testing.assert_frame_equal(first.units, again.units)
    other = draw(FRAME, chosen, seed=2027, reserve=3)
    assert set(other.units["siret"]) != set(first.units["siret"])
    assert not first.units["siret"].duplicated().any()
    counts = first.counts()
    for stratum in chosen.strata:
        assert counts[stratum.key]["sample"] == stratum.n
        assert counts[stratum.key]["reserve"] == min(3, stratum.N - stratum.n)
    reserve = first.units[first.units["role"] == "reserve"]
    assert sorted(reserve[reserve["stratum"] == "GZ|1-9"]["rank"]) == [1, 2, 3]


def test_every_unit_of_a_stratum_has_the_same_chance() -> None:
    small = units({("47.24Z", "GZ", "01"): 10})
    chosen = plan(small, check_spec({"strata": "a17", "n": 3}))
    hits = pd.Series(0, index=small["siret"])
    for seed in range(800):
        hits[draw(small, chosen, seed=seed).units["siret"]] += 1
    assert (hits / 800).between(0.24, 0.36).all()  # 3 / 10 each (± 3.7 standard errors)
