"""Charts on screen follow a dark palette; the files saved from them stay light."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.text import Text
from PySide6.QtGui import QColor, QImage

from madeinlocal_desktop.analysis import charts
from madeinlocal_desktop.gui import theme
from madeinlocal_desktop.gui.chart_saving import save_chart
from madeinlocal_desktop.gui.dashboard_charts import ChartPanel
from tests.dashboard_support import demo_analysis, make_demo_study


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = make_demo_study(tmp_path_factory.mktemp("chart-theme") / "demo.madeinlocal")
    return demo_analysis(path)[0]


def _lightness(colour: Any) -> float:
    red, green, blue, _ = to_rgba(colour)
    return QColor.fromRgbF(red, green, blue).lightnessF()


def _sector_chart(result: dict[str, Any]) -> Figure:
    return charts.lm3_by_group_figure(result["by_sector"], kind="sector", lang="fr",
                                      overall=result["lm3"]["ratio_of_totals"])


def test_dark_palette_gives_a_dark_chart_with_light_text(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    panel = ChartPanel("lm3_by_sector")
    panel.setPalette(theme.dark_palette())
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.set_chart(lambda: _sector_chart(demo))
    panel.show()
    figure = panel.figure
    assert figure is not None
    assert _lightness(figure.get_facecolor()) < 0.3
    assert _lightness(figure.axes[0].get_facecolor()) < 0.3
    drawn = _sector_chart(demo)  # the same chart as it is drawn for paper
    dark_words = [shown for paper, shown in zip(drawn.findobj(Text), figure.findobj(Text),
                                                strict=True)
                  if shown.get_text() and _lightness(paper.get_color()) < 0.4]
    assert dark_words and all(_lightness(t.get_color()) > 0.6 for t in dark_words)
    figure.canvas.draw()
    ticks = [t for t in figure.axes[0].get_yticklabels() if t.get_text()]
    assert ticks and all(_lightness(t.get_color()) > 0.6 for t in ticks)


def test_a_chart_saved_from_a_dark_screen_is_light(qtbot, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = ChartPanel("lm3_by_sector")
    panel.setPalette(theme.dark_palette())
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.set_chart(lambda: _sector_chart(demo))
    panel.show()
    figure = panel.figure
    assert figure is not None
    image = QImage(str(save_chart(figure, tmp_path / "chart.png", fictitious=False)))
    shades = [QColor(image.pixel(x, y)).lightnessF()
              for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)]
    white = sum(shade > 0.95 for shade in shades) / len(shades)
    dark = sum(shade < 0.3 for shade in shades) / len(shades)
    assert white > 0.6 and 0 < dark < 0.1  # paper: a white ground and dark text on it
    assert _lightness(figure.get_facecolor()) < 0.3  # and the screen keeps its dark chart


def test_light_palette_leaves_the_chart_as_drawn(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    panel = ChartPanel("lm3_by_sector")
    panel.setPalette(theme.dark_palette())
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.set_chart(lambda: _sector_chart(demo))
    panel.show()
    drawn = _sector_chart(demo)
    panel.setPalette(panel.style().standardPalette())  # back to light, live
    figure = panel.figure
    assert figure is not None
    assert to_rgba(figure.get_facecolor()) == to_rgba(drawn.get_facecolor())
    assert _lightness(figure.get_facecolor()) > 0.95
