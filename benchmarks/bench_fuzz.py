"""A larger fuzz campaign than the suite's (a script that prints, not a test).

    uv run python benchmarks/bench_fuzz.py [--interchange 5000] [--bundles 3000] [--seed 100]

Mutated interchange files and mutated bundles (random and targeted, tests/fuzz_support.py) are
imported into real study files; each outcome is counted by class:

- refused: one line in French and English, the study file byte for byte as it was;
- accepted: imported, and the study still opens, follows the rules, analyses and exports;
- traceback, changed (refused yet the file changed), broken (accepted yet the study does not
  work): defects; the first of each is printed with its case name, which replays it.

The issue's baseline (before the hardening): 74 tracebacks in 1,646 interchange mutations and
22 in 958 bundle mutations. Target: 0 defects. Seeds differ from the suite's (0-5), so the
campaign tries inputs the suite does not.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fuzz_support import (  # noqa: E402  (the repository root is on the path first)
    BundleTarget,
    Case,
    InterchangeTarget,
    random_bundles,
    random_documents,
    targeted_bundles,
    targeted_documents,
)


def campaign(title: str, target: InterchangeTarget | BundleTarget, cases: Iterable[Case]) -> int:
    kinds: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    first_defect: dict[str, str] = {}
    start = time.perf_counter()
    for case in cases:
        outcome = target.run(case)
        kinds[outcome.kind] += 1
        if outcome.kind == "refused":
            codes[outcome.detail] += 1
        elif outcome.kind == "accepted" and outcome.detail:
            codes["accepted, records rejected"] += 1
        if outcome.defect:
            first_defect.setdefault(outcome.kind, f"{case.name}\n{outcome.detail}")
    seconds = time.perf_counter() - start
    total = sum(kinds.values())
    print(f"\n{title}: {total} inputs in {seconds:.1f} s ({1000 * seconds / total:.1f} ms each)")
    for kind in ("refused", "accepted", "traceback", "changed", "broken"):
        print(f"  {kind:<10} {kinds[kind]:>6}  ({100 * kinds[kind] / total:.1f} %)")
    print("  refusals and rejections by code:")
    for code, count in codes.most_common():
        print(f"    {count:>6}  {code}")
    for kind, text in first_defect.items():
        print(f"\n  first {kind}: {text}")
    return sum(kinds[k] for k in ("traceback", "changed", "broken"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interchange", type=int, default=5000)
    parser.add_argument("--bundles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=100)
    args = parser.parse_args()
    defects = 0
    with tempfile.TemporaryDirectory() as folder:
        documents = InterchangeTarget(Path(folder) / "interchange")
        defects += campaign("Interchange files", documents, [
            *targeted_documents(), *random_documents(args.seed, args.interchange)])
        documents.close()
        bundles = BundleTarget(Path(folder) / "bundles")
        defects += campaign("Bundles", bundles, [
            *targeted_bundles(bundles.base), *random_bundles(bundles.base, args.seed,
                                                             args.bundles)])
        bundles.close()
    print(f"\nDefects: {defects}  (baseline before hardening: 74 + 22 tracebacks; target 0)")
    sys.exit(1 if defects else 0)


if __name__ == "__main__":
    main()
