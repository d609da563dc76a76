"""Files in and out — exports, interchange JSON, the study kit: `project.exchange`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..catalogue import TEXTS as CATALOGUE
from ..catalogue import text
from ..domain.changes import Changed, Changes
from ..errors import InvalidInput
from ..exchange import interchange
from ..exchange.exports import CsvDialect, ExportFormat, ExportResult, export_study
from ..exchange.interchange import StudyData
from ..storage import businesses as business_store
from ..storage import interviews as interview_store
from ..storage import respondents as respondent_store
from ..storage import studies as study_store
from ..sync.kit import export_kit
from ..sync.study_bundles import ensure_study_key
from .base import Manager, Progress, ShouldCancel

# An interchange file holds records and the surveyors' names (a setting of the study).
IMPORTED = Changes(businesses=True, interviews=True, respondents=True, settings=True)

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
        """"commerces : 3 nouveaux, 1 mis à jour, 0 inchangés ; …" in the user's language
        (the app's status bar and the command line say the same)."""
        def table_name(table: str) -> str:
            code = f"cli.records.{table}"
            return text(code) if code in CATALOGUE else table

        return text("cli.list_separator").join(
            text("cli.import.table", table=table_name(table), new=self.created[table],
                 updated=self.updated[table], unchanged=self.unchanged[table])
            for table in self.created)


class Exchange(Manager):
    """Files in and out: exports, interchange JSON, the study kit."""

    def export_data(self) -> StudyData:
        return self.project.load_all()

    def export(self, path: str | Path, *, format: ExportFormat | str = ExportFormat.JSON,
               anonymised: bool = False, csv_dialect: CsvDialect | str = CsvDialect.FR,
               progress: Progress | None = None,
               should_cancel: ShouldCancel | None = None) -> ExportResult:
        """CSV (a folder, one file per table), XLSX or interchange JSON; see docs/exchange.md."""
        key = ensure_study_key(self._db) if anonymised else None
        def without_interviews() -> StudyData:
            return self.project.load_all(interviews=False)  # they come in chunks

        return export_study(self._db, self.project.study, without_interviews, Path(path),
                            fmt=format, anonymised=anonymised, dialect=csv_dialect, key=key,
                            progress=progress, should_cancel=should_cancel,
                            interview_chunks=lambda: interview_store.iter_all(self._db))

    def export_kit(self, path: str | Path, *, passphrase: str | None = None,
                   encrypted_files: bool = False) -> Path:
        """The study kit surveyors' devices are created from (it holds the study key);
        wrapped with `passphrase` (checked as a new one) when given. With
        `encrypted_files`, study files made from it must be encrypted (`new --from-kit` and
        the app then ask a passphrase for the new file)."""
        written = export_kit(self._db, Path(path), passphrase)
        if encrypted_files:
            _ask_encrypted_files(written)
        return written

    def import_data(self, data: StudyData) -> Changed[ImportReport]:
        """Add or update every record of `data` in one transaction."""
        study = self.project.study
        if data.study_id_given and data.study.id != study.id:
            raise InvalidInput("project.file_for_other_study", other=data.study.name,
                               study=study.name)
        known_codes = {c.code for c in study.categories}
        missing = {line.category for i in data.interviews for line in i.lines} - known_codes
        if missing:
            raise InvalidInput("project.categories_not_in_study", codes=sorted(missing))
        ctx = self.project.ctx
        report = ImportReport()
        with self._db.bulk(), self._db.atomic():
            study_store.save_surveyors(self._db, data.surveyors, ctx)
            report.add("businesses", business_store.save(self._db, data.businesses, ctx))
            report.add("interviews", interview_store.save(self._db, data.interviews, ctx))
            report.add("respondents", respondent_store.save(self._db, data.respondents, ctx))
        return Changed(report, IMPORTED)

    def import_file(self, path: str | Path) -> Changed[ImportReport]:
        return self.import_data(interchange.read_file(path))


def _ask_encrypted_files(kit: Path) -> None:
    """Set the kit's top-level flag `encrypted_files` (read with a default of False, so older
    kits and older programs are unaffected), outside any passphrase wrapping: the surveyor's
    program must know before it opens the kit. Rewritten whole, owner-only."""
    import json

    from .. import paths
    from .facade import KIT_ENCRYPTED_FIELD

    document = json.loads(kit.read_text(encoding="utf-8"))
    document[KIT_ENCRYPTED_FIELD] = True
    partial = kit.with_name(kit.name + ".part")
    with paths.open_private(partial, "wb") as handle:
        handle.write((json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode())
    partial.replace(kit)
