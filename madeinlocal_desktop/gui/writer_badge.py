"""Who types in this study file on this computer: shown in the status bar, chosen once.

Every change, history row and bundle is signed with that name ("Saisie par" in the conflicts
view, the bundle's file name). Until a surveyor names themselves, changes are signed with the
computer's login, and the badge asks for a name instead of showing one; choosing opens a small
dialog offering the kit's surveyors. The choice is kept in the file, for this computer only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

from . import theme

if TYPE_CHECKING:
    from .session import StudySession
    from .writer_dialog import WriterDialog


class WriterBadge(QToolButton):
    """"Saisie par : Camille" in the status bar; "Who is typing? Choose…" until named."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.clicked.connect(self.choose)
        self.session: StudySession | None = None
        self.writer: str | None = None
        self.login = ""
        self.choices: list[str] = []
        self.dialog: WriterDialog | None = None
        self.setVisible(False)

    def follow(self, session: StudySession | None) -> None:
        """Show the writer of the study just opened (None: no study)."""
        self.session = session
        self.setVisible(False)
        if session is not None:
            session.run(lambda p: (p.writer, p.ctx.who, p.writer_choices()),
                        on_done=self._known)

    def _known(self, known: tuple[str | None, str, list[str]]) -> None:
        self.writer, self.login, self.choices = known
        self._show()

    def _show(self) -> None:
        # Set when first shown, not when made before the first paint: PySide builds the
        # whole `Qt` namespace (~30 ms) when it is first named.
        self.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # never takes the keyboard from a form
        if self.writer:
            self.setText(self.tr("Typed by: {name}").format(name=self.writer))
            self.setToolTip(self.tr("Changes made here are signed with this name. Click to "
                                    "change it."))
            theme.set_role(self, "")
        else:
            self.setText(self.tr("Who is typing? Choose your name…"))
            self.setToolTip(self.tr("Until you choose, changes are signed with this "
                                    "computer's login ({login}).").format(login=self.login))
            theme.set_role(self, "strong")
        self.setVisible(True)

    def choose(self) -> None:
        from .writer_dialog import WriterDialog  # the badge shows at start-up, the dialog rarely

        dialog = WriterDialog(self.choices, self.writer, self.window())
        dialog.accepted.connect(lambda: self.set_writer(dialog.chosen()))
        dialog.open()
        self.dialog = dialog  # reachable by tests and kept alive while open

    def set_writer(self, name: str) -> None:
        if self.session is None:
            return
        self.session.run(lambda p: p.set_writer(name), on_done=self._set,
                         on_error=lambda error: self.setToolTip(str(error)))

    def _set(self, name: str) -> None:
        self.writer = name
        self._show()
        self.changed.emit(name)
