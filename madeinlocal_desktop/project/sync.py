"""Bundles between devices, folder sync, conflicts and possible duplicates: `project.sync`."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..domain import Business
from ..domain.changes import Changed, Changes
from ..errors import InvalidInput, NotFound, UserFacingError
from ..storage import StudyDatabase
from ..storage import businesses as business_store
from ..storage import interviews as interview_store
from ..storage import sync as sync_store
from ..sync import conflicts as conflict_rules
from ..sync.bundles import BundleInfo
from ..sync.conflicts import Conflict
from ..sync.duplicates import PossibleDuplicate, find_duplicates
from ..sync.folder_sync import FolderSyncResult, sync_folder
from ..sync.record_checks import check_value, parse_typed_value
from ..sync.study_bundles import (
    FOLDER,
    BundleReport,
    BundleReports,
    import_bundle,
    make_bundle,
    preview_bundles,
    refused_report,
)
from .base import Manager, Progress, ShouldCancel

MERGED = Changes(businesses=True, interviews=True)  # a shop's interviews move with it

_UNSET: Any = object()


class Sync(Manager):
    """Bundles between devices, folder sync, conflicts and possible duplicates."""

    # -- bundles ---------------------------------------------------------------------------------

    def make_bundle(self, folder: str | Path, *,
                    passphrase: str | None = None) -> BundleInfo | None:
        """This device's changes since its last bundle, as a new file in `folder` (None when
        there is nothing new)."""
        return make_bundle(self._db, self.project.ctx, Path(folder), passphrase=passphrase)

    def preview(self, files: Sequence[str | Path], *, passphrase: str | None = None,
                progress: Progress | None = None,
                should_cancel: ShouldCancel | None = None) -> list[BundleReport]:
        """What importing the bundles one after the other would do (counts per outcome, each
        bundle against the file as the ones before it would leave it); writes nothing."""
        return preview_bundles(self._db, [Path(f) for f in files], passphrase=passphrase,
                               my_device=self.project.ctx.device, progress=progress,
                               should_cancel=should_cancel)

    def import_bundles(self, files: Sequence[str | Path], *, passphrase: str | None = None,
                       progress: Progress | None = None,
                       should_cancel: ShouldCancel | None = None) -> BundleReports:
        """Import bundles one transaction each; a refused one is reported (status 'refused',
        with its message) and changes nothing. The reports say what changed (`.changes`)."""
        return self._each(files, passphrase, progress, should_cancel)

    def import_bundle(self, file: str | Path, *, passphrase: str | None = None,
                      preview: bool = False, progress: Progress | None = None,
                      should_cancel: ShouldCancel | None = None) -> BundleReport:
        """One bundle; a refused bundle raises its UserFacingError, a cancelled one Cancelled
        (and changes nothing)."""
        report = import_bundle(self._db, Path(file), passphrase=passphrase, preview=preview,
                               my_device=self.project.ctx.device, progress=progress,
                               should_cancel=should_cancel)
        if report.study_changed:
            self.project.study_row_changed()
        return report

    def _each(self, files: Sequence[str | Path], passphrase: str | None,
              progress: Progress | None,
              should_cancel: ShouldCancel | None) -> BundleReports:
        """Bundle after bundle; Cancelled stops inside the current one, which is rolled back
        (the ones before it stay imported)."""
        reports = BundleReports()
        for done, file in enumerate(files):
            within = None if progress is None else (
                lambda fraction, done=done: progress((done + fraction) / len(files)))
            try:
                reports.append(self.import_bundle(file, passphrase=passphrase,
                                                  progress=within,
                                                  should_cancel=should_cancel))
            except UserFacingError as error:  # refused, newer, wrong passphrase, missing file
                reports.append(refused_report(Path(file), error))
            if progress is not None:
                progress((done + 1) / len(files))
        return reports

    # -- folder sync -----------------------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        value = self._db.meta(FOLDER)
        return Path(value) if value else None

    def set_folder(self, folder: str | Path | None) -> Changes:
        """Remember the shared folder this study syncs with (None forgets it): a setting of
        this computer, which no view of the study shows."""
        with self._db.atomic():
            self._db.set_meta(FOLDER, "" if folder is None else str(Path(folder).resolve()))
        return Changes()

    def sync_folder(self, folder: str | Path | None = None, *, passphrase: str | None = None,
                    progress: Progress | None = None,
                    should_cancel: ShouldCancel | None = None) -> FolderSyncResult:
        """Write this device's new bundle into the folder and import the ones not seen yet."""
        target = Path(folder) if folder is not None else self.folder
        if target is None:
            raise InvalidInput("project.sync_folder_unset", field="folder")
        if folder is not None and target.is_dir() and self.folder != target.resolve():
            self.set_folder(target)
        result = sync_folder(self._db, self.project.ctx, target, passphrase=passphrase,
                             progress=progress, should_cancel=should_cancel)
        if result.study_changed:
            self.project.study_row_changed()
        return result

    def bundles(self) -> list[dict[str, Any]]:
        """Every bundle made here or imported: id, direction, file name, device, when."""
        return sync_store.bundles_log(self._db)

    # -- conflicts -------------------------------------------------------------------------------

    def conflicts(self, *, include_deleted: bool = False) -> list[Conflict]:
        """Fields changed on two devices, with every value, waiting for a person."""
        found = conflict_rules.list_conflicts(self._db, self.project.ctx.device)
        return found if include_deleted else [c for c in found if not c.record_deleted]

    def resolve(self, conflict_id: str, *, take: str | int | None = None,
                value: Any = _UNSET, typed: str | None = None) -> Changed[Conflict]:
        """Choose an option (`take`: its number, 'mine' or 'theirs'), or give a `value` as
        stored, or `typed` text as a person writes it (euros, 40%). Logged in the history."""
        conflict = conflict_rules.find_conflict(self._db, self.project.ctx.device, conflict_id)
        given = [take is not None, value is not _UNSET, typed is not None]
        if sum(given) != 1:
            raise InvalidInput("project.resolve_how")
        if take is not None:
            chosen = conflict_rules.choose(conflict, take)
        elif typed is not None:
            chosen = parse_typed_value(conflict.table, conflict.field, typed)
        else:
            chosen = check_value(conflict.table, conflict.field, value)
        conflict_rules.resolve(self._db, self.project.ctx, conflict, chosen)
        if conflict.table == "study":
            self.project.study_row_changed()
        return Changed(conflict, Changes.of_table(conflict.table))

    # -- possible duplicate shops ----------------------------------------------------------------

    def duplicates(self) -> list[PossibleDuplicate]:
        """Shops that may be the same one: same SIRET, or same normalised name and commune."""
        return find_duplicates(sync_store.business_identities(self._db),
                               sync_store.dismissed_pairs(self._db))

    def dismiss_duplicate(self, first_id: str, second_id: str) -> Changes:
        """'These are two different shops': the pair leaves the list on this device."""
        with self._db.atomic():
            sync_store.dismiss_pair(self._db, first_id, second_id, self.project.ctx.who)
        return MERGED  # the duplicate counts shown with the shops and interviews

    def merge_duplicates(self, keep_id: str, other_id: str) -> Changed[Business]:
        """Keep one shop: it takes the other's interviews and the details it lacks; the other
        becomes a tombstone. Do it on one device (the coordinator's) to avoid crossed merges."""
        if keep_id == other_id:
            raise InvalidInput("project.merge_same_shop")
        keep, other = (business_store.get(self._db, i) for i in (keep_id, other_id))
        if keep is None or other is None:
            raise NotFound("project.merge_shop_gone")
        filled = dataclasses.replace(keep, **{
            name: getattr(other, name) for name in ("siret", "naf", "commune", "address",
                                                    "staff_fte")
            if getattr(keep, name) is None and getattr(other, name) is not None})
        ctx = self.project.ctx
        with self._db.atomic():
            business_store.save(self._db, [filled], ctx)
            moved = [dataclasses.replace(interview, business_id=keep_id)
                     for interview in _interviews(self._db, other_id)]
            interview_store.save(self._db, moved, ctx)
            business_store.delete(self._db, other_id, ctx)
        return Changed(filled, MERGED)


def _interviews(sdb: StudyDatabase, business_id: str) -> Iterable[Any]:
    for interview_id in sync_store.interview_ids_of_business(sdb, business_id):
        interview = interview_store.get(sdb, interview_id)
        if interview is not None:
            yield interview
