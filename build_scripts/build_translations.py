"""Compile the interface translations (.ts → .qm) with the lrelease shipped in PySide6.

    uv run python build_scripts/build_translations.py            # .qm next to each .ts
    uv run python build_scripts/build_translations.py --update   # refresh the .ts from the code

The .qm files are build output (ignored by git); the app also compiles missing ones at start-up
so a fresh clone works. `--update` runs lupdate over gui/ and the forms of ui/, keeping existing
translations; new source strings arrive as "unfinished" for a translator (Qt Linguist:
`pyside6-linguist`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
GUI = ROOT / "madeinlocal_desktop" / "gui"
FORMS = ROOT / "ui"
LANGUAGES = ("fr", "en")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) \
        or shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: run this with the project's environment (uv run)")
    return found


def update() -> None:
    # The forms of ui/ are read from their .ui, not from the modules uic compiled them into.
    sources = sorted(str(p.relative_to(ROOT)) for p in [*GUI.rglob("*.py"), *FORMS.glob("*.ui")]
                     if p.parent.name != "forms")
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"madeinlocal_{language}.ts"
        subprocess.run([tool("lupdate"), "-locations", "none", "-no-obsolete",
                        "-source-language", "en", "-target-language", language, *sources,
                        "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def release() -> None:
    lrelease = tool("lrelease")
    for ts in sorted(TRANSLATIONS.glob("madeinlocal_*.ts")):
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true",
                        help="refresh the .ts sources from the code before compiling")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.update:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
