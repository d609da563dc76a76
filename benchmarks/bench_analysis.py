"""Benchmark of `analyse(...)`: 1k, 10k and 100k interviews × ~20 lines, bootstrap B = 2000.

Run:  uv run python benchmarks/bench_analysis.py [--sizes 1000 10000 100000] [--repeat 3]

For each size it prints the best of `repeat` runs of `analyse` (wall clock, and the CPU time
of the process, which other programs on a busy machine disturb less), the time per interview,
the growth from the previous size, and the ratio to a raw numpy baseline over the same arrays
(np.bincount sums for R1/R2/R3 and one naive bootstrap: B × n gathered draws). The target is
10,000 interviews in at most 0.3 s of wall clock. The load average is printed because timings
on a shared machine mean little without it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from madeinlocal_desktop.analysis import analyse
from madeinlocal_desktop.domain import DEFAULT_CATEGORIES

B = 2000
TARGET_N, TARGET_SECONDS = 10_000, 0.3
SECTORS = np.array(["boulangerie", "librairie", "café", "habillement", "garage", "pharmacie",
                    "fleuriste", "quincaillerie"], dtype=object)
OWNERSHIPS = np.array(["independent", "cooperative", "franchise", "chain_branch", "public"],
                      dtype=object)


def synthetic(n: int, lines_per: int = 20, seed: int = 0) -> dict[str, object]:
    """Plausible shops: lognormal turnover, lines spending ~90% of it, 1–2% unanswered values."""
    rng = np.random.default_rng(seed)
    ids = np.array([f"itw-{k:07d}" for k in range(n)], dtype=object)
    r1 = rng.lognormal(12.0, 1.0, n)
    r1[rng.random(n) < 0.005] = np.nan
    interviews = pd.DataFrame({
        "id": ids, "business_id": ids,
        "sector": SECTORS[rng.integers(0, len(SECTORS), n)],
        "ownership": OWNERSHIPS[rng.integers(0, len(OWNERSHIPS), n)],
        "r1": r1,
    })
    m = n * lines_per
    owner = np.repeat(np.arange(n), lines_per)
    cat = rng.integers(0, len(DEFAULT_CATEGORIES), m)
    codes = np.array([c.code for c in DEFAULT_CATEGORIES], dtype=object)
    recipients = np.array([c.recipient.value for c in DEFAULT_CATEGORIES], dtype=object)
    rules = np.array([c.r2_rule.value for c in DEFAULT_CATEGORIES], dtype=object)
    amount = rng.dirichlet(np.ones(lines_per), n).ravel() * np.nan_to_num(r1, nan=1e5)[owner] * 0.9
    local = rng.beta(2, 2, m)
    respend = rng.beta(2, 3, m)
    amount[rng.random(m) < 0.01] = np.nan
    local[rng.random(m) < 0.02] = np.nan
    respend[rng.random(m) < 0.6] = np.nan  # Round 3 is rarely surveyed line by line
    lines = pd.DataFrame({
        "interview_id": ids[owner], "category": codes[cat], "recipient": recipients[cat],
        "r2_rule": rules[cat], "amount": amount, "local_share": local,
        "respend_share": respend, "respend_source": None,
    })
    respondents = pd.DataFrame({"group": ["staff"] * 5,
                                "local_share": [0.421, 0.505, 0.631, 0.378, 0.336]})
    return {"interviews": interviews, "lines": lines, "respondents": respondents,
            "defaults": {"landlord": (0.2, "NEF 2002 landlord survey")}}


def baseline(data: dict[str, object], seed: int = 1) -> None:
    """The floor: the same sums and one naive bootstrap, with no validation or bookkeeping."""
    interviews = data["interviews"]
    lines = data["lines"]
    assert isinstance(interviews, pd.DataFrame) and isinstance(lines, pd.DataFrame)
    n = len(interviews)
    idx = pd.Index(interviews["id"]).get_indexer(pd.Index(lines["interview_id"]))
    amount = np.nan_to_num(lines["amount"].to_numpy())
    local = np.nan_to_num(lines["local_share"].to_numpy(), nan=0.5)
    respend = np.nan_to_num(lines["respend_share"].to_numpy(), nan=0.5)
    x = np.nan_to_num(interviews["r1"].to_numpy(), nan=1.0)
    r2 = np.bincount(idx, weights=amount * local, minlength=n)
    r3 = np.bincount(idx, weights=amount * local * respend, minlength=n)
    y = x + r2 + r3
    rng = np.random.default_rng(seed)
    rows = max(1, (1 << 18) // n)
    ratios = np.empty(B)
    for first in range(0, B, rows):
        m = min(rows, B - first)
        draw = rng.integers(0, n, size=(m, n))
        ratios[first : first + m] = y[draw].sum(axis=1) / x[draw].sum(axis=1)
    np.quantile(ratios, [0.025, 0.975])


def best_of(repeat: int, fn: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds over `repeat` runs."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None,
                        help="bootstrap threads (default: the engine's choice)")
    args = parser.parse_args()

    print(f"analyse(...) with B = {B}, best of {args.repeat}; {os.cpu_count()} CPU(s); "
          f"numpy {np.__version__}, pandas {pd.__version__}; load average {load()}")
    print(f"{'interviews':>10} {'lines':>9} {'analyse':>9} {'cpu':>8} {'µs/itw':>8} "
          f"{'growth':>8} {'baseline':>9} {'ratio':>6}")
    verdict = None
    previous: tuple[int, float] | None = None
    for n in args.sizes:
        data = synthetic(n)

        def run(data: dict[str, object] = data) -> object:
            return analyse(data["interviews"], data["lines"],  # type: ignore[arg-type]
                           respondents=data["respondents"],  # type: ignore[arg-type]
                           defaults=data["defaults"],  # type: ignore[arg-type]
                           bootstrap=B, workers=args.workers)

        run()  # warm-up: imports, thread pool, caches
        seconds, cpu = best_of(args.repeat, run)
        floor, _ = best_of(args.repeat, partial(baseline, data))
        growth = "" if previous is None else (
            f"{(seconds / previous[1]) / (n / previous[0]):7.2f}x")
        n_lines = len(data["lines"])  # type: ignore[arg-type]
        print(f"{n:>10,} {n_lines:>9,} {seconds:>8.3f}s {cpu:>7.3f}s {seconds / n * 1e6:>8.1f} "
              f"{growth:>8} {floor:>8.3f}s {seconds / floor:>6.2f}")
        if n == TARGET_N:
            verdict = seconds <= TARGET_SECONDS
        previous = (n, seconds)
    print("growth = (time ratio) / (size ratio) against the previous size: 1.00x is linear")
    print(f"load average at the end: {load()}")
    if verdict is not None:
        print(f"TARGET {TARGET_N:,} interviews ≤ {TARGET_SECONDS} s: "
              + ("MET" if verdict else "NOT MET"))
    return 0 if verdict in (None, True) else 1


if __name__ == "__main__":
    raise SystemExit(main())
