"""Exchange benchmark (a script that prints, not a test).

    uv run python benchmarks/bench_exchange.py [--bundles 50] [--interviews 200] [--lines 20]
                                               [--compare-openpyxl]

1. Import of BUNDLES bundles × INTERVIEWS interviews (~LINES spending lines each) into a fresh
   surveyor file, compared in the same run with a raw SQLite `executemany` of the same rows into
   the same schema (target: ≤ 2×).
2. Re-import of the same bundles (target: ≥ 20× faster than the first import).
3. XLSX export of all the interviews (10,000 by default; target ≤ 5 s).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

from madeinlocal_desktop.domain import Business, Interview, InterviewStatus, SpendLine, new_id
from madeinlocal_desktop.exchange.interchange import StudyData
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.sync.received_rows import TableRows, json_lines_to_rows

CATEGORIES = ("goods_resale", "supplies", "services", "energy", "wages", "rent", "local_taxes")
TABLES = ("businesses", "interviews", "spend_lines")


def make_bundles(folder: Path, bundles: int, interviews: int, lines: int) -> tuple[Path, list]:
    """A coordinator's study, its kit, and `bundles` bundles of new interviews."""
    rng = random.Random(2026)
    source = Project.new_study(folder / "source.madeinlocal", "Banc d'essai", 2025, ["86194"],
                               who="Camille", device="dev-source")
    kit = source.exchange.export_kit(folder / "bench.mlkit")
    post = folder / "post"
    post.mkdir()
    files = []
    for _ in range(bundles):
        shops = [Business(new_id(), f"Commerce {rng.randrange(10**6)}", naf="47.11B",
                          commune="86194") for _ in range(max(1, interviews // 10))]
        batch = [Interview(
            new_id(), rng.choice(shops).id, "2026-03-02", surveyor="Camille", consent=True,
            status=InterviewStatus.COMPLETE, turnover_excl_vat=rng.randrange(10**9),
            notes="", lines=[SpendLine(new_id(), rng.choice(CATEGORIES), rng.randrange(10**8),
                                       round(rng.random(), 3), None)
                             for _ in range(lines)])
            for _ in range(interviews)]
        source.exchange.import_data(StudyData(source.study, [], shops, batch, []))
        info = source.sync.make_bundle(post)
        assert info is not None
        files.append(info.path)
    source.close()
    return kit, files


def rows_per_bundle(files: list[Path]) -> list[dict[str, TableRows]]:
    """The rows each bundle adds, exactly as they are stored (a parent that travels again in
    a later bundle is counted once)."""
    seen: set[str] = set()
    by_bundle = []
    for file in files:
        with zipfile.ZipFile(file) as archive:
            tables = json_lines_to_rows(archive.read("records.jsonl").decode().splitlines())
        chunk = {}
        for table in TABLES:
            block = tables.get(table, TableRows([], []))
            rows = [tuple(r) for r in block.rows if r[0] not in seen]
            seen.update(r[0] for r in rows)
            chunk[table] = TableRows(block.columns, rows)
        by_bundle.append(chunk)
    return by_bundle


def raw_executemany(path: Path, by_bundle: list[dict[str, TableRows]]) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    start = time.perf_counter()
    for chunk in by_bundle:
        with conn:  # one transaction per bundle, as the import does
            for table in TABLES:
                block = chunk[table]
                if block.rows:
                    names = ",".join(f'"{c}"' for c in block.columns)
                    conn.executemany(f"INSERT INTO {table} ({names}) VALUES "
                                     f"({','.join('?' * len(block.columns))})", block.rows)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def openpyxl_export(project: Project, path: Path) -> float:
    import openpyxl

    from madeinlocal_desktop.exchange.exports import build_tables

    start = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    for table in build_tables(project._db, project.study):
        sheet = book.create_sheet(table.name)
        sheet.append([c.name for c in table.columns])
        for row in table.rows:
            sheet.append(row)
    book.save(path)
    return time.perf_counter() - start


def timed_import(kit: Path, files: list[Path], target: Path) -> tuple[float, float, int]:
    """(first import, re-import, records) into a fresh surveyor file."""
    with Project.create_from_kit(kit, target, device="dev-target") as project:
        start = time.perf_counter()
        reports = project.sync.import_bundles(files)
        first = time.perf_counter() - start
        assert all(r.status == "imported" for r in reports)
        start = time.perf_counter()
        again = project.sync.import_bundles(files)
        second = time.perf_counter() - start
        assert all(r.status == "already imported" for r in again)
    return first, second, sum(r.counts.new for r in reports)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=50)
    parser.add_argument("--interviews", type=int, default=200)
    parser.add_argument("--lines", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each measure; the best is kept (disks and shared "
                             "machines are noisy)")
    parser.add_argument("--compare-openpyxl", action="store_true",
                        help="also time openpyxl's write-only mode on the same tables")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"Making {args.bundles} bundles × {args.interviews} interviews × "
              f"{args.lines} lines...", flush=True)
        kit, files = make_bundles(folder, args.bundles, args.interviews, args.lines)
        size = sum(f.stat().st_size for f in files) / 1e6
        print(f"  {len(files)} bundles, {size:.1f} MB", flush=True)
        rows = rows_per_bundle(files)

        imports, reimports, raws = [], [], []
        for run in range(args.repeat):  # interleaved, so that noise hits both sides alike
            first, second, records = timed_import(kit, files, folder / f"s{run}.madeinlocal")
            imports.append(first)
            reimports.append(second)
            baseline_file = folder / f"raw{run}.madeinlocal"
            Project.create_from_kit(kit, baseline_file, device="dev-raw").close()
            raws.append(raw_executemany(baseline_file, rows))
            print(f"  run {run + 1}: import {first:.2f} s, raw {raws[-1]:.2f} s, "
                  f"re-import {second:.3f} s", flush=True)

        exports = []
        with Project.open(folder / "s0.madeinlocal", device="dev-target") as project:
            count = len(project.interviews.list())
            for _ in range(args.repeat):
                start = time.perf_counter()
                project.exchange.export(folder / "all.xlsx", format="xlsx")
                exports.append(time.perf_counter() - start)
            openpyxl_time = (openpyxl_export(project, folder / "openpyxl.xlsx")
                             if args.compare_openpyxl else None)

    first, raw, second, xlsx_time = min(imports), min(raws), min(reimports), min(exports)
    print(f"\nBest of {args.repeat} runs")
    print(f"Import of {len(files)} bundles ({records} records): {first:.2f} s")
    print(f"Raw executemany of the same rows:        {raw:.2f} s")
    print(f"  ratio import / raw: {first / raw:.2f}×  (target ≤ 2×)")
    print(f"Re-import of the same bundles:           {second:.3f} s")
    print(f"  first import / re-import: {first / second:.0f}×  (target ≥ 20×)")
    print(f"XLSX export of {count} interviews:      {xlsx_time:.2f} s  (target ≤ 5 s)")
    if openpyxl_time is not None:
        print(f"  openpyxl write-only, same tables:      {openpyxl_time:.2f} s")


if __name__ == "__main__":
    main()
