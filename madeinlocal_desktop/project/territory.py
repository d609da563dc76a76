"""The facade's territory manager: `project.territory`.

The business register of the territory (the frame), the sampling design and its draw, the
territory's estimates (euros a year, with intervals), its profile, and the regional employment
the input-output model can take from the frame. See docs/territory.md.

    project.territory.import_frame("StockEtablissement_86.csv").value   # FrameImport report
    project.territory.save_design({"strata": ["a17", "size"], "scope": ["47", "56"], "n": 120})
    project.territory.draw(seed=2026, reserve=3)
    project.territory.estimate().to_dict()                         # the `territory` JSON object
"""

from __future__ import annotations

import dataclasses
import hashlib
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..domain import Business, Ownership, new_id
from ..domain.changes import Changed, Changes
from ..errors import InvalidInput, NotFound
from ..storage import frame as frame_store
from .base import Manager

if TYPE_CHECKING:
    from ..analysis.sampling import Plan
    from ..exchange.territory_interchange import TerritoryData

Progress = Callable[[float], None]
ShouldCancel = Callable[[], bool]

CALIBRATIONS = ("employment",)
_CHANGE_FIELDS = ("naf", "size_code", "commune", "name", "address")
FRAME = Changes(frame=True)  # the register, the design and its draw


@dataclass(frozen=True)
class FrameImport:
    """What an import did: the new version, what was kept and left out, what changed."""

    version: int
    report: dict[str, Any]
    changes: dict[str, Any] | None = None  # against the previous extract, when one was replaced
    employment_updated: bool = False  # the IO model's regional employment followed the frame

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, **self.report, "changes": self.changes,
                "employment_updated": self.employment_updated}


@dataclass(frozen=True)
class TerritoryResult:
    """The `territory` object of `madeinlocal analyse --territory --format json`."""

    data: dict[str, Any]
    sample_units: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)

    def to_dict(self) -> dict[str, Any]:
        return self.data


def _text(value: Any) -> str:
    """A frame cell for a sheet: a missing value (None, or pandas' NaN) is left blank."""
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) \
        else str(value)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _changes(old: pd.DataFrame, new: pd.DataFrame) -> dict[str, Any]:
    """Added, gone and changed establishments between two extracts (by SIRET)."""
    before = old.set_index("siret")
    after = new.set_index("siret")
    added = after.index.difference(before.index)
    gone = before.index.difference(after.index)
    both = after.index.intersection(before.index)
    changed: dict[str, int] = {}
    any_change = pd.Series(False, index=both)
    for name in _CHANGE_FIELDS:
        a = before.loc[both, name].fillna("").astype(str)
        b = after.loc[both, name].fillna("").astype(str)
        differs = a != b
        changed[name] = int(differs.sum())
        any_change |= differs
    return {"added": len(added), "gone": len(gone), "changed": int(any_change.sum()),
            "unchanged": int((~any_change).sum()), "by_field": changed,
            "gone_sirets": sorted(gone.tolist())[:200]}


class Territory(Manager):
    """The territory of the study: frame, design, draw, estimates, profile."""

    # -- the frame -------------------------------------------------------------------------------

    def frame_version(self) -> dict[str, Any] | None:
        return frame_store.current_version(self._db)

    def has_frame(self) -> bool:
        return self.frame_version() is not None

    def versions(self) -> list[dict[str, Any]]:
        return frame_store.versions(self._db)

    def frame(self) -> pd.DataFrame:
        """The current extract's establishments (analysis.frame_profile.FRAME_COLUMNS)."""
        return frame_store.load_units(self._db)

    def _require_frame(self) -> dict[str, Any]:
        version = self.frame_version()
        if version is None:
            raise InvalidInput("territory.no_frame", field="frame")
        return version

    def read_register(self, path: str | Path, *, mapping: Mapping[str, str] | None = None,
                      sheet: str | None = None) -> Any:
        """Read and check an extract against the study's communes; nothing is stored."""
        from ..exchange.register_reader import read_register

        communes = self.project.study.territory.communes
        if not communes:
            raise InvalidInput("territory.no_communes", field="communes")
        return read_register(path, communes, mapping=mapping, sheet=sheet)

    @staticmethod
    def register_columns(path: str | Path, sheet: str | None = None) -> list[str]:
        """The columns of a register file, for the column-mapping step."""
        from ..exchange.register_reader import read_header

        return read_header(path, sheet)

    @staticmethod
    def register_fields() -> dict[str, str]:
        """The fields a register file can give, and the SIRENE column of each."""
        from ..exchange.register_reader import SIRENE_COLUMNS

        return dict(SIRENE_COLUMNS)

    def import_frame(self, path: str | Path, *, replace: bool = False,
                     mapping: Mapping[str, str] | None = None,
                     sheet: str | None = None) -> Changed[FrameImport]:
        """Import an extract as the study's frame (a newer one only with `replace`)."""
        path = Path(path)
        current = self.frame_version()
        if current is not None and not replace:
            raise InvalidInput("territory.frame_exists", field="replace",
                               version=current["version"], count=current["establishments"])
        extract = self.read_register(path, mapping=mapping, sheet=sheet)
        changes = None if current is None else _changes(self.frame(), extract.frame)
        before = self._employment_follows_frame() if current is not None else False
        version = frame_store.replace_units(
            self._db, extract.frame,
            {"source_name": path.name, "source_sha256": _sha256(path),
             "report": {**extract.report, "changes": changes}},
            self.project.ctx, self.project.study.id)
        updated = False
        if before:
            updated = self._follow_frame()
        return Changed(FrameImport(version, extract.report, changes, updated), FRAME)

    def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Establishments of the frame whose name, address or SIRET contains `text`, each with
        its NAF label and whether the register already holds it."""
        from ..reference import naf_bridge

        if not text.strip():
            return []
        linked = {r["siret"] for r in frame_store.business_links(self._db).values()
                  if r["siret"]}
        found = frame_store.search(self._db, text, limit)
        for row in found:
            sub = naf_bridge.subclasses().get(row["naf"])
            row["naf_label"] = sub.label if sub else ""
            row["in_register"] = row["siret"] in linked
        return found

    def add_to_register(self, siret: str, *,
                        ownership: Ownership | str | None = None) -> Changed[Business]:
        """A register business made from a frame unit: name, SIRET, NAF, commune and address
        filled in; the ownership guessed from the legal category unless given."""
        from ..analysis.frame_profile import ESS_ASSOCIATIONS, ESS_CATEGORIES

        self._require_frame()
        unit = frame_store.unit(self._db, siret)
        if unit is None:
            raise NotFound("territory.not_in_frame", field="frame.siret", siret=siret)
        for row in frame_store.business_links(self._db).values():
            if row["siret"] == siret:
                raise InvalidInput("territory.already_in_register", field="frame.siret",
                                   name=row["name"], siret=siret)
        if ownership is None:
            legal = unit["legal_category"] or ""
            if legal in ESS_ASSOCIATIONS:
                ownership = Ownership.PUBLIC
            elif legal in ESS_CATEGORIES:
                ownership = Ownership.COOPERATIVE
            elif unit["head_office"] == 0:
                ownership = Ownership.CHAIN_BRANCH
            else:
                ownership = Ownership.INDEPENDENT
        name = (unit["name"] or "").strip() or siret
        business = Business(id=new_id(), name=name, naf=unit["naf"], ownership=Ownership(
            ownership), commune=unit["commune"], siret=siret, address=unit["address"])
        return Changed(self.project.businesses.save(business).value,
                       Changes(businesses=True, frame=True))

    # -- the units the design works on -------------------------------------------------------------

    def units(self, *, staff: bool = False) -> pd.DataFrame:
        """The frame with its sector columns (a17, a38, naf_group) and salaried jobs; `staff`
        takes an interviewed shop's own staff figure instead of its size band."""
        from ..analysis.frame_profile import jobs
        from ..reference import naf_bridge

        frame = self.frame()
        subs = naf_bridge.subclasses()
        frame["a17"] = frame["naf"].map(lambda c: subs[c].a17)
        frame["a38"] = frame["naf"].map(lambda c: subs[c].a38)
        frame["naf_group"] = frame["naf"].str[:4]
        frame["jobs"], frame["jobs_from_interview"] = jobs(
            frame, self._staff() if staff else None)
        return frame

    def _staff(self) -> dict[str, float]:
        return {r["siret"]: float(r["staff_fte"]) for r in
                frame_store.business_links(self._db).values()
                if r["siret"] and r["staff_fte"] is not None}

    # -- the design ------------------------------------------------------------------------------

    def design(self) -> dict[str, Any] | None:
        stored = frame_store.load_design(self._db)
        return None if stored is None else stored["spec"]

    def plan(self, spec: Mapping[str, Any] | None = None, *,
             units: pd.DataFrame | None = None) -> Plan:
        """The strata, their sizes and sample sizes of a design (default: the stored one)."""
        from ..analysis.sampling import check_spec, plan

        self._require_frame()
        chosen = spec if spec is not None else self.design()
        if chosen is None:
            raise InvalidInput("territory.no_design", field="design")
        return plan(self.units() if units is None else units, check_spec(chosen))

    def save_design(self, spec: Mapping[str, Any]) -> Changed[Plan]:
        """Check the design against the frame and store it (refused designs change nothing)."""
        chosen = self.plan(spec)
        frame_store.save_design(self._db, chosen.spec.to_dict(),
                                self._require_frame()["version"], self.project.ctx,
                                self.project.study.id)
        return Changed(chosen, FRAME)

    def draw(self, *, seed: int, reserve: int = 0) -> Changed[dict[str, Any]]:
        """Draw the stored design's sample with its reserve and store it (replacing the last)."""
        from ..analysis.sampling import draw

        units = self.units()
        chosen = self.plan(units=units)
        drawn = draw(units, chosen, seed=seed, reserve=reserve)
        info = {"seed": seed, "reserve": reserve,
                "frame_version": self._require_frame()["version"],
                "design": chosen.spec.to_dict()}
        frame_store.save_draw(self._db, info, drawn.units, self.project.ctx,
                              self.project.study.id)
        return Changed({**info, "counts": drawn.counts(), "units": len(drawn.units)}, FRAME)

    def current_draw(self) -> tuple[dict[str, Any], pd.DataFrame] | None:
        return frame_store.load_draw(self._db)

    def call_sheet_rows(self) -> list[tuple[Any, ...]]:
        """The drawn units in calling order with what a surveyor needs to reach them."""
        from ..analysis.frame_profile import size_band
        from ..reference import geo, naf_bridge

        found = self.current_draw()
        if found is None:
            raise InvalidInput("territory.no_draw", field="draw")
        _, drawn = found
        frame = self.frame().set_index("siret")
        subs = naf_bridge.subclasses()
        rows = []
        order = {"sample": 0, "reserve": 1}
        drawn = drawn.assign(_role=drawn["role"].map(order)).sort_values(
            ["stratum", "_role", "rank"], kind="stable")
        for siret, stratum, role, rank in drawn[["siret", "stratum", "role", "rank"]] \
                .itertuples(index=False, name=None):
            unit = frame.loc[siret] if siret in frame.index else None
            if unit is None:
                rows.append((stratum, role, int(rank), "", siret, "", "", "", "", "", ""))
                continue
            sub = subs.get(unit["naf"])
            rows.append((stratum, role, int(rank), _text(unit["name"]), siret,
                         _text(unit["address"]), _text(unit["postal_code"]),
                         geo.commune_name(unit["commune"]) or unit["commune"], unit["naf"],
                         sub.label if sub else "", size_band(unit["size_code"])))
        return rows

    def export_call_sheet(self, path: str | Path, *, lang: str = "fr") -> Path:
        from ..exchange.call_sheet import write_call_sheet

        return write_call_sheet(self.call_sheet_rows(), Path(path), lang=lang,
                                fictitious=self.project.study.fictitious)

    # -- the territory's estimates ---------------------------------------------------------------

    def estimate(self, *, bootstrap: int = 2000, seed: int | None = None,
                 calibrate: str | None = None,
                 calibration_bounds: tuple[float, float] | None = None,
                 progress: Progress | None = None,
                 should_cancel: ShouldCancel | None = None) -> TerritoryResult:
        """Territory totals (euros a year), LM3 and recirculation with their intervals.

        `calibration_bounds` (low, high) bound the calibrated weights as multiples of the
        design weight (default: the calibration's own, 0.5 and 2)."""
        from ..analysis.statistics import DEFAULT_SEED
        from ..analysis.territory import Strata, estimate
        from ..analysis.territory_inputs import LEAK_PREFIX, RATIOS, interview_values, match
        from ..reference import naf_bridge

        version = self._require_frame()
        if calibrate is not None and calibrate not in CALIBRATIONS:
            raise InvalidInput("territory.calibration_unknown", field="calibrate",
                               name=calibrate, allowed=list(CALIBRATIONS))
        units = self.units()
        chosen = self.plan(units=units)
        spec = chosen.spec
        level = spec.sector_variable or "a17"
        from ..analysis.sampling import in_scope, stratum_keys

        scoped = units[in_scope(units["naf"], spec.scope)]
        keys = [s.key for s in chosen.strata]
        index = {k: i for i, k in enumerate(keys)}
        sirets = scoped["siret"].tolist()  # plain lists: zipping pandas columns is slow
        stratum_of = dict(zip(sirets, stratum_keys(scoped, spec.strata).map(index).tolist(),
                              strict=True))
        labels = naf_bridge.sector_labels(level)
        sector_code = scoped[level].astype(str).tolist()
        sector_codes = sorted(set(sector_code))
        sector_of = dict(zip(sirets, sector_code, strict=True))

        interviews, lines, respondents = self.project.analysis.frames()
        values = interview_values(
            interviews, lines, respondents=respondents,
            defaults=self.project.analysis._defaults(),
            io_proxy=self.project.io.io_proxy_shares() or None)
        links = frame_store.business_links(self._db)
        matched = match(values, {b: r["siret"] for b, r in links.items()}, stratum_of,
                        set(units["siret"].tolist()), sector_of, sector_codes)
        strata = Strata(keys=tuple(keys), parts=tuple(s.parts for s in chosen.strata),
                        variables=spec.strata,
                        N=np.array([s.N for s in chosen.strata], dtype=np.intp),
                        jobs=np.array([s.jobs for s in chosen.strata], dtype=np.float64),
                        planned=np.array([s.n for s in chosen.strata], dtype=np.intp))
        calibration = None
        if calibrate == "employment":
            calibration = self._employment_calibration(matched, scoped, stratum_of)
            if calibration_bounds is not None:
                calibration = dataclasses.replace(
                    calibration, bounds=(float(calibration_bounds[0]),
                                         float(calibration_bounds[1])))
        found = estimate(strata, matched.sample, ratios=RATIOS, bootstrap=bootstrap,
                         seed=DEFAULT_SEED if seed is None else seed,
                         bootstrap_totals=("r1", "r2", "r3", "local"), calibration=calibration,
                         progress=progress, should_cancel=should_cancel)
        data = found.to_dict()
        totals = data.pop("totals")
        domains = data.pop("domains")

        def euros(block: dict[str, Any]) -> dict[str, Any]:
            return {"totals": {k: block["totals"][k] for k in ("r1", "r2", "r3", "local")},
                    "leakage": sum((block["totals"][k]["estimate"] or 0.0)
                                   for k in block["totals"] if k.startswith(LEAK_PREFIX)),
                    "respondents": block["respondents"], "lm3": block.get("lm3"),
                    "recirculation": block.get("recirculation")}

        result = {
            "frame": {"establishments": chosen.frame_establishments,
                      "in_scope": chosen.in_scope, "version": version["version"],
                      "source_name": version.get("source_name")},
            "design": spec.to_dict(),
            "sector_level": level,
            "strata": data.pop("strata"),
            "totals": {k: totals[k] for k in ("r1", "r2", "r3", "local")},
            "leakage": {k[len(LEAK_PREFIX):]: v for k, v in totals.items()
                        if k.startswith(LEAK_PREFIX) and (v["estimate"] or 0) > 0},
            "lm3": data.pop("lm3"), "recirculation": data.pop("recirculation"),
            "by_sector": {code: {"label": labels.get(code, code), **euros(block)}
                          for code, block in domains.get("sector", {}).items()},
            "by_ownership": {code: euros(block)
                             for code, block in domains.get("ownership", {}).items()},
            "outside_frame": len(matched.outside_frame),
            "outside_frame_interviews": list(matched.outside_frame),
            "outside_scope": len(matched.outside_scope),
            "outside_scope_interviews": list(matched.outside_scope),
            "averaged_units": list(matched.averaged),
            **data,
            "fictitious": self.project.study.fictitious,
        }
        return TerritoryResult(result)

    def _employment_calibration(self, matched: Any, scoped: pd.DataFrame,
                                stratum_of: Mapping[str, int]) -> Any:
        """Rake to the frame's salaried jobs by sector (within the strata that answered)."""
        from ..analysis.calibration import Calibration, Margin

        answered = set(matched.sample.stratum.tolist())
        jobs_of = dict(zip(scoped["siret"], scoped["jobs"], strict=True))
        a17_of = dict(zip(scoped["siret"], scoped["a17"], strict=True))
        covered = scoped[scoped["siret"].map(stratum_of).isin(answered)]
        totals = covered.groupby("a17")["jobs"].sum()
        v = np.array([jobs_of[s] for s in matched.sirets])
        sectors = [str(a17_of[s]) for s in matched.sirets]
        kept = sorted(c for c in totals.index if totals[c] > 0 and any(
            sec == c and job > 0 for sec, job in zip(sectors, v, strict=True)))
        codes = np.array([kept.index(s) if s in kept else -1 for s in sectors], dtype=np.intp)
        return Calibration((Margin("employment", codes, tuple(kept),
                                   np.array([float(totals[c]) for c in kept]), v),))

    # -- the profile and the input-output employment ---------------------------------------------

    def profile(self) -> dict[str, Any]:
        from ..analysis.frame_profile import profile
        from ..reference import naf_bridge

        version = self._require_frame()
        subs = naf_bridge.subclasses()
        found = profile(self.frame(), lambda naf: (subs[naf].a17, subs[naf].a17_label),
                        self._staff())
        return {"version": version["version"], "source_name": version.get("source_name"),
                "imported_at": version.get("imported_at"), **found.to_dict()}

    def regional_employment(self, table: str | None = None) -> dict[str, float]:
        """Salaried jobs of the frame by sector of the input-output table (persons)."""
        from ..analysis.frame_profile import employment_by_sector
        from ..analysis.io_study import open_table
        from ..errors import UserFacingError

        self._require_frame()
        bench = open_table(table or self.project.io.settings().table)
        frame = self.frame()
        bridge: dict[str, str | None] = {}
        for naf in frame["naf"].unique():
            try:
                bridge[naf] = bench.sector_for_naf(naf)
            except UserFacingError:  # a NAF code the table's bridge drops (e.g. 99.00Z)
                bridge[naf] = None
        return employment_by_sector(frame, bridge.get, list(bench.sectors), self._staff())

    def employment_source(self) -> dict[str, Any] | None:
        """Where the IO settings' regional employment comes from: 'frame' when it is the
        frame's (version, file), 'typed' otherwise; None without regional employment."""
        settings = self.project.io.settings()
        if not self.project.io.has_settings() or settings.regional_employment is None:
            return None
        if self.has_frame() and self._employment_follows_frame():
            version = self._require_frame()
            return {"source": "frame", "version": version["version"],
                    "source_name": version.get("source_name")}
        return {"source": "typed"}

    def _employment_follows_frame(self) -> bool:
        settings = self.project.io.settings()
        if not self.project.io.has_settings() or settings.regional_employment is None:
            return False
        try:
            mine = self.regional_employment(settings.table)
        except InvalidInput:
            return False
        stored = settings.regional_employment
        return set(mine) == set(stored) and all(abs(mine[k] - float(stored[k])) < 1e-6
                                                for k in mine)

    def _follow_frame(self) -> bool:
        settings = self.project.io.settings()
        self.project.io.save_settings(
            regional_employment=self.regional_employment(settings.table))
        return True

    def apply_employment(self, table: str | None = None) -> Changed[dict[str, float]]:
        """Store the frame's employment as the IO model's regional employment (editable)."""
        employment = self.regional_employment(table)
        changes: dict[str, Any] = {"regional_employment": employment}
        if table is not None:
            changes["table"] = table
        self.project.io.save_settings(**changes)
        return Changed(employment, Changes(io=True))

    # -- interchange and the demo ----------------------------------------------------------------

    def export_sections(self) -> TerritoryData | None:
        from ..exchange.territory_interchange import TerritoryData

        version = self.frame_version()
        design = self.design()
        drawn = self.current_draw()
        if version is None and design is None:
            return None
        data = TerritoryData(frame=None if version is None else self.frame(),
                             versions=self.versions(), design=design)
        if drawn is not None:
            info, units = drawn
            data.draw = {"seed": info["seed"], "reserve": info["reserve"],
                         "frame_version": info["frame_version"], "design": info["design"],
                         "drawn_at": info["drawn_at"],
                         "units": [{"siret": s, "stratum": h, "role": r, "rank": int(k)}
                                   for s, h, r, k in units.itertuples(index=False, name=None)]}
        return data

    def restore(self, data: TerritoryData | None) -> Changes:
        """Store the sections of an interchange file in a new study file."""
        if data is None or data.empty():
            return Changes()
        ctx, study = self.project.ctx, self.project.study.id
        with self._db.atomic():
            if data.frame is not None and data.versions:
                frame_store.restore_versions(self._db, data.versions[:-1])
                current = data.versions[-1]
                frame_store.replace_units(self._db, data.frame, current, ctx, study)
            if data.design is not None:
                frame_store.save_design(self._db, data.design,
                                        None if not data.versions
                                        else data.versions[-1]["version"], ctx, study)
            if data.draw is not None:
                units = pd.DataFrame(data.draw["units"], columns=list(frame_store.DRAW_COLUMNS))
                frame_store.save_draw(self._db, data.draw, units, ctx, study)
        return Changes(frame=True)

    def install_demo(self) -> FrameImport:
        """The demo's fictitious register, design and draw (demo/frame.py), and its input-output
        model's regional employment from that register."""
        from ..demo import frame as demo_frame

        shops = sorted(self.project.businesses.list(), key=lambda b: b.id)
        rows = demo_frame.demo_register_rows(
            {"businesses": [dataclasses.asdict(b) | {"ownership": str(b.ownership)}
                            for b in shops]})
        with tempfile.TemporaryDirectory() as folder:
            path = demo_frame.write_register_csv(
                rows, Path(folder) / "sirene-grand-poitiers-fictif.csv")
            report = self.import_frame(path).value
        self.save_design(demo_frame.DEMO_DESIGN)
        self.draw(seed=demo_frame.DEMO_DRAW_SEED, reserve=demo_frame.DEMO_RESERVE)
        # The register gives the territory's employment, so the demo's input-output model is
        # set from the start: multipliers, jobs and the report's sections show at once.
        self.apply_employment()
        return report
