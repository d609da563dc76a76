"""What the law lets people ask of a study: `project.privacy` (subject access, retention).

Erasure itself is what deleting a shop or a respondent does (storage/erasure.py).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from ..catalogue import text
from ..domain.changes import Changed, Changes
from ..errors import InvalidInput, NotFound
from ..storage import subject_access
from ..storage.erasure import ERASED as ERASED_NAME
from .base import Manager

__all__ = ["ERASED_NAME", "Privacy"]
RETENTION_KEY = "privacy.retention_until"
WARN_DAYS = 30  # the app and the CLI warn this many days before the date passes


class Privacy(Manager):
    def held_about(self, *, business_id: str | None = None,
                   siret: str | None = None) -> dict[str, Any]:
        """Everything the file holds about one shop, for a subject-access report."""
        if (business_id is None) == (siret is None):
            raise InvalidInput("privacy.one_key")
        found = subject_access.find_business(self._db, business_id, siret)
        if found is None:
            raise NotFound("privacy.business_not_found", key=business_id or siret)
        report = subject_access.held_about(self._db, found)
        report["study"] = {"id": self.project.study.id, "name": self.project.study.name}
        # The name as a person reads it: an erased shop is "effacé" / "erased".
        report["shown_name"] = (text("privacy.erased_name") if report["erased"]
                                else report["business"]["name"])
        return report

    def export_held_about(self, path: str | Path, *, business_id: str | None = None,
                          siret: str | None = None, lang: str = "fr") -> Path:
        """The subject-access report written to `path`: a PDF for .pdf, else JSON."""
        from .reports import _atomic

        report = self.held_about(business_id=business_id, siret=siret)
        path = Path(path)
        # Written beside and renamed: whoever opens the file (a person, a mail client) never
        # finds half a report.
        with _atomic([path]) as (partial,):
            if path.suffix.lower() == ".pdf":
                from ..report.subject_access import write_pdf

                write_pdf(report, partial, lang)
            else:
                partial.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str),
                                   encoding="utf-8")
        return path

    def retention_until(self) -> date | None:
        text = self._db.meta(RETENTION_KEY)
        return date.fromisoformat(text) if text else None

    def set_retention(self, until: str | date) -> Changed[date]:
        if isinstance(until, str):
            try:
                until = date.fromisoformat(until.strip())
            except ValueError:
                raise InvalidInput("privacy.retention_date_invalid", value=until) from None
        with self._db.atomic():
            self._db.set_meta(RETENTION_KEY, until.isoformat())
        return Changed(until, Changes(settings=True))  # the retention banner follows it

    def days_left(self, today: date | None = None) -> int | None:
        """Days until the retention date passes (negative once passed); None without one."""
        until = self.retention_until()
        return None if until is None else (until - (today or date.today())).days

    def needs_warning(self, today: date | None = None) -> bool:
        left = self.days_left(today)
        return left is not None and left <= WARN_DAYS

    def apply_retention(self, today: date | None = None) -> Changed[tuple[int, int]]:
        """Erase every identity once the date has passed: (shops, respondents) erased."""
        left = self.days_left(today)
        if left is None:
            raise InvalidInput("privacy.no_retention")
        if left >= 0:
            raise InvalidInput("privacy.retention_not_passed", until=self.retention_until())
        with self._db.atomic():
            erased = subject_access.erase_all(self._db, self.project.ctx)
        return Changed(erased, Changes(businesses=True, interviews=True, respondents=True))
