"""Exchanging files in the app: import preview then import, conflicts, duplicates, refused
bundles, exports, kits and folder sync, on real study files of two devices."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from madeinlocal_desktop.gui.bundle_dialogs import ImportBundlesDialog, SyncFolderDialog
from madeinlocal_desktop.gui.conflicts_view import ConflictsView
from madeinlocal_desktop.gui.duplicates_view import DuplicatesView
from madeinlocal_desktop.project import Project

from .conftest import open_in, wait_idle
from .exchange_support import (
    MINE,
    THEIRS,
    TwoDevices,
    altered_copy,
    flipped_copy,
    make_two_devices,
    use_device,
)


@pytest.fixture
def devices(tmp_path: Path) -> TwoDevices:
    made = make_two_devices(tmp_path / "study")
    use_device("dev-a")  # the window is the coordinator's computer
    return made


def open_import(window, qtbot, files: list[Path]) -> ImportBundlesDialog:  # type: ignore[no-untyped-def]
    window.exchange.open_import(files)
    dialog = window.exchange.dialog
    assert isinstance(dialog, ImportBundlesDialog)
    qtbot.waitUntil(lambda: len(dialog.reports) == len(files), timeout=20_000)
    return dialog


def import_and_wait(dialog: ImportBundlesDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()


def conflicts_tab(window) -> tuple[ConflictsView, str]:  # type: ignore[no-untyped-def]
    view = window.views["conflicts"]
    assert isinstance(view, ConflictsView)
    tabs = window.study_page
    return view, tabs.tabText(tabs.indexOf(view))


def test_the_preview_counts_what_an_import_would_do_and_writes_nothing(
        window, qtbot, devices: TwoDevices) -> None:
    before = devices.a.read_bytes()
    open_in(window, qtbot, devices.a)
    dialog = open_import(window, qtbot, [devices.bundle])
    counts = dialog.table.counts_of(devices.bundle.name)
    # The study row is identical, the renamed shop conflicts, the other surveyor's shop is new.
    assert counts == {"new": "1", "updated": "0", "identical": "1", "conflicting": "1",
                      "rejected": "0"}
    assert "Lucie (dev-b)" in dialog.table.item(0, 1).text()
    assert "Au total" in dialog.summary.text() and dialog.import_button.isEnabled()
    dialog.reject()
    window.close_study()
    assert devices.a.read_bytes() == before


def test_an_import_shows_the_conflict_and_taking_theirs_resolves_it(
        window, qtbot, devices: TwoDevices) -> None:
    open_in(window, qtbot, devices.a)
    view, title = conflicts_tab(window)
    assert title == "Conflits"
    dialog = open_import(window, qtbot, [devices.bundle])
    import_and_wait(dialog, qtbot)
    assert "1 paquet importé" in dialog.banner.text
    assert "Conflits" in dialog.banner.text
    qtbot.waitUntil(lambda: conflicts_tab(window)[1] == "Conflits (1)", timeout=10_000)
    dialog.reject()

    window.show_view("conflicts")
    assert view.table.model().rowCount() == 1
    assert view.table.model().index(0, 2).data() == "Nom"
    options = {view.options.item(row, 0).text(): view.options.item(row, 1).text()
               for row in range(view.options.rowCount())}
    assert options == {MINE: "Camille (cet ordinateur)", THEIRS: "Lucie"}
    assert all(view.options.item(row, 3).text() != "—" for row in range(2))  # when
    assert view.keep_mine.isEnabled() and view.take_theirs.isEnabled()
    with qtbot.waitSignal(view.resolved, timeout=10_000):
        view.take_theirs.click()
    qtbot.waitUntil(lambda: conflicts_tab(window)[1] == "Conflits", timeout=10_000)
    assert view.empty.isVisible()
    window.close_study()
    with Project.open(devices.a, device="dev-a") as project:
        assert project.businesses.get(devices.shop_id).name == THEIRS
        assert project.sync.conflicts() == []
        logged = [row["field"] for row in project.history("businesses", devices.shop_id)]
        assert "*resolved*:name" in logged


def test_a_typed_value_resolves_and_a_wrong_one_is_refused_in_place(
        window, qtbot, devices: TwoDevices) -> None:
    with Project.open(devices.a, device="dev-a") as project:
        project.sync.import_bundles([devices.bundle])
    open_in(window, qtbot, devices.a)
    view, _ = conflicts_tab(window)
    qtbot.waitUntil(lambda: view.count == 1, timeout=10_000)
    assert view.value.text() == MINE  # the value shown meanwhile, to correct it
    view.value.setText("Boulangerie du Marché")
    with qtbot.waitSignal(view.resolved, timeout=10_000):
        view.use_value.click()
    qtbot.waitUntil(lambda: view.count == 0, timeout=10_000)
    wait_idle(window, qtbot)
    window.close_study()
    with Project.open(devices.a, device="dev-a") as project:
        assert project.businesses.get(devices.shop_id).name == "Boulangerie du Marché"


def test_a_tampered_bundle_is_refused_in_place_and_changes_nothing(
        window, qtbot, devices: TwoDevices, tmp_path: Path) -> None:
    altered = altered_copy(devices.bundle, tmp_path / ("x" + devices.bundle.name))
    flipped = flipped_copy(devices.bundle, tmp_path / ("y" + devices.bundle.name))
    before = devices.a.read_bytes()
    open_in(window, qtbot, devices.a)
    dialog = open_import(window, qtbot, [altered, flipped])
    assert dialog.table.message_of(altered.name) and dialog.table.message_of(flipped.name)
    assert "2 paquets refusés" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    window.close_study()
    assert devices.a.read_bytes() == before


def test_cancelling_an_import_before_it_starts_leaves_the_file_unchanged(
        window, qtbot, devices: TwoDevices) -> None:
    import threading

    before = devices.a.read_bytes()
    open_in(window, qtbot, devices.a)
    dialog = open_import(window, qtbot, [devices.bundle])
    gate = threading.Event()
    window.runner.run(lambda task: gate.wait(10))  # the worker is busy with earlier work
    dialog.import_button.click()
    assert dialog.progress.busy
    dialog.progress.cancel()  # the panel's Cancel button
    gate.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    assert dialog.outcome.stopped and dialog.outcome.reports == []
    assert "après 0 paquets sur 1" in dialog.banner.text
    dialog.reject()
    window.close_study()
    assert devices.a.read_bytes() == before


def test_cancelling_between_bundles_keeps_the_ones_already_imported_whole(
        window, qtbot, devices: TwoDevices, monkeypatch) -> None:
    from madeinlocal_desktop.project.sync import Sync

    later = devices.bundle.parent / "later"
    later.mkdir()
    with Project.open(devices.b, device="dev-b", who="Lucie") as b:
        from madeinlocal_desktop.domain import Business, new_id

        b.businesses.save(Business(id=new_id(), name="Épicerie Solidaire", commune="86194"))
        second = b.sync.make_bundle(later)
        assert second is not None
    open_in(window, qtbot, devices.a)
    dialog = open_import(window, qtbot, [devices.bundle, second.path])
    original = Sync.import_bundles

    def import_then_cancel(self, files, **kwargs):  # type: ignore[no-untyped-def]
        reports = original(self, files, **kwargs)
        # As if Cancel were pressed during the first bundle; the dialog's task from the worker
        # (`dialog.task` is set on the UI thread, maybe not yet).
        kwargs["should_cancel"].__self__.cancel()
        return reports

    monkeypatch.setattr(Sync, "import_bundles", import_then_cancel)
    import_and_wait(dialog, qtbot)
    assert dialog.outcome is not None and dialog.outcome.stopped
    assert [r.status for r in dialog.outcome.reports] == ["imported"]
    assert "après 1 paquets sur 2" in dialog.banner.text
    dialog.reject()
    window.close_study()
    with Project.open(devices.a, device="dev-a") as project:
        names = {b.name for b in project.businesses.list()}
    assert "Boulangerie Marché SARL" in names and "Épicerie Solidaire" not in names


def test_cancelling_during_a_bundle_rolls_that_bundle_back(
        window, qtbot, devices: TwoDevices, monkeypatch) -> None:
    from madeinlocal_desktop.project.sync import Sync

    before = devices.a.read_bytes()
    open_in(window, qtbot, devices.a)
    dialog = open_import(window, qtbot, [devices.bundle])
    original, seen = Sync.import_bundles, []

    def cancel_once_read(self, files, *, progress, **kwargs):  # type: ignore[no-untyped-def]
        # The dialog's task, from the worker: `dialog.task` is only set once `run` returns
        # on the UI thread, which a busy machine may not have reached yet.
        task = kwargs["should_cancel"].__self__

        def report(done: float) -> None:
            seen.append(done)
            progress(done)
            if done > 0:  # the bundle is read and checked: Cancel is pressed now
                task.cancel()
        return original(self, files, progress=report, **kwargs)

    monkeypatch.setattr(Sync, "import_bundles", cancel_once_read)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert dialog.outcome is not None and dialog.outcome.stopped
    assert dialog.outcome.reports == [] and 0 < max(seen) < 1
    assert "après 0 paquets sur 1" in dialog.banner.text
    dialog.reject()
    window.close_study()
    assert devices.a.read_bytes() == before


def test_a_tampered_bundle_is_explained_in_french(window, qtbot, devices: TwoDevices,
                                                  tmp_path: Path) -> None:
    altered = altered_copy(devices.bundle, tmp_path / ("x" + devices.bundle.name))
    flipped = flipped_copy(devices.bundle, tmp_path / ("y" + devices.bundle.name))
    open_in(window, qtbot, devices.a)
    dialog = open_import(window, qtbot, [altered, flipped])
    try:
        assert "a été modifié après la création du paquet" in dialog.table.message_of(
            altered.name)
        assert "endommagé" in dialog.table.message_of(flipped.name)
    finally:
        dialog.reject()
        window.close_study()


def test_an_encrypted_bundle_asks_for_its_passphrase_in_place(
        window, qtbot, devices: TwoDevices, tmp_path: Path) -> None:
    with Project.open(devices.b, device="dev-b", who="Lucie") as b:
        from madeinlocal_desktop.domain import Business, new_id

        b.businesses.save(Business(id=new_id(), name="Primeur des Halles", commune="86194"))
        secret = b.sync.make_bundle(tmp_path, passphrase="cheval agrafe")
        assert secret is not None
    open_in(window, qtbot, devices.a)
    dialog = open_import(window, qtbot, [secret.path])
    assert "phrase de passe" in dialog.table.message_of(secret.path.name)
    dialog.passphrase.setText("cheval agrafe")
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.preview_button.click()
    assert dialog.table.message_of(secret.path.name) == ""
    assert dialog.table.counts_of(secret.path.name)["new"] == "1"  # the new shop
    dialog.reject()
    wait_idle(window, qtbot)


def test_possible_duplicates_are_listed_then_merged(window, qtbot,
                                                    devices: TwoDevices) -> None:
    with Project.open(devices.a, device="dev-a") as project:
        project.sync.import_bundles([devices.bundle])
    open_in(window, qtbot, devices.a)
    view = window.views["duplicates"]
    assert isinstance(view, DuplicatesView)
    tabs = window.study_page
    qtbot.waitUntil(lambda: tabs.tabText(tabs.indexOf(view)) == "Doublons possibles (1)",
                    timeout=10_000)
    cell = view.table.model().index
    assert cell(0, 2).data() == "Même SIRET"
    assert "Poitiers" in cell(0, 0).data()
    assert "1 entretien" in cell(0, 0).data() + cell(0, 1).data()
    view.ask_merge()
    merge = view.merge_dialog
    assert merge is not None and merge.keep_id == devices.shop_id  # it has the interview
    with qtbot.waitSignal(window.session.changed, timeout=10_000):
        merge.accept()
    qtbot.waitUntil(lambda: tabs.tabText(tabs.indexOf(view)) == "Doublons possibles",
                    timeout=10_000)
    window.close_study()
    with Project.open(devices.a, device="dev-a") as project:
        ids = {b.id for b in project.businesses.list()}
    assert devices.shop_id in ids and devices.new_shop_id not in ids


def test_not_a_duplicate_takes_the_pair_off_the_list(window, qtbot,
                                                     devices: TwoDevices) -> None:
    with Project.open(devices.a, device="dev-a") as project:
        project.sync.import_bundles([devices.bundle])
    open_in(window, qtbot, devices.a)
    view = window.views["duplicates"]
    qtbot.waitUntil(lambda: view.count == 1, timeout=10_000)
    with qtbot.waitSignal(window.session.changed, timeout=10_000):
        view.dismiss_button.click()
    qtbot.waitUntil(lambda: view.count == 0, timeout=10_000)
    wait_idle(window, qtbot)


def test_export_writes_a_french_csv_and_an_anonymised_xlsx(window, qtbot, devices: TwoDevices,
                                                          tmp_path: Path) -> None:
    import openpyxl
    import pandas as pd

    from madeinlocal_desktop.gui.export_dialog import ExportDialog

    open_in(window, qtbot, devices.a)
    window.exchange.export()
    dialog = window.exchange.dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.format.currentText().startswith("CSV pour Excel")
    dialog.destination.set_path(tmp_path / "csv")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
    assert "Exporté" in dialog.banner.text
    lines = pd.read_csv(tmp_path / "csv" / "spend_lines.csv", sep=";", decimal=",",
                        encoding="utf-8-sig")
    assert sorted(lines["amount"]) == [5000.25, 30000.50]
    shops = pd.read_csv(tmp_path / "csv" / "businesses.csv", sep=";", encoding="utf-8-sig")
    assert MINE in set(shops["name"])

    dialog.choose("xlsx")
    dialog.anonymised.setChecked(True)
    assert dialog.destination.path is not None and dialog.destination.path.suffix == ".xlsx"
    dialog.destination.set_path(tmp_path / "anonyme.xlsx")
    dialog.export_result = None
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
    book = openpyxl.load_workbook(tmp_path / "anonyme.xlsx", read_only=True)
    cells = [str(value) for sheet in book.worksheets
             for row in sheet.iter_rows(values_only=True) for value in row if value]
    book.close()
    assert cells and not any("Boulangerie" in text or "Camille" in text for text in cells)
    dialog.reject()
    wait_idle(window, qtbot)


def test_an_export_to_a_missing_folder_is_refused_in_place(window, qtbot, devices: TwoDevices,
                                                          tmp_path: Path) -> None:
    open_in(window, qtbot, devices.a)
    window.exchange.export()
    dialog = window.exchange.dialog
    dialog.choose("json")
    dialog.destination.set_path(tmp_path / "nowhere" / "study.json")
    dialog.export_button.click()
    assert "n'existe pas" in dialog.destination.field.error
    assert not dialog.progress.busy


def test_sync_with_a_folder_round_trips_between_two_devices(window, qtbot, devices: TwoDevices,
                                                            tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.copy(devices.bundle, shared)  # the surveyor's computer dropped its bundle there
    open_in(window, qtbot, devices.a)
    window.exchange.sync_folder()
    dialog = window.exchange.dialog
    assert isinstance(dialog, SyncFolderDialog)
    dialog.folder.set_path(shared)
    with qtbot.waitSignal(dialog.synced, timeout=20_000):
        dialog.sync_button.click()
    text = dialog.written.text()
    assert "Écrit : Camille_dev-a_" in text and "1 paquet importé" in text
    assert dialog.table.rowCount() == 1
    qtbot.waitUntil(lambda: conflicts_tab(window)[1] == "Conflits (1)", timeout=10_000)
    dialog.reject()

    # The folder is remembered: the next sync needs no choice.
    window.exchange.sync_folder()
    again = window.exchange.dialog
    assert isinstance(again, SyncFolderDialog)
    qtbot.waitUntil(lambda: again.folder.path == shared.resolve(), timeout=10_000)
    again.reject()
    window.close_study()
    with Project.open(devices.b, device="dev-b") as b:
        result = b.sync.sync_folder(shared)
        assert len(result.imported) == 1  # the coordinator's bundle
        assert {c.field for c in b.sync.conflicts()} == {"name"}


def test_a_kit_makes_a_new_study_file_that_opens(window, qtbot, devices: TwoDevices,
                                                 tmp_path: Path) -> None:
    from madeinlocal_desktop.gui.kit_dialogs import ExportKitDialog, NewFromKitDialog

    open_in(window, qtbot, devices.a)
    window.exchange.export_kit()
    exporter = window.exchange.dialog
    assert isinstance(exporter, ExportKitDialog)
    exporter.destination.set_path(tmp_path / "poitiers")  # the ending is added
    exporter.protect.setChecked(False)  # a plain kit, as older versions wrote them
    with qtbot.waitSignal(exporter.written, timeout=10_000):
        exporter.export_button.click()
    assert (tmp_path / "poitiers.mlkit").is_file()
    exporter.reject()

    use_device("dev-c")
    window.exchange.new_from_kit()
    dialog = window.exchange.dialog
    assert isinstance(dialog, NewFromKitDialog)
    dialog.kit.set_path(tmp_path / "missing.mlkit")
    assert dialog.file.path == Path.home() / "missing.madeinlocal"  # suggested from the kit
    dialog.file.set_path(tmp_path / "c.madeinlocal")
    dialog.file.edited.emit()  # as if typed: the kit no longer changes it
    dialog.create_button.click()
    assert "Aucun kit" in dialog.kit.field.error
    dialog.kit.set_path(devices.b)  # a study file is not a kit: said in the dialog
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.banner.level == "error", timeout=10_000)
    assert not (tmp_path / "c.madeinlocal").exists()
    dialog.kit.set_path(devices.kit)
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        dialog.create_button.click()
    assert window.session is not None
    assert window.session.path == (tmp_path / "c.madeinlocal").resolve()
    assert window.session.study.name == "Centre de Poitiers"


def test_make_a_bundle_checks_the_passphrase_then_writes_only_what_is_new(
        window, qtbot, devices: TwoDevices, tmp_path: Path) -> None:
    from madeinlocal_desktop.gui.bundle_dialogs import MakeBundleDialog

    out = tmp_path / "out"
    out.mkdir()
    open_in(window, qtbot, devices.a)
    window.exchange.make_bundle()
    dialog = window.exchange.dialog
    assert isinstance(dialog, MakeBundleDialog)
    wait_idle(window, qtbot)
    dialog.folder.set_path(out)
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText("cheval agrafe")
    dialog.confirm.setText("cheval agrafé")
    dialog.make_button.click()
    assert "deux fois" in dialog.confirm_field.error and not list(out.iterdir())
    dialog.confirm.setText("cheval agrafe")
    with qtbot.waitSignal(dialog.made, timeout=20_000):
        dialog.make_button.click()
    assert dialog.info is not None and dialog.info.encrypted
    assert [p.name for p in out.iterdir()] == [dialog.info.path.name]
    assert dialog.info.path.name in dialog.banner.text
    dialog.make_button.click()  # nothing typed since: no second file
    qtbot.waitUntil(lambda: "aucun fichier" in dialog.banner.text, timeout=10_000)
    assert len(list(out.iterdir())) == 1
    dialog.reject()
    wait_idle(window, qtbot)
