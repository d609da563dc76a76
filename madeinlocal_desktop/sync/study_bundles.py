"""Making this device's bundle and importing other devices' bundles into a study file.

Import is: check the whole file (bundles.read_bundle), then one transaction that stamps local
edits, applies the merge plan and logs the bundle. A refused bundle writes nothing at all, not
even the stamps, so the study file stays byte for byte as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__, crypto
from ..domain import rules
from ..domain.changes import Changes
from ..errors import Cancelled, InvalidInput, StudyFileError, UserFacingError
from ..storage import StudyDatabase, WriteContext
from ..storage import studies as study_store
from ..storage import sync as store
from ..storage.database import utc_now
from ..storage.migrations import migrations
from .bundles import BundleInfo, BundleRefused, file_sha256, read_bundle, write_bundle
from .replication import (
    WATERMARK,
    Counts,
    Plan,
    Rejection,
    apply_plan,
    collect,
    materialize,
    plan_merge,
)

KEY = "sync.study_key"
FOLDER = "sync.folder"


def known_schema() -> list[str]:
    return [step.name for step in migrations._migrations]


def study_key(sdb: StudyDatabase) -> bytes | None:
    value = sdb.meta(KEY)
    return bytes.fromhex(value) if value else None


def ensure_study_key(sdb: StudyDatabase) -> bytes:
    """The study's key, made on first need (the coordinator's first kit or bundle)."""
    key = study_key(sdb)
    if key is None:
        key = crypto.new_study_key()
        with sdb.atomic():
            sdb.set_meta(KEY, key.hex())
    return key


def _study(sdb: StudyDatabase) -> tuple[str, str]:
    rows = store.all_rows(sdb, "study")
    live = [r for r in rows if not r["deleted"]] or rows
    if not live:
        raise StudyFileError("bundle.no_study", name=sdb.path.name)
    return live[0]["id"], live[0]["name"]


@dataclass
class BundleReport:
    """What happened (or, in a preview, would happen) to one bundle file."""

    file: Path
    status: str  # imported | preview | already imported | refused
    bundle_id: str | None = None
    device: str | None = None
    who: str | None = None
    sequence: int | None = None
    counts: Counts = field(default_factory=Counts)
    by_table: dict[str, Counts] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    message: str | None = None  # why it was refused, in the language of the moment
    study_changed: bool = False
    error: UserFacingError | None = None  # the refusal itself, to say again in any language

    @property
    def changes(self) -> Changes:
        """A bundle may carry any record or setting: the views reload whole once one went in."""
        counts = self.counts
        wrote = counts.new or counts.updated or counts.conflicting or self.study_changed
        return Changes.everything() if self.status == "imported" and wrote else Changes()

    def summary(self) -> str:
        if self.status in ("refused", "already imported"):
            return f"{self.file.name}: {self.message or self.status}"
        verb = "would import" if self.status == "preview" else "imported"
        return f"{self.file.name} ({self.who or self.device}): {verb} {self.counts.summary()}"


class BundleReports(list[BundleReport]):
    """The reports of bundles imported one after the other, and what they changed together."""

    @property
    def changes(self) -> Changes:
        return Changes.union(report.changes for report in self)


def _report(bundle_info: BundleInfo, plan: Plan, status: str) -> BundleReport:
    return BundleReport(bundle_info.path, status, bundle_info.bundle_id, bundle_info.device,
                        bundle_info.who, bundle_info.sequence, plan.counts, plan.by_table,
                        plan.rejections, plan.conflicts, study_changed=plan.study_changed)


class _Steps:
    """Progress through one bundle's phases (reading, planning, writing), each a share of the
    whole; asking to cancel raises Cancelled at the next step, inside the transaction."""

    READ, PLAN = 0.3, 0.65  # where reading and planning end

    def __init__(self, progress: Callable[[float], None] | None,
                 should_cancel: Callable[[], bool] | None) -> None:
        self.progress, self.should_cancel = progress, should_cancel

    def __call__(self, done: float) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise Cancelled()
        if self.progress is not None:
            self.progress(done)

    def within(self, start: float, end: float) -> Callable[[float], None]:
        return lambda done: self(start + (end - start) * done)


class _Preview(Exception):
    """Raised to roll back a preview: it imports for real, then undoes everything."""


def import_bundle(sdb: StudyDatabase, path: Path, *, passphrase: str | None = None,
                  preview: bool = False, my_device: str | None = None,
                  progress: Callable[[float], None] | None = None,
                  should_cancel: Callable[[], bool] | None = None) -> BundleReport:
    """Import one bundle (or only say what importing it would do); raises BundleRefused.

    `should_cancel()` is asked between phases and tables: a cancelled import raises Cancelled
    and leaves the study file as it was."""
    step = _Steps(progress, should_cancel)
    if not preview:
        return _import_one(sdb, Path(path), passphrase, my_device, step, "imported")
    reports: list[BundleReport] = []
    try:
        with sdb.atomic():
            reports.append(_import_one(sdb, Path(path), passphrase, my_device, step, "preview"))
            raise _Preview()
    except _Preview:
        pass
    return reports[0]


def preview_bundles(sdb: StudyDatabase, paths: Sequence[Path], *, passphrase: str | None = None,
                    my_device: str | None = None,
                    progress: Callable[[float], None] | None = None,
                    should_cancel: Callable[[], bool] | None = None) -> list[BundleReport]:
    """What importing these bundles one after the other would do, each counted against the
    file as the ones before it leave it (so two bundles that edit one field concurrently show
    their conflict). It imports them in one transaction and rolls it back: nothing is written.
    A refused bundle is reported with its reason; Cancelled stops the preview."""
    reports: list[BundleReport] = []
    try:
        with sdb.atomic():
            for done, path in enumerate(paths):
                within = None if progress is None else (
                    lambda fraction, done=done: progress((done + fraction) / len(paths)))
                step = _Steps(within, should_cancel)
                try:
                    reports.append(_import_one(sdb, Path(path), passphrase, my_device, step,
                                               "preview"))
                except UserFacingError as error:
                    reports.append(refused_report(Path(path), error))
            raise _Preview()
    except _Preview:
        pass
    if progress is not None:
        progress(1.0)
    return reports


def refused_report(path: Path, error: UserFacingError) -> BundleReport:
    return BundleReport(path, "refused", message=str(error), error=error)


def _import_one(sdb: StudyDatabase, path: Path, passphrase: str | None, my_device: str | None,
                step: _Steps, status: str) -> BundleReport:
    step(0.0)
    if not path.is_file():
        raise BundleRefused("bundle.no_file", path=rules.shown(str(path), 200))
    try:
        sha256 = file_sha256(path)
    except OSError as error:  # no permission, a cloud placeholder not downloaded yet
        raise BundleRefused("bundle.unreadable", name=rules.shown(path.name, 120),
                            reason=rules.shown(error.strerror or "", 80)) from None
    # Re-importing costs one hash and one lookup: the cheap path that makes sync idempotent.
    known = store.bundle_with_hash(sdb, sha256)
    if known is not None:
        return BundleReport(path, "already imported", known, message="already imported")
    study_id, study_name = _study(sdb)
    bundle = read_bundle(path, study_id=study_id, study_name=study_name, key=study_key(sdb),
                         known_schema=known_schema(), passphrase=passphrase, sha256=sha256)
    info = bundle.info
    step(step.READ)
    if info.bundle_id in store.known_bundle_ids(sdb):
        return BundleReport(path, "already imported", info.bundle_id, info.device, info.who,
                            info.sequence, message="already imported")
    if info.device == my_device:
        # Same device id, yet not a bundle of this file: a copy of this very file edited beside
        # it (files made separately have their own ids). Its save counters overlap ours, so
        # versions would lie; refuse.
        raise BundleRefused("bundle.same_device", name=rules.shown(path.name, 120))
    with sdb.atomic():
        materialize(sdb)
        plan = plan_merge(sdb, bundle.tables, bundle.categories, study_id=study_id,
                          source=info.bundle_id, step=step.within(step.READ, step.PLAN))
        if plan.rejections and not _writes(plan):
            raise BundleRefused("bundle.nothing_valid", name=rules.shown(path.name, 120),
                                count=len(plan.rejections), first=plan.rejections[0].reason)
        apply_plan(sdb, plan, step=step.within(step.PLAN, 1.0))
        _still_opens(sdb, path)
        store.log_bundle(sdb, bundle_id=info.bundle_id, sha256=sha256, direction="in",
                         file_name=rules.shown(path.name, 255), device=info.device,
                         sequence=info.sequence, who=info.who,
                         records=sum(info.counts.values()))
        store.remember_device(sdb, info.device, info.who)
        # The history just written records merges, not edits made here: never stamp it.
        sdb.set_meta(WATERMARK, str(store.last_history_id(sdb)))
    return _report(info, plan, status)


def _writes(plan: Plan) -> bool:
    return bool(plan.categories or plan.category_updates or any(plan.inserts.values())
                or any(plan.updates.values()))


def _still_opens(sdb: StudyDatabase, path: Path) -> None:
    """The last guard, inside the import's transaction: the study must still read as a study
    (every record was checked, but a merge combines fields of two versions)."""
    try:
        rules.check_study(study_store.load_study(sdb))
    except (UserFacingError, ValueError, TypeError, KeyError) as error:
        reason = error if isinstance(error, UserFacingError) else InvalidInput(
            "bundle.study_unreadable")
        raise BundleRefused("bundle.breaks_study", name=rules.shown(path.name, 120),
                            error=reason) from None


def make_bundle(sdb: StudyDatabase, ctx: WriteContext, folder: Path, *,
                passphrase: str | None = None) -> BundleInfo | None:
    """Write this device's new bundle into `folder`; None when nothing changed since the last."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput("bundle.folder_missing", path=rules.shown(str(folder), 200))
    key = ensure_study_key(sdb)
    study_id, study_name = _study(sdb)
    with sdb.atomic():
        materialize(sdb)
        pairs = store.outbox(sdb)
        if not pairs:
            return None
        sequence = int(sdb.meta(f"sync.sequence.{ctx.device}") or 0) + 1
        sdb.set_meta(f"sync.sequence.{ctx.device}", str(sequence))  # used once, even on failure
    tables = collect(sdb, pairs)
    info = write_bundle(folder, study_id=study_id, study_name=study_name, device=ctx.device,
                        sequence=sequence, who=ctx.who, created_at=utc_now(),
                        app_version=__version__, schema=sdb.schema_steps()[-1],
                        tables=tables, categories=store.categories(sdb), key=key,
                        passphrase=passphrase)
    with sdb.atomic():
        store.remove_from_outbox(sdb, pairs)
        store.log_bundle(sdb, bundle_id=info.bundle_id, sha256=info.sha256, direction="out",
                         file_name=info.path.name, device=ctx.device, sequence=sequence,
                         who=ctx.who, records=sum(len(t) for t in tables.values()))
    return info
