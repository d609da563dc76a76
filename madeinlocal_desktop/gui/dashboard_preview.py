"""Run the dashboard on its own, on the demo study (Orange's `WidgetPreview` habit).

    uv run python -m madeinlocal_desktop.gui.dashboard [--lang fr|en] [--study FILE]
                                                       [--screenshot OUT.png] [--tab N]

French comes from the application's catalogue, resources/translations/madeinlocal_fr.ts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .. import paths
from ..project import Project, ensure_demo
from . import i18n
from .session import session_for
from .tasks import TaskRunner

SCREEN = (1366, 768)


def demo_study_path() -> Path:
    """The demo study in the user's data folder, made on first use (as `madeinlocal demo`)."""
    return ensure_demo()


def install_language(app: QApplication, lang: str) -> list[QTranslator]:
    """Make `lang` the default locale and install the application's catalogue for it (compiled
    from resources/translations/madeinlocal_<lang>.ts when needed, as the app does)."""
    country = QLocale.Country.France if lang == "fr" else QLocale.Country.UnitedKingdom
    language = QLocale.Language.French if lang == "fr" else QLocale.Language.English
    QLocale.setDefault(QLocale(language, country))
    if lang == "en":
        return []  # English is the source text
    i18n.ensure_compiled()
    translator = QTranslator(app)
    for folder in (i18n.source_dir(), paths.user_data_dir() / "translations"):
        if translator.load(f"madeinlocal_{lang}", str(folder)):
            app.installTranslator(translator)
            return [translator]
    return []


def preview(argv: list[str]) -> int:
    from .dashboard import DashboardView

    parser = argparse.ArgumentParser(prog="python -m madeinlocal_desktop.gui.dashboard")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--study", type=Path, help="a study file (default: the demo study)")
    parser.add_argument("--screenshot", type=Path, help="save a 1366×768 picture and quit")
    parser.add_argument("--tab", type=int, default=0, help="chart tab shown first")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    translators = install_language(app, args.lang)  # kept alive while the window lives
    runner = TaskRunner()
    study = args.study or demo_study_path()
    project = runner.call_sync(lambda: Project.open(study))
    view = DashboardView(session_for(runner, project))
    view.setWindowTitle(f"Made in Local — {study.name}")
    view.resize(*SCREEN)
    view.show()
    view.tabs.setCurrentIndex(args.tab)
    if args.screenshot is not None:
        def shoot() -> None:  # once the scenario chart, the last to draw, has had its turn
            QTimer.singleShot(800, lambda: (view.grab().save(str(args.screenshot)), app.quit()))
        view.scenario.outcomeChanged.connect(shoot)
    code = app.exec()
    runner.call_sync(project.close)
    runner.shutdown()
    del translators
    return code
