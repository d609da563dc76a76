"""The French and English text of every user-facing error code (see errors.py).

One catalogue, kept in one module per area so that each stays readable: a module's `TEXTS`
maps a code to `(French, English)`. Templates name their parameters (`{share}`); numbers are
written the language's way, with the usual format specs (`{share:.0%}` → `40 %` / `40%`) and
`{amount:€}` for euros. A parameter that is itself a UserFacingError is rendered in the same
language, a list as its items joined by commas.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import language
from . import core, territory

_AREAS = (core, territory)


def _merged() -> dict[str, tuple[str, str]]:
    texts: dict[str, tuple[str, str]] = {}
    for area in _AREAS:
        for code, pair in area.TEXTS.items():
            if code in texts:
                raise RuntimeError(f"error code {code!r} is defined twice")
            texts[code] = pair
    return texts


TEXTS: Mapping[str, tuple[str, str]] = _merged()


def render(code: str, params: Mapping[str, Any], lang: str | None = None) -> str:
    lang = lang or language.current()
    pair = TEXTS.get(code)
    if pair is None:  # TRANSITION: a message still written as English text, not yet a code
        return code
    template = pair[0] if lang == "fr" else pair[1]
    return template.format_map({name: _Param(value, lang) for name, value in params.items()})


class _Param:
    """A parameter as a template sees it: formatted for the language."""

    def __init__(self, value: Any, lang: str) -> None:
        self.value = value
        self.lang = lang

    def __format__(self, spec: str) -> str:
        value, lang = self.value, self.lang
        if hasattr(value, "text") and hasattr(value, "code"):  # a nested UserFacingError
            return str(value.text(lang))
        if isinstance(value, bool) or value is None:
            return _word(value, lang)
        if isinstance(value, int | float):
            if spec.startswith("€"):
                return language.format_euros(value, int(spec[1:] or 0), lang)
            return language.format_number(value, spec, lang)
        if isinstance(value, list | tuple | set | frozenset):
            items = sorted(value) if isinstance(value, set | frozenset) else value
            return ", ".join(format(_Param(item, lang), spec) for item in items)
        return format(str(value), spec)

    def __str__(self) -> str:
        return self.__format__("")

    def __repr__(self) -> str:  # `{name!r}`: quoted the language's way
        text = self.__format__("")
        return f"«\u00a0{text}\u00a0»" if self.lang == "fr" else f"'{text}'"


def _word(value: bool | None, lang: str) -> str:
    words = {"fr": {True: "oui", False: "non", None: "rien"},
             "en": {True: "yes", False: "no", None: "nothing"}}
    return words["fr" if lang == "fr" else "en"][value]
