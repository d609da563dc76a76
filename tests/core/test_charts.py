"""The dashboard's charts: matplotlib Figures built without pyplot or Qt, from a real analysis."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from madeinlocal_desktop.analysis import charts
from madeinlocal_desktop.analysis.chart_format import (
    NBSP,
    NNBSP,
    apportion,
    format_amount,
    format_euros,
    format_euros_short,
    format_number,
    format_percent,
    short_label,
    wrap,
)
from madeinlocal_desktop.analysis.dashboard_data import run_scenario, scenario_basis
from madeinlocal_desktop.errors import InvalidInput
from tests.dashboard_support import demo_analysis, make_demo_study

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Any]:
    path = make_demo_study(tmp_path_factory.mktemp("charts") / "demo.madeinlocal")
    return demo_analysis(path)


@pytest.fixture(scope="module")
def labels(demo: tuple[dict[str, Any], Any]) -> dict[str, str]:
    return {c.code: c.label_fr for c in demo[1].categories}


def tick_labels(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.axes[0].get_yticklabels()]


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_lm3_by_sector_one_bar_per_sector_with_n_in_its_label(demo) -> None:
    result, _ = demo
    groups = result["by_sector"]
    fig = charts.lm3_by_group_figure(groups, kind="sector", lang="fr",
                                     overall=result["lm3"]["ratio_of_totals"])
    ax = fig.axes[0]
    assert len(ax.patches) == len(groups)
    labels = tick_labels(fig)
    assert len(labels) == len(groups)
    for group in groups.values():
        # A sector of one shop has no interval, and its label says so.
        ending = (f"(n = {group['n']}, trop peu pour un intervalle)"
                  if group["n_businesses"] < 2 else f"(n = {group['n']})")
        assert any(label.endswith(ending) for label in labels), ending
    assert any(g["n_businesses"] == 1 for g in groups.values())  # the demo has such a sector
    # Bars start at 1 and end at each sector's ratio of totals, highest on top.
    ends = sorted(round(p.get_x() + p.get_width(), 9) for p in ax.patches)
    assert ends == sorted(round(g["lm3"]["ratio_of_totals"], 9) for g in groups.values())
    assert all(p.get_x() == 1.0 for p in ax.patches)
    # The value written beside each bar is French: "1,74".
    assert all("," in t and "." not in t for t in texts(fig))
    assert ax.xaxis.get_major_formatter()(1.5, 0) == "1,5"


def test_intervals_are_drawn_and_cut_to_the_possible_range(demo) -> None:
    groups = {"wide": {"n": 2, "recirculation_share": 0.4,
                       "lm3": {"ratio_of_totals": 1.6, "mean": 1.6, "ci95": [-0.8, 4.1]}},
              "tight": {"n": 9, "recirculation_share": 0.3,
                        "lm3": {"ratio_of_totals": 1.3, "mean": 1.3, "ci95": [1.25, 1.35]}},
              "alone": {"n": 1, "recirculation_share": 0.3,
                        "lm3": {"ratio_of_totals": 1.9, "mean": 1.9, "ci95": None}}}
    fig = charts.lm3_by_group_figure(groups, kind="sector", lang="en")
    ax = fig.axes[0]
    bars = ax.containers[-1]  # the error bars
    segments = bars.lines[2][0].get_segments()
    spans = sorted((round(s[0][0], 6), round(s[1][0], 6)) for s in segments)
    assert spans == [(1.0, 3.0), (1.25, 1.35), (1.9, 1.9)]
    assert "cut at the possible range" in ax.get_title(loc="left")


def test_lm3_by_ownership_in_french(demo) -> None:
    result, _ = demo
    fig = charts.lm3_by_group_figure(result["by_ownership"], kind="ownership", lang="fr")
    assert len(fig.axes[0].patches) == len(result["by_ownership"])
    joined = " ".join(tick_labels(fig))
    assert "Indépendant" in joined and "Succursale de chaîne" in joined
    assert fig.get_suptitle() == "LM3 par type de propriété"


def test_leakage_bars_euros_and_percent_the_french_way(demo, labels) -> None:
    result, _ = demo
    leakage = result["leakage_by_category"]
    fig = charts.leakage_figure(leakage, lang="fr", labels=labels, retained=result["retained"],
                                not_described=result["not_described"])
    ax = fig.axes[0]
    assert len(ax.patches) == len(leakage) + 2
    assert "Marchandises achetées pour la revente" in tick_labels(fig)
    # Long labels lose their bracket rather than overflow: "Services extérieurs (comptable…)".
    assert "Services extérieurs" in tick_labels(fig)
    goods = leakage["goods_resale"]
    expected = f"{format_euros(goods['euros'], 'fr')} · {format_percent(goods['share'], 'fr')}"
    assert expected in texts(fig)
    assert f"{NBSP}€" in expected and f"{NBSP}%" in expected and NNBSP in expected
    assert ax.xaxis.get_major_formatter()(20e6, 0) == f"20{NBSP}M€"


def test_money_trail_adds_up_to_the_lm3(demo, labels) -> None:
    result, _ = demo
    fig = charts.money_trail_figure(result, lang="fr", labels=labels)
    ax = fig.axes[0]
    assert len(ax.patches) == 9  # round 1; round 2 in three parts; round 3 in two; the total
    total_column = [p for p in ax.patches if abs(p.get_x() + p.get_width() / 2 - 3) < 1e-9]
    total = sum(p.get_height() for p in total_column)
    assert total / 100 == pytest.approx(result["lm3"]["ratio_of_totals"])
    round2 = [p for p in ax.patches if abs(p.get_x() + p.get_width() / 2 - 1) < 1e-9]
    assert sum(p.get_height() for p in round2) == pytest.approx(100, abs=0.5)
    formula = ax.get_title(loc="left")  # "LM3 = (100 + 26,5 + 11,5) / 100 = 1,38"
    assert formula.startswith("LM3 = (100 + ")
    r2, r3 = (float(v.replace(",", ".")) for v in formula.split("(")[1].split(")")[0]
              .split(" + ")[1:])
    written_total = next(t.get_text() for t in ax.texts if t.get_text().startswith("= "))
    assert written_total == f"= {format_amount(100 + r2 + r3, 'fr')}"
    assert next(t.get_text() for t in ax.get_xticklabels()) == "Tour 1\nchiffre d'affaires"
    assert "Marchandises achetées pour la revente" in ax.get_xlabel()


def test_scenario_comparison(demo, labels) -> None:
    result, study = demo
    basis = scenario_basis(result, study.categories)
    outcome = run_scenario(basis, "goods_resale", 0.2, 0.45)
    fig = charts.scenario_figure([outcome.to_dict()], lang="fr", labels=labels)
    ax = fig.axes[0]
    assert len(ax.patches) == 2 + 4  # today: rounds 2 and 3; scenario: the same plus two gains
    rows = {t.get_text(): y for t, y in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)}
    assert set(rows) == {"Aujourd'hui", "Scénario"} and rows["Aujourd'hui"] > rows["Scénario"]
    assert format_number(outcome.lm3_after, 2, "fr") in texts(fig)
    assert format_euros(outcome.kept_locally, "fr") in ax.get_title(loc="left")
    several = charts.scenario_figure(
        [outcome.to_dict(), run_scenario(basis, "services", 0.5, 0.3).to_dict()],
        lang="en", labels={c.code: c.label_en for c in study.categories})
    assert len(several.axes[0].patches) == 2 + 4 + 4
    assert any("Outside services 50%" in label for label in tick_labels(several))
    compact = charts.scenario_figure([outcome.to_dict()], lang="fr", compact=True)
    assert compact.get_suptitle() == "" and compact.get_figwidth() < 5


def test_save_figure_writes_valid_png_and_svg(demo, tmp_path: Path, labels) -> None:
    result, _ = demo
    fig = charts.money_trail_figure(result, lang="fr", labels=labels)
    png = charts.save_figure(fig, tmp_path / "trail.png")
    assert png.read_bytes()[:8] == PNG_SIGNATURE
    svg = charts.save_figure(fig, tmp_path / "trail.SVG")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert b"<dc:date>" not in svg.read_bytes()  # reproducible: no timestamp
    with pytest.raises(InvalidInput, match=r"\.png or \.svg"):
        charts.save_figure(fig, tmp_path / "trail.pdf")


def test_french_and_english_numbers() -> None:
    assert format_euros(12500, "fr") == f"12{NNBSP}500{NBSP}€"
    assert format_euros(12500, "en") == "€12,500"
    assert format_euros(-3.5, "fr", 2) == f"-3,50{NBSP}€"
    assert format_euros(None, "fr") == "—"
    assert format_number(1.7762, 2, "fr") == "1,78"
    assert format_number(1234567.891, 1, "fr") == f"1{NNBSP}234{NNBSP}567,9"
    assert format_percent(0.269, "fr") == f"26,9{NBSP}%"
    assert format_percent(0.269, "en") == "26.9%"
    assert format_euros_short(1_500_000, "fr") == f"1,5{NBSP}M€"
    assert format_euros_short(500_000, "en") == "€500k"
    with pytest.raises(ValueError):
        format_number(1.0, 2, "de")


def test_written_parts_add_up_to_their_written_whole() -> None:
    parts = apportion([26.46, 68.01, 5.53])
    assert parts == pytest.approx([26.5, 68.0, 5.5]) and sum(parts) == pytest.approx(100)
    assert sum(apportion([11.46, 15.0], total=26.5)) == pytest.approx(26.5)
    assert sum(apportion([33.33, 33.33, 33.34], step=1)) == 100
    assert format_amount(100.0, "fr") == f"100{NBSP}€"
    assert format_amount(26.5, "fr") == f"26,5{NBSP}€"


def test_labels_are_shortened_not_overflowing() -> None:
    assert short_label("Services extérieurs (comptable, entretien, assurance…)") == \
        "Services extérieurs"
    assert short_label("Loyer") == "Loyer"
    wrapped = wrap("47.4 Comm. détail équipts de l'information & communic. (magas. spécialisé)",
                   20)
    assert wrapped.count("\n") == 1 and wrapped.endswith("…") and ".…" not in wrapped


def test_charts_need_neither_pyplot_nor_qt(tmp_path: Path) -> None:
    """Habit 7 and the layer rule: the chart builders run in a process without Qt or pyplot."""
    script = textwrap.dedent("""
        import sys
        from madeinlocal_desktop.analysis import charts
        result = {"n": 1, "lm3": {"ratio_of_totals": 1.5}, "recirculation_share": 0.3,
                  "leakage_by_category": {"goods_resale": {"euros": 60.0, "share": 0.6}},
                  "retained": {"euros": 0.0, "share": 0.0},
                  "not_described": {"euros": 10.0, "share": 0.1},
                  "by_sector": {"a": {"n": 3, "lm3": {"ratio_of_totals": 1.5, "ci95": [1.4, 1.6]},
                                      "recirculation_share": 0.3}}}
        charts.save_figure(charts.money_trail_figure(result), sys.argv[1])
        charts.lm3_by_group_figure(result["by_sector"], kind="sector")
        charts.leakage_figure(result["leakage_by_category"])
        loaded = [m for m in sys.modules if m.startswith(("PySide6", "matplotlib.pyplot"))]
        assert not loaded, loaded
    """)
    out = tmp_path / "trail.png"
    done = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == PNG_SIGNATURE


def test_labels_with_dollar_signs_are_drawn_as_typed(demo, labels) -> None:
    # Two $ signs would make matplotlib read the text between them as math: "Frais $x^$"
    # stopped the whole dashboard from drawing. A study's own words are always literal.
    import io

    result, _ = demo
    code = next(iter(result["leakage_by_category"]))
    typed = "Frais $x^$ (US$ et CA$)"
    words = dict(labels, **{code: typed})
    figures = [
        charts.leakage_figure(result["leakage_by_category"], lang="fr", labels=words),
        charts.money_trail_figure(result, lang="fr", labels=words),
        charts.lm3_by_group_figure(result["by_sector"], kind="sector", lang="fr",
                                   labels={key: typed for key in result["by_sector"]}),
    ]
    for fig in figures:
        fig.savefig(io.BytesIO(), format="png")  # raised ValueError before
        drawn = [t for ax in fig.axes for t in (*ax.get_yticklabels(), *ax.texts, ax.xaxis.label)
                 if "x^" in t.get_text()]
        assert drawn, "the label is on the chart"
        assert all(not t._preprocess_math(t.get_text())[1] for t in drawn)  # not math
        assert all(t._preprocess_math(t.get_text())[0].count("Frais $x^$") == 1 for t in drawn)
