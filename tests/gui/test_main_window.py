"""Start-up, welcome screen, recent studies, settings, shortcuts, language and the four views."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLayout

from madeinlocal_desktop.gui.app import build_window
from madeinlocal_desktop.gui.main_window import VIEWS

from .conftest import open_in, wait_idle


def test_without_a_study_the_welcome_screen_offers_the_ways_in(window) -> None:
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.new_button.text() == "Nouvelle étude…"
    assert not window.welcome.recent.isVisible()
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(
        window.menuBar().actions()[0]))}
    for key in ("Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+F", "Ctrl+Z", "Ctrl+Q", "Ctrl+1",
                "Ctrl+3"):
        assert QKeySequence(key).toString() in shortcuts, key
    assert window.menuBar().actions()[0].text() == "&Fichier"

def test_with_no_recent_study_its_words_sit_under_their_heading(window, qtbot) -> None:
    welcome = window.welcome
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: welcome.no_recent.isVisible())
    heading = next(label for label in welcome.findChildren(QLabel)
                   if label.text() == "Études récentes")
    # Right under it, not pushed down the empty column.
    assert 0 < welcome.no_recent.y() - heading.y() < 3 * heading.height()
    logo = welcome.findChildren(QLabel)[0]
    assert logo.pixmap().width() >= logo.width() == 72  # never blown up from a smaller PNG


def test_the_window_icon_comes_once_the_window_has_painted(qtbot, user_home) -> None:
    from madeinlocal_desktop.gui.app import make_application, show_window

    make_application()
    QApplication.setWindowIcon(QIcon())
    main = build_window(lang="fr")
    qtbot.addWidget(main)
    show_window(main, None)
    qtbot.waitUntil(lambda: not QApplication.windowIcon().isNull())
    assert not main.windowIcon().isNull()
    main.close()
    main.runner.shutdown()


def test_the_four_views_and_the_dashboard_are_reachable(window, qtbot, demo_file) -> None:
    open_in(window, qtbot, demo_file)
    assert set(window.views) == set(VIEWS)
    for name in VIEWS:
        window.show_view(name)
        assert window.current_view() == name
    dashboard = window.views["dashboard"]
    assert type(dashboard).__name__ == "DashboardView"
    assert "fictives" in window.windowTitle()
    wait_idle(window, qtbot)


def test_every_view_fits_a_1366_px_laptop_screen_at_125_percent(window, qtbot,
                                                                 demo_file) -> None:
    # 1366 × 768 at 125 % leaves 1093 × 614 logical pixels, less a taskbar of about 32.
    open_in(window, qtbot, demo_file)
    for name in VIEWS:
        window.show_view(name)
        example = getattr(window.views[name], "show_example", None)
        if example is not None:
            example()  # the interview form with the longest title and lines of the demo
        for _ in range(3):  # replies start more work: the form's wording after its interview
            wait_idle(window, qtbot)
        smallest = settled_minimum(window)
        assert smallest.width() <= 1093 and smallest.height() <= 582, (name, smallest)


def settled_minimum(window) -> QSize:  # type: ignore[no-untyped-def]
    """The window's smallest size from what its widgets hold now.

    Layouts cache their minimum until their next pass, which texts arriving from the worker
    (the consent wording, a shop's name) only request: measured before it, the hint is stale.
    """
    for layout in window.findChildren(QLayout):
        layout.invalidate()
    return window.minimumSizeHint()


def test_the_last_study_and_window_size_come_back(qtbot, small_study, tmp_path: Path) -> None:
    first = build_window(lang="fr")
    qtbot.addWidget(first)
    first.show()
    open_in(first, qtbot, small_study)
    first.close_study(forget=False)  # as if the app were quit with the study open
    first.resize(700, 500)  # the offscreen screen is only 800×600
    size = (first.width(), first.height())
    first.close()
    first.runner.shutdown()

    second = build_window(lang="fr")
    qtbot.addWidget(second)
    assert second.settings.last_study() == small_study.resolve()
    assert second.settings.recent_studies() == [small_study.resolve()]
    assert (second.width(), second.height()) == size != (800, 600)
    assert second.welcome.recent.count() == 1
    second.close()
    second.runner.shutdown()


def test_closing_the_study_forgets_it_for_next_start(window, qtbot, small_study) -> None:
    open_in(window, qtbot, small_study)
    window.close_study()
    assert window.pages.currentWidget() is window.welcome
    assert window.settings.last_study() is None
    assert window.settings.recent_studies() == [small_study.resolve()]


def test_a_file_that_is_not_a_study_is_explained_in_the_welcome_screen(window, qtbot,
                                                                      tmp_path: Path) -> None:
    bogus = tmp_path / "notes.madeinlocal"
    bogus.write_text("hello", encoding="utf-8")
    with qtbot.waitSignal(window.study_failed, timeout=10_000):
        window.open_study(bogus)
    assert window.pages.currentWidget() is window.welcome
    assert window.banner.level == "error"
    assert "notes.madeinlocal" in window.banner.text


def test_a_file_that_is_not_a_study_is_explained_in_french(window, qtbot,
                                                           tmp_path: Path) -> None:
    bogus = tmp_path / "notes.madeinlocal"
    bogus.write_text("hello", encoding="utf-8")
    with qtbot.waitSignal(window.study_failed, timeout=10_000):
        window.open_study(bogus)
    assert "n'est pas un fichier d'étude" in window.banner.text


def test_switching_language_rebuilds_the_interface(window, qtbot, small_study) -> None:
    open_in(window, qtbot, small_study)
    window.switch_language("en")
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.study_page is not None
    tabs = window.study_page
    assert tabs.tabText(0) == "Businesses"
    window.switch_language("fr")
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.study_page.tabText(0) == "Commerces"
    wait_idle(window, qtbot)


def test_the_demo_opens_from_the_welcome_screen(window, qtbot) -> None:
    with qtbot.waitSignal(window.study_opened, timeout=60_000):
        window.welcome.demo_button.click()
    assert window.session is not None and window.session.study.fictitious
    wait_idle(window, qtbot)


def test_preferences_change_the_language_and_the_surveyor(window, qtbot, small_study) -> None:
    open_in(window, qtbot, small_study)
    window.show_preferences()
    dialog = window.preferences_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.surveyor.setText("Camille")
    dialog.accept()
    assert window.settings.language() == "en"
    assert window.menuBar().actions()[0].text() == "&File"
    window.new_interview("bakery-1")
    assert window.views["interview"].form.fields.surveyor.text() == "Camille"
    wait_idle(window, qtbot)


def test_the_cli_offers_every_view_of_the_window() -> None:
    from madeinlocal_desktop.cli.app_commands import VIEWS as CLI_VIEWS
    from madeinlocal_desktop.gui.main_window import VIEWS as WINDOW_VIEWS

    assert set(CLI_VIEWS) == set(WINDOW_VIEWS)


def test_views_dropped_by_a_language_switch_no_longer_hear_the_study(window, qtbot,
                                                                     small_study) -> None:
    from shiboken6 import isValid

    from madeinlocal_desktop.domain import Business, new_id

    open_in(window, qtbot, small_study)
    dropped = list(window.views.values())
    window.show_preferences()
    dialog = window.preferences_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()  # a new language: every view is built again
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: not any(isValid(view) for view in dropped), timeout=10_000)
    saved: list[bool] = []
    # A change broadcast to the views: the dropped ones must not be called (pytest-qt fails
    # the test on any exception raised in the event loop).
    window.session.run(lambda project: project.businesses.save(
        Business(new_id(), "Fromagerie des Halles", commune="86194")),
        on_done=lambda _: saved.append(True))
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    wait_idle(window, qtbot)
    names = [window.views["businesses"].model.rows[i].business.name
             for i in range(window.views["businesses"].model.rowCount())]
    assert "Fromagerie des Halles" in names  # the new views still hear it
