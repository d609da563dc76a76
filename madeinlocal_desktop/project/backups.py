"""Backups of the study: `project.backups`.

- `backup(folder)`: a consistent copy named with the date (`madeinlocal backup STUDY DIR`);
- `rotate(keep)`: the automatic copy of an open study, one a day in the user's data folder
  (`backups/<study id>/`), the last `keep` days kept;
- `copies()` and `describe(path)`: what a copy holds (date, counts), read without changing it;
- `restore(path)`: a copy written as a new file next to the study, never over a file.

A restored file is a new replica for synchronisation (it draws its own device token, as a file
made on this computer does): its save counters restart from an older state, and bundles made
from it must not be taken for the original's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .. import language, paths
from ..errors import InvalidInput, StudyFileError
from ..storage import StudyDatabase
from ..storage import backups as store
from ..storage.backups import CopySummary
from .base import Manager

DEFAULT_KEEP_DAYS = 7


def _today() -> dt.date:
    return dt.date.today()


class Backups(Manager):
    def backup(self, folder: str | Path) -> Path:
        """A copy of the study in `folder`, named `<file>-<date>.madeinlocal`."""
        return store.dated_copy(self._db, Path(folder), _today())

    def folder(self) -> Path:
        """Where this study's automatic copies live."""
        return paths.user_data_dir() / "backups" / self.project.study.id

    def rotate(self, keep: int = DEFAULT_KEEP_DAYS) -> Path | None:
        """Today's automatic copy (None when it exists already); older days beyond `keep`
        are deleted."""
        return store.rotate(self._db, self.folder(), _today(), keep)

    def copies(self) -> list[CopySummary]:
        """The automatic copies of this study, newest first."""
        folder = self.folder()
        if not folder.is_dir():
            return []
        found = []
        for path in folder.glob("*.madeinlocal"):
            try:
                found.append(store.summary(path, self._db.passphrase))
            except StudyFileError as error:
                # made before the passphrase changed (or the study was decrypted): it opens
                # with the passphrase it was made with, not from this list
                if error.code not in ("storage.wrong_passphrase", "storage.encrypted"):
                    raise
        return sorted(found, key=lambda c: (c.day or dt.date.min, c.path.name), reverse=True)

    def describe(self, path: str | Path) -> CopySummary:
        """What a copy holds; refused when it is a copy of another study."""
        found = store.summary(Path(path), self._db.passphrase)
        study = self.project.study
        if found.study_id != study.id:
            raise InvalidInput("storage.not_a_backup", name=Path(path).name,
                               other=found.study_name)
        return found

    def restore(self, path: str | Path) -> Path:
        """Write the copy as a new study file next to this one; returns its path."""
        from .facade import REPLICA_KEY, _new_token

        copy = self.describe(path)
        word = "restauration" if language.current() == "fr" else "restored"
        target = store.free_name(self.project.path.parent, f"{self.project.path.stem}-{word}",
                                 copy.day or _today())
        store.restore_copy(copy.path, target, self._db.passphrase)
        # migrated here if the copy is older
        restored = StudyDatabase(target, passphrase=self._db.passphrase)
        try:
            restored.set_meta(REPLICA_KEY, _new_token())
        finally:
            restored.close()
        return target
