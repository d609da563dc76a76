"""One error vocabulary: every code has a French and an English text naming the same values,
every error the package raises names a code of the catalogue, and no code goes unused."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from madeinlocal_desktop import catalogue, language
from madeinlocal_desktop.errors import InvalidInput, Message

PACKAGE = Path(catalogue.__file__).resolve().parents[1]
BASE_CLASSES = {"UserFacingError", "InvalidInput", "NotFound", "NewerFileError",
                "StudyFileError"}

# Areas whose errors are still plain English text while they move to catalogue codes. The
# lead empties this list once they are converted; nothing else may raise without a code.
NOT_YET_CONVERTED: tuple[str, ...] = ()  # every area speaks in catalogue codes
# Where the code is chosen at run time from literal codes of the same module (checked by the
# unused-code test), with why.
DYNAMIC_CODES = {
    "storage/database.py": "SQLite's error kind picks one of _BY_SQLITE_CODE's codes",
    "sync/hub_client.py": "the hub's answer names its code; unknown ones become a generic one",
    "analysis/sampling.py": "number checks raise the literal code their callers give",
    "exchange/territory_interchange.py": "_fail wraps the literal code its callers give",
}


def _sample(name: str) -> object:
    """A value for a parameter, by what its name suggests, so every format spec applies."""
    if name in {"share", "fraction", "respend"}:
        return 0.4
    if name in {"codes", "columns", "sectors", "expected", "reasons", "methods", "levels",
                "shipped", "available", "found", "unknown", "missing", "rows", "matches"}:
        return ["A", "B"]
    if name in {"error", "what", "which", "place", "problem"}:
        return Message("analysis.what_amount")
    return 1234.5


@pytest.mark.parametrize("code", sorted(catalogue.TEXTS))
def test_every_code_reads_in_both_languages_with_the_same_values(code: str) -> None:
    french, english = catalogue.TEXTS[code]
    assert french.strip() and english.strip(), code
    names = catalogue.parameter_names(english)
    assert catalogue.parameter_names(french) == names, code
    error = InvalidInput(code, **{name: _sample(name) for name in names})
    for lang in language.LANGUAGES:
        shown = error.text(lang)
        assert "{" not in shown and shown.strip(), (code, lang, shown)  # every value filled


@pytest.mark.parametrize("code", sorted(catalogue.TEXTS))
def test_french_texts_follow_french_typography(code: str) -> None:
    french = catalogue.TEXTS[code][0]
    assert not re.search(r" [:;?!%»]|« ", french), (code, french)  # no plain space there


def test_numbers_follow_the_language() -> None:
    error = InvalidInput("analysis.share_range", what=Message("analysis.what_local_share"),
                         share=1.3)
    assert error.text("en") == "the local share must be between 0 and 100% (got 130%)"
    assert error.text("fr") == ("la part locale doit être comprise entre 0 et 100\u202f% "
                                "(valeur\u00a0: 130\u202f%)")
    total = InvalidInput("io.employment_above_national", code="C2", regional=50000,
                         national=5000.5)
    assert "(50\u202f000 > 5000,5)" in total.text("fr")  # no separator below 10 000 (CLDR)
    assert "(50,000 > 5000.5)" in total.text("en")


def test_str_follows_the_language_of_the_moment() -> None:
    error = InvalidInput("analysis.no_interviews")
    language.set_language("fr")
    assert str(error).startswith("Aucun entretien ne peut être analysé")
    language.set_language("en")
    assert str(error).startswith("No interview can be analysed")


# -- the package's own code ---------------------------------------------------------------------


def _modules() -> list[tuple[str, ast.Module]]:
    return [(path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(PACKAGE.rglob("*.py"))]


def _called(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else None)


def _known_codes(node: ast.expr | None) -> bool:
    """A literal code of the catalogue, or a choice between two (`"a" if x else "b"`)."""
    if isinstance(node, ast.IfExp):
        return _known_codes(node.body) and _known_codes(node.orelse)
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value in catalogue.TEXTS)


def _converted(name: str) -> bool:
    return not name.startswith(NOT_YET_CONVERTED) and not name.startswith("catalogue/")


def _error_classes(modules: list[tuple[str, ast.Module]]) -> set[str]:
    """UserFacingError and every class of the package derived from it (WrongPassphrase...)."""
    classes = set(BASE_CLASSES)
    definitions = [node for _, tree in modules for node in ast.walk(tree)
                   if isinstance(node, ast.ClassDef)]
    while True:
        more = {node.name for node in definitions
                if any(isinstance(base, ast.Name) and base.id in classes for base in node.bases)}
        if more <= classes:
            return classes
        classes |= more


def test_every_error_and_message_names_a_known_code_as_a_literal() -> None:
    modules = _modules()
    classes = _error_classes(modules)
    assert {"WrongPassphrase", "BundleRefused"} <= classes
    wrong = []
    for name, tree in modules:
        if not _converted(name):
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) in classes | {"Message"}):
                continue
            first = node.args[0] if node.args else None
            if not _known_codes(first) and not (name in DYNAMIC_CODES
                                                and not isinstance(first, ast.Constant)):
                wrong.append(f"{name}:{node.lineno} {ast.unparse(node)[:80]}")
    assert wrong == [], "raise with a catalogue code (and add its texts):\n" + "\n".join(wrong)


def test_no_code_of_the_catalogue_is_unused() -> None:
    used: set[str] = set()
    for name, tree in _modules():
        if name.startswith("catalogue/"):
            continue
        used |= {node.value for node in ast.walk(tree)
                 if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    unused = sorted(set(catalogue.TEXTS) - used)
    assert unused == [], f"codes no code raises or shows: {unused}"


def test_no_regular_expression_rewords_a_message_in_the_gui() -> None:
    """The GUI shows `str(error)`: the catalogue words core messages, not patterns."""
    gui = PACKAGE / "gui"
    for module in ("messages.py", "io_messages.py"):
        assert not (gui / module).exists(), module
    source = (gui / "exchange_text.py").read_text(encoding="utf-8")
    assert "def _patterns" not in source and "user_message" not in source
    # Records of conflicts come as a code and parameters, not as English to take apart.
    assert "import re" not in source and "re.match" not in source
