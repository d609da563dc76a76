"""Mutated bundles (issue 10), signed with the study key or not: every one is refused in one
line and changes nothing, or is imported (its bad records rejected and listed) and leaves a
study that opens, analyses and exports. 900 random mutations in six seeded chunks, and one
targeted case per class the fuzz campaign found."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from madeinlocal_desktop.project import Project
from tests.fuzz_support import BundleTarget, Outcome, random_bundles, targeted_bundles

CHUNKS, PER_CHUNK = 6, 150  # 900 random mutations


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BundleTarget]:
    made = BundleTarget(Path(tmp_path_factory.mktemp("fuzz-bundles")))
    yield made
    made.close()


def _defects(outcomes: dict[str, Outcome]) -> list[str]:
    return [f"{name}: {o.kind} {o.detail}" for name, o in outcomes.items() if o.defect]


def test_each_class_the_fuzz_campaign_found_is_refused_or_rejected(target: BundleTarget) -> None:
    outcomes = {case.name.removeprefix("targeted: "): target.run(case)
                for case in targeted_bundles(target.base)}
    assert not _defects(outcomes)
    # Damaged files are refused whole, nothing changed; a record that breaks a rule in a
    # correctly signed bundle is rejected, named in the report, and the others imported.
    for name in ("encrypted zip flag", "unknown compression method", "corrupt LZMA",
                 "corrupt BZIP2", "manifest nested 10,000 deep", "a row nested 10,000 deep",
                 "lone surrogate in the device", "manifest sequence 1e30",
                 "amount of 5,000 digits"):
        assert outcomes[name] == Outcome("refused", "bundle.damaged"), name
    for name in ("study rule of the wrong type", "study rules as a list",
                 "re-spend defaults of the wrong shape", "re-spend defaults for an unknown group",
                 "study tombstone", "unknown respondent group", "unknown recipient",
                 "unknown R2 rule", "amount 1e17", "amount 1e30", "amount of 400 digits",
                 "NaN share", "Infinity staff", "lone surrogate in a name",
                 "date that is not a date", "complete without consent",
                 "complete without turnover", "a table this version does not know"):
        assert outcomes[name].kind == "accepted" and "rejected" in outcomes[name].detail, name
    assert outcomes["header without an id column"] == Outcome("refused", "bundle.nothing_valid")


def test_a_study_rule_from_a_newer_version_is_kept_and_ignored(target: BundleTarget) -> None:
    [case] = [c for c in targeted_bundles(target.base) if "kept, ignored" in c.name]
    bad = target.folder / "newer-rule.zip"
    bad.write_bytes(case.data)
    copy = target.folder / "kept.madeinlocal"
    copy.write_bytes(target.template.read_bytes())
    with Project.open(copy, device=target.device) as project:
        report = project.sync.import_bundle(bad)
        assert report.status == "imported" and report.counts.rejected == 0
        assert project.study.rules.extra == {"zone_of_influence": {"km": 12}}
        assert project.study.rules.vat_excluded is True  # the rules this version reads
        project.update_study(project.study)  # a save here keeps what it does not read
    with Project.open(copy, device=target.device) as project:
        stored = json.loads(project._db.query("SELECT rules FROM study")[0]["rules"])
        assert stored["zone_of_influence"] == {"km": 12}


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_random_mutations_are_refused_in_one_line_or_leave_a_working_study(
        target: BundleTarget, chunk: int) -> None:
    outcomes = {case.name: target.run(case)
                for case in random_bundles(target.base, chunk, PER_CHUNK)}
    defects = _defects(outcomes)
    assert not defects, "\n\n".join(defects[:3])
    kinds = Counter(o.kind for o in outcomes.values())
    assert kinds["refused"] > PER_CHUNK // 4 and kinds["accepted"] > PER_CHUNK // 10, kinds
