"""The `madeinlocal` entry point: the command line, with the desktop app plugged in.

The CLI never imports the GUI (architecture.md); this module hands it a way to open a window.
The GUI module is imported only when a command opens one, so `madeinlocal analyse` never loads Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


class DesktopApp:
    """What the CLI may ask of the desktop application."""

    @staticmethod
    def display_available() -> bool:
        if os.environ.get("QT_QPA_PLATFORM"):
            return True
        if sys.platform.startswith("linux"):
            return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        return True  # Windows and macOS always have a screen

    @staticmethod
    def launch(study: Path | None, **options: Any) -> int:
        from .gui.app import run

        return run(study, **options)


def main() -> None:
    if sys.argv[1:] == ["--self-test"]:  # the installers run this before shipping a build
        from .gui.self_test import run_self_test

        sys.exit(run_self_test())
    if len(sys.argv) == 2 and sys.argv[1].lower().endswith(".madeinlocal"):
        # A study double-clicked in the file manager arrives alone (macOS and the Linux desktop
        # entry pass it this way; the Windows association says `open`): open it in the app.
        sys.argv.insert(1, "open")
    from .cli import main as cli_main

    cli_main(obj=DesktopApp())


if __name__ == "__main__":
    main()
