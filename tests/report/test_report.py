"""The study report and the shop sheets, read back as a user's PDF viewer would (poppler)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from madeinlocal_desktop.analysis.chart_format import format_number, format_percent
from madeinlocal_desktop.errors import Cancelled
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.report.texts import TEXTS

from ..cli.conftest import Cli
from ..poppler import needs_poppler

pytestmark = needs_poppler


def pdf_text(path: Path) -> str:
    """The PDF's text with every run of spaces (no-break ones too) and line breaks as one space."""
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return re.sub(r"[\s\u00a0\u202f]+", " ", raw)


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def plain(value: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", value)


@pytest.fixture(scope="module")
def french(demo_template: Path, module_cli: Cli, tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[dict, str, Path]:
    """`analyse --format json` of the demo, and its French report, both by the real CLI."""
    folder = tmp_path_factory.mktemp("report")
    analysed = module_cli.json("analyse", demo_template, "--format", "json")
    out = folder / "rapport.pdf"
    module_cli("--lang", "fr", "report", demo_template, out)
    return analysed, pdf_text(out), out


def test_headline_figures_are_those_of_analyse_in_french(french: tuple[dict, str, Path]
                                                         ) -> None:
    analysed, text, _ = french
    lm3 = analysed["lm3"]
    low, high = lm3["ci95"]
    headline = format_number(lm3["ratio_of_totals"], 3, "fr")
    assert "," in headline and "." not in headline  # French decimal comma: 1,377
    assert plain(f"LM3 de l'ensemble des commerces enquêtés : {headline}") in text
    assert plain(f"{format_number(low, 3, 'fr')} – {format_number(high, 3, 'fr')}") in text
    assert f"n = {analysed['n']} entretiens" in text
    assert plain(format_percent(analysed["recirculation_share"], "fr")) in text
    assert "DONNÉES FICTIVES" in text


def test_every_font_is_embedded(french: tuple[dict, str, Path]) -> None:
    listing = subprocess.run(["pdffonts", str(french[2])], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing, "the report uses no font"
    for line in listing:
        name, embedded = line.split()[0], line.split()[-5]
        assert embedded == "yes", f"{name} is not embedded"
        assert "DejaVu" in name


def test_french_report_has_no_english_heading(french: tuple[dict, str, Path]) -> None:
    text = french[1]
    headings = ["contents", "summary", "method", "rules", "method_brief", "sample", "round3",
                "results", "by_ownership", "by_sector", "leakage", "trail", "territory",
                "io", "scenarios", "opportunities", "capital", "map", "sources",
                "definitions", "col_ci", "col_category"]
    for key in headings:
        assert plain(TEXTS["fr"][key]).split(" :")[0] in text
        assert plain(TEXTS["en"][key]) not in text, f"English heading in the French report: {key}"
    for word in ("Leakage", "Contents", "Money for capital", "Share of turnover", "Euros a"
                 " year", "Chain branch", "Independent"):
        assert word not in text


def test_french_report_groups_thousands_and_gives_the_register_profile(
        french: tuple[dict, str, Path], demo_template: Path) -> None:
    text = french[1]
    with Project.open(demo_template) as project:
        profile = project.territory.profile()
        in_scope = project.territory.plan().in_scope
    # counts of a thousand and more are written 1 174, as every other figure of the report
    assert plain(f"{format_number(in_scope, 0, 'fr')} établissements du registre") in text
    assert str(in_scope) not in text
    ungrouped = [m for m in re.findall(r"(?<![\d.,/])\d{4,}(?![\d.,])", text)
                 if not 1900 <= int(m) <= 2100]
    assert ungrouped == []
    # the profile says what the register tells of the social economy and of head offices
    ess, head = profile["ess"], profile["head_office_in_territory"]
    assert plain(f"Économie sociale et solidaire : {format_percent(ess['establishments'], 'fr')}"
                 f" des établissements et {format_percent(ess['jobs'], 'fr')} des emplois") \
        in text
    assert plain(f"Siège dans le territoire : {format_percent(head['share'], 'fr')}") in text


def test_report_lists_sources_and_numbers_pages(french: tuple[dict, str, Path]) -> None:
    text, count = french[1], pages(french[2])
    for source in ("WIOD", "INSEE", "DGCL", "La Poste"):
        assert source in text
    assert f"Page {count} / {count}" in text
    assert "Sommaire" in text and "Annexe : définitions" in text


def test_english_on_request_and_nothing_left_behind(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with Project.open(demo_file) as project:
        seen: list[float] = []
        project.report(out, lang="en", progress=seen.append)
        headline = project.analysis.run(bootstrap=2000).to_dict()["lm3"]["ratio_of_totals"]
    text = pdf_text(out)
    assert "FICTITIOUS DATA" in text and "Contents" in text
    assert f"LM3 of all surveyed shops: {format_number(headline, 3, 'en')}" in text
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.madeinlocal", "report.pdf"]


def test_cancel_leaves_no_file(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with Project.open(demo_file) as project, pytest.raises(Cancelled):
        project.report(out, cancel=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.madeinlocal"]


def test_saved_scenarios_side_by_side(demo_file: Path, tmp_path: Path, cli: Cli) -> None:
    from madeinlocal_desktop.analysis.scenario_impact import ScenarioSpec, Shift

    with Project.open(demo_file) as project:
        project.scenarios.save(ScenarioSpec((Shift("supplies", 0.2),), 0.45, "Fournitures"))
        project.scenarios.save(ScenarioSpec((Shift("goods_resale", 0.1),
                                             Shift("services", 0.25)), 0.4, "Commerce local"))
        runs = {name: project.scenarios.run(name) for name in project.scenarios.names()}
    out = tmp_path / "rapport.pdf"
    cli("--lang", "fr", "report", demo_file, out)
    text = pdf_text(out)
    assert "Fournitures" in text and "Commerce local" in text
    for result in runs.values():
        assert plain(f"{format_number(result['lm3_before'], 3, 'fr')} → "
                     f"{format_number(result['lm3_after'], 3, 'fr')}") in text
    out.unlink()
    refused = cli("--lang", "fr", "report", demo_file, out, "--scenarios", "Autre", ok=False)
    assert refused.returncode == 2 and "Commerce local, Fournitures" in refused.stderr
    assert not out.exists()
    cli("report", demo_file, out, "--scenarios", "Fournitures")
    assert "Commerce local" not in pdf_text(out)


# -- the shop sheets ---------------------------------------------------------------------------


def test_a_shop_sheet_names_that_shop_only(demo_file: Path, tmp_path: Path, cli: Cli) -> None:
    with Project.open(demo_file) as project:
        interviewed = {i.business_id for i in project.interviews.list()}
        shops = {b.id: b.name for b in project.businesses.list() if b.id in interviewed}
    shop = sorted(shops)[5]
    out = tmp_path / "fiche.pdf"
    cli("--lang", "fr", "report", demo_file, out, "--shops", shop)
    text = pdf_text(out)
    assert pages(out) == 1
    assert plain(shops[shop]) in text
    others = [name for key, name in shops.items()
              if key != shop and name not in shops[shop]]
    assert [name for name in others if plain(name) in text] == []
    assert "Merci d'avoir participé" in text and "10 %" in text


def test_all_shops_one_file_or_one_each(demo_file: Path, tmp_path: Path) -> None:
    (tmp_path / "une").mkdir()
    with Project.open(demo_file) as project:
        analysed = project.analysis.run(bootstrap=0).to_dict()["n_businesses"]
        together = project.shop_sheets(tmp_path / "fiches.pdf", shops="all")
        apart = project.shop_sheets(tmp_path / "une" / "x.pdf", shops="all", one_per_shop=True)
    assert pages(together[0]) == analysed
    assert len(apart) == analysed and len({p.name for p in apart}) == analysed
    assert all(pages(p) == 1 for p in apart[:3])
    assert not [p for p in (tmp_path / "une").iterdir() if p.suffix != ".pdf"]


# -- bad input: one line, exit 2, no file ------------------------------------------------------


@pytest.mark.parametrize(("extra", "french_words"), [
    (["--scenarios", "inconnu"], "Scénario inconnu"),
    (["--shops", "pas-un-commerce"], "Commerce inconnu"),
])
def test_unknown_scenario_or_shop(demo_file: Path, tmp_path: Path, cli: Cli,
                                  extra: list[str], french_words: str) -> None:
    out = tmp_path / "rapport.pdf"
    result = cli("--lang", "fr", "report", demo_file, out, *extra, ok=False)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and french_words in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.madeinlocal"]


def test_unwritable_output(demo_file: Path, tmp_path: Path, cli: Cli) -> None:
    for out in (tmp_path / "demo.madeinlocal" / "r.pdf", Path("/proc/rapport.pdf"),
                tmp_path / "r.txt"):
        result = cli("report", demo_file, out, ok=False)
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("Error:")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.madeinlocal"]


def test_study_without_complete_interview(tmp_path: Path, cli: Cli) -> None:
    study = tmp_path / "vide.madeinlocal"
    Project.new_study(study, "Vide", 2025, ["86194"], "Poitiers").close()
    for extra in ([], ["--shops", "all"]):
        result = cli("--lang", "fr", "report", study, tmp_path / "r.pdf", *extra, ok=False)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("Erreur")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("vide")) == []
