"""Folder sync (CSPro style): every device writes its new bundles into one shared folder and
reads the ones it has not seen. Works with a USB key, a network drive or a cloud-synced folder,
because bundles are never rewritten and appear under their final name only once complete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.changes import Changes
from ..domain.rules import shown
from ..errors import Cancelled, InvalidInput, UserFacingError
from ..storage import StudyDatabase, WriteContext
from ..storage import sync as store
from .bundles import SUFFIX, BundleInfo, ForeignBundle, id_from_file_name, order_key
from .study_bundles import BundleReport, import_bundle, make_bundle, refused_report


@dataclass
class FolderSyncResult:
    folder: Path
    written: BundleInfo | None = None  # this device's new bundle, if it had changes
    imported: list[BundleReport] = field(default_factory=list)
    refused: list[BundleReport] = field(default_factory=list)  # with the reason, to show
    already_seen: int = 0
    other_studies: int = 0  # bundles of other studies sharing the folder: left alone

    @property
    def study_changed(self) -> bool:
        return any(r.study_changed for r in self.imported)

    @property
    def changes(self) -> Changes:
        return Changes.union(report.changes for report in self.imported)

    def summary(self) -> str:
        parts = [f"wrote {self.written.path.name}" if self.written else "nothing new to send",
                 f"imported {len(self.imported)} bundle(s)"]
        if self.refused:
            parts.append(f"refused {len(self.refused)}")
        if self.other_studies:
            parts.append(f"{self.other_studies} of other studies left alone")
        return "; ".join(parts)


def unseen_bundles(sdb: StudyDatabase, folder: Path) -> list[Path]:
    """Bundle files in the folder whose id this study file does not know, oldest first."""
    known = store.known_bundle_ids(sdb)
    found = []
    for path in folder.iterdir():
        bundle_id = id_from_file_name(path.name) if path.suffix == SUFFIX else None
        if bundle_id is not None and bundle_id not in known and path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: order_key(p.name))


def sync_folder(sdb: StudyDatabase, ctx: WriteContext, folder: Path, *,
                passphrase: str | None = None,
                progress: Callable[[float], None] | None = None,
                should_cancel: Callable[[], bool] | None = None) -> FolderSyncResult:
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput("sync_folder.unavailable", path=shown(str(folder), 200))
    result = FolderSyncResult(folder)
    result.written = make_bundle(sdb, ctx, folder, passphrase=passphrase)
    candidates = unseen_bundles(sdb, folder)
    for done, path in enumerate(candidates):
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        within = None if progress is None else (
            lambda fraction, done=done: progress((done + fraction) / len(candidates)))
        try:
            report = import_bundle(sdb, path, passphrase=passphrase, my_device=ctx.device,
                                   progress=within, should_cancel=should_cancel)
        except ForeignBundle:
            result.other_studies += 1
        except UserFacingError as error:
            # One bad file (a cloud copy still arriving, a damaged or hostile one) is reported
            # and skipped: it must not block the others.
            result.refused.append(refused_report(path, error))
        else:
            if report.status == "already imported":
                result.already_seen += 1
            else:
                result.imported.append(report)
        if progress is not None:
            progress((done + 1) / len(candidates))
    if progress is not None:
        progress(1.0)
    return result
