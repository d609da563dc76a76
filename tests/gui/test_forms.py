"""The Qt Designer forms of ui/: compiled modules that match them, texts in French, no QtUiTools."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from madeinlocal_desktop import paths

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _build_forms():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_forms",
                                                  ROOT / "build_scripts" / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def form_texts() -> set[tuple[str, str]]:
    """(context, English) of every translatable text of every form."""
    found = set()
    for form in (ROOT / "ui").glob("*.ui"):
        root = ET.parse(form).getroot()
        context = root.findtext("class", "")
        for string in root.iter("string"):
            if string.get("notr") != "true" and (string.text or "").strip():
                found.add((context, string.text or ""))
    return found


def french() -> dict[tuple[str, str], str]:
    known = {}
    root = ET.parse(paths.resource("translations", "madeinlocal_fr.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue
            known[(context.findtext("name", ""), message.findtext("source", ""))] = (
                translation.text or "")
    return known


def test_every_compiled_form_is_what_uic_makes_of_its_form() -> None:
    build_forms = _build_forms()
    forms = sorted((ROOT / "ui").glob("*.ui"))
    assert len(forms) >= 1
    assert build_forms.stale() == [], "run build_scripts/build_forms.py and commit the result"
    compiled = {p.name for p in (ROOT / "madeinlocal_desktop" / "gui" / "forms").glob("ui_*.py")}
    assert compiled == {f"ui_{form.stem}.py" for form in forms}  # none left without its form


def test_every_text_of_the_forms_has_its_french_with_the_same_placeholders() -> None:
    texts = form_texts()
    assert len(texts) > 5  # the extraction itself works
    known = french()
    missing = sorted(key for key in texts if not known.get(key))
    assert missing == [], f"add these to resources/translations/madeinlocal_fr.ts: {missing}"
    for key in texts:
        assert sorted(PLACEHOLDER.findall(known[key])) == sorted(PLACEHOLDER.findall(key[1]))


def test_the_forms_load_without_qt_ui_tools(user_home: Path) -> None:
    modules = [f"madeinlocal_desktop.gui.forms.{p.stem}"
               for p in (ROOT / "madeinlocal_desktop" / "gui" / "forms").glob("ui_*.py")]
    script = ("import sys, importlib\n"
              "import madeinlocal_desktop.gui.app, madeinlocal_desktop.gui.main_window\n"
              f"for name in {modules!r}:\n"
              "    importlib.import_module(name)\n"
              "print('PySide6.QtUiTools' in sys.modules)\n")
    env = dict(os.environ, MADEINLOCAL_HOME=str(user_home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
