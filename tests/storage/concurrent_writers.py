"""Several real programs writing one study file at once (test_concurrent_writers and
benchmarks/bench_concurrency.py).

    python tests/storage/concurrent_writers.py autosave STUDY SECONDS NAME
    python tests/storage/concurrent_writers.py imports STUDY SECONDS JSON BUNDLE...

`autosave` behaves like the interview form: it saves one interview whole, again and again, each
save changing the turnover to the save's number and now and then adding a spending line, then
prints one JSON line: saves attempted, acknowledged numbers, failures (their one-line text, and
whether it was a traceback), the longest wait for one save. `imports` runs the real command line
(`madeinlocal import` and `madeinlocal import-bundle`, one process each time) in a loop on the
same file and prints the same kind of line.

`prepare` builds the study file, the interchange file and the bundles these need; `run` starts
the programs together and gathers their lines; `check` reads the file afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import traceback
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from madeinlocal_desktop.domain import Business, Interview, InterviewStatus, SpendLine, new_id  # noqa: E402
from madeinlocal_desktop.errors import UserFacingError  # noqa: E402
from madeinlocal_desktop.project import Project  # noqa: E402

SHOP = "shop-contested"


@dataclass
class Prepared:
    study: Path
    interchange: Path
    bundles: list[Path]


def prepare(folder: Path, bundles: int = 4) -> Prepared:
    """A coordinator's study with one shop, an interchange file and surveyors' bundles."""
    folder.mkdir(parents=True, exist_ok=True)
    study = folder / "contested.madeinlocal"
    with Project.new_study(study, "Centre-ville", 2025, ["86194"], "Poitiers",
                           who="Coordination") as coord:
        coord.businesses.save(Business(SHOP, "Boulangerie du Marché", naf="10.71C",
                                       commune="86194"))
        kit = folder / "study.mlkit"
        coord.exchange.export_kit(kit)
    surveyor = Project.create_from_kit(kit, folder / "surveyor.madeinlocal", who="Camille")
    made: list[Path] = []
    with surveyor:
        for number in range(bundles):
            shop = surveyor.businesses.save(Business(new_id(), f"Épicerie {number}",
                                                     naf="47.11B", commune="86194")).value
            surveyor.interviews.save(Interview(
                new_id(), shop.id, "2026-03-02", surveyor="Camille", consent=True,
                status=InterviewStatus.COMPLETE, turnover_excl_vat=10_000_000,
                lines=[SpendLine(new_id(), "rent", 1_000_000 + number, 0.5)]))
            out = folder / f"bundles-{number}"
            out.mkdir()
            info = surveyor.sync.make_bundle(out)
            assert info is not None
            made.append(info.path)
    document = {
        "format": "madeinlocal/1",
        "study": {"name": "Import", "fiscal_year": 2025,
                  "territory": {"name": "Poitiers", "communes": ["86194"]}},
        "businesses": [{"id": _uuid("b", n), "name": f"Librairie {n}", "naf": "47.61Z",
                        "ownership": "independent", "commune": "86194"} for n in range(30)],
        "interviews": [{"id": _uuid("i", n), "business_id": _uuid("b", n),
                        "date": "2026-03-03", "surveyor": "Import", "consent": True,
                        "status": "complete", "turnover_excl_vat": 50_000 + n,
                        "lines": [{"category": "rent", "amount": 1_000 + n,
                                   "local_share": 0.5}]} for n in range(30)],
    }
    interchange = folder / "import.json"
    interchange.write_text(json.dumps(document), encoding="utf-8")
    return Prepared(study, interchange, made)


def _uuid(kind: str, number: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"concurrent-writers/{kind}/{number}"))


# -- the programs -------------------------------------------------------------------------------

def _failure(error: BaseException) -> dict[str, Any]:
    expected = isinstance(error, UserFacingError)
    text = str(error) if expected else "".join(traceback.format_exception(error))
    return {"text": text, "traceback": not expected}


def autosave(study: Path, seconds: float, name: str) -> dict[str, Any]:
    interview_id = f"interview-{name}"
    acknowledged: list[int] = []
    failures: list[dict[str, Any]] = []
    attempted, longest = 0, 0.0
    lines: list[SpendLine] = []
    with Project.open(study, who=name) as project:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            attempted += 1
            if attempted % 10 == 1:  # a new spending line now and then, as a surveyor types
                lines.append(SpendLine(f"{interview_id}-line-{attempted}", "supplies",
                                       attempted * 100, 0.5))
            interview = Interview(interview_id, SHOP, "2026-03-02", surveyor=name,
                                  turnover_excl_vat=attempted * 100, lines=list(lines))
            start = time.monotonic()
            try:
                project.interviews.save(interview)
            except BaseException as error:
                failures.append(_failure(error))
            else:
                acknowledged.append(attempted)
            longest = max(longest, time.monotonic() - start)
            time.sleep(0.02)  # the form's autosave comes a moment after a keystroke
    return {"program": name, "attempted": attempted, "acknowledged": acknowledged,
            "failures": failures, "longest_wait": longest}


def imports(study: Path, seconds: float, interchange: Path,
            bundles: list[Path]) -> dict[str, Any]:
    env = dict(os.environ)
    commands: list[list[str]] = [["import", str(study), str(interchange)]]
    commands += [["import-bundle", str(study), str(bundle)] for bundle in bundles]
    attempted, longest = 0, 0.0
    failures: list[dict[str, Any]] = []
    deadline = time.monotonic() + seconds
    passes = 0
    while passes == 0 or time.monotonic() < deadline:
        passes += 1
        for command in commands:
            attempted += 1
            start = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "madeinlocal_desktop.launcher", *command],
                capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
            longest = max(longest, time.monotonic() - start)
            if result.returncode != 0:
                failures.append({"text": (result.stderr or result.stdout).strip(),
                                 "traceback": "Traceback" in result.stderr})
            if passes > 1 and time.monotonic() >= deadline:
                break  # the first pass always runs whole: the import and every bundle
    return {"program": "command line", "attempted": attempted, "acknowledged": [],
            "failures": failures, "longest_wait": longest}


# -- running them together ----------------------------------------------------------------------

@dataclass
class Outcome:
    programs: list[dict[str, Any]] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)  # a program that printed no result

    @property
    def failures(self) -> list[dict[str, Any]]:
        return [f for p in self.programs for f in p["failures"]]


def run(prepared: Prepared, seconds: float, *, writers: int = 2,
        with_imports: bool = True) -> Outcome:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    script = str(Path(__file__).resolve())
    commands = [[sys.executable, script, "autosave", str(prepared.study), str(seconds),
                 f"writer-{n}"] for n in range(1, writers + 1)]
    if with_imports:
        commands.append([sys.executable, script, "imports", str(prepared.study), str(seconds),
                         str(prepared.interchange), *map(str, prepared.bundles)])
    processes = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env=env, cwd=ROOT) for c in commands]
    outcome = Outcome()
    for command, process in zip(commands, processes, strict=True):
        out, err = process.communicate(timeout=seconds + 300)
        lines = [line for line in out.splitlines() if line.startswith("{")]
        if process.returncode != 0 or not lines:
            outcome.crashed.append(f"{command[2]}: exit {process.returncode}\n{err[-2000:]}")
        else:
            outcome.programs.append(json.loads(lines[-1]))
    return outcome


def missing_saves(study: Path, outcome: Outcome) -> list[str]:
    """Acknowledged saves whose value is not in the file's history (or not its last value)."""
    missing: list[str] = []
    with Project.open(study) as project:
        for program in outcome.programs:
            if not program["acknowledged"]:
                continue
            record = f"interview-{program['program']}"
            history = project.history("interviews", record)
            seen = {int(row["new"]) for row in history if row["field"] == "turnover_cents"}
            seen |= {json.loads(row["new"])["turnover_cents"] for row in history
                     if row["field"] == "*created*"}
            try:
                last = project.interviews.get(record).turnover_excl_vat
            except UserFacingError:  # not in the file at all
                last = None
            missing += [f"{record}: save {n}" for n in program["acknowledged"]
                        if n * 100 not in seen]
            if last is None or last != program["acknowledged"][-1] * 100:
                missing.append(f"{record}: the last acknowledged save is not the file's value")
    return missing


def main(argv: list[str]) -> int:
    mode, study, seconds = argv[0], Path(argv[1]), float(argv[2])
    if mode == "autosave":
        result = autosave(study, seconds, argv[3])
    else:
        result = imports(study, seconds, Path(argv[3]), [Path(p) for p in argv[4:]])
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
