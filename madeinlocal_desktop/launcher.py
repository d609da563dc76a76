"""The `madeinlocal` entry point: the command line, with the desktop app plugged in.

The GUI module is imported only when a command opens a window, so `madeinlocal analyse` never
loads Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def launch_app(study: Path | None, **options: Any) -> int:
    from .gui.app import run

    return run(study, **options)


def main() -> None:
    from .cli import main as cli_main

    cli_main(obj=launch_app)


if __name__ == "__main__":
    main()
