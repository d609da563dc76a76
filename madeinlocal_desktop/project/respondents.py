"""Round-3 respondents (suppliers' and staff households' own shares): `project.respondents`."""

from __future__ import annotations

from ..domain import Respondent, rules
from ..domain.changes import Changed, Changes
from ..storage import respondents as respondent_store
from .base import Manager


class Respondents(Manager):
    def list(self) -> list[Respondent]:
        return respondent_store.load_all(self._db)

    def save(self, respondent: Respondent) -> Changed[Respondent]:
        checked = rules.check_respondent(respondent)
        with self._db.atomic():
            respondent_store.save(self._db, [checked], self.project.ctx)
        return Changed(checked, Changes(respondents=True))

    def delete(self, respondent_id: str) -> Changes:
        with self._db.atomic():
            respondent_store.delete(self._db, respondent_id, self.project.ctx)
        return Changes(respondents=True)

    def means(self) -> dict[str, tuple[float, int]]:
        """NEF averaging: per recipient group, the mean of its respondents' shares and how many."""
        from ..analysis.respend import nef_average

        by_group: dict[str, list[float]] = {}
        for respondent in self.list():
            by_group.setdefault(str(respondent.group), []).append(respondent.local_share)
        return {group: (nef_average(shares), len(shares)) for group, shares in by_group.items()}
