"""The Qt Designer forms of ui/: compiled modules that match them, texts in French, no QtUiTools."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from madeinlocal_desktop import paths
from madeinlocal_desktop.gui import dashboard_preview

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n")


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


def test_every_compiled_form_is_the_base_of_a_view() -> None:
    """No form is left compiled and unused: each Ui_ class is mixed into one view of gui/."""
    gui = ROOT / "madeinlocal_desktop" / "gui"
    sources = "\n".join(p.read_text(encoding="utf-8") for p in gui.glob("*.py"))
    for form in (ROOT / "ui").glob("*.ui"):
        ui_class = "Ui_" + (ET.parse(form).getroot().findtext("class") or "")
        assert re.search(rf"^class \w+\(Q\w+, {ui_class}\):", sources, re.MULTILINE), form.name


@pytest.fixture
def french_app(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translators = dashboard_preview.install_language(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_the_forms_show_their_texts_in_french(qtbot, french_app) -> None:  # type: ignore[no-untyped-def]
    from madeinlocal_desktop.domain import DEFAULT_CATEGORIES
    from madeinlocal_desktop.gui.interview_fields import InterviewFields
    from madeinlocal_desktop.gui.new_study_dialog import NewStudyDialog
    from madeinlocal_desktop.gui.tasks import TaskRunner

    runner = TaskRunner()
    try:
        fields = InterviewFields(list(DEFAULT_CATEGORIES), QUndoStack())
        dialog = NewStudyDialog(runner)
        for widget in (fields, dialog):
            qtbot.addWidget(widget)
        known = french()
        english = {text for key in form_texts() if known[key] != (text := key[1])}  # not "Date"
        shown = [w.text() for widget in (fields, dialog)
                 for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
                 if w.text()]
        shown += [box.title() for widget in (fields, dialog)
                  for box in widget.findChildren(QGroupBox)]
        assert [text for text in shown if text in english] == []
        assert "Chiffre d'affaires HT" in shown and "Commerce" in shown
        assert "Ce qui compte comme local" in shown and dialog.windowTitle() == "Nouvelle étude"
        assert dialog.boundary.itemText(1) == "L'intercommunalité"
        # The wrapped amounts still carry their message line.
        assert fields.turnover_field.field is fields.turnover
        assert fields.turnover.parentWidget() is fields.turnover_field
    finally:
        runner.shutdown()
