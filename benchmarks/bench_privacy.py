"""Encrypted study files (issue 18): what encryption costs, encrypted beside plain in one run.

    uv run python benchmarks/bench_privacy.py [--interviews 10000] [--runs 5] [--saves 1000]

The study is bench_large's seeded synthetic one (demo studies merged). For a plain and an
encrypted file made from the same document it prints, with the load average (the machine is
shared), each figure and the encrypted/plain ratio (goal ≤ 1.3× each):

- import: the parsed interchange document into a new study file (`create_from_data`), best of
  three rounds, plain and encrypted in turn (the encrypted one derives its key once, as a new
  encrypted study does);
- open with the remembered key: `Project.open` and close (best of interleaved runs), the
  encrypted file opened with the key the app keeps once its passphrase has been accepted (the
  keychain's, the session's): what a user waits for when the app reopens the last study, and
  what the daily copy, backups, "continue in a copy" and the worker's reopenings cost;
- first open with a typed passphrase: the same with the passphrase itself, which pays
  SQLCipher's key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds) by design; the
  derivation alone is printed too;
- autosave p99: one interview saved `--saves` times (its notes changed each time), as the form's
  autosave does, the 99th percentile of the saves; the two files are saved in turn, so that
  load and the disk's flushes weigh on both alike;
- analysis: `project.analysis.run(bootstrap=2000)` (best of 2).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PASSPHRASE = "velo rouge sous la pluie de mars"  # a benchmark's, nothing to protect


def load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def line(label: str, plain: float, encrypted: float, unit: str = "s") -> None:
    ratio = encrypted / plain if plain else float("nan")
    verdict = "ok" if ratio <= 1.3 else "over"
    print(f"  {label:<28} plain {plain:>9.4f} {unit}  encrypted {encrypted:>9.4f} {unit}  "
          f"{ratio:5.2f}× (goal ≤ 1.3, {verdict})  [{load()}]", flush=True)


def make_files(folder: Path, interviews: int,
               runs: int = 3) -> tuple[dict[str, Path], dict[str, float]]:
    """Each file imported `runs` times, plain and encrypted in turn (the order swapped each
    round, so a load spike or a warm cache favours neither): the best time of each."""
    from bench_large import make_document

    from madeinlocal_desktop.exchange import interchange
    from madeinlocal_desktop.project import create_from_data

    source = folder / "study.json"
    source.write_text(json.dumps(make_document(interviews), ensure_ascii=False),
                      encoding="utf-8")
    data = interchange.read_file(source)
    modes = [("plain", None), ("encrypted", PASSPHRASE)]
    files, seconds = {}, {"plain": float("inf"), "encrypted": float("inf")}
    for round_ in range(runs):
        for mode, passphrase in modes if round_ % 2 == 0 else modes[::-1]:
            path = folder / f"{mode}-{round_}.madeinlocal"
            started = time.perf_counter()
            project, _ = create_from_data(path, data, passphrase=passphrase)
            project.close()
            seconds[mode] = min(seconds[mode], time.perf_counter() - started)
            files[mode] = path
    return files, seconds


REMEMBERED: dict[str, str | None] = {}  # mode -> the key kept after the passphrase opened it


def passphrase_of(mode: str) -> str | None:
    return PASSPHRASE if mode == "encrypted" else None


def key_of(mode: str, path: Path) -> str | None:
    """The key the app keeps once the passphrase has opened the file (None for a plain one)."""
    from madeinlocal_desktop.project import Project

    if mode not in REMEMBERED:
        with Project.open(path, passphrase=passphrase_of(mode)) as project:
            REMEMBERED[mode] = project.reopening_key
    return REMEMBERED[mode]


def open_times(files: dict[str, Path], runs: int, *, typed: bool) -> dict[str, float]:
    from madeinlocal_desktop.project import Project

    keys = {mode: passphrase_of(mode) if typed else key_of(mode, path)
            for mode, path in files.items()}
    best = {mode: float("inf") for mode in files}
    for _ in range(runs):  # interleaved: a load spike hits both
        for mode, path in files.items():
            started = time.perf_counter()
            Project.open(path, passphrase=keys[mode]).close()
            best[mode] = min(best[mode], time.perf_counter() - started)
    return best


def key_derivation(runs: int) -> float:
    """The key derivation alone, as the app does it for a typed passphrase (`cipher.raw_key`:
    SQLCipher 4's PBKDF2-HMAC-SHA512, 256,000 rounds)."""
    from madeinlocal_desktop.storage import cipher

    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        cipher.raw_key(PASSPHRASE, bytes(16))
        best = min(best, time.perf_counter() - started)
    return best


def autosave_p99(files: dict[str, Path], saves: int) -> dict[str, float]:
    """Both files open at once and saved in turn, so that a load spike or a checkpoint of the
    shared disk falls on both alike: the 99th percentile of each file's saves."""
    from madeinlocal_desktop.project import Project

    projects = {mode: Project.open(path, passphrase=key_of(mode, path))
                for mode, path in files.items()}
    try:
        interviews = {}
        for mode, project in projects.items():
            first = project.interviews.list_summaries()[0]
            interviews[mode] = project.interviews.get(first["id"])
        times: dict[str, list[float]] = {mode: [] for mode in files}
        for number in range(saves):
            for mode, project in projects.items():
                interview = interviews[mode]
                interview.notes = f"relu {number}"
                started = time.perf_counter()
                project.interviews.save(interview)
                times[mode].append(time.perf_counter() - started)
    finally:
        for project in projects.values():
            project.close()
    return {mode: statistics.quantiles(found, n=100)[98] for mode, found in times.items()}


def analysis_time(path: Path, mode: str) -> float:
    from madeinlocal_desktop.project import Project

    with Project.open(path, passphrase=key_of(mode, path)) as project:
        project.analysis.frames()  # warm the imports
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            project.analysis.run(bootstrap=2000, seed=1)
            best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=1000)
    args = parser.parse_args()
    print(f"Encrypted vs plain study file, {args.interviews:,} interviews [{load()}]")
    with tempfile.TemporaryDirectory(prefix="bench-privacy-") as tmp:
        files, imports = make_files(Path(tmp), args.interviews)
        line("import", imports["plain"], imports["encrypted"])
        opens = open_times(files, args.runs, typed=False)
        line("open, remembered key", opens["plain"] * 1000, opens["encrypted"] * 1000, "ms")
        typed = open_times(files, args.runs, typed=True)
        kdf = key_derivation(args.runs)
        print(f"  first open, typed passphrase  plain {typed['plain'] * 1000:.1f} ms  encrypted "
              f"{typed['encrypted'] * 1000:.1f} ms, of which the key derivation "
              f"{kdf * 1000:.1f} ms (by design: it is what stands against guessing, paid "
              f"once per passphrase typed) [{load()}]", flush=True)
        saves = autosave_p99(files, args.saves)
        line(f"autosave p99 ({args.saves} saves)", saves["plain"] * 1000,
             saves["encrypted"] * 1000, "ms")
        analyses = {mode: analysis_time(path, mode) for mode, path in files.items()}
        line("analysis (B = 2,000)", analyses["plain"], analyses["encrypted"])
        sizes = {mode: path.stat().st_size for mode, path in files.items()}
        print(f"  file size: plain {sizes['plain']:,} B, encrypted {sizes['encrypted']:,} B")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
