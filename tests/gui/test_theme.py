"""Light and dark: every label of the main views stays readable, and the choice is remembered."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from madeinlocal_desktop.gui import theme
from madeinlocal_desktop.gui.main_window import VIEWS
from madeinlocal_desktop.gui.preferences import PreferencesDialog
from madeinlocal_desktop.gui.settings import AppSettings

from .conftest import open_in, wait_idle


@pytest.fixture
def themed(qapp) -> Iterator:  # type: ignore[no-untyped-def]
    """Whatever a test applies, the next test finds the application as it was."""
    sheet, palette, style = qapp.styleSheet(), QPalette(qapp.palette()), qapp.style().name()
    yield qapp
    theme.choose(qapp, "light", system="light")
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    assert qapp.style().name() == style


def _background(image: QImage, label: QLabel, window) -> QColor:  # type: ignore[no-untyped-def]
    """The colour drawn most often under the label: what its text stands on."""
    corner = label.mapTo(window, QPoint(0, 0)) * image.devicePixelRatio()
    counts: Counter[int] = Counter()
    for x in range(corner.x(), corner.x() + label.width(), 2):
        for y in range(corner.y(), corner.y() + label.height(), 2):
            if 0 <= x < image.width() and 0 <= y < image.height():
                counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def unreadable_labels(window) -> tuple[list[tuple[str, str, str, float]], int]:  # type: ignore[no-untyped-def]
    """The labels whose text has a contrast under 4.5 with what it is drawn on, and how many
    labels were measured."""
    image = window.grab().toImage()
    found, measured = [], 0
    for label in window.findChildren(QLabel):
        if not (label.isVisibleTo(window) and label.isEnabled() and label.text().strip()
                and label.width() > 4 and label.height() > 4):
            continue
        text = label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole())
        background = _background(image, label, window)
        ratio = theme.contrast(text, background)
        measured += 1
        if ratio < 4.5:
            found.append((label.text()[:40], text.name(), background.name(), round(ratio, 2)))
    return found, measured


@pytest.mark.parametrize("name", ["dark", "light"])
def test_every_label_of_the_main_views_reads_in_both_themes(name, themed, window, qtbot,
                                                           demo_file) -> None:
    theme.apply(themed, name)
    assert theme.is_dark(themed.palette()) == (name == "dark")
    open_in(window, qtbot, demo_file)
    checked = 0
    for view in VIEWS:
        window.show_view(view)
        example = getattr(window.views[view], "show_example", None)
        if example is not None:
            example()
        wait_idle(window, qtbot)
        qtbot.wait(50)
        unreadable, measured = unreadable_labels(window)
        assert unreadable == [], view
        checked += measured
    assert checked > 60  # the views really showed their labels


def test_the_tones_keep_their_contrast_on_their_own_background() -> None:
    for index, window in enumerate(("#efefef", "#2b2b2b")):
        def tone(name: str, i: int = index) -> QColor:
            return QColor(theme.TONES[name][i])

        for text, under in (("error_text", window), ("warning_text", window),
                            ("positive", window), ("error_banner_text", "error_bg"),
                            ("warning_banner_text", "warning_bg"),
                            ("info_banner_text", "info_bg"), ("fictitious_text", "fictitious_bg")):
            background = QColor(under) if under.startswith("#") else tone(under)
            assert theme.contrast(tone(text), background) >= 4.5, (index, text)


def test_the_appearance_is_a_preference_applied_at_once(themed, qtbot) -> None:
    settings = AppSettings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert settings.theme() == "dark"
    assert theme.is_dark(QApplication.palette())
    assert "palette(base)" in themed.styleSheet()  # the one stylesheet, with its roles
    assert AppSettings().theme() == "dark"  # written to the preferences file


def test_start_up_trusts_the_scheme_seen_last_and_corrects_it_once_painted(themed) -> None:
    # The last run saw a dark system; this one (offscreen) is light.
    theme.choose(themed, "", system="dark")
    assert theme.is_dark(themed.palette())
    seen: list[str] = []
    theme.follow_system(themed, seen.append)
    assert seen == ["light"]
    assert not theme.is_dark(themed.palette())


def test_a_chosen_theme_stays_whatever_the_system_says(themed) -> None:
    theme.choose(themed, "dark", system="light")
    theme.follow_system(themed, lambda scheme: None)
    assert theme.is_dark(themed.palette())
