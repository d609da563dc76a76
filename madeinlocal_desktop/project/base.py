"""What every manager of the facade shares: the project it belongs to and its study file."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..storage import StudyDatabase

if TYPE_CHECKING:
    from .facade import Project

Progress = Callable[[float], None]
ShouldCancel = Callable[[], bool]


class Manager:
    """One part of the facade (`project.businesses`, `project.sync`...), in Anki's manner."""

    def __init__(self, project: Project) -> None:
        self.project = project

    @property
    def _db(self) -> StudyDatabase:
        return self.project._db
