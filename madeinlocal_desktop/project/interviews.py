"""The interviews and their spending lines: `project.interviews`."""

from __future__ import annotations

import builtins
from typing import Any

from ..domain import Interview, InterviewStatus, rules
from ..domain.changes import Changed, Changes
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
            raise NotFound("interview.not_found", id=interview_id)
        return interview

    def save(self, interview: Interview) -> Changed[Interview]:
        """Save one interview whole (a draft may be incomplete, never invalid).

        The lists change only for a new interview or a new status: a save as the surveyor
        types (every few keystrokes) refreshes no view.
        """
        stored = interview_store.get(self._db, interview.id)
        checked = self.check(interview)
        with self._db.atomic():
            interview_store.save(self._db, [checked], self.project.ctx)
        listed = stored is None or stored.status != checked.status
        return Changed(checked, Changes(interviews=listed))

    def check(self, interview: Interview) -> Interview:
        """The interview as it would be saved; InvalidInput names what is wrong."""
        stored = interview_store.get(self._db, interview.id)
        # Marking complete asks for everything; an interview complete already is kept valid.
        marking = stored is None or stored.status == InterviewStatus.DRAFT
        checked = rules.check_interview(interview,
                                        {c.code for c in self.project.study.categories},
                                        marking=marking)
        if business_store.get(self._db, checked.business_id) is None:
            raise InvalidInput("interview.business_unknown", field="business")
        return checked

    def delete(self, interview_id: str) -> Changes:
        with self._db.atomic():
            interview_store.delete(self._db, interview_id, self.project.ctx)
        return Changes(interviews=True)

    def list_summaries(self) -> builtins.list[dict[str, Any]]:
        """Rows for lists (id, business_name, date, surveyor, status, n_lines...), no lines."""
        return interview_store.summaries(self._db)

    def latest_statuses(self, business_ids: builtins.list[str] | None = None,
                        ) -> dict[str, InterviewStatus]:
        """The status of each of these shops' latest interview (None: of every shop; shops never
        met: absent)."""
        return {business_id: InterviewStatus(status) for business_id, status in
                interview_store.latest_statuses(self._db, business_ids).items()}

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
