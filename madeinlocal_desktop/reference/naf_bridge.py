"""NAF rév. 2 sub-classes and their groups: the sector columns of a frame's establishments.

From `resources/naf/naf_sous_classes.csv` (INSEE): each sub-class's NAF group (47.2), A38 and
A17 codes with their French labels. The territory's strata and its sector breakdowns use them;
the input-output sectors come from the table's own bridge (`InputOutputWorkbench`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import shipped_csv
from .naf import naf_label


@dataclass(frozen=True)
class SubClass:
    code: str  # 47.24Z
    label: str
    naf_group: str  # 47.2
    a38: str
    a38_label: str
    a17: str
    a17_label: str


@cache
def subclasses() -> dict[str, SubClass]:
    return {row["code_naf"]: SubClass(row["code_naf"], row["libelle"], row["code_naf"][:4],
                                      row["a38"], row["a38_libelle"], row["a17"],
                                      row["a17_libelle"])
            for row in shipped_csv.rows("naf", "naf_sous_classes.csv")}


def known(code: str) -> bool:
    return code in subclasses()


@cache
def sector_labels(level: str) -> dict[str, str]:
    """Code → French label of every sector of a level: a17, a38 or naf_group."""
    out: dict[str, str] = {}
    for sub in subclasses().values():
        if level == "a17":
            out.setdefault(sub.a17, sub.a17_label)
        elif level == "a38":
            out.setdefault(sub.a38, sub.a38_label)
        else:
            out.setdefault(sub.naf_group, naf_label(sub.naf_group) or sub.naf_group)
    return out


def sector(code: str, level: str) -> str:
    sub = subclasses().get(code)
    if sub is None:
        return "?"
    return {"a17": sub.a17, "a38": sub.a38}.get(level, sub.naf_group)
