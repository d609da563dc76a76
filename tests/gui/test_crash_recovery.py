"""Kill -9 in the middle of an interview: the draft is in the file and the app shows it again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from madeinlocal_desktop.gui.interviews_view import InterviewsView

from .conftest import open_in, wait_idle

DRIVER = Path(__file__).with_name("crash_driver.py")
ROOT = Path(__file__).resolve().parents[2]


def _read_line(process: subprocess.Popen, timeout: float) -> str:
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(process.stdout.readline()))
    reader.start()
    reader.join(timeout)
    return line[0] if line else ""


def test_a_killed_app_leaves_a_draft_that_comes_back(window, qtbot, small_study,
                                                     user_home: Path) -> None:
    env = dict(os.environ, MADEINLOCAL_HOME=str(user_home), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, str(DRIVER), str(small_study), "bakery-1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=env, cwd=ROOT)
    try:
        line = _read_line(process, timeout=60)
        assert line.startswith("AUTOSAVED"), line
        interview_id = line.split()[1]
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    with sqlite3.connect(small_study) as db:
        assert db.execute("SELECT status, turnover_cents FROM interviews WHERE id = ?",
                          [interview_id]).fetchall() == [("draft", 54_321_00)]
        assert db.execute("SELECT category, amount_cents FROM spend_lines WHERE "
                          "interview_id = ? AND deleted = 0", [interview_id]).fetchall() \
            == [("rent", 1_234_00)]

    # The reopened app goes straight back to that interview.
    open_in(window, qtbot, small_study)
    view = window.views["interview"]
    assert isinstance(view, InterviewsView)
    assert window.current_view() == "interview"
    qtbot.waitUntil(lambda: view.form.interview is not None
                    and view.form.interview.id == interview_id, timeout=10_000)
    wait_idle(window, qtbot)
    assert view.form.fields.turnover.value() == 54_321_00
    assert view.form.lines.rowCount() == 1
    assert view.table.currentIndex().isValid()


def test_a_killed_app_keeps_the_new_shop_typed_in_the_register(window, qtbot, small_study,
                                                                user_home: Path) -> None:
    """The business form saves as it is typed too: kill -9 loses at most the last keys."""
    from madeinlocal_desktop.gui.business_register import BusinessRegisterView

    env = dict(os.environ, MADEINLOCAL_HOME=str(user_home), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, str(DRIVER), str(small_study),
                                "--new-business"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    try:
        line = _read_line(process, timeout=60)
        assert line.startswith("AUTOSAVED"), line
        business_id = line.split()[1]
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    with sqlite3.connect(small_study) as db:
        assert db.execute("SELECT name, siret FROM businesses WHERE id = ?",
                          [business_id]).fetchall() == [("Epicerie interrompue",
                                                         "44306184100047")]
    open_in(window, qtbot, small_study)
    view = window.views["businesses"]
    assert isinstance(view, BusinessRegisterView)
    qtbot.waitUntil(lambda: view.model.row_of(business_id) is not None, timeout=10_000)
