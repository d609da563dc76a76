"""The facade: `Project` opens one study file; the GUI, the CLI and the tests talk only to it.

It is made of small managers (`businesses`, `interviews`, `respondents`, `analysis`,
`exchange`) in the manner of Anki's collection. Heavy libraries (pandas, the engine) are
imported on first use so the desktop window appears fast.
"""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .domain import (
    Business,
    Interview,
    InterviewStatus,
    Respondent,
    Study,
    Territory,
    check_commune,
    check_naf,
    check_share,
    check_siret,
    new_id,
    normalise_siret,
)
from .errors import InvalidInput, NotFound
from .exchange import geo, interchange, reference
from .exchange.interchange import StudyData
from .project_exchange import (  # the exchange managers, kept in their own module
    Exchange,
    ImportReport,
    Sync,
    _Manager,
    study_file_from_kit,
)
from .project_territory import Territory as TerritoryManager
from .storage import StudyDatabase, WriteContext
from .storage import businesses as business_store
from .storage import interviews as interview_store
from .storage import respondents as respondent_store
from .storage import studies as study_store
from .storage.io_settings import IOSettings
from .storage.records import record_history

if TYPE_CHECKING:
    from .analysis.engine import AnalysisResult

Commune = geo.Commune
Epci = geo.Epci

Progress = Callable[[float], None]
ShouldCancel = Callable[[], bool]


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
        self.sync = Sync(self)
        self.io = InputOutput(self)
        self.territory = TerritoryManager(self)

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, who: str | None = None,
             device: str | None = None) -> Project:
        """`device` defaults to this computer's id for this file (see `_replica`)."""
        sdb = StudyDatabase(path)
        return cls(sdb, _context(who, device or _replica(sdb.meta(REPLICA_KEY))))

    @classmethod
    def create(cls, path: str | Path, study: Study, *, who: str | None = None,
               device: str | None = None) -> Project:
        _check_study(study)
        token = None if device else _new_token()  # a caller that names the device manages ids
        project = cls(StudyDatabase(path, create=True), _context(who, device or _replica(token)))
        with project._db.atomic():
            study_store.save_study(project._db, study, project.ctx)
            project._db.set_meta("created_by_device", project.ctx.device)
            if token:
                project._db.set_meta(REPLICA_KEY, token)
        return project

    @classmethod
    def create_from_kit(cls, kit: str | Path, path: str | Path, *, who: str | None = None,
                        device: str | None = None) -> Project:
        """A surveyor's study file made from the coordinator's kit: same study id and key."""
        token = None if device else _new_token()
        ctx = _context(who, device or _replica(token))
        return cls(study_file_from_kit(kit, path, ctx.device,
                                       {REPLICA_KEY: token} if token else None), ctx)

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
        from .storage import io_settings

        return StudyData(self.study, study_store.load_surveyors(self._db),
                         business_store.load_all(self._db), interview_store.load_all(self._db),
                         respondent_store.load_all(self._db),
                         io_settings=io_settings.load(self._db),
                         territory=self.territory.export_sections())


# Version vectors count saves per device, so two study files on one computer must not share
# a device id: each file made here draws a token, and its device id is this installation's id
# plus that token. A copy taken to another computer gets that computer's id; a file made
# before tokens existed keeps the installation's id, as it always had.
REPLICA_KEY = "sync.replica_token"


def _new_token() -> str:
    import secrets

    return secrets.token_hex(3)


def _replica(token: str | None) -> str:
    return paths.device_id() + (f"-{token}" if token else "")


def _context(who: str | None, device: str | None) -> WriteContext:
    return WriteContext(who=who or paths.user_name(), device=device or paths.device_id())


def _check_study(study: Study) -> None:
    if not study.name.strip():
        raise InvalidInput("The study needs a name", field="name")
    if not 1900 <= study.fiscal_year <= 2200:
        raise InvalidInput("The fiscal year should be a year such as 2025", field="fiscal_year")
    for code in study.territory.communes:
        check_commune(code)


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

    def similar(self, name: str, commune: str | None, siret: str | None, *,
                exclude_id: str | None = None) -> builtins.list[Business]:
        """Shops that may be this one: same SIRET, or same normalised name in the same commune.

        A warning for the surveyor, not a rule: two franchises of one brand can share a name.
        """
        siret = normalise_siret(siret)
        key = _name_key(name)
        found = business_store.same_siret_or_commune(self._db, siret, commune or None)
        return [b for b in found if b.id != exclude_id and (
            (siret is not None and b.siret == siret)
            or (key != "" and _name_key(b.name) == key and b.commune == (commune or None)))]


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
        if interview.status != InterviewStatus.DRAFT and not interview.consent:
            # Without the person's consent the answers may not be used: it stays a draft.
            raise InvalidInput("Record the interviewee's consent before marking the interview "
                               "complete", field="consent")
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

    def list_summaries(self) -> builtins.list[dict[str, Any]]:
        """Rows for lists (id, business_name, date, surveyor, status, n_lines...), no lines."""
        return interview_store.summaries(self._db)

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

    def means(self) -> dict[str, tuple[float, int]]:
        """NEF averaging: per recipient group, the mean of its respondents' shares and how many."""
        from .analysis.respend import nef_average

        by_group: dict[str, list[float]] = {}
        for respondent in self.list():
            by_group.setdefault(str(respondent.group), []).append(respondent.local_share)
        return {group: (nef_average(shares), len(shares)) for group, shares in by_group.items()}


class Analysis(_Manager):
    def frames(self) -> tuple[Any, Any, Any]:
        from .storage.frames import analysis_frames

        return analysis_frames(self._db, reference.sector_of)

    def _defaults(self) -> dict[str, tuple[float, str]]:
        return {group: (d.share, d.justification)
                for group, d in self.project.study.respend_defaults.items()}

    def run(self, *, bootstrap: int = 2000, seed: int | None = None,
            progress: Progress | None = None,
            should_cancel: ShouldCancel | None = None,
            io_proxy: dict[str, float] | None = None) -> AnalysisResult:
        """`io_proxy`: Round-3 shares by recipient group; by default the study's input-output
        estimate (`project.io.io_proxy_shares()`, empty without input-output settings)."""
        from .analysis.engine import analyse

        if io_proxy is None:
            io_proxy = self.project.io.io_proxy_shares()
        interviews, lines, respondents = self.frames()
        options: dict[str, Any] = {} if seed is None else {"seed": seed}
        return analyse(interviews, lines, respondents=respondents, defaults=self._defaults(),
                       io_proxy=io_proxy or None, bootstrap=bootstrap, progress=progress,
                       should_cancel=should_cancel, **options)

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
                                fraction=fraction, respend_share=respend_share,
                                io_proxy=self.project.io.io_proxy_shares() or None)
        return result if isinstance(result, dict) else result.to_dict()


def create_from_data(path: str | Path, data: StudyData, **kwargs: Any) -> tuple[Project,
                                                                               ImportReport]:
    """A new study file holding `data` (its settings and its records)."""
    project = Project.create(path, data.study, **kwargs)
    try:
        report = project.exchange.import_data(data)
        if data.io_settings is not None:
            try:
                project.io.save_settings(data.io_settings)
            except InvalidInput as error:  # a table this computer does not have, say
                raise InvalidInput(f"study.io_settings: {error.message}",
                                   field="study.io_settings") from None
        project.territory.restore(data.territory)
    except BaseException:
        project.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return project, report


def _name_key(name: str) -> str:
    # "Boulangerie  du Marché" and "boulangerie du marche" are the same shop for a surveyor.
    return " ".join(geo.search_key(name).replace("'", " ").replace("-", " ").split())


# -- reference data and the demo, for front ends that must not reach into exchange/ ----------


def reference_communes() -> tuple[Commune, ...]:
    """Every French commune (COG 2025) with its EPCI and postal codes."""
    return geo.communes()


def reference_epcis() -> tuple[Epci, ...]:
    """Every EPCI à fiscalité propre with its member communes."""
    return geo.epcis()


def commune_name(code: str | None) -> str | None:
    return geo.commune_name(code)


def naf_subclasses() -> tuple[tuple[str, str], ...]:
    """(code, French label) of every NAF rév. 2 sub-class, e.g. ("47.24Z", "Commerce...")."""
    return reference.naf_subclasses()


def demo_path() -> Path:
    return paths.user_data_dir() / "demo.madeinlocal"


def ensure_demo(fresh: bool = False) -> Path:
    """The demo study in the user's data folder, generated (deterministically) when missing."""
    from .exchange.demo_study import demo_study

    target = demo_path()
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    if not target.exists():
        project, _ = create_from_data(target, interchange.parse(demo_study()))
        project.territory.install_demo()  # its fictitious register, design and draw
        project.close()
    return target


# -- the input-output model of the study (docs/input-output.md) ------------------------------


class InputOutput(_Manager):
    """The study's input-output model: settings, multipliers, shocks, `io_proxy` shares.

    Every call builds the model afresh from the stored settings and the current interviews
    (a few milliseconds with the shipped tables), so no figure can lag behind an edit.
    """

    def has_settings(self) -> bool:
        from .storage import io_settings

        return io_settings.load(self._db) is not None

    def settings(self) -> IOSettings:
        """The stored settings, or the defaults (A17 table, FLQ, δ = 0.3) when none are."""
        from .storage import io_settings

        return io_settings.load(self._db) or IOSettings()

    def save_settings(self, settings: IOSettings | None = None, **changes: Any) -> IOSettings:
        """Check and store settings (all of them, or `changes` to the current ones).

        Refused settings raise `InvalidInput` (with the field to fix) and change nothing.
        """
        from .exchange.io_study import configure
        from .storage import io_settings

        chosen = dataclasses.replace(settings or self.settings(), **changes)
        checked = io_settings.check(chosen)
        configure(checked)  # the table-dependent checks: sectors, regional ≤ national...
        io_settings.save(self._db, checked, self.project.ctx, self.project.study.id)
        return checked

    def clear_settings(self) -> None:
        from .storage import io_settings

        io_settings.clear(self._db, self.project.ctx, self.project.study.id)

    # -- tables and the employment form ----------------------------------------------------------

    @staticmethod
    def tables() -> list[dict[str, Any]]:
        """The shipped tables: id, title, French title, number of sectors."""
        from .exchange.io_study import open_table
        from .exchange.io_workbench import InputOutputWorkbench

        found = []
        for table_id in InputOutputWorkbench.shipped_tables():
            bench = open_table(table_id)
            found.append({"id": table_id, "title": bench.info.title,
                          "title_fr": bench.info.title_fr, "sectors": len(bench.sectors)})
        return found

    def sectors(self, table: str | None = None) -> list[tuple[str, str]]:
        """(code, label) of every sector of `table` (default: the study's)."""
        from .exchange.io_study import open_table

        bench = open_table(table or self.settings().table)
        labels = bench.table.labels or tuple(bench.sectors)
        return list(zip(bench.sectors, labels, strict=True))

    def national_employment(self, table: str | None = None) -> dict[str, float]:
        """National employment by sector in persons, shown beside the regional form."""
        from .exchange.io_study import national_employment, open_table

        return national_employment(open_table(table or self.settings().table))

    def read_regional_employment(self, path: str | Path,
                                 table: str | None = None) -> dict[str, float]:
        """A `code,employment` CSV (persons) checked against the table; nothing is saved."""
        from .exchange.io_study import open_table, read_employment_csv

        return read_employment_csv(open_table(table or self.settings().table), Path(path))

    # -- the model -----------------------------------------------------------------------------

    def _model(self) -> Any:
        from .exchange.io_study import StudyModel, SurveyInputs
        from .storage.io_survey import naf_by_interview

        interviews, lines, respondents = self.project.analysis.frames()
        survey = SurveyInputs(interviews, lines, respondents, naf_by_interview(self._db))
        return StudyModel(self.settings(), survey)

    def workbench(self) -> Any:
        """The configured `InputOutputWorkbench` (hybrid where the survey observed shares)."""
        return self._model().bench

    def multipliers(self) -> dict[str, Any]:
        """`InputOutputWorkbench.compute()` plus labels, jobs per M€, where each column came
        from (survey or LQ), the observed shares, h_loc and the `io_proxy` shares."""
        return self._model().multipliers()

    def shock(self, sector: str, amount_euros: float) -> dict[str, Any]:
        """Effects in the territory of extra final demand for one sector, in euros and jobs."""
        return self._model().shock(sector, amount_euros)

    def io_proxy_shares(self) -> dict[str, float]:
        """Round-3 shares for `supplier` and `staff`; empty without settings or h_loc."""
        if not self.has_settings():
            return {}
        return self._model().io_proxy_shares()

    def scenario_impact(self, category: str, fraction: float,
                        respend_share: float) -> dict[str, Any]:
        """The shift scenario's extra local purchases as a final-demand shock on the supplying
        sectors: output, income and jobs in the territory."""
        from .analysis.scenarios import shift_scenario

        chosen = self.project.study.category(category)
        if chosen is None:
            codes = ", ".join(c.code for c in self.project.study.categories)
            raise InvalidInput(f"Unknown category {category!r}; use one of {codes}",
                               field="category")
        if str(chosen.recipient) != "supplier":
            raise InvalidInput(f"The input-output impact follows purchases from suppliers; "
                               f"{category!r} is paid to {chosen.recipient}", field="category")
        check_share(fraction, "shifted fraction")
        check_share(respend_share, "re-spend share")
        model = self._model()
        survey = model.survey
        scenario = shift_scenario(survey.interviews, survey.lines, respondents=survey.respondents,
                                  defaults=self.project.analysis._defaults(), category=category,
                                  fraction=fraction, respend_share=respend_share,
                                  io_proxy=model.io_proxy_shares() or None)
        return model.scenario_impact(scenario.to_dict(), category)

    def export_multipliers(self, path: str | Path, *, headers: dict[str, str] | None = None,
                           lang: str = "fr") -> Path:
        """The multipliers table as .csv (`;`, decimal comma, BOM) or .xlsx, with attribution."""
        from .exchange.io_exports import export_multipliers

        return export_multipliers(self.multipliers(), Path(path), headers=headers, lang=lang)
