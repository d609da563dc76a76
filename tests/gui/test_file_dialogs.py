"""File dialogs open in the last folder used for that kind of file, else in Documents — never
in the folder the app was started from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure
from PySide6.QtWidgets import QFileDialog

from madeinlocal_desktop.gui.dashboard_charts import ChartPanel
from madeinlocal_desktop.gui.exchange_widgets import PathField


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user whose home has a Documents folder, running the app from another folder."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    working = tmp_path / "working-folder"
    working.mkdir()
    monkeypatch.chdir(working)
    return home / "Documents"


class FakeDialog:
    """Stands in for QFileDialog's static functions: notes where each dialog starts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.starts: list[str] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._file))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(self._files))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(self._folder))

    def _file(self, parent: Any, caption: str = "", start: str = "", *_: Any,
              **__: Any) -> tuple[str, str]:
        self.starts.append(start)
        return self.answer, ""

    def _files(self, parent: Any, caption: str = "", start: str = "", *_: Any,
               **__: Any) -> tuple[list[str], str]:
        self.starts.append(start)
        return ([self.answer] if self.answer else []), ""

    def _folder(self, parent: Any, caption: str = "", start: str = "", *_: Any,
                **__: Any) -> str:
        self.starts.append(start)
        return self.answer


def _simple_figure() -> Figure:
    figure = Figure(figsize=(3, 2))
    figure.add_subplot().plot([1, 2, 3], [1, 3, 2])
    return figure


def test_saving_a_chart_starts_in_documents_then_where_the_last_chart_went(
        qtbot, documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = FakeDialog(monkeypatch)
    panel = ChartPanel("lm3_by_sector")
    qtbot.addWidget(panel)
    panel.set_chart(_simple_figure)
    charts = tmp_path / "rapport" / "figures"
    charts.mkdir(parents=True)
    dialog.answer = str(charts / "secteurs.svg")
    with qtbot.waitSignal(panel.saved):
        panel.save_dialog()
    assert Path(dialog.starts[0]) == documents / "lm3_by_sector.png"
    assert (charts / "secteurs.svg").is_file()
    dialog.answer = ""
    panel.save_dialog()  # the next chart goes where the last one went
    assert Path(dialog.starts[1]) == charts / "lm3_by_sector.png"
    assert not list(Path.cwd().iterdir())  # nothing ever landed in the working folder


def test_each_kind_of_file_remembers_its_own_folder(
        qtbot, documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = FakeDialog(monkeypatch)
    bundles = tmp_path / "clé-usb"
    bundles.mkdir()
    field = PathField(mode="folder", caption="Bundles", kind="bundle")
    qtbot.addWidget(field)
    dialog.answer = str(bundles)
    field.browse()
    assert field.path == bundles
    kit = PathField(mode="open", caption="Kit", kind="kit")
    qtbot.addWidget(kit)
    dialog.answer = ""
    kit.browse()
    assert Path(dialog.starts[-1]) == documents  # bundles went elsewhere, kits did not
    other = PathField(mode="folder", caption="Bundles", kind="bundle")
    qtbot.addWidget(other)
    other.browse()
    assert Path(dialog.starts[-1]) == bundles


def test_the_open_study_dialog_starts_in_documents(window, qtbot, documents: Path,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = FakeDialog(monkeypatch)
    window.choose_study()
    window.import_file()  # no study open: nothing asked
    assert [Path(start) for start in dialog.starts] == [documents]


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(
        qtbot, documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = FakeDialog(monkeypatch)
    gone = tmp_path / "usb"
    gone.mkdir()
    field = PathField(mode="open", caption="Register", kind="frame")
    qtbot.addWidget(field)
    dialog.answer = str(gone / "sirene.csv")
    field.browse()
    gone.rmdir()  # the USB key was taken out
    dialog.answer = ""
    field.set_path(None)
    field.browse()
    assert Path(dialog.starts[-1]) == documents


def test_the_kit_dialog_lists_every_file_and_drops_the_kits_ending(
        window, qtbot, documents: Path, tmp_path: Path) -> None:
    from madeinlocal_desktop.gui.kit_dialogs import NewFromKitDialog

    window.exchange.new_from_kit()
    dialog = window.exchange.dialog
    assert isinstance(dialog, NewFromKitDialog)
    assert "Tous les fichiers (*)" in dialog.kit.name_filter.split(";;")  # niort.madeinlocal-kit
    for kit in ("niort.madeinlocal-kit", "niort.mlkit", "niort.madeinlocal-kit.mlkit"):
        dialog.kit.set_path(tmp_path / kit)
        assert dialog.file.path == documents / "niort.madeinlocal", kit
    dialog.reject()


def test_an_import_is_summed_up_in_french(window, qtbot, demo_file: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from madeinlocal_desktop.project import Project

    from .conftest import open_in

    exported = tmp_path / "echange.json"
    with Project.open(demo_file) as project:
        project.exchange.export(exported)
    open_in(window, qtbot, demo_file)
    dialog = FakeDialog(monkeypatch)
    dialog.answer = str(exported)
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    window.import_file()  # the same records again: all unchanged
    qtbot.waitUntil(lambda: any("Importé" in text for text in shown), timeout=30_000)
    message = next(text for text in shown if "Importé" in text).replace("\u00a0", " ")
    assert "commerces : 0 nouveaux, 0 mis à jour, 120 inchangés" in message, message
    assert "businesses" not in message and "unchanged" not in message
