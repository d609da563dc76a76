"""The only package that speaks SQL. One module per noun; `database` opens and migrates."""

from .database import StudyDatabase, WriteContext

__all__ = ["StudyDatabase", "WriteContext"]
