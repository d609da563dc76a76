"""Build the desktop bundle with PyInstaller, then prove it works.

    uv run --group build python build_scripts/build.py             # one-folder bundle + self-test
    uv run --group build python build_scripts/build.py --onefile   # a single executable
    uv run --group build python build_scripts/build.py --naive     # also the unoptimised baseline

The bundle lands in build/dist/MadeInLocal/ (build/ is ignored by git).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
SPEC = ROOT / "build_scripts" / "madeinlocal.spec"
NAME = "MadeInLocal"


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(dist: Path, onefile: bool) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    if sys.platform == "darwin" and not onefile:
        return dist / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    return dist / f"{NAME}{suffix}" if onefile else dist / NAME / f"{NAME}{suffix}"


def pyinstaller(*args: str, env: dict[str, str] | None = None) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args]
    subprocess.run(command, cwd=ROOT, check=True, env=env)


def build(onefile: bool = False) -> Path:
    subprocess.run([sys.executable, str(ROOT / "build_scripts" / "build_translations.py")],
                   cwd=ROOT, check=True)
    env = dict(os.environ, MADEINLOCAL_ONEFILE="1" if onefile else "0")
    dist = BUILD / ("dist-onefile" if onefile else "dist")
    pyinstaller("--distpath", str(dist), "--workpath", str(BUILD / "work"), str(SPEC), env=env)
    return executable(dist, onefile)


def build_naive() -> Path:
    """What PyInstaller makes with no care for size: the baseline the benchmark compares
    against. It still has to work, hence the app's own modules (the CLI imports its commands
    by name) and metadata (for --version), as in the spec."""
    dist = BUILD / "naive"
    pyinstaller("--onedir", "--name", NAME, "--distpath", str(dist),
                "--workpath", str(BUILD / "work-naive"), "--specpath", str(BUILD),
                "--add-data", f"{ROOT / 'resources'}{os.pathsep}resources",
                "--collect-submodules", "madeinlocal_desktop",
                "--exclude-module", "madeinlocal_desktop.hub",  # the server: not in the app
                "--copy-metadata", "madeinlocal-desktop",
                str(ROOT / "build_scripts" / "entry.py"))
    return executable(dist, False)


def self_test(program: Path) -> int:
    """Run the bundle's --self-test. A traceback anywhere in its output fails it too: errors
    raised inside Qt's event loop (a chart that cannot draw) do not change the exit code."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(program), "--self-test"], env=env, timeout=300,
                            capture_output=True, text=True)
    print(result.stdout + result.stderr, end="")
    if result.returncode == 0 and "Traceback" in result.stdout + result.stderr:
        return 1
    return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one executable, not a folder")
    parser.add_argument("--naive", action="store_true", help="also build the naive baseline")
    parser.add_argument("--no-self-test", action="store_true")
    options = parser.parse_args()
    started = time.perf_counter()
    program = build(options.onefile)
    bundle = program if options.onefile else program.parent
    print(f"built {bundle} in {time.perf_counter() - started:.0f} s, "
          f"{folder_size(bundle) / 1e6:.0f} MB")
    if options.naive:
        naive = build_naive()
        print(f"naive baseline {naive.parent}: {folder_size(naive.parent) / 1e6:.0f} MB")
    if options.no_self_test:
        return 0
    code = self_test(program)
    print("self-test passed" if code == 0 else f"self-test FAILED (exit {code})")
    return code


if __name__ == "__main__":
    sys.exit(main())
