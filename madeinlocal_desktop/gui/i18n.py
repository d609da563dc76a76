"""Languages: French on a French system, English otherwise, or the user's choice.

Sources are resources/translations/madeinlocal_<lang>.ts; the .qm Qt loads are built by
build_scripts/build_translations.py. A fresh clone has no .qm yet, so the app compiles missing
ones at start-up with the lrelease shipped in the PySide6 wheel (once; a few milliseconds).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import language as core_language
from .. import paths

LANGUAGES = ("fr", "en")
_LOCALES = {"fr": (QLocale.Language.French, QLocale.Country.France),
            "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom)}


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def resolve_language(*choices: str | None) -> str:
    """The first explicit choice among (command line, preferences), else the system's."""
    for choice in choices:
        if choice in LANGUAGES:
            return choice
    return system_language()


def source_dir() -> Path:
    return paths.resource("translations")


def _compiled_dirs() -> list[Path]:
    # An installed copy may be read-only; compiled files then go to the user's data folder.
    return [source_dir(), paths.user_data_dir() / "translations"]


def find_lrelease() -> str | None:
    import shutil  # only when a catalogue must be compiled: not on a normal start

    candidates = [shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)),
                  shutil.which("pyside6-lrelease")]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [str(package / "lrelease"), str(package / "lrelease.exe")]
    except ImportError:  # pragma: no cover - the GUI cannot run without it anyway
        pass
    return next((c for c in candidates if c and Path(c).is_file()), None)


def compile_catalogue(ts: Path, qm: Path, lrelease: str) -> bool:
    import subprocess

    result = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, timeout=60)
    return result.returncode == 0 and qm.is_file()


def ensure_compiled() -> None:
    """Build every .qm that is missing or older than its .ts."""
    lrelease: str | None = None
    for ts in sorted(source_dir().glob("madeinlocal_*.ts")):
        if any(_fresh(folder / ts.with_suffix(".qm").name, ts) for folder in _compiled_dirs()):
            continue
        lrelease = lrelease or find_lrelease()
        if lrelease is None:
            return  # the interface falls back to its English source text
        for folder in _compiled_dirs():
            try:
                folder.mkdir(parents=True, exist_ok=True)
                if compile_catalogue(ts, folder / ts.with_suffix(".qm").name, lrelease):
                    break
            except OSError:
                continue


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


class Translations:
    """The translators installed in the application; `apply` switches language at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def remove(self) -> None:
        """Take this window's translators out of the application (before another language)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        self.remove()
        self.language = language
        core_language.set_language(language)  # the core's messages follow the interface
        QLocale.setDefault(QLocale(*_LOCALES[language]))
        ensure_compiled()
        ours = QTranslator(app)
        for folder in _compiled_dirs():
            if ours.load(f"madeinlocal_{language}", str(folder)):
                self._installed.append(ours)
                break
        if language != "en":  # Qt's own words: standard buttons, context menus
            qt_base = QTranslator(app)
            if qt_base.load(f"qtbase_{language}",
                            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt_base)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
