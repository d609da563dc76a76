"""Search-as-you-type pickers: accents and case ignored, matches anywhere, best matches first.

Used for communes and EPCI (new study, business editor), NAF sub-classes and businesses. The
line edit keeps whatever the user types; picking an entry emits `chosen(payload)` and the owner
decides what text to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QStyle, QWidget

from .text import search_key

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
MEASURED_ROWS = 200  # the popup is as wide as the longest of the first matches

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choice:
    text: str  # what the list shows
    name: str  # what a typed prefix should match first ("Poitiers")
    codes: str  # other things one may type: INSEE code, postal codes, SIRET...
    payload: Any


@dataclass(frozen=True)
class PreparedChoices:
    """Choices with their search keys, made off the UI thread (35,000 communes: ~50 ms)."""

    choices: list[Choice]
    keys: list[str]  # accent-free name and codes
    names: list[str]  # accent-free name


def prepare_choices(choices: Sequence[Choice]) -> PreparedChoices:
    """Any thread: what a SearchCompleter would otherwise compute as it is made."""
    listed = list(choices)
    names = [search_key(c.name) for c in listed]
    return PreparedChoices(listed, [f"{name} {c.codes.casefold()}"
                                    for name, c in zip(names, listed, strict=True)], names)


class _RankedMatches(QAbstractListModel):
    """The choices holding every typed word, names starting with the text first.

    Found in one pass over keys made once: a QSortFilterProxyModel called Python for each row
    and each comparison, 0.2-0.3 s a key typed over the 35,000 communes."""

    def __init__(self, choices: Sequence[Choice] | PreparedChoices) -> None:
        super().__init__()
        prepared = choices if isinstance(choices, PreparedChoices) else prepare_choices(choices)
        self._choices, self._keys, self._names = prepared.choices, prepared.keys, prepared.names
        self._rows: list[int] = []  # the matches' places in the choices, best first

    def set_text(self, text: str) -> None:
        typed = search_key(text).strip()
        first, *others = typed.split() or [""]
        keys, names = self._keys, self._names
        rows = [i for i, key in enumerate(keys) if first in key] if first else []
        if others:
            rows = [i for i in rows if all(word in keys[i] for word in others)]

        def rank(i: int) -> tuple[int, int]:
            name = names[i]
            if name == typed:
                return 0, i
            if name.startswith(typed):
                return 1, i
            return (2 if keys[i].startswith(typed) else 3), i

        rows.sort(key=rank)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        at = self._rows[index.row()]
        choice = self._choices[at]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return choice.text
        if role == SEARCH_ROLE:
            return self._keys[at]
        if role == NAME_ROLE:
            return self._names[at]
        if role == PAYLOAD_ROLE:
            return choice.payload
        return None


class SearchCompleter(QCompleter):
    chosen = Signal(object)

    def __init__(self, choices: Sequence[Choice] | PreparedChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = _RankedMatches(choices)
        self.setModel(self._proxy)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(10)
        popup = QListView()
        popup.setUniformItemSizes(True)  # tens of thousands of communes scroll smoothly
        # As wide as its matches (popup_rect): no sideways scrolling; a name longer than the
        # screen is cut in its middle, its ends kept.
        popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        popup.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setPopup(popup)
        self.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]

    def attach(self, line_edit: QLineEdit) -> None:
        self.setWidget(line_edit)
        line_edit.textEdited.connect(self.search)

    def search(self, text: str) -> None:
        self._proxy.set_text(text)
        if self._proxy.rowCount():
            self.complete(self.popup_rect())
        elif (popup := self.popup()) is not None:
            popup.hide()

    def popup_rect(self) -> QRect:
        """Under the field, wide enough for the longest match shown (never narrower than the
        field, never wider than the screen): a name is read whole, without scrolling sideways.

        Only the first matches are measured: a search for "a" matches thousands of communes,
        and the list is read from the top."""
        field, popup = self.widget(), self.popup()
        if field is None or popup is None:
            return QRect()
        metrics = popup.fontMetrics()
        rows = min(self._proxy.rowCount(), MEASURED_ROWS)
        text = max((metrics.horizontalAdvance(str(self._proxy.index(row, 0).data()))
                    for row in range(rows)), default=0)
        style = popup.style()
        extra = (2 * popup.frameWidth()
                 + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
                 + 4 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8)
        screen = field.screen().availableGeometry() if field.screen() else None
        widest = screen.width() if screen is not None else text + extra
        return QRect(0, 0, min(max(field.width(), text + extra), widest), field.height())

    def matches(self) -> list[Any]:
        """Payloads of the current matches, best first (for tests and Enter without a pick)."""
        return [self._proxy.index(row, 0).data(PAYLOAD_ROLE)
                for row in range(self._proxy.rowCount())]

    def _on_activated(self, index: QModelIndex) -> None:
        self.chosen.emit(index.data(PAYLOAD_ROLE))
