"""The facade's exchange managers: `project.exchange` (exports, interchange JSON, the study kit)
and `project.sync` (bundles, folder sync, conflicts, possible duplicates).

Part of the project layer, kept apart from project.py so each stays readable. Long operations
take plain `progress(fraction)` and `should_cancel()` callables and return plain dataclasses the
GUI and the CLI can show; the types front ends need are re-exported here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import Business
from ..errors import InvalidInput, NotFound, UserFacingError
from ..exchange import interchange
from ..exchange.exports import CsvDialect, ExportFormat, ExportResult, export_study
from ..exchange.interchange import StudyData
from ..storage import StudyDatabase
from ..storage import businesses as business_store
from ..storage import interviews as interview_store
from ..storage import respondents as respondent_store
from ..storage import studies as study_store
from ..storage import sync as sync_store
from ..sync import conflicts as conflict_rules
from ..sync.bundles import BundleInfo
from ..sync.conflicts import Conflict, ConflictOption
from ..sync.duplicates import PossibleDuplicate, ShopSummary, find_duplicates
from ..sync.folder_sync import FolderSyncResult, sync_folder
from ..sync.kit import export_kit, install_kit, read_kit
from ..sync.record_checks import parse_typed_value, problem
from ..sync.replication import Counts, Rejection
from ..sync.study_bundles import FOLDER, BundleReport, ensure_study_key, import_bundle, make_bundle

if TYPE_CHECKING:
    from . import Project

Progress = Callable[[float], None]
ShouldCancel = Callable[[], bool]
_UNSET: Any = object()

__all__ = [
    "BundleInfo", "BundleReport", "Conflict", "ConflictOption", "Counts", "CsvDialect",
    "Exchange", "ExportFormat", "ExportResult", "FolderSyncResult", "ImportReport",
    "PossibleDuplicate", "Rejection", "ShopSummary", "Sync", "study_file_from_kit",
]


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, report: Any) -> None:
        self.created[table] = len(report.created)
        self.updated[table] = len(report.updated)
        self.unchanged[table] = len(report.unchanged)

    def summary(self) -> str:
        parts = [f"{table}: {self.created[table]} new, {self.updated[table]} updated, "
                 f"{self.unchanged[table]} unchanged" for table in self.created]
        return "; ".join(parts)


class _Manager:
    def __init__(self, project: Project) -> None:
        self.project = project

    @property
    def _db(self) -> StudyDatabase:
        return self.project._db


class Exchange(_Manager):
    """Files in and out: exports, interchange JSON, the study kit."""

    def export_data(self) -> StudyData:
        return self.project.load_all()

    def export(self, path: str | Path, *, format: ExportFormat | str = ExportFormat.JSON,
               anonymised: bool = False, csv_dialect: CsvDialect | str = CsvDialect.FR,
               progress: Progress | None = None,
               should_cancel: ShouldCancel | None = None) -> ExportResult:
        """CSV (a folder, one file per table), XLSX or interchange JSON; see docs/exchange.md."""
        key = ensure_study_key(self._db) if anonymised else None
        return export_study(self._db, self.project.study, self.export_data, Path(path),
                            fmt=format, anonymised=anonymised, dialect=csv_dialect, key=key,
                            progress=progress, should_cancel=should_cancel)

    def export_kit(self, path: str | Path) -> Path:
        """The study kit surveyors' devices are created from (it holds the study key)."""
        return export_kit(self._db, Path(path))

    def import_data(self, data: StudyData) -> ImportReport:
        """Add or update every record of `data` in one transaction."""
        study = self.project.study
        if data.study_id_given and data.study.id != study.id:
            raise InvalidInput(
                f"This file is for the study {data.study.name!r}, not {study.name!r}: "
                "import it into its own study file")
        known_codes = {c.code for c in study.categories}
        missing = {line.category for i in data.interviews for line in i.lines} - known_codes
        if missing:
            raise InvalidInput(f"Categories {sorted(missing)} are not in this study")
        ctx = self.project.ctx
        report = ImportReport()
        with self._db.atomic():
            study_store.save_surveyors(self._db, data.surveyors, ctx)
            report.add("businesses", business_store.save(self._db, data.businesses, ctx))
            report.add("interviews", interview_store.save(self._db, data.interviews, ctx))
            report.add("respondents", respondent_store.save(self._db, data.respondents, ctx))
        return report

    def import_file(self, path: str | Path) -> ImportReport:
        return self.import_data(interchange.read_file(path))


class Sync(_Manager):
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
        """What importing each bundle would do (counts per outcome); writes nothing. Each
        bundle is previewed against the file as it is now."""
        return self._each(files, passphrase, True, progress, should_cancel)

    def import_bundles(self, files: Sequence[str | Path], *, passphrase: str | None = None,
                       progress: Progress | None = None,
                       should_cancel: ShouldCancel | None = None) -> list[BundleReport]:
        """Import bundles one transaction each; a refused one is reported (status 'refused',
        with its message) and changes nothing."""
        return self._each(files, passphrase, False, progress, should_cancel)

    def import_bundle(self, file: str | Path, *, passphrase: str | None = None,
                      preview: bool = False, progress: Progress | None = None,
                      should_cancel: ShouldCancel | None = None) -> BundleReport:
        """One bundle; a refused bundle raises its UserFacingError, a cancelled one Cancelled
        (and changes nothing)."""
        report = import_bundle(self._db, Path(file), passphrase=passphrase, preview=preview,
                               my_device=self.project.ctx.device, progress=progress,
                               should_cancel=should_cancel)
        if report.study_changed:
            self.project._study = None
        return report

    def _each(self, files: Sequence[str | Path], passphrase: str | None, preview: bool,
              progress: Progress | None,
              should_cancel: ShouldCancel | None) -> list[BundleReport]:
        """Bundle after bundle; Cancelled stops inside the current one, which is rolled back
        (the ones before it stay imported)."""
        reports = []
        for done, file in enumerate(files):
            within = None if progress is None else (
                lambda fraction, done=done: progress((done + fraction) / len(files)))
            try:
                reports.append(self.import_bundle(file, passphrase=passphrase, preview=preview,
                                                  progress=within,
                                                  should_cancel=should_cancel))
            except UserFacingError as error:  # refused, newer, wrong passphrase, missing file
                reports.append(BundleReport(Path(file), "refused", message=str(error)))
            if progress is not None:
                progress((done + 1) / len(files))
        return reports

    # -- folder sync -----------------------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        value = self._db.meta(FOLDER)
        return Path(value) if value else None

    def set_folder(self, folder: str | Path | None) -> None:
        """Remember the shared folder this study syncs with (None forgets it)."""
        with self._db.atomic():
            self._db.set_meta(FOLDER, "" if folder is None else str(Path(folder).resolve()))

    def sync_folder(self, folder: str | Path | None = None, *, passphrase: str | None = None,
                    progress: Progress | None = None,
                    should_cancel: ShouldCancel | None = None) -> FolderSyncResult:
        """Write this device's new bundle into the folder and import the ones not seen yet."""
        target = Path(folder) if folder is not None else self.folder
        if target is None:
            raise InvalidInput("Choose the folder to sync with first")
        if folder is not None and target.is_dir() and self.folder != target.resolve():
            self.set_folder(target)
        result = sync_folder(self._db, self.project.ctx, target, passphrase=passphrase,
                             progress=progress, should_cancel=should_cancel)
        if result.study_changed:
            self.project._study = None
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
                value: Any = _UNSET, typed: str | None = None) -> Conflict:
        """Choose an option (`take`: its number, 'mine' or 'theirs'), or give a `value` as
        stored, or `typed` text as a person writes it (euros, 40%). Logged in the history."""
        conflict = conflict_rules.find_conflict(self._db, self.project.ctx.device, conflict_id)
        given = [take is not None, value is not _UNSET, typed is not None]
        if sum(given) != 1:
            raise InvalidInput("Resolve with one of: an option (mine, theirs, 1, 2...) or a "
                               "value")
        if take is not None:
            chosen = conflict_rules.choose(conflict, take)
        elif typed is not None:
            chosen = parse_typed_value(conflict.table, conflict.field, typed)
        else:
            wrong = problem(conflict.table, conflict.field, value)
            if wrong:
                raise InvalidInput(f"The value for {conflict.field} {wrong}")
            chosen = value
        conflict_rules.resolve(self._db, self.project.ctx, conflict, chosen)
        if conflict.table == "study":
            self.project._study = None
        return conflict

    # -- possible duplicate shops ----------------------------------------------------------------

    def duplicates(self) -> list[PossibleDuplicate]:
        """Shops that may be the same one: same SIRET, or same normalised name and commune."""
        return find_duplicates(sync_store.business_identities(self._db),
                               sync_store.dismissed_pairs(self._db))

    def dismiss_duplicate(self, first_id: str, second_id: str) -> None:
        """'These are two different shops': the pair leaves the list on this device."""
        with self._db.atomic():
            sync_store.dismiss_pair(self._db, first_id, second_id, self.project.ctx.who)

    def merge_duplicates(self, keep_id: str, other_id: str) -> Business:
        """Keep one shop: it takes the other's interviews and the details it lacks; the other
        becomes a tombstone. Do it on one device (the coordinator's) to avoid crossed merges."""
        if keep_id == other_id:
            raise InvalidInput("Choose two different shops to merge")
        keep, other = (business_store.get(self._db, i) for i in (keep_id, other_id))
        if keep is None or other is None:
            raise NotFound("One of these shops no longer exists")
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
        return filled


def _interviews(sdb: StudyDatabase, business_id: str) -> Iterable[Any]:
    for interview_id in sync_store.interview_ids_of_business(sdb, business_id):
        interview = interview_store.get(sdb, interview_id)
        if interview is not None:
            yield interview


def study_file_from_kit(kit: str | Path, path: str | Path, device: str,
                        meta: Mapping[str, str] | None = None) -> StudyDatabase:
    """A new study file filled from a kit; nothing is left behind if the kit is refused."""
    checked = read_kit(Path(kit))  # the whole kit is checked before the file is created
    sdb = StudyDatabase(path, create=True)
    try:
        install_kit(sdb, checked, device, meta)
    except BaseException:
        sdb.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return sdb

