"""Two autosaving programs and the command line on one study file (prints; not a test).

    uv run python benchmarks/bench_concurrency.py [--seconds 30]

1. Baseline: one program alone autosaving an interview for N seconds (the interview form's
   pattern: the whole interview saved again after each change, a new line now and then).
2. Contended: two such programs on the same file, and at the same time the real command line
   in a loop (`madeinlocal import FILE.json`, then `madeinlocal import-bundle` of surveyors'
   bundles, one process each).

For each program: saves attempted, failed (and how many were tracebacks), the longest wait for
one save (for the command line: one whole command, start-up included); then acknowledged saves
missing from the file afterwards (target 0), and the ratios of the contended figures to the
baseline. Programs and files: tests/storage/concurrent_writers.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.storage import concurrent_writers as writers  # noqa: E402


def _table(title: str, outcome: writers.Outcome, missing: list[str]) -> None:
    print(title)
    print(f"  {'program':<14} {'attempted':>9} {'failed':>7} {'tracebacks':>10} "
          f"{'longest wait':>13}")
    for program in outcome.programs:
        failures = program["failures"]
        tracebacks = sum(1 for f in failures if f["traceback"])
        print(f"  {program['program']:<14} {program['attempted']:>9} {len(failures):>7} "
              f"{tracebacks:>10} {program['longest_wait'] * 1000:>10.0f} ms")
    for crash in outcome.crashed:
        print(f"  CRASHED {crash}")
    print(f"  acknowledged saves missing from the file: {len(missing)}")
    for failure in outcome.failures[:3]:
        print("  e.g. " + failure["text"].strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        alone = writers.prepare(Path(folder) / "alone", bundles=4)
        baseline = writers.run(alone, args.seconds, writers=1, with_imports=False)
        _table(f"Baseline: one autosaving program alone, {args.seconds:g} s", baseline,
               writers.missing_saves(alone.study, baseline))
        shared = writers.prepare(Path(folder) / "shared", bundles=4)
        contended = writers.run(shared, args.seconds, writers=2, with_imports=True)
        missing = writers.missing_saves(shared.study, contended)
        _table(f"Contended: two autosaving programs + the command line, {args.seconds:g} s",
               contended, missing)
    base = baseline.programs[0]
    savers = [p for p in contended.programs if p["program"].startswith("writer")]
    if savers:
        rate = sum(len(p["acknowledged"]) for p in savers) / len(savers)
        wait = max(p["longest_wait"] for p in savers)
        print(f"Saves per autosaving program, contended / alone: {rate:.0f} / "
              f"{len(base['acknowledged'])} = {rate / max(1, len(base['acknowledged'])):.2f}")
        print(f"Longest wait for one save, contended / alone: {wait * 1000:.0f} ms / "
              f"{base['longest_wait'] * 1000:.0f} ms = "
              f"{wait / max(base['longest_wait'], 1e-6):.1f}×")
    failed = len(contended.failures) + len(contended.crashed) + len(missing)
    print("Target: 0 failed saves, 0 tracebacks, 0 missing —", "met" if not failed else "NOT met")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
