"""The spending grid, keyboard first: type to edit, Tab to the next cell, Enter for a new line.

Editors: a searchable category box (type "loy" for Loyer), plain text for amounts and shares
(parsed by the model, so a wrong value is shown rather than silently dropped), a list of sources.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..domain import RespendSource
from . import labels
from .spend_lines_model import (
    AMOUNT,
    CATEGORY,
    EDITABLE,
    LOCAL_AMOUNT,
    LOCAL_SHARE,
    RESPEND_SHARE,
    RESPEND_SOURCE,
    SpendLinesModel,
)
from .text import search_key

AnyIndex = QModelIndex | QPersistentModelIndex
SECTION_CATEGORIES = ("wages", "owner_pay")  # entered in the staff and owners sections


class CategoryDelegate(QStyledItemDelegate):
    def __init__(self, model: SpendLinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = [(model.category_label(c.code), c.code) for c in model.categories
                         if c.code not in SECTION_CATEGORIES]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, code in self._choices:
            editor.addItem(label, code)
        completer = editor.completer()
        assert completer is not None  # an editable combo box always has one
        # Completed in the field as one types ("loy" shows "Loyer"), no pop-up list to steal
        # the focus; `match` also accepts words from the middle and letters without accents.
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(position)
        if position < 0:
            editor.setEditText("")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        code = self.match(editor.currentText())
        if code is not None:
            model.setData(index, code)

    def match(self, text: str) -> str | None:
        """The category whose label equals, starts with or contains what was typed."""
        typed = search_key(text).strip()
        if not typed:
            return None
        keyed = [(search_key(label), code) for label, code in self._choices]
        for test in (str.__eq__, str.startswith, str.__contains__):
            found = [code for key, code in keyed if test(key, typed)]
            if found:
                return found[0]
        return next((code for _label, code in self._choices if code == text.strip()), None)


class TextDelegate(QStyledItemDelegate):
    """Amounts and shares: the model parses the text, so invalid input is kept and explained."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text())


class SourceDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem("", "")
        for source in RespendSource:
            editor.addItem(labels.respend_source(source), str(source))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class SpendLinesView(QTableView):
    """The grid of spending lines; built empty (as a Designer form makes it), then `show_lines`."""

    lines: SpendLinesModel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(26)

    def show_lines(self, model: SpendLinesModel) -> None:
        self.lines = model
        self.setModel(model)
        self._category_delegate = CategoryDelegate(model, self)
        self._text_delegate = TextDelegate(self)
        self._source_delegate = SourceDelegate(self)
        self.setItemDelegateForColumn(CATEGORY, self._category_delegate)
        for column in (AMOUNT, LOCAL_SHARE, RESPEND_SHARE):
            self.setItemDelegateForColumn(column, self._text_delegate)
        self.setItemDelegateForColumn(RESPEND_SOURCE, self._source_delegate)
        header = self.horizontalHeader()
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AMOUNT, 110), (LOCAL_SHARE, 90), (LOCAL_AMOUNT, 110),
                              (RESPEND_SHARE, 110), (RESPEND_SOURCE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)

    # -- Enter adds a line -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self.next_line()
            return
        if key == Qt.Key.Key_Delete and not editing and self.currentIndex().isValid():
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.lines.remove_line(self.currentIndex().row())
            elif self.currentIndex().column() in EDITABLE and not self.lines.read_only:
                self.lines.setData(self.currentIndex(), "")
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget,
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        before = QPersistentModelIndex(self.currentIndex())
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in an editor
            QTimer.singleShot(0, self.next_line)
        elif hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                      QAbstractItemDelegate.EndEditHint.EditPreviousItem) \
                and before == self.currentIndex():
            # Tab on the last cell (or Shift+Tab on the first): on to the next field.
            forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
            QTimer.singleShot(0, lambda: self._leave(forward))

    def commit_editing(self) -> None:
        """Store what the open cell editor holds (before a shortcut acts on the interview)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def next_line(self) -> None:
        """To the next line's category, adding a line at the end (the grid's Enter)."""
        if self.lines.read_only:
            return
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        if row >= self.lines.rowCount() - 1:
            row = self.lines.add_line()
        else:
            row += 1
        self.setFocus()
        index = self.lines.index(row, CATEGORY)
        self.setCurrentIndex(index)
        self.edit(index)

    # -- Tab skips the computed column and leaves the grid at the end --------------------------

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if action not in (QAbstractItemView.CursorAction.MoveNext,
                          QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        current = self.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, -1)
        cells = [(r, c) for r in range(self.lines.rowCount()) for c in EDITABLE]
        position = cells.index((row, column)) if (row, column) in cells else -1
        target = position + 1 if forward else position - 1
        if not 0 <= target < len(cells):
            return QModelIndex()  # Qt then moves the focus on along the window's tab chain
        return self.lines.index(*cells[target])

    def _leave(self, forward: bool) -> None:
        widget = self.nextInFocusChain() if forward else self.previousInFocusChain()
        while widget is not None and widget is not self and (
                not widget.isVisible() or not widget.isEnabled()
                or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                or self.isAncestorOf(widget)):
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is not None and widget is not self:
            widget.setFocus(Qt.FocusReason.TabFocusReason if forward
                            else Qt.FocusReason.BacktabFocusReason)
