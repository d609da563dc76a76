"""How fast the dashboard is on a 10,000-interview study, against the analysis itself.

    uv run python benchmarks/bench_dashboard.py [--interviews 10000] [--study FILE] [--keep]

Prints (not a test): the analysis time (the baseline, bootstrap B = 2000), then for each chart
the time to build its Figure and to render it (Agg, as the Qt canvas does), the scenario's
compute time, its round trip through the worker, the slider-to-label latency in the real
dashboard (offscreen), and the longest the UI thread stalled while an analysis ran.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from madeinlocal_desktop.demo.study import demo_study
from madeinlocal_desktop.exchange.interchange import parse
from madeinlocal_desktop.project import Project, create_from_data

PER_DOCUMENT = 3500  # the demo generator makes at most 5000 shops; several seeds are merged


def synthetic_study(path: Path, interviews: int) -> Path:
    """Demo studies of different seeds merged into one (distinct UUIDs, same categories)."""
    documents = []
    seed, remaining = 1, int(interviews * 1.06)  # ~5 % of demo interviews are drafts
    while remaining > 0:
        documents.append(demo_study(seed=seed, n_businesses=min(PER_DOCUMENT, remaining)))
        remaining -= PER_DOCUMENT
        seed += 1
    merged = documents[0]
    merged["study"]["name"] = f"Synthetic study ({interviews} interviews, fictitious)"
    for other in documents[1:]:
        for key in ("businesses", "interviews", "respondents"):
            merged[key] += other[key]
    project, _ = create_from_data(path, parse(merged), who="bench", device="dev-bench")
    project.close()
    return path


def timed(work: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds over `repeat` runs, and the last value."""
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def bench_analysis(path: Path, repeat: int) -> tuple[float, Any, Any]:
    """The baseline: the analysis alone (matplotlib not imported yet, as in the application
    before its dashboard is first shown)."""
    with Project.open(path, who="bench", device="dev-bench") as project:
        analysis, result = timed(lambda: project.analysis.run(bootstrap=2000), max(1, repeat // 2))
        study = project.study
    print(f"interviews analysed: {result.n}")
    print(f"analysis (baseline, B = 2000)      {ms(analysis)}")
    return analysis, result, study


def bench_core(analysis: float, result: Any, study: Any,
               repeat: int) -> tuple[float, dict[str, Any], Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from madeinlocal_desktop.analysis import charts
    from madeinlocal_desktop.analysis.dashboard_data import run_scenario, scenario_basis

    to_dict, data = timed(result.to_dict, repeat)
    basis_time, basis = timed(lambda: scenario_basis(data, study.categories), repeat)
    print(f"result.to_dict()                   {ms(to_dict)}   ({to_dict / analysis:6.1%})")
    print(f"scenario basis (once per analysis) {ms(basis_time)}   ({basis_time / analysis:6.1%})")

    labels = {c.code: c.label_fr for c in study.categories}
    outcome = run_scenario(basis, "goods_resale", 0.2, 0.45).to_dict()
    builders: dict[str, Callable[[], Any]] = {
        "LM3 by sector": lambda: charts.lm3_by_group_figure(
            data["by_sector"], kind="sector", overall=data["lm3"]["ratio_of_totals"]),
        "LM3 by ownership": lambda: charts.lm3_by_group_figure(
            data["by_ownership"], kind="ownership", overall=data["lm3"]["ratio_of_totals"]),
        "leakage by category": lambda: charts.leakage_figure(
            data["leakage_by_category"], labels=labels, retained=data["retained"],
            not_described=data["not_described"]),
        "money trail": lambda: charts.money_trail_figure(data, labels=labels),
        "scenario (panel)": lambda: charts.scenario_figure([outcome], labels=labels,
                                                           compact=True),
    }
    print("\nchart                        build       render    (build+render vs analysis)")
    for name, build in builders.items():
        build_time, figure = timed(build, repeat)
        render_time, _ = timed(lambda f=figure: FigureCanvasAgg(f).draw(), repeat)
        share = (build_time + render_time) / analysis
        print(f"{name:<22} {ms(build_time)} {ms(render_time)}   ({share:6.1%})")

    compute, _ = timed(lambda: run_scenario(basis, "services", 0.5, 0.3), repeat * 200)
    print(f"\nscenario compute (run_scenario)    {compute * 1e6:9.1f} µs")
    return analysis, data, basis


def bench_gui(path: Path, repeat: int, analysis: float) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from madeinlocal_desktop.analysis.dashboard_data import run_scenario
    from madeinlocal_desktop.gui.dashboard import DashboardView
    from madeinlocal_desktop.gui.session import session_for
    from madeinlocal_desktop.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])

    def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the dashboard did not answer")
            app.processEvents()
            time.sleep(0.0005)

    runner = TaskRunner()
    project = runner.call_sync(lambda: Project.open(path, who="bench", device="dev-bench"))
    view = DashboardView(session_for(runner, project))
    view.resize(1366, 768)

    # The UI thread's longest stall while an analysis runs (a 5 ms timer that should keep firing).
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)
    ticker.start()
    start = time.perf_counter()
    view.show()  # first show: matplotlib imported on the chart thread, then the charts drawn
    wait_for(lambda: view.state is not None and view.scenario.outcome is not None)
    first = time.perf_counter() - start
    # Then every chart, the hidden tabs' too (drawn ahead so that a tab shows at once).
    wait_for(lambda: bool(view.charts) and all(c.up_to_date for c in view.charts.values()))
    drawn = time.perf_counter() - start
    ticker.stop()
    print(f"\ndashboard: open → figures on screen {ms(first)}   ({first / analysis:6.1%} over "
          "the analysis)")
    print(f"  → every chart drawn               {ms(drawn)}   ({drawn / analysis:6.1%} over "
          "the analysis)")
    print(f"longest UI-thread stall meanwhile  {ms(max(gaps) / 1000)}   (timer every 5 ms; "
          f"{sum(gap > 50 for gap in gaps)} of {len(gaps)} ticks over 50 ms)")

    panel, basis = view.scenario, view.state.basis if view.state else None
    assert basis is not None
    round_trips = []
    for value in range(repeat * 5):
        done: list[Any] = []
        t0 = time.perf_counter()
        runner.run(lambda task, v=value: run_scenario(basis, "goods_resale", v / 100, 0.45),
                   on_done=done.append)
        wait_for(lambda done=done: bool(done))
        round_trips.append(time.perf_counter() - t0)
    print(f"scenario via the worker (round trip){ms(statistics.median(round_trips))}")

    latencies = []
    for value in (30, 55, 80, 10, 65, 95, 40, 5, 70, 25)[: max(repeat * 2, 4)]:
        t0 = time.perf_counter()
        panel.shift_slider.setValue(value)
        wait_for(lambda v=value: panel.outcome is not None and panel.outcome.fraction == v / 100)
        latencies.append(time.perf_counter() - t0)
    print(f"slider → new LM3 label              {ms(statistics.median(latencies))}   "
          "(includes the deliberate ≤ 100 ms throttle)")

    redraws = []
    for value in (35, 60):
        panel.shift_slider.setValue(value)
        wait_for(lambda v=value: panel.outcome is not None and panel.outcome.fraction == v / 100)
        chart = view.charts["scenario"]
        t0 = time.perf_counter()
        panel._update_chart()
        chart.repaint()
        redraws.append(time.perf_counter() - t0)
    print(f"scenario chart redraw (UI thread)   {ms(statistics.median(redraws))}   "
          "(after a 300 ms pause in the drag; drawn on the chart thread)")

    view.close()
    runner.call_sync(project.close)
    runner.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--study", type=Path, help="reuse (or create) this study file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("MADEINLOCAL_HOME", folder)
        path = args.study or Path(folder) / "synthetic.madeinlocal"
        if not path.exists():
            start = time.perf_counter()
            synthetic_study(path, args.interviews)
            print(f"(made {path.name} in {time.perf_counter() - start:.1f} s)")
        analysis, result, study = bench_analysis(path, args.repeat)
        # The dashboard first, as a user first opens it: matplotlib not yet imported.
        bench_gui(path, args.repeat, analysis)
        bench_core(analysis, result, study, args.repeat)


if __name__ == "__main__":
    main()
