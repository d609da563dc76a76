"""Round-3 answers as a paged table: tens of thousands of them in a large study."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ..domain import Recipient, Respondent
from . import formatting, labels
from .paged_rows import PreparedRows, PreparedTableModel, prepare

if TYPE_CHECKING:
    from ..project import Project

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 30
GROUPS = (Recipient.STAFF, Recipient.SUPPLIER, Recipient.LANDLORD, Recipient.OWNER)


def natural_order(respondent: Respondent) -> tuple[int, list[object]]:
    # "Employee 2" before "Employee 10"; groups in the order of the group box.
    group = GROUPS.index(respondent.group) if respondent.group in GROUPS else len(GROUPS)
    parts = re.split(r"(\d+)", respondent.label.casefold())
    return group, [int(p) if p.isdigit() else p for p in parts]


@dataclass(frozen=True)
class LoadedAnswers:
    rows: PreparedRows[Respondent]  # in natural order
    means: dict[str, tuple[float, int]]  # per group: NEF's mean and the number of answers
    shares: dict[str, list[float]]  # per group, in natural order: the terms of each mean


def load_answers(project: Project) -> LoadedAnswers:
    """On the worker: every answer in natural order, and what the means panel shows."""
    respondents = sorted(project.respondents.list(), key=natural_order)
    shares: dict[str, list[float]] = defaultdict(list)
    for respondent in respondents:
        shares[str(respondent.group)].append(respondent.local_share)
    return LoadedAnswers(prepare(respondents, lambda r: "", lambda r: (), 0),
                         project.respondents.means(), dict(shares))


class RespondentTableModel(PreparedTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.headers = [self.tr("Group"), self.tr("Who answered"), self.tr("Share spent locally")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        respondent: Respondent = self.prepared.rows[index.row()]
        if role == ID_ROLE:
            return respondent.id
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return labels.recipient_group(respondent.group)
            if column == 1:
                return respondent.label
            return formatting.percent(respondent.local_share, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

