"""The worker: work runs off the UI thread, in order; results, errors and progress come back."""

from __future__ import annotations

import threading

from madeinlocal_desktop.errors import Cancelled, InvalidInput


def test_work_runs_on_the_worker_and_result_arrives_on_the_ui_thread(qtbot, runner) -> None:
    seen: dict[str, object] = {}

    def work(task):
        seen["worker"] = threading.current_thread().name
        return 42

    def done(value):
        seen["value"] = value
        seen["callback"] = threading.current_thread() is threading.main_thread()

    runner.run(work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["worker"].startswith("study-db")
    assert seen == {"worker": seen["worker"], "value": 42, "callback": True}


def test_tasks_run_in_submission_order(qtbot, runner) -> None:
    order: list[int] = []
    for number in range(20):
        runner.run(lambda task, n=number: n, on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 20, timeout=5000)
    assert order == list(range(20))


def test_errors_reach_the_ui_and_cancel_is_silent(qtbot, runner) -> None:
    errors: list[BaseException] = []
    cancelled: list[None] = []

    def fails(task):
        raise InvalidInput("Line 3: the amount cannot be negative")

    def cancellable(task):
        while not task.should_cancel():
            task.progress(0.5)
        raise Cancelled

    runner.run(fails, on_error=errors.append)
    task = runner.run(cancellable, on_error=errors.append, on_cancelled=cancelled.append)
    task.cancel()
    qtbot.waitUntil(lambda: bool(cancelled) and bool(errors), timeout=5000)
    assert [str(e) for e in errors] == ["Line 3: the amount cannot be negative"]


def test_progress_is_reported_and_reaches_one(qtbot, runner) -> None:
    values: list[float] = []

    def work(task):
        for step in range(101):
            task.progress(step / 100)
        return None

    finished: list[None] = []
    runner.run(work, on_progress=values.append, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    qtbot.waitUntil(lambda: bool(values) and values[-1] == 1.0, timeout=5000)
    assert values == sorted(values)
