"""The layer rules of architecture.md, checked by machine."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    """No PySide6 outside gui/, no SQL outside storage/, layers point downward."""
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is a dev dependency"
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_core_runs_without_qt(tmp_path: Path) -> None:
    """The core and the CLI import and analyse a study with PySide6 made unimportable."""
    script = textwrap.dedent("""
        import sys, importlib.abc

        class NoQt(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is not installed here")
                return None

        sys.meta_path.insert(0, NoQt())
        import pkgutil, madeinlocal_desktop
        for info in pkgutil.walk_packages(madeinlocal_desktop.__path__, "madeinlocal_desktop."):
            if not info.name.startswith("madeinlocal_desktop.gui"):
                importlib = __import__("importlib")
                importlib.import_module(info.name)
        from madeinlocal_desktop.cli import main
        main(["demo", "--text"], standalone_mode=False)
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                            text=True, timeout=300,
                            env={"MADEINLOCAL_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "LM3" in result.stdout


def test_every_cli_command_is_registered_lazily() -> None:
    """Each command module's COMMANDS is in the lazy table, so no command goes missing."""
    import importlib

    from madeinlocal_desktop.cli import LAZY_COMMANDS, main

    modules = set(LAZY_COMMANDS.values()) - {"io_commands"}
    defined = {c.name for m in modules
               for c in importlib.import_module(f"madeinlocal_desktop.cli.{m}").COMMANDS}
    assert defined | {"io"} == set(LAZY_COMMANDS)
    for name in LAZY_COMMANDS:
        assert main.get_command(None, name) is not None, name  # type: ignore[arg-type]


def test_plain_cli_start_does_not_load_pandas_or_sqlite_utils() -> None:
    code = ("import sys; from madeinlocal_desktop.cli import main; "
            "print(any(m in sys.modules for m in ('pandas', 'sqlite_utils', 'PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "False"
