"""The business register: search as you type, add with inline checks, duplicate warning."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from madeinlocal_desktop.gui.business_register import BusinessRegisterView
from madeinlocal_desktop.gui.text import search_key

from .conftest import open_in, wait_idle


def _register(window, qtbot, study: Path) -> BusinessRegisterView:  # type: ignore[no-untyped-def]
    open_in(window, qtbot, study)
    view = window.views["businesses"]
    assert isinstance(view, BusinessRegisterView)
    qtbot.waitUntil(lambda: view.editor.reference_ready, timeout=20_000)
    wait_idle(window, qtbot)
    return view


def _names(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT name, siret, naf, commune, ownership, staff_fte FROM "
                          "businesses WHERE deleted = 0 ORDER BY name").fetchall()


def test_add_a_business_with_the_keyboard(window, qtbot, small_study) -> None:
    view = _register(window, qtbot, small_study)
    window.new_business()
    editor = view.editor
    qtbot.keyClicks(editor.name, "Fromagerie des Halles")
    qtbot.keyClicks(editor.siret, "443 061 841 00047")
    editor.siret.editingFinished.emit()
    assert editor.siret_field.error == ""
    qtbot.keyClicks(editor.naf, "4729Z")
    editor.naf.editingFinished.emit()
    assert editor.naf.text() == "47.29Z"
    assert "Autres commerces de détail alimentaires" in editor.naf_field.message.text()
    qtbot.keyClicks(editor.commune, "86194")
    editor.commune.editingFinished.emit()
    assert editor.commune.text() == "Poitiers (86194)"
    qtbot.keyClicks(editor.staff, "2,5")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    editor.save()  # saving again (a second Ctrl+S) updates the same shop
    wait_idle(window, qtbot)
    assert ("Fromagerie des Halles", "44306184100047", "47.29Z", "86194", "independent",
            2.5) in _names(small_study)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    view.search.setText("fromagerie halles")
    assert view.proxy.rowCount() == 1
    view.search.setText("boulangerie")
    assert view.proxy.rowCount() == 1
    view.search.setText("86194")  # a commune code finds both
    assert view.proxy.rowCount() == 2


def test_a_bad_siret_is_explained_and_never_saved(window, qtbot, small_study) -> None:
    """The shop is saved as a draft with what is valid; the wrong SIRET and the negative
    staff stay in their fields, in red, and never reach the file."""
    view = _register(window, qtbot, small_study)
    window.new_business()
    editor = view.editor
    qtbot.keyClicks(editor.name, "Bar du Coin")
    qtbot.keyClicks(editor.siret, "44306184100048")  # last digit wrong: the key fails
    assert "clé" in editor.siret_field.error.lower()
    assert editor.siret.property("invalid")
    qtbot.keyClicks(editor.staff, "-1")
    assert editor.staff.error
    editor.save()
    qtbot.waitUntil(lambda: not editor.save_pending, timeout=5000)
    wait_idle(window, qtbot)
    assert editor.banner.level == "error"
    assert "pas enregistrés" in editor.banner.text
    assert ("Bar du Coin", None, None, None, "independent", None) in _names(small_study)
    assert editor.siret.text() == "44306184100048"  # what was typed stays on screen
    editor.siret.clear()
    qtbot.keyClicks(editor.siret, "1234")
    editor.siret.editingFinished.emit()
    assert "14 chiffres" in editor.siret_field.error


def test_a_similar_shop_is_flagged_but_may_still_be_saved(window, qtbot, small_study) -> None:
    view = _register(window, qtbot, small_study)
    window.new_business()
    editor = view.editor
    qtbot.keyClicks(editor.name, "boulangerie du marche")  # same name, other case, no accent
    qtbot.keyClicks(editor.commune, "86194")
    editor.commune.editingFinished.emit()
    qtbot.waitUntil(lambda: editor.banner.level == "warning", timeout=5000)
    assert "Boulangerie du Marché" in editor.banner.text
    # A warning, not a refusal: it is saved as typed, and the warning stays on screen.
    qtbot.waitUntil(lambda: len(_names(small_study)) == 2, timeout=10_000)
    assert editor.banner.level == "warning"


def test_the_first_page_shows_while_the_whole_list_is_made_ready(window, qtbot, demo_file,
                                                                  monkeypatch) -> None:
    import threading

    from madeinlocal_desktop.gui import business_register, business_table_model

    page = 25  # the demo's 120 shops would fit in one real page (200)
    monkeypatch.setattr(business_table_model, "PAGE", page)
    whole_list = threading.Event()
    real = business_register.load_rows

    def slow_load(project):  # type: ignore[no-untyped-def]
        whole_list.wait(20)  # as for 100,000 shops: seconds
        return real(project)

    monkeypatch.setattr(business_register, "load_rows", slow_load)
    try:
        open_in(window, qtbot, demo_file)
        view = window.views["businesses"]
        qtbot.waitUntil(lambda: view.proxy.rowCount() > 0, timeout=10_000)
        first = [view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())]
        with sqlite3.connect(demo_file) as db:
            names = [row[0] for row in db.execute(
                "SELECT name FROM businesses WHERE deleted = 0 ORDER BY name COLLATE NOCASE")]
        # The first shops by name (SQLite's order: an accented initial may come with the rest),
        # shown in the list's own order, while the whole list is still being made ready.
        assert len(first) == page < len(names)
        assert set(first) <= set(names) and first == sorted(first, key=search_key)
    finally:
        whole_list.set()
    qtbot.waitUntil(lambda: view.model.rowCount() == len(names), timeout=20_000)
    wait_idle(window, qtbot)


def test_counts_are_written_the_french_way(window, qtbot, small_study) -> None:
    """"1 234 commerces", with the thousands apart, not "1234 commerces"."""
    from madeinlocal_desktop.domain import Business, new_id
    from madeinlocal_desktop.gui.business_table_model import BusinessRow

    view = _register(window, qtbot, small_study)
    rows = [BusinessRow(Business(new_id(), f"Commerce {n}"), "", "", None, f"commerce {n}")
            for n in range(1_234)]
    view.model.set_rows(rows)
    view._update_count()
    assert view.count.text().replace("\u202f", " ").replace("\xa0", " ") == "1 234 commerces"


def test_a_reloaded_list_lets_its_old_rows_go_on_the_worker(window, qtbot, small_study,
                                                            monkeypatch) -> None:
    """Rows a reload replaces are emptied on the worker, a piece at a time: dropped on the UI
    thread, a 100,000-shop list's held the window ~70 ms after each save."""
    import threading

    from madeinlocal_desktop.gui import paged_rows

    view = _register(window, qtbot, small_study)
    threads: list[bool] = []
    original = paged_rows.let_go

    def recorded(prepared):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        original(prepared)

    monkeypatch.setattr(paged_rows, "let_go", recorded)
    old = view.model.prepared
    assert old.rows
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.reload()
    assert old.rows  # kept while the new rows paint...
    qtbot.waitUntil(lambda: not old.rows, timeout=5_000)  # ...then let go on the worker
    assert threads == [False] and old.searches == []
    assert view.model.rowCount() > 0  # the new rows are whole
