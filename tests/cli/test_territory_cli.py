"""The territory through the command line, as a coordinator runs it: a two-stratum case
computed by hand, a census, the draw and its call sheet, and refusals in one line."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.cli.conftest import Cli, write_json
from tests.territory_support import row, sirets, write_csv

S = sirets(15, seed=5)
BAKERIES, SHOPS = S[:10], S[10:15]  # stratum C1 (N = 10) and stratum GZ (N = 5)

# The respondents: (SIRET, NAF, R1, goods for resale, local share); the Round-3 share is 0.5.
ANSWERS = [(BAKERIES[0], "10.71C", 100_000, 50_000, 0.4),
           (BAKERIES[1], "10.71C", 200_000, 80_000, 0.5),
           (BAKERIES[2], "10.71C", 300_000, 150_000, 0.2),
           (SHOPS[0], "47.24Z", 400_000, 200_000, 0.3),
           (SHOPS[1], "47.24Z", 600_000, 300_000, 0.1)]


def study_document() -> dict:
    businesses, interviews = [], []
    for i, (siret, naf, r1, goods, local) in enumerate(ANSWERS):
        business = f"00000000-0000-4000-8000-{i:012d}"
        businesses.append({"id": business, "name": f"Commerce {i}", "siret": siret,
                           "naf": naf, "ownership": "independent", "commune": "86194"})
        interviews.append({
            "id": f"10000000-0000-4000-8000-{i:012d}", "business_id": business,
            "date": "2026-03-02", "consent": True, "status": "complete",
            "turnover_excl_vat": r1,
            "lines": [{"category": "goods_resale", "amount": goods, "local_share": local,
                       "respend_share": 0.5, "respend_source": "survey"}]})
    return {"format": "madeinlocal/1",
            "study": {"name": "Cas à la main", "fiscal_year": 2025,
                      "territory": {"name": "Poitiers", "communes": ["86194"]}},
            "businesses": businesses, "interviews": interviews}


def make_study(cli: Cli, tmp_path: Path, frame_sirets: list[str]) -> Path:
    study = tmp_path / "hand.madeinlocal"
    cli("import", study, write_json(tmp_path / "study.json", study_document()))
    rows = [row(s, "10.71C" if s in BAKERIES else "47.24Z") for s in frame_sirets]
    cli("frame", "import", study, write_csv(tmp_path / "stock.csv", rows))
    return study


def test_two_strata_by_hand_through_the_cli(cli: Cli, tmp_path: Path) -> None:
    study = make_study(cli, tmp_path, S)
    cli("sample", "design", study, "--strata", "a17", "--scope", "10.71,47",
        "--allocation", "fixed", "--fixed", "C1=3", "--fixed", "GZ=2")
    t = cli.json("analyse", study, "--territory", "--format", "json", "--bootstrap",
                 "500")["territory"]
    # R2 = goods × local share, R3 = R2 × 0.5. C1: R1 = 100, 200, 300 k€, R2 = 20, 40, 30 k€;
    # GZ: R1 = 400, 600 k€, R2 = 60, 30 k€.
    # R1: 10 × 200,000 + 5 × 500,000; s² = 1e10 (C1) and 2e10 (GZ).
    r1 = t["totals"]["r1"]
    assert r1["estimate"] == pytest.approx(4_500_000, abs=1e-6)
    assert r1["se"] == pytest.approx(math.sqrt(10**2 * 0.7 * 1e10 / 3 + 5**2 * 0.6 * 2e10 / 2),
                                     abs=1e-6)
    assert r1["se_no_fpc"] == pytest.approx(math.sqrt(10**2 * 1e10 / 3 + 5**2 * 2e10 / 2),
                                            abs=1e-6)
    # R2: C1 mean 30,000 (s² = 1e8), GZ mean 45,000 (s² = 4.5e8).
    r2 = t["totals"]["r2"]
    assert r2["estimate"] == pytest.approx(10 * 30_000 + 5 * 45_000, abs=1e-6)
    assert r2["se"] == pytest.approx(math.sqrt(100 * 0.7 * 1e8 / 3 + 25 * 0.6 * 4.5e8 / 2),
                                     abs=1e-6)
    assert t["totals"]["r3"]["estimate"] == pytest.approx(262_500, abs=1e-6)
    assert t["totals"]["local"]["estimate"] == pytest.approx(787_500, abs=1e-6)
    # LM3: Ŷ = 5,287,500, R̂ = 1.175; residuals C1 12,500, 25,000, −7,500 (s² = 2.6875e8),
    # GZ 20,000, −60,000 (s² = 3.2e9).
    lm3 = t["lm3"]
    assert lm3["estimate"] == pytest.approx(1.175, abs=1e-9)
    se = math.sqrt((100 * 0.7 * 2.6875e8 / 3 + 25 * 0.6 * 3.2e9 / 2) / 4_500_000**2)
    assert lm3["se"] == pytest.approx(se, abs=1e-9)
    assert lm3["ci95"] == pytest.approx([1.175 - 3.182446305 * se, 1.175 + 3.182446305 * se],
                                        abs=1e-6)
    assert t["recirculation"]["estimate"] == pytest.approx(525_000 / 4_500_000, abs=1e-9)
    assert [(s["key"], s["N"], s["n"], s["respondents"]) for s in t["strata"]] == [
        ("C1", 10, 3, 3), ("GZ", 5, 2, 2)]
    assert t["strata"][0]["weight"] == pytest.approx(10 / 3)
    assert t["frame"] == {"establishments": 15, "in_scope": 15, "version": 1,
                          "source_name": "stock.csv"}
    assert t["outside_frame"] == 0 and t["coverage"] == {"establishments": 1.0,
                                                          "employment": 1.0}
    assert t["lm3"]["bootstrap_ci95"][0] < 1.175 < t["lm3"]["bootstrap_ci95"][1]


def test_calibration_bounds_can_be_widened_from_the_command_line(cli: Cli,
                                                                  tmp_path: Path) -> None:
    # C1's three respondents employ 1.5, 1.5 and 7.5 (size bands 01, 01, 03); the seven
    # others 7.5 each: 63 jobs for 10 establishments. Weights summing to 10 that give 63 jobs
    # are 1, 1 and 8 (g = 0.3, 0.3, 2.4), outside the default bounds 0.5 and 2.
    study = tmp_path / "hand.madeinlocal"
    cli("import", study, write_json(tmp_path / "study.json", study_document()))
    sizes = {BAKERIES[0]: "01", BAKERIES[1]: "01", BAKERIES[2]: "03"}
    rows = [row(s, "10.71C", size=sizes.get(s, "03")) for s in BAKERIES] + [
        row(s, "47.24Z") for s in SHOPS]
    cli("frame", "import", study, write_csv(tmp_path / "stock.csv", rows))
    cli("sample", "design", study, "--strata", "a17", "--allocation", "fixed",
        "--fixed", "C1=3", "--fixed", "GZ=2")
    refused = cli("analyse", study, "--territory", "--calibrate", "employment",
                  "--format", "json", ok=False)
    assert refused.returncode == 2 and "\n" not in refused.stderr.strip()
    assert "C1" in refused.stderr and "bounds" in refused.stderr
    assert "the register's jobs" in refused.stderr  # the margin in words, not its key
    t = cli.json("analyse", study, "--territory", "--calibrate", "employment",
                 "--calibration-bounds", "0.2", "3", "--format", "json",
                 "--bootstrap", "0")["territory"]
    assert t["calibration"] is not None
    # the calibrated weights 1, 1, 8 reproduce the frame's jobs: R1 = 100,000 + 200,000 +
    # 8 × 300,000 in C1, and 2.5 × (400,000 + 600,000) in GZ
    assert t["totals"]["r1"]["estimate"] == pytest.approx(2_700_000 + 2_500_000, rel=1e-6)
    wrong = cli("analyse", study, "--territory", "--calibrate", "employment",
                "--calibration-bounds", "2", "0.5", ok=False)
    assert wrong.returncode == 2 and "\n" not in wrong.stderr.strip()


def test_a_census_gives_the_sample_sums_without_error(cli: Cli, tmp_path: Path) -> None:
    study = make_study(cli, tmp_path, [a[0] for a in ANSWERS])
    cli("sample", "design", study, "--strata", "a17", "--n", "5")
    data = cli.json("analyse", study, "--territory", "--format", "json")
    t = data["territory"]
    sample_r1 = sum(i["r1"] for i in data["interviews"])
    assert t["totals"]["r1"]["estimate"] == pytest.approx(sample_r1, abs=1e-6)
    assert t["totals"]["r1"]["estimate"] == pytest.approx(1_600_000, abs=1e-6)
    for key in ("r1", "r2", "r3", "local"):
        assert t["totals"][key]["se"] == 0
        low, high = t["totals"][key]["bootstrap_ci95"]
        assert low == pytest.approx(high)
    assert t["lm3"]["estimate"] == pytest.approx(data["lm3"]["ratio_of_totals"], abs=1e-12)
    lines = cli("analyse", study, "--territory", "--format", "csv").stdout.splitlines()
    assert lines[0].startswith("quantity,estimate,se")
    assert lines[1].startswith("total_r1,1600000.0,0.0")
    table = cli("analyse", study, "--territory").stdout
    assert "Territory (design-based, euros a year)" in table and "€1,600,000" in table
    # the territory's leakage is named in the table's language, as the sample's is above it
    territory_part = table.split("Leakage by category (territory):")[1]
    assert "Goods bought for resale" in territory_part
    assert "Marchandises" not in table


def test_draw_writes_a_french_call_sheet(cli: Cli, tmp_path: Path) -> None:
    study = make_study(cli, tmp_path, S)
    table = cli("sample", "design", study, "--strata", "a17", "--n", "6").stdout
    assert "C1" in table and "GZ" in table
    out = tmp_path / "appels.csv"
    result = cli("sample", "draw", study, "--seed", "42", "--reserve", "1", "--out", out)
    assert "seed 42" in result.stdout
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Strate;Rôle;Ordre;Nom;SIRET")
    assert len(lines) == 1 + 6 + 2
    again = tmp_path / "again.csv"
    cli("sample", "draw", study, "--seed", "42", "--reserve", "1", "--out", again)
    assert again.read_text(encoding="utf-8-sig") == out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(("lang", "word"), [("fr_FR.UTF-8", "strate"),
                                            ("en_GB.UTF-8", "Stratum")])
def test_refusals_are_one_line_and_change_nothing(cli: Cli, tmp_path: Path, lang: str,
                                                  word: str) -> None:
    study = make_study(cli, tmp_path, S)
    cli.env = dict(cli.env, LANG=lang, LC_ALL=lang, LANGUAGE="")
    result = cli("sample", "design", study, "--strata", "a17", "--allocation", "fixed",
                 "--fixed", "C1=3", "--fixed", "GZ=9", ok=False)
    assert result.returncode == 2
    message = result.stderr.strip()
    assert "\n" not in message and "GZ" in message and word.lower() in message.lower()
    result = cli("frame", "import", study, tmp_path / "stock.csv", ok=False)  # no --replace
    assert result.returncode == 2 and "--replace" in result.stderr
    result = cli("sample", "draw", study, "--seed", "1", ok=False)  # no design yet
    assert result.returncode == 2
    result = cli("analyse", study, "--territory", ok=False)
    assert result.returncode == 2 and "sample design" in result.stderr
    from madeinlocal_desktop.project import Project

    with Project.open(study) as project:  # nothing was stored by the refused commands
        assert project.territory.design() is None and project.territory.current_draw() is None
        assert [v["version"] for v in project.territory.versions()] == [1]


def test_frame_show_search_add_and_employment(cli: Cli, tmp_path: Path) -> None:
    study = tmp_path / "t.madeinlocal"
    cli("new", study, "--name", "Territoire", "--year", "2025", "--commune", "86194")
    rows = [row(s, "10.71C", size="02", denominationUsuelleEtablissement=f"FOURNIL {i}",
                categorieJuridiqueUniteLegale="5458" if i == 0 else "5499",
                etablissementSiege="true") for i, s in enumerate(BAKERIES)]
    result = cli("frame", "import", study, write_csv(tmp_path / "stock.csv", rows))
    assert "10 establishments kept out of 10 rows" in result.stdout
    shown = cli.json("frame", "show", study, "--format", "json")
    assert shown["establishments"] == 10 and shown["jobs"] == pytest.approx(40)
    assert shown["ess"]["establishments"] == pytest.approx(0.1)  # one SCOP (5458)
    found = cli.json("frame", "search", study, "fournil 3", "--format", "json")
    assert [f["siret"] for f in found] == [BAKERIES[3]]
    added = cli("frame", "add", study, BAKERIES[3]).stdout
    assert "FOURNIL 3" in added and "independent" in added
    refused = cli("frame", "add", study, BAKERIES[3], ok=False)
    assert refused.returncode == 2 and "already" in refused.stderr
    employment = cli.json("frame", "employment", study, "--apply", "--format", "json")
    assert employment["employment"]["C1"] == pytest.approx(40)
    assert employment["stored"]["source"] == "frame"
    cli("sample", "design", study, "--strata", "a17", "--n", "4")
    csv_text = cli("analyse", study, "--territory", "--format", "csv", ok=False)
    # no finished interview yet: refused in one line
    assert csv_text.returncode == 2 and "\n" not in csv_text.stderr.strip()
