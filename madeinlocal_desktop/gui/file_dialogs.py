"""Every file dialog of the app, opening where the person last went for that kind of file.

A kind is a word ("chart", "export", "kit"…): saving a chart remembers its folder for the next
chart, not for the next bundle. Nothing remembered yet (or the folder is gone): the user's
Documents, never the working folder the app happened to start in. The folders are kept in the
app's settings (QSettings), so they survive a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from .settings import AppSettings

# The kinds in use (a new one needs no declaration; these are listed to keep them few).
KINDS = ("backup", "bundle", "chart", "export", "frame", "interchange", "io", "kit", "study")


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(kind: str) -> Path:
    """Where a dialog for `kind` opens: the last folder chosen for it, else Documents."""
    remembered = AppSettings().last_folder(kind)
    if remembered is not None and remembered.is_dir():
        return remembered
    return documents_folder()


def remember(kind: str, chosen: Path | str) -> None:
    """Note the folder of `chosen` (a file, or a folder itself) for the next dialog of `kind`."""
    path = Path(chosen).expanduser()
    folder = path if path.is_dir() else path.parent
    if folder.is_dir():
        AppSettings().set_last_folder(kind, folder.resolve())


def _start(kind: str, name: str | Path = "") -> str:
    """A suggested name goes in the start folder; a full path (already chosen) stays as is."""
    suggested = Path(name) if name else None
    if suggested is not None and suggested.is_absolute():
        return str(suggested if suggested.parent.is_dir() else start_folder(kind) / suggested.name)
    folder = start_folder(kind)
    return str(folder / suggested) if suggested is not None else str(folder)


def open_file(parent: QWidget | None, kind: str, caption: str, name_filter: str = "",
              name: str | Path = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, _start(kind, name), name_filter)
    if not chosen:
        return None
    remember(kind, chosen)
    return Path(chosen)


def open_files(parent: QWidget | None, kind: str, caption: str,
               name_filter: str = "") -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, caption, _start(kind), name_filter)
    if chosen:
        remember(kind, chosen[0])
    return [Path(name) for name in chosen]


def save_file(parent: QWidget | None, kind: str, caption: str, name: str | Path = "",
              name_filter: str = "") -> tuple[Path | None, str]:
    """The path chosen (None if cancelled) and the filter the person picked."""
    chosen, picked = QFileDialog.getSaveFileName(parent, caption, _start(kind, name),
                                                 name_filter)
    if not chosen:
        return None, picked
    remember(kind, chosen)
    return Path(chosen), picked


def folder(parent: QWidget | None, kind: str, caption: str,
           start: str | Path = "") -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, caption, _start(kind, start))
    if not chosen:
        return None
    remember(kind, chosen)
    return Path(chosen)
