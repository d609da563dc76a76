"""Preview of the Territoire view on the demo study (a copy: the user's demo is not touched).

    uv run python -m madeinlocal_desktop.gui.territory_view [--lang en] [--tab 0]
                                                            [--left 1] [--screenshot PNG]

The demo's register, shops and figures are fictitious.
"""

from __future__ import annotations

from pathlib import Path


def main(argv: list[str]) -> int:
    import argparse
    import shutil
    import tempfile

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from ..project import Project, ensure_demo
    from .i18n import Translations
    from .session import StudySession
    from .tasks import TaskRunner
    from .territory_view import TerritoryView

    parser = argparse.ArgumentParser(description="Preview the Territoire view on the demo.")
    parser.add_argument("--screenshot", type=Path, help="save a 1366×768 PNG and quit")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--tab", type=int, default=0,
                        help="results: 0 chart, 1 totals, 2 strata, 3 profile")
    parser.add_argument("--left", type=int, default=0, help="0: register, 1: design and draw")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    Translations().apply(args.lang)
    folder = Path(tempfile.mkdtemp(prefix="madeinlocal-territory-preview-"))
    study = folder / "demo.madeinlocal"
    shutil.copy(ensure_demo(), study)  # the user's demo file is left as it is
    runner = TaskRunner()
    project = runner.call_sync(lambda: Project.open(study))
    session = StudySession(runner, study, project, runner.call_sync(lambda: project.study))
    view = TerritoryView(session)
    view.setWindowTitle(QCoreApplication.translate("TerritoryView",
                                                   "Territory (fictitious demo)"))
    view.resize(1366, 768)
    view.left.setCurrentIndex(args.left)
    view.results.tabs.setCurrentIndex(args.tab)
    view.show()
    if args.screenshot is not None:
        def shoot(_: object) -> None:
            view.show_example()
            QTimer.singleShot(900, lambda: (view.grab().save(str(args.screenshot)), app.quit()))

        view.loaded.connect(shoot)
    code = app.exec()
    session.close()
    runner.shutdown()
    shutil.rmtree(folder, ignore_errors=True)
    return code
