"""Long lists come a page at a time, yet search and sort cover every row, fetched or not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from madeinlocal_desktop.domain import Business, Ownership
from madeinlocal_desktop.gui.business_table_model import (
    NAME,
    STAFF,
    BusinessFilter,
    BusinessRow,
    BusinessTableModel,
)
from madeinlocal_desktop.gui.interview_list_model import (
    DATE,
    InterviewFilter,
    InterviewListModel,
    prepare_rows,
)
from madeinlocal_desktop.gui.paged_rows import PAGE

SHOPS = 2_000


def _shop(n: int) -> BusinessRow:
    ownership = Ownership.FRANCHISE if n % 10 == 0 else Ownership.INDEPENDENT
    name = f"Épicerie {n:05d}"
    business = Business(id=f"b{n}", name=name, ownership=ownership, staff_fte=float(n % 7))
    return BusinessRow(business, "Poitiers", "", None, f"epicerie {n:05d} poitiers")


def _table(qtbot, proxy) -> QTableView:  # type: ignore[no-untyped-def]
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.resize(600, 400)
    qtbot.addWidget(table)
    table.show()
    return table


def _register_table(qtbot):  # type: ignore[no-untyped-def]
    model, proxy = BusinessTableModel(), BusinessFilter()
    proxy.setSourceModel(model)
    model.set_rows([_shop(n) for n in range(SHOPS)])
    return model, proxy, _table(qtbot, proxy)


def test_the_list_shows_a_first_page_and_fetches_more_on_scroll(qtbot) -> None:
    model, proxy, table = _register_table(qtbot)
    assert model.rowCount() == SHOPS
    assert proxy.rowCount() == PAGE  # only a page is handed to the view at first
    assert proxy.matched_count() == SHOPS
    table.scrollToBottom()
    qtbot.waitUntil(lambda: proxy.rowCount() > PAGE)
    assert proxy.rowCount() <= SHOPS


def test_sorting_covers_rows_not_yet_fetched(qtbot) -> None:
    _model, proxy, table = _register_table(qtbot)
    table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, NAME).data() == f"Épicerie {SHOPS - 1:05d}"
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, NAME).data() == "Épicerie 00000"
    table.sortByColumn(STAFF, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, STAFF).data() == "6"


def test_search_finds_a_shop_beyond_the_first_page(qtbot) -> None:
    _model, proxy, _table_view = _register_table(qtbot)
    proxy.set_search("EPICERIE 01999")  # accents and case ignored
    assert proxy.matched_count() == 1
    assert proxy.index(0, NAME).data() == "Épicerie 01999"
    proxy.set_search("")
    proxy.set_ownership(str(Ownership.FRANCHISE))
    assert proxy.matched_count() == SHOPS // 10
    proxy.set_search("épicerie 0199")
    assert proxy.matched_count() == 1  # 01990 is the only franchise among 01990..01999


def test_selecting_a_far_row_fetches_the_pages_up_to_it(qtbot) -> None:
    model, proxy, table = _register_table(qtbot)
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    index = proxy.mapFromSource(model.index(model.row_of("b1500") or 0, NAME))
    assert index.isValid() and index.data() == "Épicerie 01500"
    assert proxy.rowCount() > 1500


def test_the_interview_list_sorts_and_searches_every_interview(qtbot) -> None:
    summaries = [{"id": f"i{n}", "business_id": f"b{n}", "business_name": f"Café {n:05d}",
                  "surveyor": "Zoé" if n == 1234 else "Marc", "date": f"2025-{1 + n % 12:02d}-01",
                  "status": "complete", "n_lines": 3} for n in range(SHOPS)]
    model, proxy = InterviewListModel(), InterviewFilter()
    proxy.setSourceModel(model)
    model.set_rows(prepare_rows(summaries))
    table = _table(qtbot, proxy)
    assert proxy.rowCount() == PAGE
    table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    newest = model.rows[proxy.mapToSource(proxy.index(0, DATE)).row()]
    assert newest["date"] == "2025-12-01"
    proxy.set_search("zoe")
    assert proxy.matched_count() == 1
    assert proxy.index(0, 0).data() == "Café 01234"
    proxy.set_status("draft")
    assert proxy.matched_count() == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.integers(-3, 3), st.floats(-2, 2)), max_size=60)
       | st.lists(st.text("abé", max_size=3), max_size=60))
def test_sorting_in_pieces_gives_the_order_of_one_stable_sort(keys) -> None:  # type: ignore[no-untyped-def]
    """Sorted a piece at a time and merged (so the window never waits on one long sort), the
    order is the one a single stable sort gives, ties in their first order."""
    from madeinlocal_desktop import long_lists

    whole = sorted(range(len(keys)), key=keys.__getitem__)
    original = long_lists._PIECE
    try:
        for piece in (1, 2, 3, 7, original):
            long_lists._PIECE = piece
            assert long_lists.sorted_in_pieces(list(keys)) == whole
    finally:
        long_lists._PIECE = original
