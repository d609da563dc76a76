"""The facade: `Project` opens one study file; the GUI, the CLI and the tests talk only to it.

It is made of small managers (`businesses`, `interviews`, `respondents`, `analysis`,
`exchange`) in the manner of Anki's collection. Heavy libraries (pandas, the engine) are
imported on first use so the desktop window appears fast.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .domain import (
    Business,
    Interview,
    Respondent,
    Study,
    Territory,
    check_commune,
    check_naf,
    check_share,
    check_siret,
    new_id,
)
from .errors import InvalidInput, NotFound
from .exchange import interchange, reference
from .exchange.interchange import StudyData
from .storage import StudyDatabase, WriteContext
from .storage import businesses as business_store
from .storage import interviews as interview_store
from .storage import respondents as respondent_store
from .storage import studies as study_store
from .storage.records import record_history

if TYPE_CHECKING:
    from .analysis.engine import AnalysisResult

Progress = Callable[[float], None]
ShouldCancel = Callable[[], bool]


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


class Project:
    """One open study file."""

    def __init__(self, sdb: StudyDatabase, ctx: WriteContext) -> None:
        self._db = sdb
        self.ctx = ctx
        self._study: Study | None = None
        self.businesses = Businesses(self)
        self.interviews = Interviews(self)
        self.respondents = Respondents(self)
        self.analysis = Analysis(self)
        self.exchange = Exchange(self)

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, who: str | None = None,
             device: str | None = None) -> Project:
        return cls(StudyDatabase(path), _context(who, device))

    @classmethod
    def create(cls, path: str | Path, study: Study, *, who: str | None = None,
               device: str | None = None) -> Project:
        _check_study(study)
        project = cls(StudyDatabase(path, create=True), _context(who, device))
        with project._db.atomic():
            study_store.save_study(project._db, study, project.ctx)
            project._db.set_meta("created_by_device", project.ctx.device)
        return project

    @classmethod
    def new_study(cls, path: str | Path, name: str, fiscal_year: int,
                  communes: list[str] | None = None, territory_name: str = "",
                  **kwargs: Any) -> Project:
        study = Study(id=new_id(), name=name, fiscal_year=fiscal_year,
                      territory=Territory(territory_name, list(communes or [])))
        return cls.create(path, study, **kwargs)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._db.path

    # -- the study -----------------------------------------------------------------------------

    @property
    def study(self) -> Study:
        if self._study is None:
            self._study = study_store.load_study(self._db)
        return self._study

    def update_study(self, study: Study) -> None:
        _check_study(study)
        with self._db.atomic():
            study_store.save_study(self._db, study, self.ctx)
        self._study = None

    def history(self, table: str, record_id: str) -> list[dict[str, Any]]:
        """Every recorded change of one record: field, old, new, who, at, device."""
        return record_history(self._db, table, record_id)

    def load_all(self) -> StudyData:
        return StudyData(self.study, study_store.load_surveyors(self._db),
                         business_store.load_all(self._db), interview_store.load_all(self._db),
                         respondent_store.load_all(self._db))


def _context(who: str | None, device: str | None) -> WriteContext:
    return WriteContext(who=who or paths.user_name(), device=device or paths.device_id())


def _check_study(study: Study) -> None:
    if not study.name.strip():
        raise InvalidInput("The study needs a name", field="name")
    if not 1900 <= study.fiscal_year <= 2200:
        raise InvalidInput("The fiscal year should be a year such as 2025", field="fiscal_year")
    for code in study.territory.communes:
        check_commune(code)


class _Manager:
    def __init__(self, project: Project) -> None:
        self.project = project

    @property
    def _db(self) -> StudyDatabase:
        return self.project._db


class Businesses(_Manager):
    def list(self) -> list[Business]:
        return business_store.load_all(self._db)

    def get(self, business_id: str) -> Business:
        business = business_store.get(self._db, business_id)
        if business is None:
            raise NotFound(f"No business with id {business_id}")
        return business

    def save(self, business: Business) -> Business:
        if not business.name.strip():
            raise InvalidInput("The business needs a name", field="name")
        checked = dataclasses.replace(
            business, name=business.name.strip(), siret=check_siret(business.siret),
            naf=check_naf(business.naf), commune=check_commune(business.commune))
        if checked.staff_fte is not None and checked.staff_fte < 0:
            raise InvalidInput("Staff (FTE) cannot be negative", field="staff_fte")
        with self._db.atomic():
            business_store.save(self._db, [checked], self.project.ctx)
        return checked

    def delete(self, business_id: str) -> None:
        with self._db.atomic():
            business_store.delete(self._db, business_id, self.project.ctx)


class Interviews(_Manager):
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


class Respondents(_Manager):
    def list(self) -> list[Respondent]:
        return respondent_store.load_all(self._db)

    def save(self, respondent: Respondent) -> Respondent:
        if check_share(respondent.local_share, "local share") is None:
            raise InvalidInput("The local share is missing", field="local_share")
        with self._db.atomic():
            respondent_store.save(self._db, [respondent], self.project.ctx)
        return respondent

    def delete(self, respondent_id: str) -> None:
        with self._db.atomic():
            respondent_store.delete(self._db, respondent_id, self.project.ctx)


class Analysis(_Manager):
    def frames(self) -> tuple[Any, Any, Any]:
        from .storage.frames import analysis_frames

        return analysis_frames(self._db, reference.sector_of)

    def _defaults(self) -> dict[str, tuple[float, str]]:
        return {group: (d.share, d.justification)
                for group, d in self.project.study.respend_defaults.items()}

    def run(self, *, bootstrap: int = 2000, seed: int | None = None,
            progress: Progress | None = None,
            should_cancel: ShouldCancel | None = None) -> AnalysisResult:
        from .analysis.engine import analyse

        interviews, lines, respondents = self.frames()
        options: dict[str, Any] = {} if seed is None else {"seed": seed}
        return analyse(interviews, lines, respondents=respondents, defaults=self._defaults(),
                       bootstrap=bootstrap, progress=progress, should_cancel=should_cancel,
                       **options)

    def scenario(self, category: str, fraction: float, respend_share: float) -> dict[str, Any]:
        from .analysis.scenarios import shift_scenario

        if self.project.study.category(category) is None:
            codes = ", ".join(c.code for c in self.project.study.categories)
            raise InvalidInput(f"Unknown category {category!r}; use one of {codes}")
        check_share(fraction, "shifted fraction")
        check_share(respend_share, "re-spend share")
        interviews, lines, respondents = self.frames()
        result = shift_scenario(interviews, lines, respondents=respondents,
                                defaults=self._defaults(), category=category,
                                fraction=fraction, respend_share=respend_share)
        return result if isinstance(result, dict) else result.to_dict()


class Exchange(_Manager):
    def export_data(self) -> StudyData:
        return self.project.load_all()

    def export_file(self, path: str | Path) -> None:
        interchange.write_file(self.export_data(), path)

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


def create_from_data(path: str | Path, data: StudyData, **kwargs: Any) -> tuple[Project,
                                                                               ImportReport]:
    """A new study file holding `data` (its settings and its records)."""
    project = Project.create(path, data.study, **kwargs)
    try:
        report = project.exchange.import_data(data)
    except BaseException:
        project.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return project, report


def iter_study_files(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.glob("*.madeinlocal"))
