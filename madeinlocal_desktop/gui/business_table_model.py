"""The business register as a Qt table: one row per shop, sortable and searchable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..domain import Business, InterviewStatus
from ..project import ERASED_NAME
from . import formatting, labels
from .paged_rows import PAGE, PagedFilter, PreparedRows, PreparedTableModel, prepare
from .reference_choices import commune_names, naf_labels
from .text import search_key

if TYPE_CHECKING:
    from ..project import Project

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11
NAME, SIRET, NAF, COMMUNE, OWNERSHIP, STAFF, INTERVIEW = range(7)


@dataclass(frozen=True)
class BusinessRow:
    business: Business
    commune_name: str
    naf_label: str
    interview_status: InterviewStatus | None  # the latest interview's, None when never met
    search: str  # accent-free text of every column, for the search box


def load_rows(project: Project) -> PreparedRows[BusinessRow]:
    """On the worker: businesses with the names of their commune and activity, with their
    search text and every column's order ready."""
    return prepare_rows(_rows(project.businesses.list(), project.interviews.latest_statuses()))


def load_first_page(project: Project) -> PreparedRows[BusinessRow]:
    """On the worker: the list's first page, in its first order (by name), read in a moment
    while the whole list is made ready (seconds, for 100,000 shops)."""
    first = project.businesses.first(PAGE)
    return prepare_rows(_rows(first, project.interviews.latest_statuses([b.id for b in first])))


def _rows(businesses: list[Business], latest: dict[str, InterviewStatus]) -> list[BusinessRow]:
    communes, nafs = commune_names(), naf_labels()
    rows = []
    for business in businesses:
        commune = communes.get(business.commune or "", business.commune or "")
        naf = nafs.get(business.naf or "", "")
        text = " ".join(filter(None, (business.name, business.siret, business.naf, naf, commune,
                                      business.commune, business.address)))
        rows.append(BusinessRow(business, commune, naf, latest.get(business.id), search_key(text)))
    return rows


def prepare_rows(rows: list[BusinessRow]) -> PreparedRows[BusinessRow]:
    return prepare(rows, lambda row: row.search, sort_keys, 7)


def sort_keys(row: BusinessRow) -> tuple[Any, ...]:
    """What the list sorts each column by: accent-free text, staff as a number."""
    staff = row.business.staff_fte
    return tuple(
        (staff if staff is not None else -1.0) if column == STAFF
        else search_key(BusinessTableModel._display(row, column)) for column in range(7))


class BusinessTableModel(PreparedTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.headers = [self.tr("Name"), self.tr("SIRET"), self.tr("Activity (NAF)"),
                        self.tr("Commune"), self.tr("Ownership"), self.tr("Staff (FTE)"),
                        self.tr("Interview")]

    @property
    def rows(self) -> list[BusinessRow]:
        return self.prepared.rows

    def set_rows(self, rows: PreparedRows[BusinessRow] | list[BusinessRow]) -> None:
        self.set_prepared(rows if isinstance(rows, PreparedRows) else prepare_rows(rows))

    def row_of(self, business_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.business.id == business_id), None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        business, column = row.business, index.column()
        if role == ID_ROLE:
            return business.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return sort_keys(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == NAF:
            return row.naf_label
        if role == Qt.ItemDataRole.TextAlignmentRole and column == STAFF:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: BusinessRow, column: int) -> str:
        business = row.business
        if column == NAME:
            # An erased shop keeps a neutral stored name; a person reads "effacé".
            return (QCoreApplication.translate("BusinessTableModel", "erased")
                    if business.name == ERASED_NAME else business.name)
        if column == SIRET:
            return business.siret or ""
        if column == NAF:
            return f"{business.naf} {row.naf_label}" if business.naf else ""
        if column == COMMUNE:
            return row.commune_name
        if column == OWNERSHIP:
            return labels.ownership(business.ownership)
        if column == STAFF:
            return formatting.number(business.staff_fte, 2)
        return labels.status(row.interview_status) if row.interview_status else "—"


class BusinessFilter(PagedFilter):
    """Search as you type (every word, anywhere, accents ignored) and an ownership filter."""

    def __init__(self) -> None:
        super().__init__()
        self._ownership: str | None = None

    def set_search(self, text: str) -> None:
        self.set_words(search_key(text).split())

    def set_ownership(self, ownership: str | None) -> None:
        self._ownership = ownership
        self._refresh()

    def accepted(self) -> list[bool] | None:
        if not self._ownership:
            return None
        wanted = self._ownership
        return [str(row.business.ownership) == wanted for row in self._prepared.rows]
