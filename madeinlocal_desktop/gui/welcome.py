"""The first screen when no study is open: start one, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from . import theme
from .resources import logo as app_logo
from .widgets.banner import Banner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget


class WelcomeView(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = Banner()
        logo = QLabel()
        logo.setFixedSize(QSize(72, 72))
        logo.setScaledContents(True)  # smoothly, to the screen's pixels
        logo.setPixmap(app_logo(72 * self.devicePixelRatioF()))
        title = QLabel("Made in Local")
        title.setProperty("role", "title")  # new labels: styled as they are first shown
        subtitle = QLabel(self.tr("How much of the money spent in local shops stays in the "
                                  "territory? Interview the shops, compute the LM3 multiplier."))
        subtitle.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(subtitle)
        heading.addLayout(words, 1)

        self.new_button = QPushButton(self.tr("New study…"))
        self.open_button = QPushButton(self.tr("Open a study…"))
        self.demo_button = QPushButton(self.tr("Open the demo study (fictitious data)"))
        for button, signal in ((self.new_button, self.new_requested),
                               (self.open_button, self.open_requested),
                               (self.demo_button, self.demo_requested)):
            button.setMinimumHeight(36)
            button.clicked.connect(signal)
        actions = QVBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.demo_button)
        actions.addStretch(1)

        self._recent: QListWidget | None = None  # made when there is a study to list
        self._recent_paths: list[Path] = []
        self.no_recent = QLabel(self.tr("No study opened yet."))
        self._recent_box = recent_box = QVBoxLayout()
        recent_title = QLabel(self.tr("Recent studies"))
        recent_title.setProperty("role", "heading")
        recent_box.addWidget(recent_title)
        recent_box.addWidget(self.no_recent)
        recent_box.addStretch(1)  # the title and its words at the top; the list takes it over

        columns = QHBoxLayout()
        columns.addLayout(actions, 1)
        columns.addSpacing(24)
        columns.addLayout(recent_box, 2)
        body = QWidget()
        body.setMaximumWidth(900)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(heading)
        body_layout.addSpacing(16)
        body_layout.addWidget(self.banner)
        body_layout.addLayout(columns, 1)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(body, 4)
        layout.addStretch(1)

    @property
    def recent(self) -> QListWidget:
        """The recent studies' list (a first run has none: no list before the first paint)."""
        if self._recent is None:
            # Imported here: naming QListWidget makes PySide build its type (~1 ms).
            from PySide6.QtWidgets import QListWidget

            self._recent = QListWidget()
            self._recent.setVisible(False)
            self._recent.itemActivated.connect(lambda item: self.recent_chosen.emit(
                self._recent_paths[self.recent.row(item)]))
            self._recent_box.insertWidget(2, self._recent, 1)
            self._recent_box.setStretch(3, 0)
        return self._recent

    def set_recent(self, studies: list[Path]) -> None:
        self.no_recent.setVisible(not studies)
        if not studies and self._recent is None:
            return
        from PySide6.QtGui import QBrush
        from PySide6.QtWidgets import QListWidgetItem

        self.recent.clear()
        self._recent_paths = list(studies)
        for path in studies:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setToolTip(str(path))
            if not path.exists():
                item.setText(f"{path.stem}\n" + self.tr("missing: {folder}").format(
                    folder=path.parent))
                item.setForeground(QBrush(theme.colour("secondary")))
            self.recent.addItem(item)
        self.recent.setVisible(bool(studies))
