"""`Project` opens one study file; the GUI, the CLI and the tests talk only to it.

It is made of small managers (`businesses`, `interviews`, `respondents`, `analysis`, `io`,
`exchange`, `sync`), one module each, in the manner of Anki's collection. Heavy libraries
(pandas, the engine) are imported on first use so the desktop window appears fast.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from ..crypto import check_new_passphrase
from ..domain import Study, Territory, new_id, rules
from ..domain.changes import Changed, Changes
from ..domain.study_defaults import new_study_defaults
from ..errors import InvalidInput
from ..storage import StudyDatabase, WriteContext
from ..storage import businesses as business_store
from ..storage import interviews as interview_store
from ..storage import respondents as respondent_store
from ..storage import studies as study_store
from ..storage.cipher import rewrite_study
from ..storage.database import check_study_file, is_encrypted
from ..storage.records import record_history
from ..sync.kit import install_kit, is_protected, read_kit
from .analysis import Analysis
from .backups import Backups
from .businesses import Businesses
from .exchange import Exchange, ImportReport
from .hub import Hub
from .impact import Impact
from .input_output import InputOutput
from .interop import Interop
from .interviews import Interviews
from .privacy import Privacy
from .reference import territory_communes
from .respondents import Respondents
from .scenarios import SavedScenarios
from .study_settings import StudySettings
from .sync import Sync
from .territory import Territory as TerritoryManager

if TYPE_CHECKING:
    from ..analysis.scenario_impact import ScenarioSpec
    from ..exchange.interchange import StudyData
    from .base import Progress, ShouldCancel


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
        self.hub = Hub(self)
        self.territory = TerritoryManager(self)
        self.impact = Impact(self)
        self.backups = Backups(self)
        self.settings = StudySettings(self)
        self.scenarios = SavedScenarios(self)
        self.interop = Interop(self)
        self.privacy = Privacy(self)

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, who: str | None = None,
             device: str | None = None, passphrase: str | None = None) -> Project:
        """`device` defaults to this computer's id for this file (see `_replica`); `who`, to the
        surveyor named for this file on this computer (`set_writer`). An encrypted file needs
        its `passphrase` (`storage.encrypted` without, `storage.wrong_passphrase`)."""
        sdb = StudyDatabase(path, passphrase=passphrase)
        device = device or _replica(sdb.meta(REPLICA_KEY))
        return cls(sdb, _context(who or sdb.meta(WRITER_KEY + device), device))

    @classmethod
    def create(cls, path: str | Path, study: Study, *, who: str | None = None,
               device: str | None = None, passphrase: str | None = None) -> Project:
        """A new study file, encrypted with `passphrase` when one is given."""
        study = _check_study(study)
        who = rules.check_surveyor_name(who) if who else None
        passphrase = check_new_passphrase(passphrase) if passphrase is not None else None
        token = None if device else _new_token()  # a caller that names the device manages ids
        project = cls(StudyDatabase(path, create=True, passphrase=passphrase),
                      _context(who, device or _replica(token)))
        with project._db.atomic():
            study_store.save_study(project._db, study, project.ctx)
            project._db.set_meta("created_by_device", project.ctx.device)
            if token:
                project._db.set_meta(REPLICA_KEY, token)
            if who:
                project._db.set_meta(WRITER_KEY + project.ctx.device, who)
        return project

    @classmethod
    def create_from_kit(cls, kit: str | Path, path: str | Path, *, who: str | None = None,
                        device: str | None = None, kit_passphrase: str | None = None,
                        passphrase: str | None = None) -> Project:
        """A surveyor's study file made from the coordinator's kit: same study id and key.
        A protected kit needs `kit_passphrase`; nothing is created when it is wrong. A kit
        that asks for encrypted files (`kit_wants_encryption`) needs a new `passphrase`
        for the study file; any kit accepts one."""
        who = rules.check_surveyor_name(who) if who else None
        if passphrase is not None:
            passphrase = check_new_passphrase(passphrase)
        elif kit_wants_encryption(kit):
            raise InvalidInput("storage.kit_wants_passphrase", field="passphrase")
        token = None if device else _new_token()
        ctx = _context(who, device or _replica(token))
        meta = {REPLICA_KEY: token} if token else {}
        if who:
            meta[WRITER_KEY + ctx.device] = who
        return cls(study_file_from_kit(kit, path, ctx.device, meta,
                                       kit_passphrase=kit_passphrase, passphrase=passphrase),
                   ctx)

    @classmethod
    def new_study(cls, path: str | Path, name: str, fiscal_year: int,
                  communes: list[str] | None = None, territory_name: str = "", *,
                  epcis: list[str] | None = None, **kwargs: Any) -> Project:
        """A new empty study. Its territory is `communes` (INSEE codes) and every member
        commune of `epcis` (SIREN or name); each must exist in the shipped geography. It
        starts with the sourced Round-3 defaults (`new_study_defaults`)."""
        territory = territory_communes(communes or [], epcis or [])
        study = Study(id=new_id(), name=name, fiscal_year=fiscal_year,
                      territory=Territory(territory_name, territory),
                      respend_defaults=new_study_defaults())
        return cls.create(path, study, **kwargs)

    @classmethod
    def create_demo(cls, path: str | Path, *, register: bool = True, **kwargs: Any) -> Project:
        """The fictitious demo study (demo/study.py, the same every time) in a new file at
        `path`, open. With `register`, also its fictitious business register, design and draw
        (the Territoire view's). `madeinlocal demo`, the welcome screen and the tests make the
        demo here; nothing is left behind if it fails."""
        from ..demo.study import demo_study
        from ..exchange import interchange

        project, _ = create_from_data(path, interchange.parse(demo_study()), **kwargs)
        if register:
            try:
                project.territory.install_demo()
            except BaseException:
                project.close()
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
                raise
        return project

    def close(self) -> None:
        self._db.close()

    def continue_in_copy(self, path: str | Path) -> Path:
        """Carry on in a copy of the study at `path`, a new file: what a surveyor does when
        this file cannot be written (read-only medium, full disk). The copy is a replica of
        its own for synchronisation; this file is left as it was."""
        from ..storage.backups import copy_to

        target = copy_to(self._db, Path(path))
        copy = StudyDatabase(target, passphrase=self._db.passphrase)
        token = _new_token()
        copy.set_meta(REPLICA_KEY, token)
        old, self._db = self._db, copy
        old.close()
        self.ctx = WriteContext(who=self.ctx.who, device=_replica(token))
        self._study = None
        return target

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def encrypted(self) -> bool:
        return self._db.encrypted

    @property
    def reopening_key(self) -> str | None:
        """The key derived from the passphrase (None for a plain file): what the keychain keeps,
        since it reopens the file without the slow derivation a typed passphrase needs."""
        return self._db.passphrase

    def set_passphrase(self, passphrase: str | None) -> None:
        """Encrypt this open study with `passphrase`, change its passphrase, or (None) write
        it back plain: the file is closed, rewritten all or nothing, and opened again (with
        the passphrase it has then). Other programs should not have it open meanwhile."""
        new = check_new_passphrase(passphrase) if passphrase is not None else None
        if new is None and not self.encrypted:
            raise InvalidInput("storage.not_encrypted", name=self.path.name)
        path, old = self._db.path, self._db.passphrase
        self._db.close()
        now = old
        try:
            now = rewrite_study(path, old, new)
        finally:
            self._db = StudyDatabase(path, passphrase=now)

    # -- encryption of a closed file (in place, all or nothing) ---------------------------------

    @staticmethod
    def is_encrypted(path: str | Path) -> bool:
        """Whether the file needs a passphrase to open (read from its first bytes)."""
        return is_encrypted(path)

    @staticmethod
    def check_encryption(path: str | Path, *, encrypted: bool) -> None:
        """Refuse a file that is not a study, or is not encrypted (or plain) as expected."""
        _existing_study(path, encrypted=encrypted)

    @staticmethod
    def kit_wants_encryption(kit: str | Path) -> bool:
        """Whether study files made from this kit must be encrypted."""
        return kit_wants_encryption(kit)

    @staticmethod
    def encrypt_file(path: str | Path, passphrase: str) -> None:
        """Encrypt the plain study file at `path` with a new passphrase. Close it first."""
        path = _existing_study(path, encrypted=False)
        rewrite_study(path, None, check_new_passphrase(passphrase))

    @staticmethod
    def decrypt_file(path: str | Path, passphrase: str) -> None:
        """Write the encrypted study file at `path` back as a plain file."""
        path = _existing_study(path, encrypted=True)
        rewrite_study(path, passphrase, None)

    @staticmethod
    def change_passphrase(path: str | Path, old: str, new: str) -> None:
        path = _existing_study(path, encrypted=True)
        rewrite_study(path, old, check_new_passphrase(new))

    # -- the study -----------------------------------------------------------------------------

    @property
    def study(self) -> Study:
        if self._study is None:
            self._study = study_store.load_study(self._db)
        return self._study

    def update_study(self, study: Study) -> Changes:
        study = _check_study(study)
        with self._db.atomic():
            study_store.save_study(self._db, study, self.ctx)
        self._study = None
        return Changes(settings=True)

    def study_row_changed(self) -> None:
        """The study row was written by a manager (a category, a bundle): `study` reads it
        again on its next use instead of the copy kept here."""
        self._study = None

    def reread(self) -> Changed[Study]:
        """The study read again after records came from elsewhere (an import, a sync):
        any record or setting may have changed."""
        self._study = None
        return Changed(self.study, Changes.everything())

    # -- the report and the shop sheets (project/reports.py) -------------------------------------

    def report(self, out: str | Path, *, lang: str = "fr",
               scenarios: Sequence[str | ScenarioSpec] | None = None,
               compare: Sequence[str | Path] = (), progress: Progress | None = None,
               cancel: ShouldCancel | None = None) -> Path:
        """The study report as PDF at `out`: `scenarios` names saved scenarios (or gives
        specs; None: every saved one), `compare` other study files for a comparison."""
        from .reports import write_study_report

        return write_study_report(self, out, lang=lang, scenarios=scenarios, compare=compare,
                                  progress=progress, cancel=cancel)

    def shop_sheets(self, out: str | Path, *, shops: str | Sequence[str] = "all",
                    one_per_shop: bool = False, lang: str = "fr",
                    progress: Progress | None = None,
                    cancel: ShouldCancel | None = None) -> list[Path]:
        """A feedback page for each interviewed shop ("all" or business ids) in `out`, or one
        file per shop beside it; returns the files written."""
        from .reports import write_shop_sheets

        return write_shop_sheets(self, out, shops=shops, one_per_shop=one_per_shop, lang=lang,
                                 progress=progress, cancel=cancel)

    # -- who types on this computer -----------------------------------------------------------

    @property
    def writer(self) -> str | None:
        """The surveyor named as the one typing in this file on this computer (None: not asked
        yet, and changes are signed with the computer's login meanwhile)."""
        return self._db.meta(WRITER_KEY + self.ctx.device) or None

    def set_writer(self, name: str) -> Changed[str]:
        """Name the surveyor who types here: every change, history row and bundle carries it
        from now on ("Saisie par" in conflicts, the bundle's file name)."""
        checked = rules.check_surveyor_name(name)
        with self._db.atomic():
            self._db.set_meta(WRITER_KEY + self.ctx.device, checked)
        self.ctx = WriteContext(who=checked, device=self.ctx.device)
        return Changed(checked, Changes(settings=True))  # "Saisie par" in the views

    def writer_choices(self) -> list[str]:
        """Names to offer: the kit's surveyors, then the names already typed in interviews."""
        names = [s.name for s in study_store.load_surveyors(self._db)]
        names += interview_store.surveyor_names(self._db)
        return list(dict.fromkeys(name for name in names if name.strip()))

    def history(self, table: str, record_id: str) -> list[dict[str, Any]]:
        """Every recorded change of one record: field, old, new, who, at, device."""
        return record_history(self._db, table, record_id)

    def load_all(self, *, interviews: bool = True) -> StudyData:
        from ..exchange.interchange import StudyData
        from ..storage import io_settings

        return StudyData(self.study, study_store.load_surveyors(self._db),
                         business_store.load_all(self._db),
                         interview_store.load_all(self._db) if interviews else [],
                         respondent_store.load_all(self._db),
                         io_settings=io_settings.load(self._db),
                         territory=self.territory.export_sections())


# Version vectors count saves per device, so two study files on one computer must not share
# a device id: each file made here draws a token, and its device id is this installation's id
# plus that token. A copy taken to another computer gets that computer's id; a file made
# before tokens existed keeps the installation's id, as it always had.


# Version vectors count saves per device, so two study files on one computer must not share
# a device id: each file made here draws a token, and its device id is this installation's id
# plus that token. A copy taken to another computer gets that computer's id; a file made
# before tokens existed keeps the installation's id, as it always had.
REPLICA_KEY = "sync.replica_token"
WRITER_KEY = "sync.writer."  # + device id: the surveyor typing in this file on this computer


def _new_token() -> str:
    import secrets

    return secrets.token_hex(3)


def _replica(token: str | None) -> str:
    return paths.device_id() + (f"-{token}" if token else "")


def _context(who: str | None, device: str | None) -> WriteContext:
    return WriteContext(who=who or paths.user_name(), device=device or paths.device_id())


def _check_study(study: Study) -> Study:
    return rules.check_study(study)


def create_from_data(path: str | Path, data: StudyData, **kwargs: Any) -> tuple[Project,
                                                                               ImportReport]:
    """A new study file holding `data` (its settings and its records)."""
    project = Project.create(path, data.study, **kwargs)
    try:
        report = project.exchange.import_data(data).value
        if data.io_settings is not None:
            try:
                project.io.save_settings(data.io_settings)
            except InvalidInput as error:  # a table this computer does not have, say
                raise InvalidInput("project.io_settings_refused", field="study.io_settings",
                                   error=error) from None
        project.territory.restore(data.territory)
    except BaseException:
        project.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return project, report


def kit_is_protected(kit: str | Path) -> bool:
    """Whether a kit asks a passphrase before it opens (to ask for it first)."""
    return is_protected(Path(kit))


def study_file_from_kit(kit: str | Path, path: str | Path, device: str,
                        meta: Mapping[str, str] | None = None, *,
                        kit_passphrase: str | None = None,
                        passphrase: str | None = None) -> StudyDatabase:
    """A new study file filled from a kit; nothing is left behind if the kit is refused."""
    # The whole kit is opened and checked before the file is created.
    checked = read_kit(Path(kit), kit_passphrase)
    sdb = StudyDatabase(path, create=True, passphrase=passphrase)
    try:
        install_kit(sdb, checked, device, meta)
    except BaseException:
        sdb.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return sdb


def _existing_study(path: str | Path, *, encrypted: bool) -> Path:
    """The study file to rewrite, refused when it is already as asked."""
    path = Path(path)
    check_study_file(path, encrypted_ok=True)
    if is_encrypted(path) != encrypted:
        raise InvalidInput("storage.already_encrypted" if not encrypted
                           else "storage.not_encrypted", name=path.name)
    return path


KIT_ENCRYPTED_FIELD = "encrypted_files"  # the kit's flag: files made from it are encrypted


def kit_wants_encryption(kit: str | Path) -> bool:
    """Whether the kit asks that study files made from it be encrypted (old kits: no). A kit
    that cannot be read says no here: `read_kit` then names what is wrong with it."""
    import json

    try:
        document = json.loads(Path(kit).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(document, dict) and document.get(KIT_ENCRYPTED_FIELD, False) is True
