"""The report's charts: the same picture as the dashboard's `savefig`, drawn once."""

from __future__ import annotations

import io
import re
from typing import Any

import matplotlib
import pytest
from matplotlib.figure import Figure

from madeinlocal_desktop.analysis import charts
from madeinlocal_desktop.report import document
from tests.dashboard_support import demo_analysis, make_demo_study


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = make_demo_study(tmp_path_factory.mktemp("report-charts") / "demo.madeinlocal")
    return demo_analysis(path)[0]


def savefig_svg(figure: Figure) -> str:
    """What the report wrote before: matplotlib's own savefig, text left as text."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg", facecolor="white", metadata={"Date": None})
    svg = document._UNFILLED_TEXT.sub(r'<text style="fill: #000000; \1"',
                                      buffer.getvalue().decode())
    return document._METADATA.sub("", svg, count=1)


def same_ids(svg: str) -> str:
    """Clip paths and markers get random ids in each file: number them in order of use."""
    seen: dict[str, str] = {}
    return re.sub(r"\b([pm])[0-9a-f]{10}\b",
                  lambda m: seen.setdefault(m.group(0), f"{m.group(1)}{len(seen)}"), svg)


def builders(result: dict[str, Any]) -> dict[str, Any]:
    overall = result["lm3"]["ratio_of_totals"]
    return {
        "by sector": lambda: charts.lm3_by_group_figure(result["by_sector"], kind="sector",
                                                        lang="fr", overall=overall),
        "by ownership": lambda: charts.lm3_by_group_figure(
            result["by_ownership"], kind="ownership", lang="en", overall=overall),
        "leakage": lambda: charts.leakage_figure(result["leakage_by_category"], lang="fr",
                                                 retained=result.get("retained"),
                                                 not_described=result.get("not_described")),
        "money trail": lambda: charts.money_trail_figure(result, lang="fr"),
    }


@pytest.mark.parametrize("name", ["by sector", "by ownership", "leakage", "money trail"])
def test_a_chart_in_the_pdf_is_the_picture_savefig_draws(demo: dict[str, Any],
                                                         name: str) -> None:
    build = builders(demo)[name]
    expected = same_ids(savefig_svg(build()))
    written = same_ids(document.svg_bytes(build()).getvalue().decode())
    assert written == expected  # every label, bar and margin where it was


def test_a_chart_is_drawn_once_and_keeps_its_layout(demo: dict[str, Any],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    figure = builders(demo)["by sector"]()
    engine = figure.get_layout_engine()
    draws = []
    real_draw = Figure.draw

    def counted(self: Figure, renderer: Any) -> None:
        draws.append(renderer)
        real_draw(self, renderer)

    monkeypatch.setattr(Figure, "draw", counted)
    document.svg_bytes(figure)
    assert len(draws) == 1  # savefig draws a constrained-layout figure twice
    # a figure shown on screen afterwards is still laid out, on its own canvas, in its colour
    assert figure.get_layout_engine() is engine
    assert figure.canvas.figure is figure and figure.dpi == 100


def test_report_chart_is_vector_text_in_dejavu(demo: dict[str, Any]) -> None:
    svg = document.svg_bytes(builders(demo)["by sector"]()).getvalue().decode()
    assert "<text" in svg and "DejaVu Sans" in svg
    assert "<metadata>" not in svg
