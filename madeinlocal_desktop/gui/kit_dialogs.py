"""The study kit: the coordinator exports it; each surveyor's computer makes its study file
from it (same study, same key), so their bundles can be consolidated (docs/exchange.md)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from . import exchange_text, file_dialogs
from .exchange_widgets import PassphraseField, PathField, keep_fitted, slug
from .panel_tasks import run_quietly
from .session import StudySession
from .tasks import TaskRunner
from .widgets.banner import Banner
from .widgets.field_message import FieldWithMessage

if TYPE_CHECKING:
    from ..domain import Study
    from ..project import Project

KIT_SUFFIX = ".mlkit"  # what exchange/kit.py names kits
STUDY_SUFFIX = ".madeinlocal"


def _buttons(action: QPushButton, close: QPushButton) -> QHBoxLayout:
    action.setDefault(True)
    close.setAutoDefault(False)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(action)
    row.addWidget(close)
    return row


class ExportKitDialog(QDialog):
    written = Signal(object)  # the kit's path

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.session = session
        self.setWindowTitle(self.tr("Export the study kit"))
        self.setMinimumWidth(620)
        self.banner = Banner()
        explain = QLabel(self.tr(
            "Each surveyor's computer makes its study file from this kit (File → New study "
            "from kit…): same study, same categories, and the study's key, so their bundles "
            "can be consolidated here. Whoever holds the kit can send bundles this study "
            "accepts: hand it over like a key (a USB key, not a public link)."))
        explain.setWordWrap(True)
        self.destination = PathField(mode="save", caption=self.tr("Save the study kit as"),
                                     name_filter=self.tr("Study kits (*{suffix})").format(
                                         suffix=KIT_SUFFIX), kind="kit")
        self.destination.suffix = KIT_SUFFIX
        self.destination.set_path(file_dialogs.start_folder("kit")
                                  / f"{slug(session.study.name)}{KIT_SUFFIX}")
        # On by default: a plain kit holds the study key in the clear.
        self.protect = QCheckBox(self.tr("Protect the kit with a passphrase (give it to the "
                                         "surveyors separately, not with the kit)"))
        self.protect.setChecked(True)
        self.passphrase = PassphraseField(self.tr("at least 12 characters"))
        self.passphrase_field = FieldWithMessage(self.passphrase)
        self.confirm = PassphraseField(self.tr("the same again"))
        self.confirm_field = FieldWithMessage(self.confirm)
        for edit in (self.passphrase, self.confirm):
            self.protect.toggled.connect(edit.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Kit file"), self.destination)
        form.addRow(self.protect)
        form.addRow(self.tr("Passphrase"), self.passphrase_field)
        form.addRow(self.tr("Confirm the passphrase"), self.confirm_field)
        self.encrypted_files = QCheckBox(self.tr(
            "Study files made from this kit are encrypted (each surveyor chooses a passphrase)"))
        form.addRow(self.encrypted_files)
        self.export_button = QPushButton(self.tr("Export the kit"))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(_buttons(self.export_button, close))

    def export(self) -> None:
        path = self.destination.path
        wrong = "" if path is not None and path.parent.is_dir() else (
            self.tr("Choose where to save the kit") if path is None else
            self.tr("The folder {path} does not exist").format(path=path.parent))
        self.destination.set_message(wrong)
        passphrase = self.passphrase.passphrase if self.protect.isChecked() else None
        missing = self.protect.isChecked() and not passphrase
        mismatch = not missing and passphrase is not None \
            and self.confirm.text() != self.passphrase.text()
        self.passphrase_field.set_message(
            self.tr("Choose a passphrase, or untick the protection") if missing else "")
        self.confirm_field.set_message(
            self.tr("Type the same passphrase twice") if mismatch else "")
        if wrong or path is None or missing or mismatch:
            return
        self.banner.clear()
        self.export_button.setEnabled(False)
        encrypted = self.encrypted_files.isChecked()
        run_quietly(self.session, self,
                    lambda project: project.exchange.export_kit(
                        path, passphrase=passphrase, encrypted_files=encrypted),
                    on_done=self._written, on_error=self._failed)

    def _written(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.banner.show_message(self.tr(
            "Wrote the study kit {name}. On each surveyor's computer: File → New study from "
            "kit…").format(name=Path(path).name), "info")
        self.written.emit(Path(path))

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if getattr(error, "field", None) == "passphrase":  # too short, too common
            self.passphrase_field.set_message(str(error))
            return
        exchange_text.show_error(self.banner, error)


def study_name_from_kit(kit: Path) -> str:
    """The file name suggested for a study made from `kit`: the kit's name without its endings
    (niort.mlkit, niort.madeinlocal-kit and niort.madeinlocal-kit.mlkit all give niort)."""
    name = kit.name
    while "kit" in Path(name).suffix.lower():
        name = Path(name).stem
    if name == kit.name:  # another ending (niort.zip): dropped too
        name = Path(name).stem
    return name or "study"


def project_from_kit(kit: Path, path: Path, passphrase: str | None = None,
                     study_passphrase: str | None = None) -> tuple[Project, Study]:
    """On the worker: the new study file, opened (nothing is left behind if the kit is bad);
    encrypted with `study_passphrase` when one is given (a kit may require it)."""
    from ..project import Project

    project = Project.create_from_kit(kit, path, kit_passphrase=passphrase,
                                      passphrase=study_passphrase)
    try:
        return project, project.study
    except BaseException:
        project.close()
        raise


class NewFromKitDialog(QDialog):
    """A surveyor's study file from the coordinator's kit; emits `created` once it is open."""

    created = Signal(object, object, object)  # path, Project, Study

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.runner = runner
        self._path_edited = False
        self.setWindowTitle(self.tr("New study from a kit"))
        self.setMinimumWidth(640)
        self.banner = Banner()
        explain = QLabel(self.tr(
            "The coordinator gives each surveyor the study kit. The study file made from it "
            "belongs to the same study: its bundles can be consolidated with the others."))
        explain.setWordWrap(True)
        # All files too: a kit renamed by hand or by e-mail (niort.madeinlocal-kit) still opens.
        self.kit = PathField(mode="open", caption=self.tr("Choose the study kit"),
                             name_filter=self.tr("Study kits (*{suffix})").format(
                                 suffix=KIT_SUFFIX) + ";;" + self.tr("All files (*)"),
                             kind="kit")
        self.kit.changed.connect(self._suggest_path)
        self.file = PathField(mode="save", caption=self.tr("Save the new study as"),
                              name_filter=self.tr("Made in Local studies (*.madeinlocal)"),
                              kind="study")
        self.file.suffix = STUDY_SUFFIX
        self.file.edited.connect(lambda: setattr(self, "_path_edited", True))
        self.passphrase = PassphraseField(self.tr("only if the kit is protected"))
        self.passphrase_field = FieldWithMessage(self.passphrase)
        form = QFormLayout()
        form.addRow(self.tr("Study kit"), self.kit)
        form.addRow(self.tr("Kit passphrase"), self.passphrase_field)
        form.addRow(self.tr("Study file"), self.file)
        self.create_button = QPushButton(self.tr("Create the study"))
        self.create_button.clicked.connect(self.create_study)
        close = QPushButton(self.tr("Cancel"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(_buttons(self.create_button, close))

    def _suggest_path(self) -> None:
        kit = self.kit.path
        if not self._path_edited and kit is not None:
            stem = study_name_from_kit(kit)
            self.file.set_path(file_dialogs.start_folder("study") / f"{stem}{STUDY_SUFFIX}")

    def problems(self) -> tuple[str, str]:
        kit, path = self.kit.path, self.file.path
        kit_problem = (self.tr("Choose the study kit") if kit is None else
                       self.tr("No study kit at {path}").format(path=kit)
                       if not kit.is_file() else "")
        file_problem = (self.tr("Choose where to save the study file") if path is None else
                        self.tr("{name} already exists: choose another file name").format(
                            name=path.name) if path.exists() else
                        self.tr("The folder {path} does not exist").format(path=path.parent)
                        if not path.parent.is_dir() else "")
        return kit_problem, file_problem

    def create_study(self) -> None:
        kit_problem, file_problem = self.problems()
        self.kit.set_message(kit_problem)
        self.file.set_message(file_problem)
        kit, path = self.kit.path, self.file.path
        if kit_problem or file_problem or kit is None or path is None:
            return
        self.banner.clear()
        self.passphrase_field.set_message("")
        from ..project import Project

        if Project.kit_wants_encryption(kit):  # the coordinator asked for encrypted files
            from .passphrase_dialog import PassphraseDialog

            self.study_passphrase_dialog = dialog = PassphraseDialog(self, path.name, new=True)
            dialog.accepted.connect(lambda: self._create(kit, path, dialog.passphrase()))
            dialog.open()
            return
        self._create(kit, path, None)

    def _create(self, kit: Path, path: Path, study_passphrase: str | None) -> None:
        self.create_button.setEnabled(False)
        passphrase = self.passphrase.passphrase
        self.runner.run(lambda task: project_from_kit(kit, path, passphrase, study_passphrase),
                        on_done=lambda opened: self._created(path, opened),
                        on_error=self._failed)

    def _created(self, path: Path, opened: tuple[Any, Any]) -> None:
        if not isValid(self):  # closed meanwhile: nobody will use the file now
            self.runner.run(lambda task: opened[0].close())
            return
        self.created.emit(path.resolve(), *opened)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.create_button.setEnabled(True)
        if getattr(error, "field", None) == "kit_passphrase":  # missing or wrong
            self.passphrase_field.set_message(str(error))
            self.passphrase.setFocus()
            return
        exchange_text.show_error(self.banner, error)
