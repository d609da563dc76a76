"""Preview of the input-output view on the demo study (a copy: the user's demo is not touched).

    uv run python -m madeinlocal_desktop.gui.io_view [--lang en] [--tab 1] [--screenshot PNG]

The territory's employment is made up (about 100 000 jobs, docs/input-output.md); the study's
data are fictitious.
"""

from __future__ import annotations

from pathlib import Path

# A made-up territory of about 100 000 jobs (docs/input-output.md), A17 sectors, persons.
PREVIEW_EMPLOYMENT = {
    "AZ": 5590, "DE": 1140, "C1": 3340, "C2": 20, "C3": 360, "C4": 150, "C5": 5670,
    "FZ": 6610, "GZ": 13500, "HZ": 5000, "IZ": 8400, "JZ": 3040, "KZ": 1720, "LZ": 1280,
    "MN": 14530, "OQ": 29650, "RU": 5540,
}


def main(argv: list[str]) -> int:
    import argparse
    import shutil
    import tempfile

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from ..project import Project, ensure_demo
    from .i18n import Translations
    from .io_view import InputOutputView
    from .session import StudySession
    from .tasks import TaskRunner

    parser = argparse.ArgumentParser(description="Preview the input-output view on the demo.")
    parser.add_argument("--screenshot", type=Path, help="save a 1366×768 PNG and quit")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--tab", type=int, default=0, help="0: multipliers, 1: chart")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    Translations().apply(args.lang)
    folder = Path(tempfile.mkdtemp(prefix="madeinlocal-io-preview-"))
    study = folder / "demo.madeinlocal"
    shutil.copy(ensure_demo(), study)  # the user's demo file is left as it is
    project = Project.open(study)
    project.io.save_settings(regional_employment=PREVIEW_EMPLOYMENT, method="flq", delta=0.3)
    runner = TaskRunner()
    view = InputOutputView(StudySession(runner, study, project, project.study))
    view.setWindowTitle(QCoreApplication.translate("InputOutputView",
                                                   "Input-output model (fictitious demo)"))
    view.resize(1366, 768)
    view.show()
    if args.screenshot is not None:
        def shoot(result: object) -> None:
            view.tabs.setCurrentIndex(args.tab)
            # methods.md §4 (b): +1 M€ of local procurement, here in construction.
            view.shock.sector.setCurrentIndex(view.shock.sector.findData("FZ"))
            view.shock.amount.set_value(1_000_000_00)
            view.shock.computed.connect(lambda _: QTimer.singleShot(
                300, lambda: (view.grab().save(str(args.screenshot)), app.quit())))
            view.shock.compute()

        view.computed.connect(shoot)
    code = app.exec()
    runner.call_sync(project.close)
    runner.shutdown()
    shutil.rmtree(folder, ignore_errors=True)
    return code
