"""Every string the dashboard shows has a French translation, and French mode shows no English."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget

from madeinlocal_desktop import paths
from madeinlocal_desktop.gui import dashboard_preview
from madeinlocal_desktop.gui.dashboard import DashboardView
from madeinlocal_desktop.gui.session import session_for
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project
from tests.dashboard_support import make_demo_study

GUI = Path(dashboard_preview.__file__).parent
PLACEHOLDER = re.compile(r"\{\w*\}|%p")


def tr_strings() -> set[tuple[str, str]]:
    """(class, English source) of every `self.tr("...")` in gui/dashboard*.py."""
    found: set[tuple[str, str]] = set()
    for path in sorted(GUI.glob("dashboard*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and node.args
                        and isinstance(node.args[0], ast.Constant)):
                    found.add((cls.name, node.args[0].value))
    return found


def catalogue_strings() -> dict[tuple[str, str], str]:
    """(context, English) → French from the application's catalogue."""
    known: dict[tuple[str, str], str] = {}
    ts = paths.resource("translations", "madeinlocal_fr.ts")
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and \
                    translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                known[(name, message.findtext("source", ""))] = translation.text
    return known


def test_every_dashboard_string_has_a_french_translation() -> None:
    strings = tr_strings()
    assert len(strings) > 30  # the extraction itself works
    known = catalogue_strings()
    missing = sorted(s for s in strings if not known.get(s))
    assert not missing, f"add these to resources/translations/madeinlocal_fr.ts: {missing}"
    for key in strings:  # placeholders survive translation: "{n}" stays "{n}"
        english, french = key[1], known[key]
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(french)), key


@pytest.fixture
def french_app(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translators = dashboard_preview.install_language(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_french_mode_shows_no_english(qtbot, french_app, tmp_path: Path) -> None:
    study = make_demo_study(tmp_path / "demo.madeinlocal")
    runner = TaskRunner()
    project = runner.call_sync(lambda: Project.open(study, who="test", device="dev-test"))
    try:
        view = DashboardView(session_for(runner, project), bootstrap=0)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        qtbot.waitUntil(lambda: view.scenario.outcome is not None, timeout=30_000)
        english = {source for _, source in tr_strings()}
        shown = [w.text() for w in view.findChildren(QLabel) + view.findChildren(QAbstractButton)
                 if w.text()]
        tabs = view.findChild(QTabWidget)
        assert tabs is not None
        shown += [tabs.tabText(i) for i in range(tabs.count())]
        untranslated = [text for text in shown if text in english]
        assert not untranslated
        assert "Multiplicateur local LM3 (par euro de ventes)" in shown
        assert "Par secteur" in shown and "Recalculer" in shown
    finally:
        runner.call_sync(project.close)
        runner.shutdown()
