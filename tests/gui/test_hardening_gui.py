"""The conflicts view writes values the way the form does, and the surveyor who types on this
computer is asked once and signs what they type (issue 10, "Conflicts")."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from madeinlocal_desktop.gui.conflicts_view import ConflictsView
from madeinlocal_desktop.project import Project

from .conftest import open_in, wait_idle
from .exchange_support import make_two_devices, use_device


def test_conflicting_numbers_are_shown_as_the_form_writes_them(window, qtbot,
                                                              tmp_path: Path) -> None:
    """Staff typed 3 on one computer and 2,5 on the other read "3.0 / 2.5" in French."""
    devices = make_two_devices(tmp_path / "study")
    with Project.open(devices.b, device="dev-b") as b:
        b.businesses.save(dataclasses.replace(b.businesses.get(devices.shop_id), staff_fte=2.5))
        bundle = b.sync.make_bundle(tmp_path / "study" / "to_a")
    with Project.open(devices.a, device="dev-a", who="Camille") as a:
        a.businesses.save(dataclasses.replace(a.businesses.get(devices.shop_id), staff_fte=3.0))
        a.sync.import_bundles([devices.bundle, bundle.path])
    use_device("dev-a")
    open_in(window, qtbot, devices.a)
    window.show_view("conflicts")
    view = window.views["conflicts"]
    assert isinstance(view, ConflictsView)
    qtbot.waitUntil(lambda: view.count == 2, timeout=10_000)
    cell, shown = view.table.model().index, view.table.model().rowCount()
    values = {cell(row, 2).data(): cell(row, 3).data() for row in range(shown)}
    assert sorted(values["Effectif (ETP)"].split(" / ")) == ["2,5", "3"]
    row = next(r for r in range(shown) if cell(r, 2).data() == "Effectif (ETP)")
    view.table.selectRow(row)
    typed_by = {view.options.item(r, 0).text(): view.options.item(r, 1).text()
                for r in range(view.options.rowCount())}
    assert typed_by == {"3": "Camille (cet ordinateur)", "2,5": "Lucie"}


def test_the_surveyor_is_asked_once_and_signs_what_is_typed(window, qtbot,
                                                           small_study: Path) -> None:
    open_in(window, qtbot, small_study)
    badge = window.writer_badge
    qtbot.waitUntil(badge.isVisible, timeout=10_000)
    assert badge.text().startswith("Qui saisit")
    badge.click()
    dialog = badge.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setCurrentText("")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.name_field.message.text()  # a name is needed
    dialog.name.setCurrentText("Camille Durand")
    with qtbot.waitSignal(badge.changed, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert badge.text() == "Saisie par : Camille Durand"
    wait_idle(window, qtbot)
    window.close_study()
    with Project.open(small_study) as project:
        assert project.writer == project.ctx.who == "Camille Durand"
    open_in(window, qtbot, small_study)  # asked once: the next time, it is known
    qtbot.waitUntil(lambda: badge.text() == "Saisie par : Camille Durand", timeout=10_000)
