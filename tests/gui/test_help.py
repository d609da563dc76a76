"""The Aide menu's user guide: F1 on each view opens that view's page, offline, with its images,
links between pages and back/forward; the guide follows the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from madeinlocal_desktop.gui.help_window import guide_dir
from madeinlocal_desktop.gui.main_window import VIEWS

from .conftest import open_in, wait_idle
from .keyboard import press

FRENCH_TITLES = {
    "businesses": "Vue Commerces", "interview": "Vue Entretiens",
    "dashboard": "Vue Tableau de bord", "respondents": "Vue Répondants du tour 3",
    "io": "Vue Modèle entrées-sorties", "territory": "Vue Territoire", "impact": "Vue Impact",
    "conflicts": "Vue Conflits", "duplicates": "Vue Doublons possibles",
}


def test_the_aide_menu_offers_the_guide_on_f1(window) -> None:
    help_menu = window.menuBar().actions()[-1]
    assert help_menu.text() == "Ai&de"
    texts = {a.text(): a for a in help_menu.menu().actions()}
    assert texts["&Guide d'utilisation"].shortcut().toString() == "F1"
    assert "À &propos de Made in Local" in texts


def test_without_a_study_f1_opens_the_guide_s_contents(window, qtbot) -> None:
    window.activateWindow()
    window.setFocus()
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_window is not None and window.help_window.isVisible())
    assert window.help_window.heading() == "Guide d'utilisation de Made in Local"
    assert window.help_window.windowTitle().startswith("Guide d'utilisation de Made in Local")


def test_f1_on_each_view_opens_that_view_s_page(window, qtbot, demo_file: Path) -> None:
    open_in(window, qtbot, demo_file)
    for view in VIEWS:
        window.show_view(view)
        wait_idle(window, qtbot)
        if window.help_window is not None:
            window.help_window.close()  # the main window has the keyboard again
        window.activateWindow()
        window.views[view].setFocus()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        press(qtbot, Qt.Key.Key_F1)
        title = FRENCH_TITLES[view]
        qtbot.waitUntil(lambda t=title: window.help_window is not None
                        and window.help_window.heading() == t)
        assert window.help_window.isVisible()
        assert window.help_window.images(), f"{view}: its screenshot is shown"
        shown = window.help_window.images()[0]
        assert shown.width() == 1366  # the real screenshot, loaded from the guide's folder


def test_links_lead_to_other_pages_and_back_and_forward_return(window, qtbot) -> None:
    window.show_guide()
    guide = window.help_window
    source = guide.browser.source()
    guide.follow(source.resolved(QUrl("surveyor.md")))
    assert guide.heading() == "Guide de l'enquêteur"
    assert guide.back_action.isEnabled()
    guide.back_action.trigger()
    assert guide.heading() == "Guide d'utilisation de Made in Local"
    guide.forward_action.trigger()
    assert guide.heading() == "Guide de l'enquêteur"
    guide.contents_action.trigger()
    assert guide.heading() == "Guide d'utilisation de Made in Local"


def test_an_english_interface_opens_the_english_guide(window, qtbot) -> None:
    window.switch_language("en")
    window.show_guide()
    assert window.help_window.heading() == "Made in Local user guide"
    assert window.help_window.windowTitle().endswith("User guide — Made in Local")
    assert Path(window.help_window.browser.source().toLocalFile()).parent == guide_dir() / "en"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_guide_is_found_through_the_app_s_resources(language: str) -> None:
    assert (guide_dir() / language / "index.md").is_file()
