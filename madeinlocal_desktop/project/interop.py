"""Phone teams and other tools: the XLSForm for ODK/KoboToolbox, the import of their
submissions, the import of a list of shops: `project.interop` (docs/interop.md)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..domain.changes import Changed, Changes
from ..errors import Cancelled
from ..exchange.shop_list import (
    FIELDS,
    KNOWN,
    ShopPlan,
    ShopTable,
    guess_mapping,
    parse_mapping,
    plan_shops,
    read_table,
)
from ..exchange.submission_readers import read_submissions
from ..exchange.submissions import (
    NEW,
    REFUSED,
    UNCHANGED,
    UPDATED,
    Plan,
    Planned,
    Register,
    first_refusal,
    plan_submissions,
)
from ..exchange.xlsform import form_version, write_xlsform
from ..storage import businesses as business_store
from ..storage import interviews as interview_store
from ..storage import submissions as submission_store
from .base import Manager, Progress, ShouldCancel

SHOPS_AND_INTERVIEWS = Changes(businesses=True, interviews=True)  # a submission may add its shop

__all__ = ["FIELDS", "KNOWN", "NEW", "REFUSED", "UNCHANGED", "UPDATED", "Interop", "Plan",
           "Planned", "ShopPlan", "ShopTable", "first_refusal", "parse_mapping"]


class Interop(Manager):
    def export_xlsform(self, path: str | Path) -> Path:
        """The study's interview as an XLSForm (register and communes as choice lists)."""
        return write_xlsform(self.project.study, business_store.load_all(self._db), path)

    def form_version(self) -> str:
        """The version written in the XLSForm; submissions of another version are refused."""
        return form_version(self.project.study)

    def preview_submissions(self, path: str | Path, *, progress: Progress | None = None,
                            should_cancel: ShouldCancel | None = None) -> Plan:
        """What importing a Kobo XLSX/CSV or an ODK Central zip would do; changes nothing."""
        found = read_submissions(path)
        if progress is not None:
            progress(0.1)
        return plan_submissions(found, self.project.study,
                                Register(business_store.load_all(self._db)),
                                submission_store.known(self._db), progress, should_cancel)

    def import_submissions(self, path: str | Path, *, progress: Progress | None = None,
                           should_cancel: ShouldCancel | None = None) -> Changed[Plan]:
        """Import every new or edited submission in one transaction, through the interviews'
        versioned save; a file with any refused submission changes nothing."""
        plan = self.preview_submissions(path, progress=progress, should_cancel=should_cancel)
        refusal = first_refusal(plan)
        if refusal is not None:
            raise refusal
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        changed = [item for item in plan.items if item.status in (NEW, UPDATED)]
        if changed:
            shops = [item.business for item in changed if item.business is not None]
            interviews = [item.interview for item in changed if item.interview is not None]
            with self._db.atomic():
                business_store.save(self._db, shops, self.project.ctx)
                interview_store.save(self._db, interviews, self.project.ctx)
                submission_store.record(
                    self._db, [(item.instance_id or "", item.interview.id, item.digest)
                               for item in changed if item.interview is not None],
                    plan.name, self.project.ctx)
        if progress is not None:
            progress(1.0)
        return Changed(plan, SHOPS_AND_INTERVIEWS if changed else Changes())

    # -- a list of shops ---------------------------------------------------------------------

    def read_shop_list(self, path: str | Path) -> ShopTable:
        """A CSV or XLSX list of shops, as text (for the column-mapping step)."""
        return read_table(path)

    def guess_shop_mapping(self, table: ShopTable) -> dict[str, str]:
        return guess_mapping(table.header)

    def preview_shops(self, table: ShopTable, mapping: Mapping[str, str]) -> ShopPlan:
        """Each row new, known (already in the register) or refused with why."""
        return plan_shops(table, mapping, self.project.study,
                          Register(business_store.load_all(self._db)))

    def import_shops(self, table: ShopTable, mapping: Mapping[str, str]) -> Changed[ShopPlan]:
        """Add the new shops in one transaction; known and refused rows are reported."""
        plan = self.preview_shops(table, mapping)
        if plan.new_shops:
            with self._db.atomic():
                business_store.save(self._db, plan.new_shops, self.project.ctx)
        return Changed(plan, Changes(businesses=True) if plan.new_shops else Changes())
