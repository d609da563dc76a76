"""Why an import grows faster than its size (issue 17): SQLite's growth for the same rows keyed
three ways, each size against the smallest in the same run.

    uv run python benchmarks/bench_key_order.py [--rows 124000 1240000] [--runs 3]

A study's records are keyed by random text UUIDs (`id TEXT PRIMARY KEY`): each insert lands on
a random leaf of the key's index. Here the same rows (a UUID-long key, a 150-character value, a
number) go into a file in WAL mode with the import's 128 MiB page cache, in one transaction:

- random UUID keys, as a study's;
- the same keys sorted (each insert appends to the index);
- no key at all (the table alone: the baseline for linear).

It prints the best of --runs for each, and the growth from the smallest size (10× the rows:
10× is linear). The commit (its checkpoint) is left out: it is disk time.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path


def insert_seconds(folder: Path, keys: list[str], key_column: str) -> float:
    path = folder / "keys.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rows = [(key, "x" * 150, number) for number, key in enumerate(keys)]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA cache_size = -131072")
    conn.execute(f"CREATE TABLE t (id {key_column}, value TEXT, number INTEGER)")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    seconds = time.perf_counter() - started
    conn.execute("COMMIT")
    conn.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[124_000, 1_240_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rnd = random.Random(17)
    sizes = sorted(args.rows)
    smallest: dict[str, float] = {}  # each variant's seconds at the smallest size
    with tempfile.TemporaryDirectory() as folder:
        for count in sizes:
            keys = [str(uuid.UUID(int=rnd.getrandbits(128), version=4)) for _ in range(count)]
            print(f"\n{count:,} rows  [load {os.getloadavg()[0]:.2f}]", flush=True)
            variants = (("random UUID keys (a study's)", keys, "TEXT PRIMARY KEY"),
                        ("the same keys sorted", sorted(keys), "TEXT PRIMARY KEY"),
                        ("no key (baseline)", keys, "TEXT"))
            for label, ordered, column in variants:
                seconds = min(insert_seconds(Path(folder), ordered, column)
                              for _ in range(args.runs))
                first = smallest.setdefault(label, seconds)
                print(f"  {label:<32} {seconds:7.2f} s   growth {seconds / first:5.1f}× "
                      f"for {count / sizes[0]:.0f}× the rows", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
