"""Undoable edits of an interview (QUndoStack commands).

Typing in one field makes one undo step: successive values of the same field merge until the
field loses focus (`close_merging`). Commands address spending lines by id, not by row, so undoing
after a line was removed or re-ordered still hits the right line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain import SpendLine

translate = QCoreApplication.translate  # the name lupdate looks for



class FieldTarget(Protocol):
    def apply_field(self, key: str, value: Any) -> None: ...


class LinesTarget(Protocol):
    def apply_cells(self, line_id: str, values: dict[int, Any]) -> None: ...

    def insert_line(self, row: int, line: SpendLine) -> None: ...

    def take_line(self, line_id: str) -> tuple[int, SpendLine]: ...


_MERGE_IDS: dict[str, int] = {}


def _merge_id(key: str) -> int:
    return _MERGE_IDS.setdefault(key, 1000 + len(_MERGE_IDS))


class _Mergeable(QUndoCommand):
    """A value change; later changes of the same thing fold into it while it is open."""

    def __init__(self, key: str, text: str) -> None:
        super().__init__(text)
        self.key = key
        self.open = True

    def id(self) -> int:
        return _merge_id(self.key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (self.open and isinstance(other, type(self)) and other.key == self.key):
            return False
        self.absorb(other)
        return True

    def absorb(self, other: Any) -> None:
        raise NotImplementedError


class SetField(_Mergeable):
    def __init__(self, target: FieldTarget, key: str, old: Any, new: Any, label: str) -> None:
        text = translate("InterviewCommands", "Change {field}").format(field=label)
        super().__init__(f"field:{key}", text)
        self.target, self.field, self.old, self.new = target, key, old, new

    def absorb(self, other: Any) -> None:
        self.new = other.new

    def redo(self) -> None:
        self.target.apply_field(self.field, self.new)

    def undo(self) -> None:
        self.target.apply_field(self.field, self.old)


class SetCells(_Mergeable):
    """One or more cells of one spending line (e.g. a re-spend share and its source)."""

    def __init__(self, target: LinesTarget, line_id: str, old: dict[int, Any],
                 new: dict[int, Any], number: int) -> None:
        columns = ",".join(map(str, sorted(new)))
        text = translate("InterviewCommands", "Change line {number}").format(number=number)
        super().__init__(f"line:{line_id}:{columns}", text)
        self.target, self.line_id, self.old, self.new = target, line_id, old, new

    def absorb(self, other: Any) -> None:
        self.new = other.new

    def redo(self) -> None:
        self.target.apply_cells(self.line_id, self.new)

    def undo(self) -> None:
        self.target.apply_cells(self.line_id, self.old)


class AddLine(QUndoCommand):
    def __init__(self, target: LinesTarget, row: int, line: SpendLine) -> None:
        super().__init__(translate("InterviewCommands", "Add a spending line"))
        self.target, self.row, self.line = target, row, line

    def redo(self) -> None:
        self.target.insert_line(self.row, self.line)

    def undo(self) -> None:
        self.target.take_line(self.line.id)


class RemoveLine(QUndoCommand):
    def __init__(self, target: LinesTarget, line_id: str) -> None:
        super().__init__(translate("InterviewCommands", "Remove a spending line"))
        self.target, self.line_id = target, line_id
        self.row = 0
        self.line: SpendLine | None = None

    def redo(self) -> None:
        self.row, self.line = self.target.take_line(self.line_id)

    def undo(self) -> None:
        assert self.line is not None
        self.target.insert_line(self.row, self.line)


def close_merging(stack_top: Callable[[], QUndoCommand | None]) -> None:
    """End the current typing step: the next change starts a new undo step."""
    command = stack_top()
    if isinstance(command, _Mergeable):
        command.open = False
