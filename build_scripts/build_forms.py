"""Compile the Qt Designer forms (ui/*.ui) into madeinlocal_desktop/gui/forms/ with pyside6-uic.

    uv run python build_scripts/build_forms.py           # after editing a form in Designer
    uv run python build_scripts/build_forms.py --check   # exit 1 when a compiled form is stale

The compiled modules are checked in: a fresh clone and the frozen bundle start without uic, and
start-up never loads QtUiTools. tests/gui/test_forms.py fails when one drifts from its form.
Texts of the forms are translated like the code's (build_translations.py --update reads ui/).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "ui"
COMPILED = ROOT / "madeinlocal_desktop" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-uic")
    if not found:
        sys.exit("pyside6-uic not found: run this with the project's environment (uv run)")
    return found


def target(form: Path) -> Path:
    return COMPILED / f"ui_{form.stem}.py"


def compiled(form: Path) -> str:
    """The Python module uic makes of one form (no auto-connection: views connect by hand)."""
    result = subprocess.run([uic(), "--no-autoconnection", str(form)], check=True,
                            capture_output=True, text=True, encoding="utf-8")
    return result.stdout


def stale() -> list[Path]:
    return [form for form in sorted(FORMS.glob("*.ui"))
            if not target(form).is_file()
            or target(form).read_text(encoding="utf-8") != compiled(form)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only say which compiled forms differ from their form")
    args = parser.parse_args()
    if args.check:
        out_of_date = stale()
        for form in out_of_date:
            print(f"{target(form).relative_to(ROOT)} is out of date: run {Path(__file__).name}")
        return 1 if out_of_date else 0
    for form in sorted(FORMS.glob("*.ui")):
        target(form).write_text(compiled(form), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
