"""At 1280 × 720 the dashboard of the demo needs no scroll bar: sector chart and scenario
chart (with its legend) are whole."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea

from .conftest import open_in, wait_idle


def test_the_dashboard_fits_1280_by_720_without_scrolling(window, qtbot, demo_file) -> None:
    window.resize(1280, 720)
    open_in(window, qtbot, demo_file)
    window.show_view("dashboard")
    dashboard = window.views["dashboard"]
    qtbot.waitUntil(lambda: dashboard.state is not None, timeout=30_000)
    qtbot.waitUntil(lambda: dashboard.charts["scenario"].canvas is not None, timeout=30_000)
    wait_idle(window, qtbot)
    qtbot.wait(200)  # the scenario chart follows the sliders after a pause
    assert window.height() == 720
    for area in dashboard.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.verticalScrollBar().isVisible(), area.parent()
            assert not area.horizontalScrollBar().isVisible(), area.parent()
    for key in ("by_sector", "scenario"):
        panel = dashboard.charts[key]
        canvas = panel.canvas
        assert canvas is not None and canvas.isVisible(), key
        # The whole drawing is on screen: nothing of it lies outside its panel.
        assert canvas.height() <= panel.height() and canvas.width() <= panel.width(), key
