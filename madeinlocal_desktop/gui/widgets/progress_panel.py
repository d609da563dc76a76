"""Long work in the status bar: what is running, how far, and a button to stop it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..tasks import Task


class ProgressPanel(QWidget):
    """Shows one task at a time; hidden when idle. The window stays usable meanwhile."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self._label = QLabel()
        self._bar = QProgressBar()
        self._bar.setFixedWidth(180)
        self._bar.setTextVisible(True)
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        layout.addWidget(self._cancel)
        self.setVisible(False)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, label: str, task: Task, *, determinate: bool = True,
              cancellable: bool = True) -> None:
        self._task = task
        self._label.setText(label)
        self._bar.setRange(0, 1000 if determinate else 0)  # (0, 0): a busy indicator
        self._bar.setValue(0)
        self._cancel.setEnabled(cancellable)
        self._cancel.setVisible(cancellable)
        self.setVisible(True)

    def set_progress(self, fraction: float) -> None:
        if self._task is not None and self._bar.maximum():
            self._bar.setValue(round(fraction * 1000))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._label.setText(self.tr("Stopping…"))
            self._cancel.setEnabled(False)

    def done(self) -> None:
        self._task = None
        self.setVisible(False)
        self.finished.emit()
