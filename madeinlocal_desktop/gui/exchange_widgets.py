"""Small pieces the exchange dialogs share: a path with its Browse button, a passphrase field,
the folder a file dialog starts in, and dialogs that grow to show their messages whole."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget
from shiboken6 import isValid

from . import file_dialogs
from .file_dialogs import documents_folder
from .widgets.field_message import FieldWithMessage

__all__ = ["PassphraseField", "PathField", "documents_folder", "grow_to_fit", "keep_fitted",
           "slug"]


def grow_to_fit(widget: QWidget) -> None:
    """Make a dialog tall enough for what it shows now (a banner, a longer explanation).

    Qt sets a window's minimum height from its layout's minimum, which counts a word-wrapped
    label at its narrowest: the label would be squeezed and its lines drawn over each other.
    """
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    if window.height() < needed:
        window.resize(window.width(), needed)


class _KeepFitted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            def grow() -> None:
                if isValid(watched):
                    grow_to_fit(watched)

            QTimer.singleShot(0, grow)
        return False


def keep_fitted(dialog: QWidget) -> None:
    """Grow `dialog` whenever its layout changes (a banner, a field's message appears)."""
    dialog.installEventFilter(_KeepFitted(dialog))


def slug(name: str) -> str:
    """A study's name as a file name: "Centre de Poitiers" → "Centre-de-Poitiers"."""
    return re.sub(r"[^\w-]+", "-", name.strip()).strip("-") or "study"


class PathField(QWidget):
    """A path typed or chosen: `mode` is "folder", "open" (an existing file) or "save".

    `kind` names the folder the file dialog remembers (gui/file_dialogs.py).
    The parent comes first, as in any Qt widget, so forms of ui/ can hold one."""

    changed = Signal()
    edited = Signal()  # by the person (typed or browsed), not by a suggestion

    def __init__(self, parent: QWidget | None = None, *, mode: str = "open", caption: str = "",
                 name_filter: str = "", kind: str = "export") -> None:
        super().__init__(parent)
        self.mode, self.caption, self.name_filter = mode, caption, name_filter
        self.kind = kind
        self.suffix = ""  # added to a saved file's name when the person leaves it out
        self.edit = QLineEdit()
        self.edit.textChanged.connect(self.changed)
        self.edit.textEdited.connect(self.edited)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.field = FieldWithMessage(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.browse_button)
        self.setFocusProxy(self.edit)

    @property
    def path(self) -> Path | None:
        text = self.edit.text().strip()
        if not text:
            return None
        if self.mode == "save" and self.suffix and not text.endswith(self.suffix):
            text += self.suffix  # "poitiers" typed means poitiers.mlkit
        return Path(text).expanduser()

    def set_path(self, path: Path | None) -> None:
        self.edit.setText("" if path is None else str(path))

    def set_message(self, text: str) -> None:
        self.field.set_message(text)

    def browse(self) -> None:
        start = self.path or ""
        chosen: Path | None
        if self.mode == "folder":
            chosen = file_dialogs.folder(self, self.kind, self.caption, start)
        elif self.mode == "open":
            chosen = file_dialogs.open_file(self, self.kind, self.caption, self.name_filter,
                                            start)
        else:
            chosen, _ = file_dialogs.save_file(self, self.kind, self.caption, start,
                                               self.name_filter)
            if chosen and self.suffix and not chosen.name.endswith(self.suffix):
                chosen = chosen.with_name(chosen.name + self.suffix)
        if chosen:
            self.set_path(chosen)
            self.edited.emit()


class PassphraseField(QLineEdit):
    """Hidden text; an empty field means "no passphrase" (None for the facade)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setPlaceholderText(placeholder)

    @property
    def passphrase(self) -> str | None:
        return self.text() or None
