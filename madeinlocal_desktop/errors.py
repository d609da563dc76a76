"""One error vocabulary for the whole application.

Core code raises `UserFacingError` subclasses whose message a surveyor can act on. Front ends
(CLI, GUI) show that message as it is; anything else is an unexpected error.
"""

from __future__ import annotations


class MadeInLocalError(Exception):
    """Base of every error the application raises on purpose."""


class UserFacingError(MadeInLocalError):
    """An error whose message is meant for a person and says what to do."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field  # the form field or JSON path the message is about, if any

    def __str__(self) -> str:
        return self.message


class InvalidInput(UserFacingError):
    """A value or a file that does not meet the rules (negative amount, share of 130%...)."""


class NotFound(UserFacingError):
    """A study, a record or a file that does not exist."""


class NewerFileError(UserFacingError):
    """A file written by a newer version of the application."""


class StudyFileError(UserFacingError):
    """A study file that cannot be opened (not a study, damaged, locked)."""


class Cancelled(MadeInLocalError):
    """Long work stopped because the user asked; front ends stay silent about it."""
