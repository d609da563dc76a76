"""One fieldwork story told the same way over the hub and over a shared folder: record ids are
fixed, so that the two can be compared row for row."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from madeinlocal_desktop.domain import (
    Business,
    Interview,
    InterviewStatus,
    SpendLine,
    Study,
    Territory,
)
from madeinlocal_desktop.project import Project
from tests.sync.sync_helpers import snapshot

DEVICES = ("dev-coord", "dev-alice", "dev-bob")
SHARED_SHOP = str(uuid.uuid5(uuid.NAMESPACE_URL, "shop/shared"))


def fixed_id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def coordinator_with_id(folder: Path, study_id: str) -> Project:
    study = Study(id=study_id, name="Centre-ville", fiscal_year=2025,
                  territory=Territory("Poitiers", ["86194"]))
    return Project.create(folder / "dev-coord.madeinlocal", study, who="Coordination",
                          device="dev-coord")


def interview(project: Project, shop: str, name: str, turnover: int) -> None:
    project.businesses.save(Business(fixed_id(shop), name, naf="47.24Z", commune="86194"))
    lines = [SpendLine(fixed_id(f"{shop}/line/{code}"), code, amount, 0.5)
             for code, amount in (("wages", 3_000_000), ("rent", 500_000))]
    project.interviews.save(Interview(fixed_id(f"{shop}/interview"), fixed_id(shop),
                                      "2026-03-02", surveyor=project.ctx.who, consent=True,
                                      status=InterviewStatus.COMPLETE,
                                      turnover_excl_vat=turnover, lines=lines))


def rename(project: Project, shop: str, name: str, **changes: Any) -> None:
    business = project.businesses.get(shop)
    project.businesses.save(dataclasses.replace(business, name=name, **changes))


def first_round(coord: Project) -> None:
    coord.businesses.save(Business(SHARED_SHOP, "Boulangerie", naf="10.71C", commune="86194"))


def second_round(coord: Project, alice: Project, bob: Project) -> None:
    interview(alice, "shop/alice", "Épicerie du Marché", 9_000_000)
    interview(bob, "shop/bob", "Librairie des Halles", 7_000_000)
    rename(alice, SHARED_SHOP, "Boulangerie Martin")  # the same field on two devices:
    rename(bob, SHARED_SHOP, "Boulangerie Martin & fils")  # a conflict for a person
    shop = coord.businesses.get(SHARED_SHOP)  # another field: merges by itself
    coord.businesses.save(dataclasses.replace(shop, staff_fte=3.5))


def play(devices: Sequence[Project], sync: Callable[[Project], object],
         order: Sequence[int]) -> None:
    """The story: the coordinator's shop reaches everyone, then all three edit and sync in
    `order`, twice."""
    coord, alice, bob = devices
    first_round(coord)
    for project in (coord, alice, bob):
        sync(project)
    second_round(coord, alice, bob)
    for _ in range(2):
        for index in order:
            sync(devices[index])


def state(project: Project) -> tuple[Any, ...]:
    """What every device must agree on, the study's own id written out."""
    study_id = project.study.id
    rows = repr(snapshot(project)).replace(study_id, "STUDY")
    conflicts = sorted((c.table, c.record_id, c.field, tuple(sorted(str(o.value)
                                                                    for o in c.options)))
                       for c in project.sync.conflicts())
    return rows, tuple(conflicts)
