"""The interview form's business box: what was typed picks the shop a surveyor means."""

from __future__ import annotations

from madeinlocal_desktop.gui.business_choices import BusinessChoices

SHOPS = BusinessChoices.of([
    ("b1", "La Grande Épicerie — Niort"),
    ("b2", "Épicerie — Poitiers"),
    ("b3", "Épicerie du Marché — Poitiers"),
])


def test_the_whole_label_then_its_start_then_any_part_of_it_accents_aside() -> None:
    assert SHOPS.best_match("epicerie — poitiers") == 1  # the very label
    assert SHOPS.best_match("EPICERIE") == 1  # the first starting with it
    assert SHOPS.best_match("marché") == 2
    assert SHOPS.best_match("grande") == 0  # anywhere in it
    assert SHOPS.best_match("boucherie") == -1
    assert SHOPS.best_match("   ") == -1


def test_ids_and_rows_go_both_ways_and_an_unknown_shop_is_no_choice() -> None:
    assert [SHOPS.row_of(i) for i in ("b1", "b2", "b3")] == [0, 1, 2]
    assert SHOPS.row_of("gone") == -1 and SHOPS.row_of(None) == -1
    assert SHOPS.id_at(2) == "b3" and SHOPS.id_at(-1) is None and SHOPS.id_at(3) is None
    assert SHOPS.label_of("b2") == "Épicerie — Poitiers" and SHOPS.label_of("gone") == ""
