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


def test_a_full_collection_walks_only_what_came_since_the_last(qapp, qtbot) -> None:
    import weakref

    from madeinlocal_desktop.gui import gc_guard

    class Node:
        pass

    collector = gc_guard.install(qapp)
    thresholds = gc.get_threshold()
    kept = [[number] for number in range(50_000)]  # a study's rows: long-lived
    node = Node()
    node.itself = node  # type: ignore[attr-defined]
    gone = weakref.ref(node)
    try:
        gc.collect(1)
        gc.set_threshold(thresholds[0], thresholds[1], 0)  # a full collection is due
        collector.check()
        assert gc.get_freeze_count() >= len(kept)  # survivors are not walked again
        del node
        gc.collect()
        assert gone() is not None  # a cycle among frozen objects waits...
        gc_guard.release()  # ...until a study closes
        assert gc.get_freeze_count() == 0
        gc.collect()
        assert gone() is None
    finally:
        gc.set_threshold(*thresholds)
        gc_guard.release()


def test_data_arriving_in_bulk_is_frozen_and_a_few_objects_are_not(qapp) -> None:
    """A young generation slow to walk (a list's rows read by the worker) is frozen at once, so
    the older collections do not walk it again; the usual handful of new objects is not."""
    from madeinlocal_desktop.gui import gc_guard

    collector = gc_guard.install(qapp)
    try:
        for _ in range(3):  # a walk the system pre-empts past 1 ms would look like bulk
            gc_guard.release()
            gc.collect()
            few = [[number] for number in range(gc.get_threshold()[0] + 10)]
            collector.check()
            if gc.get_freeze_count() == 0:
                break
        assert gc.get_freeze_count() == 0
        rows = [[number] for number in range(400_000)]
        collector.check()
        assert gc.get_freeze_count() >= len(rows)
        assert few and rows
    finally:
        gc_guard.release()
