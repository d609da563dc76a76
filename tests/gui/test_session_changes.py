"""One change signal: work says what it changed, the session broadcasts it once, views follow."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from madeinlocal_desktop.domain.changes import Changes

from .conftest import open_in, wait_idle

GUI = Path(__file__).resolve().parents[2] / "madeinlocal_desktop" / "gui"


def test_an_answer_added_is_broadcast_once_and_the_lists_follow(window, qtbot,
                                                                small_study) -> None:  # type: ignore[no-untyped-def]
    open_in(window, qtbot, small_study)
    window.show_view("respondents")
    view = window.views["respondents"]
    wait_idle(window, qtbot)
    heard: list[Changes] = []
    window.session.changed.connect(heard.append)
    view.share.setFocus()
    qtbot.keyClicks(view.share, "42,1")
    qtbot.keyClick(view.share, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)  # reloaded on it
    assert heard == [Changes(respondents=True)]


def test_what_a_change_concerns() -> None:
    assert not Changes() and Changes(io=True)
    assert Changes(businesses=True) | Changes(interviews=True) == \
        Changes(businesses=True, interviews=True)
    assert Changes.of_table("spend_lines") == Changes(interviews=True)
    assert Changes.everything().records and not Changes(settings=True).records


def test_no_view_emits_a_change_of_the_study_by_hand() -> None:
    """Only the session broadcasts (after the work that said what it changed)."""
    from madeinlocal_desktop.gui.session import StudySession

    for old in ("businesses_changed", "interviews_changed", "respondents_changed"):
        assert not hasattr(StudySession, old)
    by_hand = [module.name for module in GUI.rglob("*.py")
               if re.search(r"session\.\w+\.emit\(", module.read_text(encoding="utf-8"))]
    assert by_hand == []
