"""Benchmark of the PDF study report and the shop feedback sheets on the demo study.

Run:  uv run python benchmarks/bench_report.py [--repeat 3]

Prints the best of `repeat` runs (wall clock and process CPU) of:
- `analyse`: `project.analysis.run(bootstrap=2000)` as JSON, what the report's figures start from;
- `one page`: a one-page fpdf2 document with the same embedded DejaVu fonts;
- `report`: `project.report()` of the demo (with its business register), target ≤ 3 s;
- `sheets`: `project.shop_sheets()` of every interviewed shop (114), and that time per 120
  sheets, target ≤ 10 s;
each with its ratio to `analyse` measured in the same run. The load average is printed:
timings on a shared machine mean little without it.
"""

from __future__ import annotations

import argparse
import json
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
from madeinlocal_desktop.project import Project, create_from_data
from madeinlocal_desktop.report.document import Document


def best(work: Callable[[], Any], repeat: int) -> tuple[float, float]:
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(wall), min(cpu)


def one_page(target: Path) -> None:
    doc = Document("fr", fictitious=True, footer_left="Made in Local")
    doc.add_page()
    doc.heading("Une page")
    doc.paragraph("Chaque euro dépensé dans un commerce indépendant du territoire : 1,60 €.")
    target.write_bytes(bytes(doc.output()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="madeinlocal-bench-report-"))
    try:
        path = folder / "demo.madeinlocal"
        project, _ = create_from_data(path, interchange.parse(demo_study()))
        project.territory.install_demo()
        project.close()
        with Project.open(path) as project:
            one_page(folder / "warm.pdf")  # imports and font parsing out of the first timing
            project.report(folder / "warm-report.pdf")
            project.shop_sheets(folder / "warm-sheets.pdf")
            shops = project.analysis.run(bootstrap=0).to_dict()["n_businesses"]
            rows = {
                "analyse (JSON)": best(lambda: json.dumps(
                    project.analysis.run(bootstrap=2000).to_dict()), args.repeat),
                "one page (fpdf2)": best(lambda: one_page(folder / "one.pdf"), args.repeat),
                "report": best(lambda: project.report(folder / "report.pdf"), args.repeat),
                f"sheets ({shops})": best(lambda: project.shop_sheets(folder / "sheets.pdf"),
                                          args.repeat),
            }
        base = rows["analyse (JSON)"][0]
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
              f"on {os.cpu_count()} cores; best of {args.repeat}")
        print(f"{'':<22}{'wall s':>9}{'cpu s':>9}{'× analyse':>11}")
        for name, (wall, cpu) in rows.items():
            print(f"{name:<22}{wall:>9.3f}{cpu:>9.3f}{wall / base:>11.2f}")
        wall = rows[f"sheets ({shops})"][0] * 120 / shops
        print(f"{'sheets, per 120':<22}{wall:>9.3f}{'':>9}{wall / base:>11.2f}")
        report = rows["report"][0]
        print(f"targets: report {report:.2f} s (≤ 3 s: {'met' if report <= 3 else 'NOT met'}), "
              f"120 sheets {wall:.2f} s (≤ 10 s: {'met' if wall <= 10 else 'NOT met'})")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
