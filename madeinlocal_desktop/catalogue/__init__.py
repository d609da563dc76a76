"""The French and English text of every user-facing error code (see errors.py), and of the
command line's own sentences.

One catalogue, kept in one module per area so that each stays readable: a module's `TEXTS`
maps a code to `(French, English)`. Templates name their parameters (`{share}`); numbers are
written the language's way, with the usual format specs (`{share:.0%}` → `40 %` / `40%`),
`{share:%g}` for a percentage with the digits it needs (`130 %`) and `{amount:€}` for euros.
A parameter that is itself a message (a `Message` or a UserFacingError) is rendered in the same
language, a list as its items joined by commas.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from .. import language
from . import (
    analysis,
    cli,
    cli_help,
    cli_territory,
    consent,
    core,
    crypto,
    domain,
    exchange,
    hub,
    impact,
    interop,
    io,
    privacy,
    project,
    reference,
    report,
    settings,
    storage,
    sync,
    territory,
)

_AREAS = (core, domain, storage, analysis, io, impact, territory, reference, crypto, exchange,
          interop, sync, project, hub, cli, cli_help, cli_territory, settings, report,
          consent, privacy)


def _merged() -> dict[str, tuple[str, str]]:
    texts: dict[str, tuple[str, str]] = {}
    for area in _AREAS:
        for code, (french, english) in area.TEXTS.items():
            if code in texts:
                raise RuntimeError(f"error code {code!r} is defined twice")
            texts[code] = (french_typography(french), english)
    return texts


# French puts a no-break space before `:` and inside « », a narrow one before ; ? ! and %.
# Catalogue modules are written with plain spaces, which stay readable in the source; these
# are applied once, when the catalogue is built.
_FRENCH_SPACES = ((" :", "\u00a0:"), (" ;", "\u202f;"), (" ?", "\u202f?"), (" !", "\u202f!"),
                  (" %", "\u202f%"), ("« ", "«\u00a0"), (" »", "\u00a0»"))


def french_typography(text: str) -> str:
    for plain, typographic in _FRENCH_SPACES:
        text = text.replace(plain, typographic)
    return text


TEXTS: Mapping[str, tuple[str, str]] = _merged()


def render(code: str, params: Mapping[str, Any], lang: str | None = None) -> str:
    lang = lang or language.current()
    pair = TEXTS.get(code)
    if pair is None or not parameter_names(pair[1]) <= set(params):
        # Every code raised in the package is checked by the tests; this is for a code that
        # came from elsewhere (a newer hub's answer): show it as it is rather than fail.
        return " ".join([code, *(f"{name}={value}" for name, value in sorted(params.items()))])
    template = pair[0] if lang == "fr" else pair[1]
    return template.format_map({name: _Param(value, lang) for name, value in params.items()})


def text(code: str, /, **params: Any) -> str:
    """The text of `code` in the current language (front ends' own sentences: the CLI's)."""
    return render(code, params)


def parameter_names(template: str) -> set[str]:
    """The names a template uses: `{share:.0%} of {name!r}` → {'share', 'name'}."""
    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name}


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
            if spec == "%g":  # a share as a percentage with only the digits it needs: 130 %
                number = language.format_number(value * 100, "g", lang)
                return f"{number}{language.GROUP_FR}%" if lang == "fr" else f"{number}%"
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
