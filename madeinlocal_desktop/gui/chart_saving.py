""""Save as PNG/SVG…" for a chart drawn once and shown as it is (the input-output chart), with
the same words, folder and fictitious-data mark as the dashboard's chart panels
(dashboard_charts.ChartPanel, whose translations it shares)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..errors import UserFacingError
from . import file_dialogs

if TYPE_CHECKING:  # matplotlib loads with the first chart, not with the app
    from matplotlib.figure import Figure


def _tr(source: str) -> str:
    return QCoreApplication.translate("ChartPanel", source)


def _lang() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def save_chart(figure: Figure, path: str | Path, *, fictitious: bool) -> Path:
    from ..analysis.charts import save_figure
    from .chart_theme import light

    with light(figure):  # a file is for paper: the light colours, whatever the screen's
        return save_figure(figure, path, fictitious_lang=_lang() if fictitious else None)


def offer_saving(canvas: QWidget, figure: Figure, name: str, *, fictitious: bool,
                 failed: Callable[[str], None]) -> QAction:
    """A context-menu action on `canvas` that saves `figure` as `name`.png or .svg."""
    action = QAction(_tr("Save as PNG/SVG…"), canvas)

    def save() -> None:
        png, svg = _tr("PNG image (*.png)"), _tr("SVG drawing (*.svg)")
        target, chosen = file_dialogs.save_file(canvas, "chart", _tr("Save the chart"),
                                                f"{name}.png", f"{png};;{svg}")
        if target is None:
            return
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_name(target.name + (".svg" if chosen == svg else ".png"))
        try:
            save_chart(figure, target, fictitious=fictitious)
        except (OSError, UserFacingError) as error:
            failed(_tr("The chart could not be saved: {error}").format(error=error))

    action.triggered.connect(save)
    canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    canvas.addAction(action)
    return action
