"""The session broadcasts the Changes a work's result carries: once, after on_done, even when
the view that asked has gone; on_done receives the value, as before."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from madeinlocal_desktop.domain import Business, new_id
from madeinlocal_desktop.domain.changes import Changes
from madeinlocal_desktop.gui.session import StudySession
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project

from .conftest import session_of


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[StudySession]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    project = runner.call_sync(lambda: Project.new_study(
        tmp_path / "t.madeinlocal", "Centre-ville", 2025, ["86194"], "Poitiers",
        who="test", device="dev-test"))
    yield session_of(runner, project)
    runner.call_sync(project.close)
    runner.shutdown()


class Asker(QWidget):
    """A view: its on_done is a bound method, dropped once the widget is destroyed."""

    def __init__(self, order: list[object]) -> None:
        super().__init__()
        self.order = order

    def saved(self, shop: Business) -> None:
        self.order.append(shop)


def save_shop(project: Project):  # type: ignore[no-untyped-def]
    return project.businesses.save(Business(new_id(), "Boulangerie du Marché"))


def test_a_save_is_broadcast_once_after_on_done(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    order: list[object] = []
    session.changed.connect(order.append)
    view = Asker(order)
    qtbot.addWidget(view)
    with qtbot.waitSignal(session.changed, timeout=10_000):
        session.run(save_shop, on_done=view.saved)
    qtbot.wait(50)  # nothing more arrives
    shop, changes = order
    assert isinstance(shop, Business) and shop.name == "Boulangerie du Marché"
    assert changes == Changes(businesses=True)


def test_the_broadcast_comes_also_when_the_view_has_gone(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    order: list[object] = []
    heard: list[Changes] = []
    session.changed.connect(heard.append)
    view = Asker(order)
    session.runner.run(lambda task: time.sleep(0.2))  # the save waits behind it
    session.run(save_shop, on_done=view.saved)
    shiboken6.delete(view)  # the view closed while its save was waiting
    qtbot.waitUntil(lambda: heard == [Changes(businesses=True)], timeout=10_000)
    assert order == []  # the reply to the closed view was dropped, the other views still told


def test_a_long_work_is_broadcast_once(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    heard: list[Changes] = []
    got: list[object] = []
    session.changed.connect(heard.append)
    with qtbot.waitSignal(session.long_work_ended, timeout=10_000):
        session.run_long("…", lambda project, task: project.respondents.delete(new_id()),
                         on_done=got.append)
    qtbot.waitUntil(lambda: heard == [Changes(respondents=True)], timeout=10_000)
    assert got == [Changes(respondents=True)]


def test_a_read_broadcasts_nothing(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    heard: list[Changes] = []
    got: list[object] = []
    session.changed.connect(heard.append)
    session.run(lambda project: project.businesses.list(), on_done=got.append)
    qtbot.waitUntil(lambda: got == [[]], timeout=10_000)
    assert heard == []


def test_a_bundle_imported_through_its_dialog_is_broadcast_once(qtbot, session,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    """The import's reports say what changed; the dialog does not re-broadcast by hand."""
    from madeinlocal_desktop.gui.bundle_dialogs import ImportBundlesDialog

    kit = session.runner.call_sync(
        lambda: session.project_getter().exchange.export_kit(tmp_path / "kit.mlkit"))
    with Project.create_from_kit(kit, tmp_path / "alice.madeinlocal", who="Alice",
                                 device="dev-alice") as alice:
        alice.businesses.save(Business(new_id(), "Fromagerie d'Alice"))
        made = alice.sync.make_bundle(tmp_path)
    assert made is not None
    heard: list[Changes] = []
    session.changed.connect(heard.append)
    dialog = ImportBundlesDialog(session)
    qtbot.addWidget(dialog)
    dialog.add_files([made.path])
    qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.isEnabled(), timeout=20_000)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_bundles()
    qtbot.wait(100)
    assert heard == [Changes.everything()]
    names = session.runner.call_sync(
        lambda: [b.name for b in session.project_getter().businesses.list()])
    assert "Fromagerie d'Alice" in names


def test_work_arriving_after_the_study_closed_is_dropped(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A reload a view asks for as the study closes: no error in the event loop, no reply."""
    runner = TaskRunner()
    project = runner.call_sync(lambda: Project.new_study(
        tmp_path / "t.madeinlocal", "Centre-ville", 2025, ["86194"], "Poitiers",
        who="test", device="dev-test"))
    session = session_of(runner, project)
    replies: list[object] = []
    session.close()
    session.run(lambda p: p.businesses.list(), on_done=replies.append)  # a late reload
    finished: list[bool] = []
    runner.run(lambda task: None, on_done=lambda _: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    qtbot.wait(50)
    assert replies == []
    runner.shutdown()
