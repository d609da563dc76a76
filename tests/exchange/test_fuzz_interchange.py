"""Mutated interchange files (issue 10): every one gets one line and changes nothing, or is
imported and leaves a study that opens, analyses and exports. 1,500 random mutations in six
seeded chunks (one test each, so they spread over CI workers) and one targeted case per class
the fuzz campaign found; `benchmarks/bench_fuzz.py` runs a larger campaign."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fuzz_support import InterchangeTarget, Outcome, random_documents, targeted_documents

CHUNKS, PER_CHUNK = 6, 250  # 1,500 random mutations
# The targeted cases a study may well hold: imported (the others are all refused).
ACCEPTED = {"targeted: study rule from a newer version", "targeted: formula in a name",
            "targeted: complete without spending"}


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InterchangeTarget]:
    made = InterchangeTarget(Path(tmp_path_factory.mktemp("fuzz-interchange")))
    yield made
    made.close()


def _defects(outcomes: dict[str, Outcome]) -> list[str]:
    return [f"{name}: {o.kind} {o.detail}" for name, o in outcomes.items() if o.defect]


def test_each_class_the_fuzz_campaign_found_gets_one_line_and_changes_nothing(
        target: InterchangeTarget) -> None:
    outcomes = {case.name: target.run(case) for case in targeted_documents()}
    assert not _defects(outcomes)
    assert {name for name, o in outcomes.items() if o.kind == "accepted"} == ACCEPTED


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_random_mutations_are_refused_in_one_line_or_leave_a_working_study(
        target: InterchangeTarget, chunk: int) -> None:
    outcomes = {case.name: target.run(case) for case in random_documents(chunk, PER_CHUNK)}
    defects = _defects(outcomes)
    assert not defects, "\n\n".join(defects[:3])
    kinds = Counter(o.kind for o in outcomes.values())
    # The corpus tries both roads: mutations the rules refuse and ones a study may hold.
    assert kinds["refused"] > PER_CHUNK // 2 and kinds["accepted"] > PER_CHUNK // 20, kinds
