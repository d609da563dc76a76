"""The facade's hub manager, `project.hub`: enrol this study file with a consolidation hub and
sync with it (docs/hub.md).

The device token is kept in the user's config folder (sync/hub_enrolments.py), never in
the study file: a copy of the file handed to someone else does not carry the access with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..domain.changes import Changes
from ..errors import InvalidInput
from ..sync import hub_enrolments
from ..sync.hub_client import (
    ENROLMENT,
    PATIENT,
    Backoff,
    HubClient,
    HubRefused,
    HubUnavailable,
    check_url,
)
from ..sync.hub_enrolments import Enrolment
from ..sync.hub_sync import HubSyncResult, queue_size, sync_with_hub
from .base import Manager

if TYPE_CHECKING:
    from .facade import Project

Progress = Callable[[float], None]
ShouldCancel = Callable[[], bool]

__all__ = ["Backoff", "Enrolment", "Hub", "HubRefused", "HubStatus", "HubSyncResult",
           "HubUnavailable"]


@dataclass(frozen=True)
class HubStatus:
    enrolled: bool
    url: str | None = None
    role: str | None = None
    name: str | None = None
    queued: int = 0  # bundles waiting to be pushed


class Hub(Manager):
    def __init__(self, project: Project) -> None:
        super().__init__(project)

    def _key(self) -> tuple[str, str]:
        return self.project.study.id, self.project.ctx.device

    def enrolment(self) -> Enrolment | None:
        return hub_enrolments.get(*self._key())

    def status(self) -> HubStatus:
        enrolment = self.enrolment()
        if enrolment is None:
            return HubStatus(False)
        return HubStatus(True, enrolment.url, enrolment.role, enrolment.name,
                         queue_size(enrolment))

    def enrol(self, url: str, code: str, *, backoff: Backoff = ENROLMENT) -> Enrolment:
        """Exchange a coordinator's code for this device's token, kept on this computer.
        A code for another study is refused by the hub and stays unspent."""
        url = check_url(url)
        if not code.strip():
            raise InvalidInput("hub.code_invalid", field="code")
        study = self.project.study
        client = HubClient(url, backoff=backoff)
        try:
            answer = client.enrol(code, self.project.ctx.device, study.id)
        except HubRefused as error:
            if error.code != "hub.code_invalid":
                raise
            raise InvalidInput("hub.code_invalid", field="code") from None
        finally:
            client.close()
        enrolment = Enrolment(
            url=url, token=str(answer["token"]), study_id=str(answer["study_id"]),
            study_name=str(answer["study_name"]), device=self.project.ctx.device,
            role=str(answer["role"]), name=str(answer["name"]),
            member_id=int(answer["member_id"]),
            enrolled_at=datetime.now(UTC).isoformat(timespec="seconds"))
        if enrolment.study_id != study.id:  # a hub that ignored the study id it was given
            raise InvalidInput("hub.code_other_study", theirs=enrolment.study_name,
                               ours=study.name)
        hub_enrolments.put(enrolment)
        return enrolment

    def forget(self) -> Changes:
        """Unlink this study file from its hub on this computer (the queue stays): the
        computer's link, not the study's records, so no view of the study changes."""
        hub_enrolments.forget(*self._key())
        return Changes()

    def sync(self, *, passphrase: str | None = None, backoff: Backoff = PATIENT,
             progress: Progress | None = None,
             should_cancel: ShouldCancel | None = None) -> HubSyncResult:
        """Push this device's new and queued bundles, then import the hub's unseen ones.
        HubUnavailable (after `backoff`'s retries) leaves the queue for the next sync."""
        enrolment = self.enrolment()
        if enrolment is None:
            raise InvalidInput("hub.not_enrolled")
        result = sync_with_hub(self._db, self.project.ctx, enrolment, passphrase=passphrase,
                               backoff=backoff, progress=progress, should_cancel=should_cancel)
        if result.study_changed:
            self.project.study_row_changed()
        return result
