"""Sync with a consolidation hub: folder sync's "write my new bundle, import the unseen ones",
with the hub in place of the shared folder (docs/hub.md).

1. This device's new bundle goes into its queue (a folder on this computer), then every
   queued bundle is pushed, oldest first, and leaves the queue once the hub has it (201, or
   200 for a resend: a push whose answer was lost is simply sent again).
2. The hub's index is read page by page from the cursor this study file last reached, and
   every bundle the file does not know is downloaded and imported with the same merge as any
   bundle (one transaction each; a refused one is reported and tried again next time).

When the hub cannot be reached, HubUnavailable is raised after the client's own retries: the
queue and the cursor are where they were, so the next sync simply goes on.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from ..domain.changes import Changes
from ..errors import Cancelled, InvalidInput, NewerFileError
from ..storage import StudyDatabase, WriteContext
from ..storage import sync as store
from .bundles import SUFFIX, BundleInfo, BundleRefused, file_name, file_sha256
from .hub_client import PATIENT, Backoff, HubClient, HubRefused
from .hub_enrolments import Enrolment, queue_dir
from .study_bundles import BundleReport, import_bundle, make_bundle

PULL_STATE = "hub.pull"  # {"url": ..., "cursor": n, "retry": [[sha256, name], ...]}
PUSH_SHARE = 0.3  # of the progress bar


@dataclass
class HubSyncResult:
    url: str
    written: BundleInfo | None = None
    pushed: int = 0  # stored by the hub now
    already_there: int = 0  # resent: the hub had them (an answer lost on the way)
    imported: list[BundleReport] = field(default_factory=list)
    refused: list[BundleReport] = field(default_factory=list)
    queued: int = 0  # left in the queue (refused by the hub: see `refused`)
    cursor: int = 0

    @property
    def study_changed(self) -> bool:
        return any(r.study_changed for r in self.imported)

    @property
    def changes(self) -> Changes:
        return Changes.union(report.changes for report in self.imported)


def queued_bundles(folder: Path) -> list[Path]:
    """Oldest first: file names start with the device and its zero-padded sequence."""
    return sorted(p for p in folder.glob(f"*{SUFFIX}") if p.is_file())


def queue_size(enrolment: Enrolment) -> int:
    return len(queued_bundles(queue_dir(enrolment.study_id, enrolment.device)))


def _state(sdb: StudyDatabase, url: str) -> dict[str, object]:
    try:
        state = json.loads(sdb.meta(PULL_STATE) or "{}")
    except ValueError:
        state = {}
    if not isinstance(state, dict) or state.get("url") != url:
        return {"url": url, "cursor": 0, "retry": []}  # another hub: read it from the start
    return state


def _save_state(sdb: StudyDatabase, state: dict[str, object]) -> None:
    with sdb.atomic():
        sdb.set_meta(PULL_STATE, json.dumps(state))


def sync_with_hub(sdb: StudyDatabase, ctx: WriteContext, enrolment: Enrolment, *,
                  passphrase: str | None = None, backoff: Backoff = PATIENT,
                  progress: Callable[[float], None] | None = None,
                  should_cancel: Callable[[], bool] | None = None) -> HubSyncResult:
    def step(done: float) -> None:
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        if progress is not None:
            progress(done)

    client = HubClient(enrolment.url, enrolment.token, backoff=backoff,
                       should_cancel=should_cancel)
    study = enrolment.study_id
    result = HubSyncResult(enrolment.url)
    queue = queue_dir(study, enrolment.device)
    step(0.0)
    try:
        _push(sdb, ctx, client, study, queue, result, passphrase, step)
        _pull(sdb, ctx, client, enrolment, result, passphrase, step, should_cancel)
    finally:
        client.close()
    step(1.0)
    return result


def _push(sdb: StudyDatabase, ctx: WriteContext, client: HubClient, study: str, queue: Path,
          result: HubSyncResult, passphrase: str | None,
          step: Callable[[float], None]) -> None:
    result.written = make_bundle(sdb, ctx, queue, passphrase=passphrase)
    files = queued_bundles(queue)
    for done, path in enumerate(files):
        step(PUSH_SHARE * done / max(len(files), 1))
        data = path.read_bytes()
        try:
            status, _ = client.push(study, file_sha256(path), data)
        except (HubRefused, InvalidInput) as error:
            if isinstance(error, HubRefused) and error.code != "hub.bundle_conflict":
                raise  # a token or a role problem: every push would meet it
            # This bundle will never be stored: kept aside for a person, out of the queue.
            aside = queue / "refused"
            aside.mkdir(exist_ok=True)
            shutil.move(str(path), aside / path.name)
            result.refused.append(BundleReport(aside / path.name, "refused",
                                               message=str(error)))
            continue
        if status == 201:
            result.pushed += 1
        else:
            result.already_there += 1
        path.unlink()
    result.queued = len(queued_bundles(queue))


def _pull(sdb: StudyDatabase, ctx: WriteContext, client: HubClient, enrolment: Enrolment,
          result: HubSyncResult, passphrase: str | None, step: Callable[[float], None],
          should_cancel: Callable[[], bool] | None) -> None:
    state = _state(sdb, enrolment.url)
    start = cursor = int(state["cursor"])  # type: ignore[call-overload]
    retry: list[list[str]] = list(state.get("retry") or [])  # type: ignore[call-overload]
    still_refused: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="madeinlocal-hub-") as scratch:

        def take(sha256: str, name: str) -> None:
            path = Path(scratch) / name
            with paths.open_private(path, "wb") as handle:  # interviews: owner-only
                handle.write(client.download(enrolment.study_id, sha256))
            try:
                report = import_bundle(sdb, path, passphrase=passphrase, my_device=ctx.device,
                                       should_cancel=should_cancel)
            except (BundleRefused, NewerFileError, InvalidInput) as error:
                still_refused.append([sha256, name])
                result.refused.append(BundleReport(path, "refused", message=str(error)))
            else:
                if report.status == "imported":
                    result.imported.append(report)
            finally:
                path.unlink(missing_ok=True)

        for sha256, name in retry:
            take(sha256, name)
        known = store.known_bundle_ids(sdb)
        while True:
            page = client.index(enrolment.study_id, cursor)
            span = max(page.latest - start, 1)
            for entry in page.entries:
                step(PUSH_SHARE + (1 - PUSH_SHARE) * (entry.cursor - start) / span)
                if entry.bundle_id not in known:
                    take(entry.sha256, file_name(entry.device, entry.sequence,
                                                 entry.bundle_id))
                    known.add(entry.bundle_id)
            cursor = page.next
            _save_state(sdb, {"url": enrolment.url, "cursor": cursor,
                              "retry": [*still_refused]})
            if not page.more:
                break
    _save_state(sdb, {"url": enrolment.url, "cursor": cursor, "retry": still_refused})
    result.cursor = cursor
