"""Benchmark of the impact figures on the demo study (114 interviews, A17 table, FLQ).

Run:  uv run python benchmarks/bench_impact.py [--repeat 5] [--table fr-2014-a17]

Prints the best of `repeat` runs (wall clock and process CPU) of each facade call a view makes,
and its ratio to `project.io.multipliers()` measured in the same run: the model every impact
figure is built on, so a ratio near 1 means the impact adds little beyond building the model.
The load average is printed: timings on a shared machine mean little without it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from madeinlocal_desktop.demo.study import demo_study
from madeinlocal_desktop.exchange import interchange
from madeinlocal_desktop.project import Project, compare_studies, create_from_data

# The made-up territory of docs/input-output.md (about 100 000 jobs), A17 sectors, persons.
REGION = {
    "AZ": 5590, "DE": 1140, "C1": 3340, "C2": 20, "C3": 360, "C4": 150, "C5": 5670,
    "FZ": 6610, "GZ": 13500, "HZ": 5000, "IZ": 8400, "JZ": 3040, "KZ": 1720, "LZ": 1280,
    "MN": 14530, "OQ": 29650, "RU": 5540,
}  # fmt: skip
SPEC = {"shifts": [{"category": "supplies", "fraction": 0.2},
                   {"category": "goods_resale", "fraction": 0.1}], "respend_share": 0.45}


def best(work: Callable[[], Any], repeat: int) -> tuple[float, float]:
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(wall), min(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="madeinlocal-bench-impact-"))
    try:
        path = folder / "demo.madeinlocal"
        project, _ = create_from_data(path, interchange.parse(demo_study()))
        project.io.save_settings(regional_employment=REGION)
        project.close()
        copy = folder / "copy.madeinlocal"
        shutil.copy(path, copy)
        with Project.open(path) as project:
            cases: list[tuple[str, Callable[[], Any]]] = [
                ("io.multipliers (baseline)", project.io.multipliers),
                ("impact.opportunities", lambda: project.impact.opportunities(0.25)),
                ("impact.scenario (2 categories)", lambda: project.impact.scenario(SPEC)),
                ("impact.scenario_rates", project.impact.scenario_rates),
                ("impact.capital", project.impact.capital),
                ("impact.map_data('kept')", lambda: project.impact.map_data("kept")),
                ("impact.map_figure('kept')", lambda: project.impact.map_figure("kept")),
                ("compare_studies (2 files)", lambda: compare_studies([path, copy])),
            ]
            print(f"load average: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
            baseline = None
            for name, work in cases:
                work()  # warm caches (shipped table, geography) as a running app has them
                wall, cpu = best(work, args.repeat)
                baseline = baseline or wall
                print(f"{name:<32} {wall * 1000:8.1f} ms wall {cpu * 1000:8.1f} ms cpu "
                      f"{wall / baseline:6.2f}× baseline")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
