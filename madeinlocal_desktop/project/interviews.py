"""The interviews and their spending lines: `project.interviews`."""

from __future__ import annotations

import builtins
from typing import Any

from ..domain import Interview, InterviewStatus, check_share
from ..errors import InvalidInput, NotFound
from ..storage import businesses as business_store
from ..storage import interviews as interview_store
from ..storage.records import record_history
from .base import Manager


class Interviews(Manager):
    def list(self) -> list[Interview]:
        return interview_store.load_all(self._db)

    def get(self, interview_id: str) -> Interview:
        interview = interview_store.get(self._db, interview_id)
        if interview is None:
            raise NotFound(f"No interview with id {interview_id}")
        return interview

    def save(self, interview: Interview) -> Interview:
        """Save one interview whole (a draft may be incomplete, never invalid)."""
        self.check(interview)
        with self._db.atomic():
            interview_store.save(self._db, [interview], self.project.ctx)
        return interview

    def check(self, interview: Interview) -> None:
        if business_store.get(self._db, interview.business_id) is None:
            raise InvalidInput("Choose the business this interview is about", field="business")
        if interview.turnover_excl_vat is not None and interview.turnover_excl_vat < 0:
            raise InvalidInput("The turnover cannot be negative", field="turnover")
        if interview.status != InterviewStatus.DRAFT and not interview.consent:
            # Without the person's consent the answers may not be used: it stays a draft.
            raise InvalidInput("Record the interviewee's consent before marking the interview "
                               "complete", field="consent")
        codes = {c.code for c in self.project.study.categories}
        for number, line in enumerate(interview.lines, start=1):
            if line.category not in codes:
                raise InvalidInput(f"Line {number}: choose a spending category",
                                   field=f"lines[{number - 1}].category")
            if line.amount is not None and line.amount < 0:
                raise InvalidInput(f"Line {number}: the amount cannot be negative",
                                   field=f"lines[{number - 1}].amount")
            for key in ("local_share", "respend_share"):
                try:
                    check_share(getattr(line, key), key.replace("_", " "))
                except InvalidInput as error:
                    raise InvalidInput(f"Line {number}: {error.message}",
                                       field=f"lines[{number - 1}].{key}") from None

    def delete(self, interview_id: str) -> None:
        with self._db.atomic():
            interview_store.delete(self._db, interview_id, self.project.ctx)

    def list_summaries(self) -> builtins.list[dict[str, Any]]:
        """Rows for lists (id, business_name, date, surveyor, status, n_lines...), no lines."""
        return interview_store.summaries(self._db)

    def surveyors(self) -> builtins.list[str]:
        """Names already typed as surveyor, for completion."""
        return interview_store.surveyor_names(self._db)

    def history(self, interview_id: str) -> builtins.list[dict[str, Any]]:
        """Changes of the interview and of its spending lines (`record` says which), by time."""
        rows = [dict(row, record="interview")
                for row in record_history(self._db, "interviews", interview_id)]
        for line_id in interview_store.line_ids_ever(self._db, interview_id):
            rows += [dict(row, record=line_id)
                     for row in record_history(self._db, "spend_lines", line_id)]
        return sorted(rows, key=lambda row: row["at"])
