"""GUI fixtures: the real main window in French (the users' language), on real study files."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from madeinlocal_desktop import language
from madeinlocal_desktop.gui.i18n import ensure_compiled


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """A fresh clone has only the .ts sources: build the .qm the way the app would."""
    ensure_compiled()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_ui_thread(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """As the app does (gui/gc_guard.py): widgets left by one test must never be collected
    by the worker thread of the next, which crashes Qt."""
    from madeinlocal_desktop.gui import gc_guard

    gc_guard.install(qapp)
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def no_language_outlives_its_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts in the language of a fresh app: translators a test installs (directly
    or through a window it builds) are taken out after it, and the default locale restored."""
    from PySide6.QtCore import QCoreApplication

    installed = []
    original = QCoreApplication.installTranslator

    def record(translator):  # type: ignore[no-untyped-def]
        installed.append(translator)
        return original(translator)

    monkeypatch.setattr(QCoreApplication, "installTranslator", staticmethod(record))
    previous = QLocale()
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    language.set_language(None)
    QLocale.setDefault(previous)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo study, generated once per test session (about a second)."""
    from madeinlocal_desktop.project import Project

    path = tmp_path_factory.mktemp("demo") / "demo.madeinlocal"
    Project.create_demo(path, register=False).close()
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.madeinlocal"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def small_study(tmp_path: Path) -> Path:
    """A study of Poitiers with one bakery and no interview."""
    from madeinlocal_desktop.domain import Business
    from madeinlocal_desktop.project import Project

    path = tmp_path / "poitiers.madeinlocal"
    with Project.new_study(path, "Centre de Poitiers", 2025, ["86194"], "Poitiers") as project:
        project.businesses.save(Business(id="bakery-1", name="Boulangerie du Marché",
                                         naf="10.71C", commune="86194",
                                         siret="73282932000074"))
    return path


@pytest.fixture
def runner(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    """A study worker of the test's own, shut down after it (views built without a window)."""
    from madeinlocal_desktop.gui.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def window(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    from madeinlocal_desktop.gui.app import build_window, make_application

    make_application()
    main = build_window(lang="fr")  # its French goes with the test (no_language_outlives_its_test)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    main.runner.shutdown()


def open_in(window, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        window.open_study(path)


def wait_idle(window, qtbot, timeout: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    """Until the worker has delivered everything submitted so far."""
    done: list[bool] = []
    window.runner.run(lambda task: None, on_done=lambda _: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=timeout)


def session_of(runner, project):  # type: ignore[no-untyped-def]
    """The study session a view takes, around a project opened on `runner`'s worker."""
    from madeinlocal_desktop.gui.session import StudySession

    return StudySession(runner, Path(project.path), project,
                        runner.call_sync(lambda: project.study))
