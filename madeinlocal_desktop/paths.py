"""Where things live: bundled resources and the user's folders.

One helper finds resources from a source checkout, an installed wheel and a frozen PyInstaller
bundle, so no other module guesses paths.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

APP_NAME = "MadeInLocal"
APP_AUTHOR = "MadeInLocal"


def resources_dir() -> Path:
    """The folder holding icons, translations and reference data."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller unpacks data files here
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "_resources"  # wheel layout (force-include in pyproject)
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"  # source checkout


def resource(*parts: str) -> Path:
    """Path of one bundled resource, e.g. resource("io", "fr_2014_a17", "Z.csv")."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The user's data folder (demo study, preferences that are files)."""
    override = _home_override()
    if override is not None:
        path = override / "data"
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _home_override() -> Path | None:
    # Tests and portable installs point every user folder at one place.
    import os

    value = os.environ.get("MADEINLOCAL_HOME")
    return Path(value) if value else None


def user_config_dir() -> Path:
    override = _home_override()
    if override is not None:
        path = override / "config"
    else:
        from platformdirs import user_config_path

        path = user_config_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def device_id() -> str:
    """This installation's id, made once: version vectors count edits per device."""
    import uuid

    file = user_config_dir() / "device_id"
    try:
        value = file.read_text(encoding="utf-8").strip()
        if value:
            return value
    except FileNotFoundError:
        pass
    value = f"dev-{uuid.uuid4().hex[:12]}"
    file.write_text(value + "\n", encoding="utf-8")
    return value


def user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


# -- files that hold interviews ------------------------------------------------------------------
# Study files, their copies, kits and bundles hold business secrets and personal data: they are
# created readable and writable by their owner only. On Windows, and on file systems without
# POSIX modes (a FAT USB stick), the mode is ignored and the folder's permissions apply.
PRIVATE_MODE = 0o600


def create_private(path: Path) -> None:
    """Create `path` as an empty owner-only file; refused (FileExistsError) if it exists.
    SQLite gives its -wal and -shm files the mode of the database file."""
    import os

    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE))


def open_private(path: Path, mode: str = "xb") -> BinaryIO:
    """Open a new owner-only file for writing in binary (`xb`: refused if it exists)."""
    import os

    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if mode == "xb" else os.O_TRUNC)
    return os.fdopen(os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_MODE), "wb")
