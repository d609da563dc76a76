"""What a piece of work changed in a study (Anki's OpChanges): which views must refresh.

Work that changes the study returns what it changed: a `Changes`, a `Changed` carrying the
value the caller needs with its `Changes` (Anki's OpChangesWithId), or a report that says
itself what it did through a `changes` attribute (a bundle's import report: Anki's
OpChangesWithCount). The GUI's study session
broadcasts it with one signal (`StudySession.changed`) and each view refreshes for what
concerns it. Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    businesses: bool = False
    interviews: bool = False  # spending lines included
    respondents: bool = False
    settings: bool = False  # the study's own settings (name, territory, rules, defaults)
    frame: bool = False  # the business register, the sample design and its draw
    io: bool = False  # the input-output settings
    scenarios: bool = False  # the saved what-if scenarios

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def records(self) -> bool:
        """Businesses, interviews or respondents: what the analysis reads."""
        return self.businesses or self.interviews or self.respondents

    @classmethod
    def union(cls, parts: Iterable[Changes]) -> Changes:
        found = cls()
        for part in parts:
            found = found | part
        return found

    @classmethod
    def everything(cls) -> Changes:
        """After an import or a sync: any record or setting may have changed."""
        return cls(**{f.name: True for f in fields(cls)})

    @classmethod
    def of_table(cls, table: str) -> Changes:
        """What changing a record of this stored table changes (a conflict resolved)."""
        return {"businesses": cls(businesses=True), "interviews": cls(interviews=True),
                "spend_lines": cls(interviews=True), "respondents": cls(respondents=True),
                "study": cls(settings=True), "surveyors": cls(settings=True)}.get(table, cls())


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A write's value (the record as stored, a report) and what the write changed."""

    value: T
    changes: Changes


def split_result(result: Any) -> tuple[Any, Changes | None]:
    """(the value a caller receives, the Changes the result carries, if any)."""
    if isinstance(result, Changed):
        return result.value, result.changes
    if isinstance(result, Changes):
        return result, result
    carried = getattr(result, "changes", None)
    if isinstance(carried, Changes):
        return result, carried
    return result, None
