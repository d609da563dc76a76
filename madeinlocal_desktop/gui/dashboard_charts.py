"""One embedded chart: a picture of a matplotlib figure, drawn off the UI thread, with
"Save as PNG/SVG…".

Building a chart's Figure and drawing it with Agg takes 100-650 ms (the sector chart of a large
study, matplotlib's fonts still cold): on the UI thread the window froze meanwhile. Here the
chart thread (`_ChartThread`, one for every panel) builds the figure, gives it the palette's
colours and draws it at the panel's size and the screen's pixel ratio; the UI thread only gets
a QImage and paints it. Visible panels are drawn first; panels marked `prefetch` (the dashboard's
hidden tabs) are drawn after, so that switching tabs shows a chart at once. A resized panel shows
its picture stretched for a moment, then sharp again once redrawn (throttled while dragging).

matplotlib is imported by the chart thread with its first chart: neither importing this module
nor starting the application pays for it.
"""

from __future__ import annotations

import atexit
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ..errors import UserFacingError
from . import file_dialogs
from .chart_theme import Colours, palette_colours
from .session import while_alive
from .tasks import UiBridge, share_the_interpreter

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Builder = Callable[[], "Figure"]
SQUEEZE = 0.7  # a chart may shrink to 70 % of its designed height before a scroll bar appears
# (the demo's sectors fit 1280 × 720 whole; their labels stay apart)
NARROW = 0.5  # and to half its designed width
RESIZE_MS = 120  # while a panel is being resized, its chart is redrawn at most this often


@dataclass(frozen=True)
class Picture:
    """A chart as drawn: what the UI thread shows and what it was drawn for."""

    image: QImage  # device pixels, its devicePixelRatio set
    figure: Figure  # in the screen's colours; the chart thread no longer touches it
    minimum: QSize  # below this (logical pixels) the chart scrolls rather than shrink
    key: tuple[Any, ...]  # (generation, size, pixel ratio, colours) it was drawn for


def draw(build: Builder, size: QSize | None, ratio: float, colours: Colours | None,
         key: tuple[Any, ...] = ()) -> Picture:
    """Build the chart and draw it `size` big (logical pixels; None: its designed size, and
    never below its minimum) for a screen of pixel `ratio`. Touches no widget: any thread."""
    from . import mpl

    mpl.load(qt=False)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from .chart_theme import follow_colours

    figure = build()
    dpi = figure.dpi
    designed_width, designed_height = figure.get_size_inches()
    minimum = QSize(int(designed_width * dpi * NARROW), int(designed_height * dpi * SQUEEZE))
    wanted = size or QSize(round(designed_width * dpi), round(designed_height * dpi))
    width, height = max(wanted.width(), minimum.width()), max(wanted.height(), minimum.height())
    follow_colours(figure, colours)
    figure.set_size_inches(width / dpi, height / dpi)
    canvas = FigureCanvasAgg(figure)
    figure.set_dpi(dpi * ratio)  # as matplotlib's Qt canvas does on a high-density screen
    try:
        canvas.draw()
        pixels_wide, pixels_high = canvas.get_width_height(physical=True)
        image = QImage(bytes(canvas.buffer_rgba()), pixels_wide, pixels_high,
                       pixels_wide * 4, QImage.Format.Format_RGBA8888).copy()
    finally:
        figure.set_dpi(dpi)
    image.setDevicePixelRatio(ratio)
    return Picture(image, figure, minimum, key)


class _Job:
    def __init__(self, work: Callable[[], Any], done: Callable[[Any], None],
                 failed: Callable[[BaseException], None]) -> None:
        self.work, self.done, self.failed = work, done, failed


class _ChartThread:
    """One thread that draws every panel's charts in turn, urgent ones (a visible panel's)
    before the others. Its replies arrive on the UI thread."""

    def __init__(self) -> None:
        share_the_interpreter()  # the UI thread never waits long behind a drawing
        self._bridge = UiBridge()
        self._ready = threading.Condition()
        self._urgent: deque[_Job] = deque()
        self._later: deque[_Job] = deque()
        self._stopping = False
        # A daemon, stopped at exit: a chart being drawn never holds the application open, and
        # the interpreter never ends the thread in the middle of matplotlib's C++ (an abort).
        self._thread = threading.Thread(target=self._loop, name="charts", daemon=True)
        self._thread.start()
        atexit.register(self.stop)

    def stop(self) -> None:
        """Drop the charts not yet drawn and wait for the one being drawn, if any."""
        with self._ready:
            self._stopping = True
            self._urgent.clear()
            self._later.clear()
            self._ready.notify()
        self._thread.join(timeout=30)

    def submit(self, job: _Job, *, urgent: bool) -> None:
        with self._ready:
            (self._urgent if urgent else self._later).append(job)
            self._ready.notify()

    def hurry(self, job: _Job) -> None:
        """A waiting job's panel became visible: draw it next."""
        with self._ready:
            if job in self._later:
                self._later.remove(job)
                self._urgent.append(job)

    def _loop(self) -> None:
        while True:
            with self._ready:
                while not self._urgent and not self._later and not self._stopping:
                    self._ready.wait()
                if self._stopping:
                    return
                job = self._urgent.popleft() if self._urgent else self._later.popleft()
            try:
                value = job.work()
            except BaseException as error:  # handed to the UI thread, never lost here
                self._bridge.call.emit(job.failed, error)
            else:
                self._bridge.call.emit(job.done, value)
                del value  # the UI thread owns the picture now
            del job


_thread: _ChartThread | None = None


def chart_thread() -> _ChartThread:
    """The chart thread, started with the first panel (on the UI thread)."""
    global _thread
    if _thread is None:
        _thread = _ChartThread()
    return _thread


def warm_up() -> None:
    """Import matplotlib and the charts on the chart thread now, before the first chart is
    asked for (the dashboard does while its analysis runs)."""
    chart_thread().submit(_Job(_import_charts, lambda _: None, _raise), urgent=False)


def _import_charts() -> None:
    from . import mpl

    mpl.load(qt=False)
    from ..analysis import charts  # noqa: F401


def _raise(error: BaseException) -> None:
    raise error


class ChartCanvas(QWidget):
    """Paints a chart's picture; stretched to the widget while a sharper one is drawn."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    @property
    def sharp(self) -> bool:
        """The picture is drawn for this size and this screen (not stretched)."""
        return (not self.image.isNull() and self.image.deviceIndependentSize().toSize()
                == self.size() and self.image.devicePixelRatio() == self.devicePixelRatioF())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return  # the scroll area's ground
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.rect(), self.image)
        painter.end()
        if not self.sharp:
            self.resized.emit()  # e.g. moved to a screen of another pixel ratio

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class ChartPanel(QWidget):
    """Shows the figure `build()` makes, drawn on the chart thread; only when visible, or,
    with `prefetch`, also while hidden (after the visible ones).

    Saving builds a fresh figure at its designed size, so a saved file does not depend on the
    size of the window.
    """

    saved = Signal(str)  # path written
    failed = Signal(str)  # message for the user
    drawn = Signal()  # a new picture is on screen

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name  # default file name, e.g. "lm3_by_sector"
        self.fictitious = False  # a chart of the demo: the saved file says so on its face
        self.prefetch = False  # draw while hidden too (after the visible panels' charts)
        self._build: Builder | None = None
        self._for_file: Builder | None = None
        self._generation = 0  # a new chart: older pictures are dropped
        self._picture: Picture | None = None
        self._job: _Job | None = None  # being drawn on the chart thread
        self._again = False  # something changed meanwhile: draw once more after it
        self._throttle = QTimer(self, singleShot=True, interval=RESIZE_MS)
        self._throttle.timeout.connect(self._update)
        # A new chart is asked for on the next turn of the event loop, once the layouts that
        # the same result changed (longer labels above it...) have given the panel its size.
        self._settle = QTimer(self, singleShot=True, interval=0)
        self._settle.timeout.connect(self._update)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._canvas = ChartCanvas()
        self._canvas.resized.connect(self._resized)
        self._scroll.setWidget(self._canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self.save_action = QAction(self.tr("Save as PNG/SVG…"), self)
        self.save_action.triggered.connect(self.save_dialog)
        self.save_action.setEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.addAction(self.save_action)
        self._canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._canvas.addAction(self.save_action)

    # -- content ---------------------------------------------------------------------------

    def set_chart(self, build: Builder | None, *, for_file: Builder | None = None) -> None:
        """Show `build()`; saving uses `for_file()` when the file should differ from the screen.
        The chart on screen stays until the new one is drawn."""
        self._build = build
        self._for_file = for_file or build
        self._generation += 1
        self.save_action.setEnabled(build is not None)
        if build is None:
            self._picture = None
            self._canvas.setMinimumSize(0, 0)
            self._canvas.show_image(QImage())
            return
        self._settle.start()

    @property
    def canvas(self) -> ChartCanvas | None:
        """The widget showing the chart, once one is drawn."""
        return None if self._picture is None else self._canvas

    @property
    def figure(self) -> Figure | None:
        """The figure on screen; drawn here and now if the one on screen is not the latest."""
        if self._build is None:
            return None
        picture = self._picture
        if picture is None or picture.key[0] != self._generation:
            self._show(draw(self._build, self._target_size(), self._ratio(),
                            palette_colours(self.palette()), self._wanted()))
            picture = self._picture
        return None if picture is None else picture.figure

    @property
    def up_to_date(self) -> bool:
        """The latest chart is on screen, drawn for its size, screen and palette."""
        return self._picture is not None and self._picture.key == self._wanted()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._job is not None:
            chart_thread().hurry(self._job)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._build is not None:
            self._update()  # the theme changed, live

    def _resized(self) -> None:
        if not self._throttle.isActive():
            self._throttle.start()

    def _ratio(self) -> float:
        return self.devicePixelRatioF()

    def _target_size(self) -> QSize:
        """The logical size to draw at: the canvas's while shown (the scroll area gives it the
        room there is, or the chart's minimum), else the panel's; a hidden tab's is its
        stack's, the size it will have when shown."""
        if self._picture is not None and self._canvas.isVisible():
            return self._canvas.size()
        stack = self.parentWidget()
        if not self.isVisible() and isinstance(stack, QStackedWidget):
            return stack.contentsRect().size()
        return self.size()

    def _wanted(self) -> tuple[Any, ...]:
        size = self._target_size()
        return (self._generation, (size.width(), size.height()), self._ratio(),
                palette_colours(self.palette()))

    def _update(self) -> None:
        """Ask the chart thread for the picture this panel should show, unless it has it."""
        if self._build is None or not (self.isVisible() or self.prefetch):
            return
        if self._job is not None:
            self._again = True
            return
        # Layouts waiting for the event loop (the same result's longer labels above the chart)
        # are done now: the chart is drawn for the size it will have, not for the one before.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        wanted = self._wanted()
        if self._picture is not None and self._picture.key == wanted:
            return
        build, size, ratio, colours = self._build, self._target_size(), wanted[2], wanted[3]
        job = _Job(lambda: draw(build, size, ratio, colours, wanted),
                   while_alive(self._arrived), while_alive(self._failed))
        self._job = job
        chart_thread().submit(job, urgent=self.isVisible())

    def _arrived(self, picture: Picture) -> None:
        self._job = None
        if picture.key[0] == self._generation:
            self._show(picture)
        if self._again:
            self._again = False
            self._update()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self._again = False
        raise error  # as if the chart had been drawn here: the application's error handler

    def _show(self, picture: Picture) -> None:
        self._picture = picture
        self._canvas.setMinimumSize(picture.minimum)
        self._canvas.show_image(picture.image)
        self.drawn.emit()

    def set_fictitious(self, fictitious: bool) -> None:
        self.fictitious = fictitious

    # -- saving ----------------------------------------------------------------------------

    def save(self, path: str | Path) -> Path:
        """Write the chart as PNG or SVG (by suffix) at its designed size."""
        if self._for_file is None:
            raise UserFacingError("analysis.no_chart_yet")
        from . import mpl

        mpl.load(qt=False)
        from ..analysis.charts import save_figure

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
