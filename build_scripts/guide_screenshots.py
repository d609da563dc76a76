"""Render the user guide's screenshots with the app's own `open --screenshot`, so they stay current.

    uv run python build_scripts/guide_screenshots.py            # French and English
    uv run python build_scripts/guide_screenshots.py --lang fr  # French only

It builds the demo study in a scratch folder (the user's own folders are not touched), sets its
input-output model from the demo's business register (what a coordinator does with « Enregistrer
et calculer » in the input-output view), renders each view at 1366 × 768 and shrinks the PNGs with
Pillow (a 256-colour palette is plenty for an interface) into docs/guide/images/ (French) and
docs/guide/images/en/ (English). Look at every image before committing it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "guide" / "images"
VIEWS = ("businesses", "interview", "dashboard", "respondents", "io", "territory", "impact",
         "conflicts", "duplicates")
CLI = [sys.executable, "-c", "from madeinlocal_desktop.launcher import main; main()"]


def prepare_demo(home: Path) -> Path:
    """The demo study, with its regional employment taken from the business register."""
    env = {**os.environ, "MADEINLOCAL_HOME": str(home)}
    code = (
        "from madeinlocal_desktop.project import Project, ensure_demo\n"
        "path = ensure_demo()\n"
        "with Project.open(path) as project:\n"
        "    table = project.io.settings().table\n"
        "    employment = project.territory.regional_employment(table)\n"
        "    project.io.save_settings(regional_employment=employment)\n"
        "print(path)\n")
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                         capture_output=True, text=True).stdout
    return Path(out.strip().splitlines()[-1])


def shoot(study: Path, home: Path, view: str, lang: str, target: Path) -> None:
    env = {**os.environ, "MADEINLOCAL_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*CLI, "--lang", lang, "open", str(study), "--screenshot", str(target),
                    "--view", view, "--theme", "light"], env=env, check=True,
                   capture_output=True)
    shrink(target)


def shrink(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("fr", "en"), action="append",
                        help="language(s) to render (default: both)")
    parser.add_argument("--view", choices=VIEWS, action="append", help="only these views")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="madeinlocal-guide-") as scratch:
        home = Path(scratch)
        study = prepare_demo(home)
        for lang in args.lang or ("fr", "en"):
            folder = IMAGES if lang == "fr" else IMAGES / "en"
            for view in args.view or VIEWS:
                target = folder / f"{view}.png"
                shoot(study, home, view, lang, target)
                print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
