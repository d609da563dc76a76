"""One error vocabulary for the whole application.

Core code raises `UserFacingError` subclasses with a stable code and its parameters:

    raise InvalidInput("interview.share_range", field="local_share", line=3, share=1.3)

The code's French and English texts live in one catalogue (`catalogue/`), used by the CLI and
the GUI alike; `str(error)` is the text in the current language (`language.current()`), with
numbers written that language's way. Front ends show it as it is; anything else is an
unexpected error.
"""

from __future__ import annotations

from typing import Any


class Message:
    """A text of the catalogue with its values, rendered when shown: `str()` is the text in the
    current language. Errors hold one; so do the parts a message is built from (where in a file,
    what was wrong), which the catalogue renders in the same language as the whole."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params

    def text(self, lang: str | None = None) -> str:
        from .catalogue import render

        return render(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and other.code == self.code
                and other.params == self.params)

    def __hash__(self) -> int:
        return hash(self.code)


class MadeInLocalError(Exception):
    """Base of every error the application raises on purpose."""


class UserFacingError(MadeInLocalError):
    """An error meant for a person: a catalogue code and the values its text names."""

    def __init__(self, code: str, /, *, field: str | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
        self.field = field  # the form field or JSON path the message is about, if any

    def text(self, lang: str | None = None) -> str:
        from .catalogue import render

        return render(self.code, self.params, lang)

    @property
    def message(self) -> str:
        return self.text()

    def __str__(self) -> str:
        return self.text()

    def __reduce__(self) -> tuple[Any, ...]:  # picklable across processes, params included
        return (_rebuild, (type(self), self.code, self.field, self.params))


def _rebuild(cls: type[UserFacingError], code: str, field: str | None,
             params: dict[str, Any]) -> UserFacingError:
    return cls(code, field=field, **params)


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
