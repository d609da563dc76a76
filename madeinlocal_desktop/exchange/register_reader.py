"""Reading an extract of the business register: SIRENE *StockEtablissement* CSV, or any CSV or
XLSX file through a column mapping.

    extract = read_register(path, communes, mapping=None)   # SIRENE columns recognised
    extract.frame        # one row per kept establishment (analysis.frame_profile.FRAME_COLUMNS)
    extract.report       # rows read, kept, and left out by reason

Kept: active establishments (`A`) of the study's communes. Left out and counted: closed ones,
ones elsewhere, ones without a NAF rév. 2 code (empty, or an older nomenclature), and exact
repeats of a row. Refused, naming the row or the column, with nothing kept: a missing required
column, a file whose establishments are all in other communes, a SIRET given twice with
different details, a malformed SIRET, an unknown NAF or size code. Only the rows that would be
kept are checked: a national extract may hold anything in its closed establishments.

CSV is read by pandas (its C parser, the needed columns only, everything as text); the
delimiter (`,` of SIRENE, `;` of French Excel, tab) and the encoding (UTF-8, else Windows-1252)
are detected. XLSX is read by openpyxl in read-only mode.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..analysis.frame_profile import FRAME_COLUMNS, SIZE_CODES
from ..errors import InvalidInput
from ..reference import naf_bridge

# Our field → the SIRENE column it is read from.
SIRENE_COLUMNS: dict[str, str] = {
    "siret": "siret",
    "siren": "siren",
    "commune": "codeCommuneEtablissement",
    "naf": "activitePrincipaleEtablissement",
    "state": "etatAdministratifEtablissement",
    "size_code": "trancheEffectifsEtablissement",
    "usual_name": "denominationUsuelleEtablissement",
    "sign": "enseigne1Etablissement",
    "legal_name": "denominationUniteLegale",
    "head_office": "etablissementSiege",
    "employer": "caractereEmployeurEtablissement",
    "legal_category": "categorieJuridiqueUniteLegale",
    "ess": "economieSocialeSolidaireUniteLegale",
    "nomenclature": "nomenclatureActivitePrincipaleEtablissement",
    "street_number": "numeroVoieEtablissement",
    "street_repeat": "indiceRepetitionEtablissement",
    "street_type": "typeVoieEtablissement",
    "street": "libelleVoieEtablissement",
    "postal_code": "codePostalEtablissement",
}
SIRENE_REQUIRED = ("siret", "commune", "naf", "state", "size_code")
MAPPED_REQUIRED = ("siret", "commune", "naf")
FIELDS = tuple(SIRENE_COLUMNS)
NAF_REV2 = "NAFRev2"

LEFT_CLOSED, LEFT_ELSEWHERE, LEFT_UNKNOWN_NAF, LEFT_DUPLICATE = (
    "closed", "elsewhere", "unknown_naf", "duplicate")

_REPEATS = {"B": "bis", "T": "ter", "Q": "quater", "C": "quinquies",
            "b": "bis", "t": "ter", "q": "quater", "c": "quinquies"}
_STREET_TYPES = {
    "ALL": "ALLÉE", "AV": "AVENUE", "BD": "BOULEVARD", "CAR": "CARREFOUR", "CHE": "CHEMIN",
    "CRS": "COURS", "FG": "FAUBOURG", "IMP": "IMPASSE", "LD": "LIEU-DIT", "PAS": "PASSAGE",
    "PL": "PLACE", "QUA": "QUARTIER", "RPT": "ROND-POINT", "RTE": "ROUTE", "SQ": "SQUARE",
}


@dataclass(frozen=True)
class RegisterExtract:
    frame: pd.DataFrame
    report: dict[str, Any] = field(default_factory=dict)


# --- the columns ----------------------------------------------------------------------------------


def parse_mapping(items: Sequence[str]) -> dict[str, str]:
    """['siret=SIRET', 'naf=APE'] (command-line form) → {'siret': 'SIRET', 'naf': 'APE'}."""
    mapping: dict[str, str] = {}
    for item in items:
        name, sep, column = item.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise InvalidInput("territory.mapping_syntax", field="mapping", text=item)
        mapping[name.strip()] = column.strip()
    return mapping


def resolve_columns(header: Sequence[str], mapping: Mapping[str, str] | None) -> dict[str, str]:
    """Our field → the file's column, SIRENE names first; refuses what is missing."""
    present = {h.strip(): h for h in header}
    folded = {h.strip().casefold(): h for h in header}  # "SIRET" is the siret column too
    if mapping:
        for name, column in mapping.items():
            if name not in SIRENE_COLUMNS:
                raise InvalidInput("territory.mapping_field", field="mapping", name=name,
                                   allowed=list(FIELDS))
            if column.strip() not in present:
                raise InvalidInput("territory.mapping_column", field=f"mapping.{name}",
                                   name=name, column=column)
        for name in MAPPED_REQUIRED:
            if name not in mapping and SIRENE_COLUMNS[name].casefold() not in folded:
                raise InvalidInput("territory.mapping_required", field=f"mapping.{name}",
                                   name=name)
    chosen: dict[str, str] = {}
    for name, sirene in SIRENE_COLUMNS.items():
        if mapping and name in mapping:
            chosen[name] = present[mapping[name].strip()]
        elif sirene in present:
            chosen[name] = present[sirene]
        elif sirene.casefold() in folded:
            chosen[name] = folded[sirene.casefold()]
    if not mapping:
        for name in SIRENE_REQUIRED:
            if name not in chosen:
                raise InvalidInput("territory.column_missing", field=SIRENE_COLUMNS[name],
                                   column=SIRENE_COLUMNS[name])
    return chosen


# --- reading files --------------------------------------------------------------------------------


def _encoding(head: bytes) -> str:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut by the sample's end
            return "cp1252"
    return "utf-8-sig"


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d])


def _csv(path: Path, mapping: Mapping[str, str] | None) -> tuple[pd.DataFrame, dict[str, str]]:
    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    encoding = _encoding(head)
    first = head.decode(encoding, errors="replace").splitlines()[0] if head.strip() else ""
    delimiter = _delimiter(first)
    header = next(csv.reader(io.StringIO(first), delimiter=delimiter), [])
    header = [h.lstrip("\ufeff") for h in header]
    columns = resolve_columns(header, mapping)
    wanted = sorted(set(columns.values()))
    try:
        raw = pd.read_csv(path, sep=delimiter, dtype=str, usecols=wanted, encoding=encoding,
                          keep_default_na=False, na_filter=False, engine="c")
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as error:
        raise InvalidInput("territory.file_unreadable", field="file", name=path.name,
                           reason=str(error).splitlines()[0]) from None
    raw.columns = [c.lstrip("\ufeff") for c in raw.columns]
    return raw, columns


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx(path: Path, mapping: Mapping[str, str] | None,
          sheet: str | None) -> tuple[pd.DataFrame, dict[str, str]]:
    from openpyxl import load_workbook  # only when a workbook is read

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise InvalidInput("territory.file_unreadable", field="file", name=path.name,
                           reason=str(error).splitlines()[0] if str(error) else
                           type(error).__name__) from None
    try:
        ws = book[sheet] if sheet else book.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = [_cell(v).strip() for v in next(rows, ())]
        columns = resolve_columns(header, mapping)
        positions = {name: header.index(name) for name in set(columns.values())}
        data: dict[str, list[str]] = {name: [] for name in positions}
        for row in rows:
            if row is None or all(v is None for v in row):
                continue
            for name, position in positions.items():
                data[name].append(_cell(row[position]) if position < len(row) else "")
    finally:
        book.close()
    return pd.DataFrame(data, dtype=object), columns


# --- selecting and checking -----------------------------------------------------------------------
# SIRENE's own files need no cleaning: each code column is first compared as it is (hashing
# in C), and only the values that do not match are normalised (trimmed, upper-cased, zeros put
# back), so a clean extract of 200,000 rows costs a few vectorised passes, not a Python loop
# per cell.


def _raw(raw: pd.DataFrame, columns: Mapping[str, str], name: str) -> pd.Series:
    if name not in columns:
        return pd.Series([""] * len(raw), index=raw.index, dtype=object)
    return raw[columns[name]].astype(object)


def _fixed(series: pd.Series, valid: Any, fix: Any) -> pd.Series:
    """`series` with `fix` applied to the values not in `valid` (and only to those)."""
    ok = series.isin(valid).to_numpy()
    if ok.all():
        return series
    out = series.copy()
    out[~ok] = fix(series[~ok].astype(str))
    return out


def _padded(series: pd.Series, width: int) -> pd.Series:
    """Codes an XLSX file stored as numbers lose their leading zeros: 1001 → 01001."""
    series = series.str.strip().str.upper()
    numeric = series.str.fullmatch(r"\d+") & (series.str.len() < width)
    return series.where(~numeric, series.str.zfill(width))


def _naf(series: pd.Series) -> pd.Series:
    code = series.str.upper().str.replace(" ", "", regex=False)
    no_dot = code.str.fullmatch(r"\d{4}[A-Z]")
    return code.where(~no_dot, code.str[:2] + "." + code.str[2:])


def _siret(series: pd.Series) -> pd.Series:
    return _padded(series.str.replace(r"[\s.]", "", regex=True), 14)


def _luhn_ok(sirets: pd.Series) -> np.ndarray:
    text = sirets.to_numpy(dtype=object)
    shaped = np.array([len(v) == 14 for v in text], dtype=bool)
    ok = np.zeros(len(text), dtype=bool)
    if shaped.any():
        chosen = text[shaped]
        blob = np.frombuffer("".join(chosen).encode("utf-8"), dtype=np.uint8)
        if len(blob) == 14 * len(chosen):  # else some value holds a non-ASCII character
            matrix = blob.reshape(-1, 14).astype(np.int64) - 48
            digits = ((matrix >= 0) & (matrix <= 9)).all(axis=1)
            doubled = matrix.copy()
            doubled[:, 0::2] *= 2  # from the right, every second digit: positions 12, ..., 0
            doubled[doubled > 9] -= 9
            luhn = doubled.sum(axis=1) % 10 == 0
            poste = np.array([v.startswith("356000000") for v in chosen], dtype=bool)
            luhn = np.where(poste, matrix.sum(axis=1) % 5 == 0, luhn)
            ok[np.flatnonzero(shaped)] = digits & luhn
        else:
            ok[np.flatnonzero(shaped)] = [v.isdigit() and v.isascii() and _luhn_one(v)
                                         for v in chosen]
    return ok


def _luhn_one(siret: str) -> bool:
    from ..domain import siret_is_valid

    return siret_is_valid(siret)


def _first(mask: np.ndarray) -> int | None:
    rows = np.flatnonzero(mask)
    return int(rows[0]) if len(rows) else None


def _address(raw: pd.DataFrame, columns: Mapping[str, str]) -> list[str | None]:
    """'12 bis RUE CARNOT' from SIRENE's number, repetition, street type and street name."""
    if not any(c in columns for c in ("street_number", "street_type", "street")):
        return [None] * len(raw)
    repeat = _raw(raw, columns, "street_repeat").map(_REPEATS).fillna("")
    kind = _raw(raw, columns, "street_type")
    kind = kind.map(_STREET_TYPES).fillna(kind)
    parts = zip(_raw(raw, columns, "street_number").to_numpy(), repeat.to_numpy(),
                kind.to_numpy(), _raw(raw, columns, "street").to_numpy(), strict=True)
    return [" ".join([w for w in words if w]) or None for words in parts]


def _blank_is_none(series: pd.Series) -> pd.Series:
    values = series.astype(object)
    return values.where(values != "", None)


def select(raw: pd.DataFrame, columns: Mapping[str, str], communes: Sequence[str],
           name: str = "") -> RegisterExtract:
    """The kept establishments as a frame, and why the others were left out."""
    total = len(raw)
    if total == 0:
        raise InvalidInput("territory.file_empty", field="file", name=name)
    row_number = np.arange(total) + 2  # the header is row 1, as a spreadsheet shows it
    if "state" in columns:
        state = _fixed(_raw(raw, columns, "state"), ("A", "F"),
                       lambda s: s.str.strip().str.upper())
        active = (state == "A").to_numpy()
    else:
        active = np.ones(total, dtype=bool)
    wanted = set(communes)
    commune = _fixed(_raw(raw, columns, "commune"), wanted, lambda s: _padded(s, 5))
    here = commune.isin(wanted).to_numpy()
    candidates = active & here
    if not candidates.any():
        elsewhere = commune[active].value_counts().index[:5].tolist()
        raise InvalidInput("territory.other_territory", field=columns["commune"],
                           communes=[str(c) for c in elsewhere] or ["—"])
    rows = np.flatnonzero(candidates)
    part = raw.iloc[rows].reset_index(drop=True)
    numbers = row_number[rows]
    known_naf = naf_bridge.subclasses().keys()
    naf = _fixed(_raw(part, columns, "naf"), known_naf, _naf)
    nomenclature = _raw(part, columns, "nomenclature")
    older = ((nomenclature != "") & (nomenclature != NAF_REV2)).to_numpy()
    no_naf = (naf == "").to_numpy() | older
    known = naf.isin(known_naf).to_numpy()
    bad = _first(~no_naf & ~known)
    if bad is not None:
        raise InvalidInput("territory.unknown_naf", field=columns["naf"], row=int(numbers[bad]),
                           naf=str(naf.iat[bad]), column=columns["naf"])
    size = _fixed(_raw(part, columns, "size_code"), SIZE_CODES.keys(),
                  lambda s: _padded(s, 2).where(_padded(s, 2) != "", "NN"))
    bad = _first(~no_naf & ~size.isin(SIZE_CODES.keys()).to_numpy())
    if bad is not None:
        column = columns.get("size_code", SIRENE_COLUMNS["size_code"])
        raise InvalidInput("territory.unknown_size", field=column, row=int(numbers[bad]),
                           code=str(size.iat[bad]), column=column)
    siret = _raw(part, columns, "siret")
    valid = _luhn_ok(siret)
    if not valid.all():
        siret = siret.copy()
        siret[~valid] = _siret(siret[~valid].astype(str))
        valid = _luhn_ok(siret)
    bad = _first(~no_naf & ~valid)
    if bad is not None:
        raise InvalidInput("territory.bad_siret", field=columns["siret"],
                           row=int(numbers[bad]), siret=str(siret.iat[bad]))
    siren = _raw(part, columns, "siren")
    siren = siren.where(siren != "", siret.str[:9])
    head_office = _raw(part, columns, "head_office").map(
        {"true": True, "false": False, "TRUE": True, "FALSE": False, "True": True,
         "False": False, "1": True, "0": False, "O": True, "N": False, "oui": True,
         "non": False})
    usual, sign, legal = (_raw(part, columns, c) for c in ("usual_name", "sign", "legal_name"))
    label = usual.where(usual != "", sign.where(sign != "", legal))
    frame = pd.DataFrame({
        "siret": siret, "siren": siren, "name": _blank_is_none(label), "naf": naf,
        "commune": commune.iloc[rows].reset_index(drop=True), "size_code": size,
        "head_office": head_office.astype(object).where(head_office.notna(), None),
        "employer": _blank_is_none(_raw(part, columns, "employer")),
        "legal_category": _blank_is_none(_raw(part, columns, "legal_category")),
        "ess": _blank_is_none(_raw(part, columns, "ess")),
        "address": _address(part, columns),
        "postal_code": _blank_is_none(_raw(part, columns, "postal_code")),
    }, columns=list(FRAME_COLUMNS)).astype(object)
    keep = ~no_naf
    frame, numbers = frame[keep].reset_index(drop=True), numbers[keep]
    duplicated = frame["siret"].duplicated(keep="first").to_numpy()
    repeats = 0
    if duplicated.any():
        same = frame.astype(str).duplicated(keep="first").to_numpy()
        conflict = _first(duplicated & ~same)
        if conflict is not None:
            siret_value = str(frame["siret"].iat[conflict])
            first = int(numbers[int(np.flatnonzero(frame["siret"].to_numpy() == siret_value)[0])])
            raise InvalidInput("territory.duplicate_siret", field=columns["siret"],
                               row=int(numbers[conflict]), siret=siret_value, first=first)
        repeats = int(duplicated.sum())
        frame = frame[~duplicated].reset_index(drop=True)
    if frame.empty:
        raise InvalidInput("territory.nothing_kept", field="file", name=name,
                           unknown_naf=int(no_naf.sum()), duplicate=repeats)
    report = {
        "rows": total, "kept": len(frame),
        "left_out": {LEFT_CLOSED: int((~active).sum()), LEFT_ELSEWHERE: int((active & ~here)
                                                                            .sum()),
                     LEFT_UNKNOWN_NAF: int(no_naf.sum()), LEFT_DUPLICATE: repeats},
        "columns": dict(columns),
        "missing": [name for name in ("head_office", "legal_category", "ess", "employer",
                                      "usual_name", "sign") if name not in columns],
    }
    return RegisterExtract(frame, report)


def read_header(path: str | Path, sheet: str | None = None) -> list[str]:
    """The column names of a CSV or XLSX file (for the column-mapping step)."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput("territory.file_missing", field="file", path=str(path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise InvalidInput("territory.file_unreadable", field="file", name=path.name,
                               reason=type(error).__name__) from None
        try:
            ws = book[sheet] if sheet else book.worksheets[0]
            return [_cell(v).strip() for v in next(ws.iter_rows(values_only=True), ())]
        finally:
            book.close()
    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    first = head.decode(_encoding(head), errors="replace").splitlines()[0] if head.strip() \
        else ""
    header = next(csv.reader(io.StringIO(first), delimiter=_delimiter(first)), [])
    return [h.lstrip("\ufeff").strip() for h in header]


def read_register(path: str | Path, communes: Sequence[str], *,
                  mapping: Mapping[str, str] | None = None,
                  sheet: str | None = None) -> RegisterExtract:
    """Read and check an extract; see the module docstring for what is kept and refused."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput("territory.file_missing", field="file", path=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw, columns = _xlsx(path, mapping, sheet)
    elif suffix in (".csv", ".txt", ".tsv", ""):
        raw, columns = _csv(path, mapping)
    else:
        raise InvalidInput("territory.file_kind", field="file", name=path.name)
    if len(raw) == 0:
        raise InvalidInput("territory.file_empty", field="file", name=path.name)
    extract = select(raw, columns, communes, path.name)
    extract.report["file"] = path.name
    return extract
