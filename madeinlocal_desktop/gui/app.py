"""Starting the desktop application: `run(study)` shows the window and returns the exit code.

Only Qt and the app's own light modules are imported before the first window shows; the study
file (and with it sqlite-utils) is opened on the worker thread, pandas and matplotlib when the
dashboard first needs them: `python -X importtime -c "import madeinlocal_desktop.gui.app"`
shows it, and tests/gui/test_app_start.py checks it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import QApplication

from . import gc_guard, theme
from .first_paint import after_first_paint
from .i18n import Translations, resolve_language
from .main_window import VIEWS, MainWindow
from .settings import AppSettings
from .tasks import TaskRunner

SCREENSHOT_SIZE = QSize(1366, 768)


def make_application(argv: list[str] | None = None, theme_name: str | None = None) -> QApplication:
    """The application, with its theme: `theme_name`, else the preference, else the system's."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        gc_guard.install(existing)
        return existing
    QCoreApplication.setOrganizationName("MadeInLocal")
    QCoreApplication.setApplicationName("Made in Local")
    # HiDPI: Qt 6 scales by the screen's exact factor (125 %, 150 %) unless told to round it.
    app = QApplication(argv if argv is not None else sys.argv[:1])
    settings = AppSettings()
    # The system's scheme as seen at the last run: asking it before the first paint takes
    # ~30 ms (theme.system_theme). It is asked once the window has painted (`show_window`).
    seen = settings.system_theme_seen()
    if not seen:
        settings.set_system_theme_seen(seen := theme.system_theme())
    theme.choose(app, theme_name if theme_name in theme.THEMES else settings.theme(),
                 system=seen)
    gc_guard.install(app)
    return app


def build_window(lang: str | None = None, runner: TaskRunner | None = None) -> MainWindow:
    """The window with its language applied (tests build it this way)."""
    settings = AppSettings()
    translations = Translations()
    translations.apply(resolve_language(lang, settings.language()))
    return MainWindow(settings, translations, runner)


def run(study: Path | None, *, screenshot: Path | None = None, view: str | None = None,
        lang: str | None = None, theme_name: str | None = None,
        size: tuple[int, int] | None = None) -> int:
    app = make_application(theme_name=theme_name)
    runner = TaskRunner()
    window = build_window(lang, runner)
    if screenshot is not None:
        window.resize(QSize(*size) if size else SCREENSHOT_SIZE)
    show_window(window, study or _study_to_reopen(window))
    if screenshot is not None:
        _take_screenshot(window, Path(screenshot), view, study is not None)
    code = app.exec()
    runner.shutdown()
    return code


def show_window(window: MainWindow, study: Path | None) -> None:
    """Show the window at once; the study opens on the worker once the window has painted.

    Opening imports sqlite-utils and pandas on the worker thread; started earlier, those imports
    compete with the first paint for the interpreter and the window appears later.
    """
    quit_when_shown = os.environ.get("MADEINLOCAL_QUIT_AFTER_SHOWN") == "1"  # bench_bundle.py

    def painted() -> None:
        if quit_when_shown:
            _report_shown_and_quit()
        _follow_system_theme(window)
        _set_window_icon()
        if study is not None:
            window.open_study(study)

    window.show()
    after_first_paint(window, painted)


def _set_window_icon() -> None:
    # Once painted: the first QIcon costs ~2 ms (resources.logo), and the title bar and the
    # task bar take the icon whenever it comes. Every later window inherits it.
    from .resources import app_icon

    QApplication.setWindowIcon(app_icon())


def _follow_system_theme(window: MainWindow) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.follow_system(app, window.settings.set_system_theme_seen)


def _report_shown_and_quit() -> None:
    # Start-up ends here: print the wall clock (the benchmark compares it with the moment it
    # launched the process, frozen or not) and leave at once.
    print(f"SHOWN {time.time():.6f}", flush=True)
    os._exit(0)


def _study_to_reopen(window: MainWindow) -> Path | None:
    last = window.settings.last_study()
    if window.settings.reopen_last() and last is not None and last.exists():
        return last
    return None


# -- screenshots from the command line ---------------------------------------------------------


def when_idle(runner: TaskRunner, callback: Callable[[], None], *, rounds: int = 3,
              settle_ms: int = 300) -> None:
    """Call back once the worker has nothing left to do and the views have drawn the results.

    Tasks run in order, so a no-op's reply means all earlier work has been delivered; a few
    rounds with a pause catch work that those replies started in turn.
    """
    def round_trip(remaining: int) -> None:
        if remaining == 0:
            callback()
            return
        runner.run(lambda task: None, on_done=lambda _: QTimer.singleShot(
            settle_ms, lambda: round_trip(remaining - 1)))

    round_trip(rounds)


def _take_screenshot(window: MainWindow, target: Path, view: str | None,
                     expect_study: bool) -> None:
    def capture() -> None:
        window.grab().save(str(target))
        window.close()

    def prepare() -> None:
        if view in VIEWS:
            window.show_view(view)
        # A view may offer a typical record to show (an interview with its lines, a shop).
        show_example = getattr(window.views.get(view or ""), "show_example", None)
        if show_example is not None:
            show_example()
        when_idle(window.runner, capture, rounds=4)

    if expect_study:
        window.study_opened.connect(lambda: when_idle(window.runner, prepare))
        window.study_failed.connect(lambda: QCoreApplication.exit(2))
        QTimer.singleShot(60_000, lambda: QCoreApplication.exit(3))  # never hang a script
    else:
        when_idle(window.runner, capture)
