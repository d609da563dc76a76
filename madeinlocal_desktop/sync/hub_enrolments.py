"""Where this computer keeps its hub enrolments: a file in the user's config folder.

A device token opens the study on the hub, so it stays out of the study file and out of every
bundle (both travel); the file is readable by its owner only. One enrolment per study file:
the key is the study id and the file's device id, since two files of one study on this
computer are two devices.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .. import paths

FILE = "hub-enrolments.json"


@dataclass(frozen=True)
class Enrolment:
    url: str
    token: str
    study_id: str
    study_name: str
    device: str
    role: str
    name: str
    member_id: int
    enrolled_at: str

    def __repr__(self) -> str:  # never print the token
        return (f"Enrolment(url={self.url!r}, study={self.study_name!r}, role={self.role!r}, "
                f"name={self.name!r})")


def _path() -> Path:
    return paths.user_config_dir() / FILE


def _key(study_id: str, device: str) -> str:
    return f"{study_id}/{device}"


def _load() -> dict[str, Any]:
    try:
        document = json.loads(_path().read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return document if isinstance(document, dict) else {}


def _save(document: dict[str, Any]) -> None:
    path = _path()
    partial = path.with_name(path.name + ".part")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1, ensure_ascii=False)
    os.replace(partial, path)


def get(study_id: str, device: str) -> Enrolment | None:
    entry = _load().get(_key(study_id, device))
    try:
        return Enrolment(**entry) if isinstance(entry, dict) else None
    except TypeError:  # written by another version: enrol again
        return None


def put(enrolment: Enrolment) -> None:
    document = _load()
    document[_key(enrolment.study_id, enrolment.device)] = asdict(enrolment)
    _save(document)


def forget(study_id: str, device: str) -> None:
    document = _load()
    if document.pop(_key(study_id, device), None) is not None:
        _save(document)


def queue_dir(study_id: str, device: str) -> Path:
    """Bundles made for the hub and not yet acknowledged by it, oldest first by name."""
    folder = paths.user_data_dir() / "hub-queue" / f"{study_id}-{device}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
