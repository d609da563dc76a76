"""Shared by the territory tests: register extracts written as real files, valid SIRETs."""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from madeinlocal_desktop.demo.study import _siren, _siret

REQUIRED = ("siret", "codeCommuneEtablissement", "activitePrincipaleEtablissement",
            "etatAdministratifEtablissement", "trancheEffectifsEtablissement")


def sirets(count: int, seed: int = 1) -> list[str]:
    """Distinct SIRETs with a valid check key."""
    rng = random.Random(seed)
    found: list[str] = []
    while len(found) < count:
        siret = _siret(rng, _siren(rng))
        if siret not in found:
            found.append(siret)
    return found


def row(siret: str, naf: str, *, commune: str = "86194", state: str = "A", size: str = "01",
        **extra: str) -> dict[str, str]:
    return {"siret": siret, "codeCommuneEtablissement": commune,
            "activitePrincipaleEtablissement": naf, "etatAdministratifEtablissement": state,
            "trancheEffectifsEtablissement": size, **extra}


def write_csv(path: Path, rows: Sequence[dict[str, Any]], *, delimiter: str = ",",
              encoding: str = "utf-8", columns: Sequence[str] | None = None) -> Path:
    header = list(columns or dict.fromkeys(k for r in rows for k in r))
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, delimiter=delimiter,
                                extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path
