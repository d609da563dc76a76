"""What the business register says about a territory: size bands, jobs, ESS, head offices.

The frame is a DataFrame with one row per active establishment of the territory (columns of
`FRAME_COLUMNS`, text; `head_office` is True, False or None). Pure pandas/numpy: the NAF →
sector bridge comes in as plain mappings from the reference layer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

FloatArray = npt.NDArray[np.float64]

FRAME_COLUMNS = ("siret", "siren", "name", "naf", "commune", "size_code", "head_office",
                 "employer", "legal_category", "ess", "address", "postal_code")

# INSEE employee-size codes (trancheEffectifsEtablissement) and the salaried jobs a code stands
# for: the middle of its range. `NN` (none declared) and `00` count 0; `53` (10,000 or more)
# takes its lower bound, since the range has no top.
SIZE_CODES: dict[str, tuple[int, int | None]] = {
    "NN": (0, 0), "00": (0, 0), "01": (1, 2), "02": (3, 5), "03": (6, 9), "11": (10, 19),
    "12": (20, 49), "21": (50, 99), "22": (100, 199), "31": (200, 249), "32": (250, 499),
    "41": (500, 999), "42": (1000, 1999), "51": (2000, 4999), "52": (5000, 9999),
    "53": (10000, None),
}
JOBS_MIDPOINT: dict[str, float] = {
    code: float(low if high is None else (low + high) / 2) for code, (low, high) in
    SIZE_CODES.items()
}
SIZE_BANDS = ("0", "1-9", "10-49", "50+")
_BAND_OF = {"NN": "0", "00": "0", "01": "1-9", "02": "1-9", "03": "1-9", "11": "10-49",
            "12": "10-49"}


def size_band(code: str) -> str:
    """The design's size band of an INSEE size code: 0, 1-9, 10-49 or 50+."""
    return _BAND_OF.get(code, "50+")


def size_bands(codes: pd.Series) -> pd.Series:
    return codes.map(_BAND_OF).fillna("50+").astype(object)


def band_jobs(codes: pd.Series) -> FloatArray:
    """Salaried jobs per establishment from its size code (the midpoint of the range)."""
    return np.asarray(codes.map(JOBS_MIDPOINT).fillna(0.0).to_numpy(dtype=np.float64),
                      dtype=np.float64)


# --- the social and solidarity economy (ESS) ------------------------------------------------------
# INSEE legal categories (catégories juridiques, level III) read as ESS when the register does
# not carry INSEE's own flag (economieSocialeSolidaireUniteLegale), following the four families
# of the 2014 ESS law: associations, cooperatives, mutuals, foundations.
ESS_ASSOCIATIONS = ("9210", "9220", "9221", "9222", "9223", "9224", "9230", "9240", "9260")
ESS_FOUNDATIONS = ("9300",)
ESS_MUTUALS = ("8210", "8250", "8290", "6411")
ESS_COOPERATIVES = (
    "5191", "5192", "5193", "5194", "5195", "5196",  # mutual and cooperative banks
    "5443", "5451", "5453", "5454", "5455", "5458", "5459", "5460",  # SARL coopératives (SCOP…)
    "5543", "5547", "5551", "5552", "5553", "5554", "5555", "5558", "5559", "5560",  # SA, CA
    "5643", "5647", "5651", "5652", "5653", "5654", "5655", "5658", "5659", "5660",  # SA, dir.
    "6316", "6317", "6318",  # CUMA, agricultural cooperatives and their unions
)
ESS_CATEGORIES = frozenset(ESS_ASSOCIATIONS + ESS_FOUNDATIONS + ESS_MUTUALS + ESS_COOPERATIVES)


def ess_flags(frame: pd.DataFrame) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """(is ESS, known) per establishment: INSEE's O/N flag when given, else the legal category."""
    flag = frame["ess"].fillna("").astype(str).str.upper()
    category = frame["legal_category"].fillna("").astype(str)
    by_flag = flag.isin(("O", "N")).to_numpy()
    by_category = (category != "").to_numpy() & ~by_flag
    ess = np.where(by_flag, (flag == "O").to_numpy(), category.isin(ESS_CATEGORIES).to_numpy())
    return ess & (by_flag | by_category), by_flag | by_category


def head_office_in_territory(frame: pd.DataFrame) -> tuple[npt.NDArray[np.bool_],
                                                         npt.NDArray[np.bool_]]:
    """(head office in the territory, known) per establishment.

    An establishment is its company's head office, or another establishment of the same SIREN
    in the frame is; a branch whose head office is not in the frame has it elsewhere. Unknown
    when the register gave no `etablissementSiege`.
    """
    siege = frame["head_office"]
    known = siege.notna().to_numpy()
    is_siege = siege.fillna(False).astype(bool).to_numpy()
    sirens_with_siege = set(frame["siren"].to_numpy()[is_siege])
    here = is_siege | frame["siren"].isin(sirens_with_siege).to_numpy()
    return here & known, known


# --- jobs -----------------------------------------------------------------------------------------

JOBS_FROM_BAND = "size_band"
JOBS_FROM_INTERVIEW = "interview"


def jobs(frame: pd.DataFrame, staff: Mapping[str, float] | None = None) -> tuple[FloatArray,
                                                                               npt.NDArray[np.bool_]]:
    """Salaried jobs per establishment, and which ones come from an interviewed shop's own
    staff figure (full-time equivalents it reported) rather than its size band."""
    values = band_jobs(frame["size_code"])
    own = np.zeros(len(frame), dtype=bool)
    if staff:
        given = frame["siret"].map(staff)
        own = given.notna().to_numpy()
        values = np.where(own, given.to_numpy(dtype=np.float64, na_value=0.0), values)
    return values, own


# --- the profile ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SectorProfile:
    code: str
    label: str
    establishments: int
    jobs: float
    ess_establishments: int
    ess_jobs: float

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "establishments": self.establishments,
                "jobs": self.jobs, "ess_establishments": self.ess_establishments,
                "ess_jobs": self.ess_jobs}


@dataclass(frozen=True)
class Profile:
    """The territory's establishments and salaried jobs, by sector, ESS and head offices."""

    establishments: int
    jobs: float
    jobs_from_interviews: int  # establishments whose jobs are the shop's own staff figure
    by_sector: tuple[SectorProfile, ...]
    ess_establishments: float | None  # shares, None when the register says nothing
    ess_jobs: float | None
    ess_known: int
    head_office_share: float | None
    head_office_known: int
    by_size_band: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "establishments": self.establishments, "jobs": self.jobs,
            "jobs_basis": {"size_band_midpoint": self.establishments - self.jobs_from_interviews,
                           "interview_staff": self.jobs_from_interviews},
            "by_sector": [s.to_dict() for s in self.by_sector],
            "by_size_band": dict(self.by_size_band),
            "ess": {"establishments": self.ess_establishments, "jobs": self.ess_jobs,
                    "known": self.ess_known},
            "head_office_in_territory": {"share": self.head_office_share,
                                         "known": self.head_office_known},
        }


def profile(frame: pd.DataFrame, sector_of: Callable[[str], tuple[str, str]],
            staff: Mapping[str, float] | None = None) -> Profile:
    """Establishments and jobs by sector (`sector_of(naf)` → (code, label)), ESS shares and the
    share of establishments whose head office is in the territory."""
    values, own = jobs(frame, staff)
    ess, ess_known = ess_flags(frame)
    head, head_known = head_office_in_territory(frame)
    pairs = [sector_of(naf) for naf in frame["naf"]]
    sectors = []
    table = pd.DataFrame({"code": [p[0] for p in pairs], "label": [p[1] for p in pairs],
                          "jobs": values, "ess": ess, "ess_jobs": values * ess})
    for key, group in table.groupby(["code", "label"], sort=True):
        code, label = key
        sectors.append(SectorProfile(str(code), str(label), len(group),
                                     float(group["jobs"].sum()), int(group["ess"].sum()),
                                     float(group["ess_jobs"].sum())))
    sectors.sort(key=lambda s: (-s.jobs, -s.establishments, s.code))
    total_jobs = float(values.sum())
    known_jobs = float(values[ess_known].sum())
    bands = size_bands(frame["size_code"]).value_counts()
    return Profile(
        establishments=len(frame), jobs=total_jobs, jobs_from_interviews=int(own.sum()),
        by_sector=tuple(sectors),
        ess_establishments=float(ess.sum() / ess_known.sum()) if ess_known.any() else None,
        ess_jobs=float((values * ess).sum() / known_jobs) if known_jobs > 0 else None,
        ess_known=int(ess_known.sum()),
        head_office_share=float(head.sum() / head_known.sum()) if head_known.any() else None,
        head_office_known=int(head_known.sum()),
        by_size_band={band: int(bands.get(band, 0)) for band in SIZE_BANDS},
    )


def employment_by_sector(frame: pd.DataFrame, sector_of: Callable[[str], str | None],
                         sectors: tuple[str, ...] | list[str],
                         staff: Mapping[str, float] | None = None) -> dict[str, float]:
    """Salaried jobs of the frame by input-output sector (every sector of the table, 0 where
    the territory has none); establishments whose NAF the bridge drops are left out."""
    values, _ = jobs(frame, staff)
    mapped = pd.Series([sector_of(naf) for naf in frame["naf"]], dtype=object)
    totals = pd.Series(values).groupby(mapped).sum()
    return {code: float(totals.get(code, 0.0)) for code in sectors}
