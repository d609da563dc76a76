"""Garbage is collected on the UI thread only (a widget freed by the worker crashes Qt)."""

from __future__ import annotations

import gc
import threading


def test_automatic_collection_is_off_and_the_ui_thread_collects(qapp, qtbot) -> None:
    from madeinlocal_desktop.gui import gc_guard

    collector = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is collector
    assert not gc.isenabled()
    threads: list[bool] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread() is threading.main_thread())

    gc.callbacks.append(record)
    try:
        for _ in range(gc.get_threshold()[0] * 3):  # cycles: only the cyclic collector frees
            cycle: list = []
            cycle.append(cycle)
        qtbot.waitUntil(lambda: bool(threads), timeout=3000)
    finally:
        gc.callbacks.remove(record)
    assert all(threads)
