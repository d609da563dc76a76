"""One embedded chart: a matplotlib canvas in a scroll area, with "Save as PNG/SVG…".

This is the only module that imports matplotlib's Qt backend; dashboard.py imports it when the
dashboard is first shown, so starting the application never pays for matplotlib.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ..analysis.charts import save_figure
from ..errors import UserFacingError
from . import file_dialogs
from .chart_theme import follow_palette

Builder = Callable[[], Figure]
SQUEEZE = 0.7  # a chart may shrink to 70 % of its designed height before a scroll bar appears
# (the demo's sectors fit 1280 × 720 whole; their labels stay apart)
NARROW = 0.5  # and to half its designed width


class ChartPanel(QWidget):
    """Shows the figure `build()` makes; builds it only when visible (hidden tabs cost nothing).

    Saving builds a fresh figure at its designed size, so a saved file does not depend on the
    size of the window.
    """

    saved = Signal(str)  # path written
    failed = Signal(str)  # message for the user

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name  # default file name, e.g. "lm3_by_sector"
        self.fictitious = False  # a chart of the demo: the saved file says so on its face
        self._build: Builder | None = None
        self._for_file: Builder | None = None
        self._dirty = False
        self.canvas: FigureCanvasQTAgg | None = None
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self.save_action = QAction(self.tr("Save as PNG/SVG…"), self)
        self.save_action.triggered.connect(self.save_dialog)
        self.save_action.setEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.addAction(self.save_action)

    # -- content ---------------------------------------------------------------------------

    def set_chart(self, build: Builder | None, *, for_file: Builder | None = None) -> None:
        """Show `build()`; saving uses `for_file()` when the file should differ from the screen."""
        self._build = build
        self._for_file = for_file or build
        self.save_action.setEnabled(build is not None)
        self._dirty = True
        if build is None:
            self._replace_canvas(None)
            self._dirty = False
        elif self.isVisible():
            self._draw()

    @property
    def figure(self) -> Figure | None:
        if self._dirty and self._build is not None:
            self._draw()
        return None if self.canvas is None else self.canvas.figure

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty and self._build is not None:
            self._draw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.canvas is not None:
            follow_palette(self.canvas.figure, self.palette())  # the theme changed, live
            self.canvas.draw_idle()

    def _draw(self) -> None:
        assert self._build is not None
        self._dirty = False
        self._replace_canvas(self._build())

    def _replace_canvas(self, figure: Figure | None) -> None:
        if figure is None:
            self._scroll.takeWidget()
            if self.canvas is not None:
                self.canvas.deleteLater()
            self.canvas = None
            return
        follow_palette(figure, self.palette())
        canvas = FigureCanvasQTAgg(figure)
        # Below these sizes labels would overlap (and constrained layout gives up): scroll.
        canvas.setMinimumSize(int(figure.get_figwidth() * figure.dpi * NARROW),
                              int(figure.get_figheight() * figure.dpi * SQUEEZE))
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        canvas.addAction(self.save_action)
        self._scroll.setWidget(canvas)  # deletes the previous canvas
        self.canvas = canvas

    def set_fictitious(self, fictitious: bool) -> None:
        self.fictitious = fictitious

    # -- saving ----------------------------------------------------------------------------

    def save(self, path: str | Path) -> Path:
        """Write the chart as PNG or SVG (by suffix) at its designed size."""
        if self._for_file is None:
            raise UserFacingError("analysis.no_chart_yet")
        lang = "fr" if QLocale().language() == QLocale.Language.French else "en"
        return save_figure(self._for_file(), path,
                           fictitious_lang=lang if self.fictitious else None)

    def save_dialog(self) -> None:
        if self._build is None:
            return
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
        target, chosen = file_dialogs.save_file(self, "chart", self.tr("Save the chart"),
                                                f"{self.name}.png", f"{png};;{svg}")
        if target is None:
            return
        path = str(target)
        if target.suffix.lower() not in (".png", ".svg"):
            path += ".svg" if chosen == svg else ".png"
        try:
            written = self.save(path)
        except (OSError, UserFacingError) as error:
            self.failed.emit(self.tr("The chart could not be saved: {error}").format(
                error=error))
            return
        self.saved.emit(str(written))
