"""Small differences between the Qt versions the app supports (PySide6 6.8 and later)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def change_filter(proxy: QSortFilterProxyModel, apply: Callable[[], None]) -> None:
    """Change a proxy's filter state and re-filter its rows (invalidateFilter is deprecated
    from Qt 6.10 on; begin/endFilterChange do not exist before)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        apply()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt < 6.10
        apply()
        proxy.invalidateFilter()
