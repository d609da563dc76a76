"""Where things live: bundled resources and the user's folders.

One helper finds resources from a source checkout, an installed wheel and a frozen PyInstaller
bundle, so no other module guesses paths.
"""

from __future__ import annotations

import sys
from pathlib import Path

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
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path
