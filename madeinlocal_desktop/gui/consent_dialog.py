"""Study → Consent wording: the coordinator edits the notice read to each interviewee, in
French and English. Saving makes a new version; the interviews keep the one they agreed to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .exchange_widgets import keep_fitted
from .panel_tasks import run_quietly
from .session import StudySession
from .widgets.banner import Banner
from .widgets.field_message import FieldWithMessage

if TYPE_CHECKING:
    from ..domain.consent import ConsentWording


class ConsentDialog(QDialog):
    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.session = session
        self.wording: ConsentWording | None = None
        self.setWindowTitle(self.tr("Consent wording"))
        self.setMinimumWidth(640)
        self.banner = Banner()
        explain = QLabel(self.tr(
            "The interview form shows this text beside the consent box; the surveyor reads it "
            "to the interviewee before ticking. Say who collects the answers, what for, how "
            "long they are kept, the interviewee's rights and whom to contact. Each change "
            "makes a new version, which travels to the surveyors in the next bundle; every "
            "interview keeps the version it agreed to."))
        explain.setWordWrap(True)
        self.version = QLabel()
        self.french = QPlainTextEdit()
        self.english = QPlainTextEdit()
        self.french_field = FieldWithMessage(self.french)
        self.english_field = FieldWithMessage(self.english)
        form = QFormLayout()
        form.addRow(self.tr("French"), self.french_field)
        form.addRow(self.tr("English"), self.english_field)
        self.save_button = QPushButton(self.tr("Save as a new version"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)  # until the current wording is shown
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addWidget(self.version)
        layout.addLayout(form)
        layout.addLayout(buttons)
        run_quietly(session, self, lambda project: project.settings.consent_wording(),
                    on_done=self._loaded, on_error=self.banner.show_error)

    def _loaded(self, wording: ConsentWording) -> None:
        self.wording = wording
        self.version.setText(self.tr("Current version: {version}").format(
            version=wording.version))
        self.french.setPlainText(wording.fr)
        self.english.setPlainText(wording.en)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        french, english = self.french.toPlainText(), self.english.toPlainText()
        for field in (self.french_field, self.english_field):
            field.set_message("")
        self.banner.clear()
        self.save_button.setEnabled(False)
        before = self.wording
        run_quietly(self.session, self,
                    lambda project: project.settings.set_consent_wording(french, english),
                    on_done=lambda saved: self._saved(saved, before), on_error=self._failed)

    def _saved(self, wording: ConsentWording, before: ConsentWording | None) -> None:
        self._loaded(wording)
        if wording == before:
            self.banner.show_message(self.tr("Nothing changed: the wording stays version "
                                             "{version}.").format(version=wording.version),
                                     "info")
        else:
            self.banner.show_message(self.tr("Saved as version {version}. The interview form "
                                             "now shows it.").format(version=wording.version),
                                     "info")

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        field = {"fr": self.french_field, "en": self.english_field}.get(
            str(getattr(error, "field", "")))
        if field is not None:
            field.set_message(str(error))
        else:
            self.banner.show_error(error)
