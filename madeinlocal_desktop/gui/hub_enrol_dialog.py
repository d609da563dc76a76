"""The consolidation server's dialog: a person enrols this study file with a code and sees where
things stand (the sync itself is `HubSync`, gui/hub_dialog.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .exchange_widgets import keep_fitted
from .panel_tasks import run_quietly
from .widgets.banner import Banner

if TYPE_CHECKING:
    from .hub_dialog import HubSync
    from .session import StudySession


class HubDialog(QDialog):
    enrolled = Signal()

    def __init__(self, session: StudySession, hub: HubSync,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.session = session
        self.hub = hub
        self.setWindowTitle(self.tr("Consolidation server"))
        self.setMinimumWidth(620)
        self.banner = Banner()
        explain = QLabel(self.tr(
            "A consolidation server gathers the bundles of every computer of the study over "
            "the network. Enrol this study file once with the server's address and the code "
            "the coordinator gave you; it then syncs by itself while the study is open, and "
            "keeps its bundles on this computer while the network is gone."))
        explain.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://hub.example.org")
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.enrol_form = QWidget()
        form = QFormLayout(self.enrol_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Enrolment code"), self.code)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("Enrol"))
        self.enrol_button.clicked.connect(self.enrol)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(hub.sync)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.enrol_button, self.sync_button, close):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addWidget(self.enrol_form)
        layout.addWidget(self.state)
        layout.addStretch(1)
        layout.addLayout(buttons)
        hub.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        status = self.hub.status
        enrolled = bool(status is not None and status.enrolled)
        self.enrol_form.setVisible(not enrolled)
        self.enrol_button.setVisible(not enrolled)
        self.sync_button.setVisible(enrolled)
        self.sync_button.setEnabled(enrolled and not self.hub.busy)
        if not enrolled:
            self.state.setText(self.tr("This study file is not linked to a server yet."))
            return
        roles = {"coordinator": self.tr("coordinator"), "surveyor": self.tr("surveyor"),
                 "viewer": self.tr("viewer")}
        lines = [self.tr("Linked to {url} as {name} ({role}).").format(
                     url=status.url, name=status.name, role=roles.get(status.role, status.role)),
                 self.tr("%Ln bundle(s) waiting to be sent.", "", status.queued)]
        if self.hub.text:
            lines.append(self.hub.text)
        self.state.setText("\n".join(lines))

    def enrol(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            self.banner.show_message(self.tr("Type the server's address and the code."),
                                     "warning")
            return
        self.banner.clear()
        self.enrol_button.setEnabled(False)

        def work(project: Any) -> Any:
            project.hub.enrol(url, code)
            return project.hub.status()

        run_quietly(self.session, self, work, on_done=self._enrolled, on_error=self._failed)

    def _enrolled(self, status: Any) -> None:
        self.enrol_button.setEnabled(True)
        self.code.clear()
        self.banner.show_message(self.tr("Enrolled: this study now syncs with the server."),
                                 "info")
        self.hub.enrolled(status)
        self.enrolled.emit()

    def _failed(self, error: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        self.banner.show_error(error)
