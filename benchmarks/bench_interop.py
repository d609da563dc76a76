"""Phone-team import benchmark (a script that prints, not a test).

    uv run python benchmarks/bench_interop.py [--submissions 10000] [--lines 20]

Imports SUBMISSIONS Kobo submissions (XLSX: main sheet + `lines` repeat sheet, SUBMISSIONS ×
LINES spending lines) into a fresh copy of a study, and, in the same run, the same interviews
from the app's interchange JSON into another fresh copy (read + import). Target: Kobo ≤ 2× JSON.
Also times the re-import of the same export (every submission unchanged).
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from madeinlocal_desktop.domain import Business, Interview, InterviewStatus, SpendLine
from madeinlocal_desktop.exchange import interchange
from madeinlocal_desktop.exchange.interchange import StudyData
from madeinlocal_desktop.exchange.submissions import derived_id
from madeinlocal_desktop.exchange.xlsform import form_version
from madeinlocal_desktop.exchange.xlsx import NUMBER, TEXT, Sheet, write_xlsx
from madeinlocal_desktop.project import Project

CATEGORIES = ("goods_resale", "supplies", "services", "energy", "rent", "local_taxes",
              "capex")
MAIN = ["study_id", "form_version", "surveyor", "interview_date", "shop/business", "consent",
        "turnover", "staff/payroll", "staff/staff_local", "notes", "complete", "_uuid",
        "_submission_time", "_index"]
LINES = ["lines/category", "lines/amount", "lines/local_share", "lines/respend_share",
         "_index", "_parent_index", "_submission__uuid"]


def build(folder: Path, submissions: int, lines: int) -> tuple[Path, Path, Path]:
    rng = random.Random(2026)
    base = folder / "base.madeinlocal"
    with Project.new_study(base, "Banc d'essai", 2025, ["86194"], who="Camille",
                           device="dev-bench") as project:
        shops = [project.businesses.save(Business(str(uuid.UUID(int=rng.getrandbits(128),
                                                                version=4)), f"Commerce {n}",
                                                  naf="47.11B", commune="86194")).value
                 for n in range(200)]
        study = project.study
    version = form_version(study)
    main_rows, line_rows, interviews = [], [], []
    line_index = 0
    for n in range(1, submissions + 1):
        uuid_text = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        shop = rng.choice(shops)
        turnover = rng.randrange(10_000, 2_000_000)
        payroll = rng.randrange(1_000, 200_000)
        staff_local = rng.randrange(0, 101)
        main_rows.append([study.id, version, "Camille", "2026-03-02", shop.id, "yes", turnover,
                          payroll, staff_local, "", "yes", uuid_text, "2026-03-02T10:00:00", n])
        interview_id = derived_id(f"uuid:{uuid_text}", "interview")
        spend = [SpendLine(derived_id(interview_id, "wages"), "wages", payroll * 100,
                           staff_local / 100)]
        for k in range(1, lines):
            line_index += 1
            category = rng.choice(CATEGORIES)
            amount = rng.randrange(0, 500_000)
            local = rng.randrange(0, 101)
            line_rows.append([category, amount, local, None, line_index, n, uuid_text])
            spend.append(SpendLine(derived_id(interview_id, "line", str(k)), category,
                                   amount * 100, local / 100))
        interviews.append(Interview(interview_id, shop.id, "2026-03-02", surveyor="Camille",
                                    consent=True, status=InterviewStatus.COMPLETE,
                                    turnover_excl_vat=turnover * 100, lines=spend))
    kobo = folder / "kobo.xlsx"
    kinds = [TEXT] * 6 + [NUMBER, NUMBER, NUMBER] + [TEXT] * 4 + [NUMBER]
    write_xlsx(kobo, [Sheet("Banc d'essai", MAIN, main_rows, kinds, len(main_rows)),
                      Sheet("lines", LINES, line_rows,
                            [TEXT, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, TEXT],
                            len(line_rows))])
    json_file = folder / "same.json"
    interchange.write_file(StudyData(study, [], shops, interviews, []), json_file)
    return base, kobo, json_file


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, default=10_000)
    parser.add_argument("--lines", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        base, kobo, json_file = build(folder, args.submissions, args.lines)
        print(f"built {args.submissions} submissions × {args.lines} lines "
              f"in {time.perf_counter() - started:.1f} s")
        json_copy, kobo_copy = folder / "json.madeinlocal", folder / "kobo.madeinlocal"
        shutil.copy(base, json_copy)
        shutil.copy(base, kobo_copy)

        with Project.open(json_copy, device="dev-json") as project:
            started = time.perf_counter()
            report = project.exchange.import_data(interchange.read_file(json_file)).value
            baseline = time.perf_counter() - started
        print(f"JSON (baseline): {baseline:.2f} s, {report.summary()}")

        with Project.open(kobo_copy, device="dev-kobo") as project:
            started = time.perf_counter()
            plan = project.interop.import_submissions(kobo).value
            kobo_time = time.perf_counter() - started
            started = time.perf_counter()
            again = project.interop.import_submissions(kobo).value
            reimport = time.perf_counter() - started
            lines = sum(len(i.lines) for i in project.interviews.list())
        print(f"Kobo XLSX: {kobo_time:.2f} s ({plan.count('new')} new interviews, {lines} "
              f"spending lines) = {kobo_time / baseline:.2f}× the JSON import (target ≤ 2×)")
        print(f"re-import: {reimport:.2f} s ({again.count('unchanged')} unchanged) = "
              f"{reimport / baseline:.2f}× the JSON import")


if __name__ == "__main__":
    main()
