"""The layer rules of architecture.md, checked by machine."""

from __future__ import annotations

import ast
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


PACKAGE = ROOT / "madeinlocal_desktop"


def _module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def _package_of(module: str) -> str:
    """madeinlocal_desktop.gui.forms.x → madeinlocal_desktop.gui; a top-level module is its own."""
    return ".".join(module.split(".")[:2])


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_imports(source: str, module: str, is_package: bool,
                    modules: set[str]) -> list[str]:
    """`from other_package import _x`, `from other_package._x import y`, or `module._x` on a
    module bound from another package: each as "importer:line name"."""
    found = []
    bound: dict[str, str] = {}  # local name → module of another package
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[:len(base) - node.level + 1]
                imported = ".".join([*base, *([node.module] if node.module else [])])
            else:
                imported = node.module or ""
            if not imported.startswith("madeinlocal_desktop") \
                    or _package_of(imported) == _package_of(module):
                continue
            for alias in node.names:
                if _is_private(alias.name) or any(map(_is_private, imported.split("."))):
                    found.append(f"{module}:{node.lineno} {imported}.{alias.name}")
                if f"{imported}.{alias.name}" in modules:
                    bound[alias.asname or alias.name] = f"{imported}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("madeinlocal_desktop") \
                        and _package_of(alias.name) != _package_of(module):
                    if any(map(_is_private, alias.name.split("."))):
                        found.append(f"{module}:{node.lineno} {alias.name}")
                    if alias.asname:
                        bound[alias.asname] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id in bound and _is_private(node.attr):
            found.append(f"{module}:{node.lineno} {bound[node.value.id]}.{node.attr}")
    return found


def test_the_private_name_check_finds_each_kind_of_reach() -> None:
    modules = {"madeinlocal_desktop.storage.studies", "madeinlocal_desktop.gui.view"}
    reaching = ("from ..storage import studies\n"
                "from ..storage.studies import _row, public\n"
                "from madeinlocal_desktop.storage._sql import run\n"
                "studies._cache.clear()\n")
    found = private_imports(reaching, "madeinlocal_desktop.gui.view", False, modules)
    assert [line.split(" ")[1] for line in found] == [
        "madeinlocal_desktop.storage.studies._row", "madeinlocal_desktop.storage._sql.run",
        "madeinlocal_desktop.storage.studies._cache"]
    # Inside one package a module may share helpers with its neighbours.
    assert private_imports("from .studies import _row\n", "madeinlocal_desktop.storage.other",
                           False, modules) == []


def test_no_module_imports_a_private_name_of_another_package() -> None:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_module_name(path) for path in paths}
    found = [line for path in paths
             for line in private_imports(path.read_text(encoding="utf-8"), _module_name(path),
                                         path.name == "__init__.py", modules)]
    assert len(paths) > 100  # the walk sees the package
    assert found == []
