"""A list of shops (CSV or XLSX from a chamber of commerce, a town hall...) as new shops of the
study's register, with the form's checks.

    table = read_table(path)                      # header and rows, as text
    mapping = guess_mapping(table.header)         # {"name": "Raison sociale", ...}
    plan = plan_shops(table, mapping, study, register)

A row is *new*, *known* (the register has it: same SIRET, else same normalised name in the same
commune; nothing is entered twice) or *refused*, with the column and the reason. The commune
may be written as its name, its INSEE code or its postal code; it must be in the territory.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..domain import OWNERSHIP_LABELS_FR, Business, Ownership, Study, new_id, rules
from ..errors import InvalidInput, UserFacingError
from ..reference import geo
from .submissions import Register
from .xlsform import OWNERSHIP_LABELS_EN

FIELDS = ("name", "siret", "naf", "commune", "address", "ownership")
REQUIRED = ("name", "commune")
NEW, KNOWN, REFUSED = "new", "known", "refused"

# Headers each field is recognised by (compared without accents, case or punctuation).
_GUESSES: dict[str, tuple[str, ...]] = {
    "name": ("nom", "name", "raison sociale", "denomination", "enseigne", "nom du commerce",
             "commerce", "shop", "shop name", "business", "business name", "etablissement"),
    "siret": ("siret", "n siret", "numero siret", "siret number"),
    "naf": ("naf", "code naf", "ape", "code ape", "naf ape", "activite principale",
            "naf code", "activity code"),
    "commune": ("commune", "ville", "localite", "code commune", "code insee", "insee",
                "code postal", "cp", "town", "city", "municipality", "postcode", "postal code",
                "zip"),
    "address": ("adresse", "address", "rue", "voie", "street", "adresse postale"),
    "ownership": ("propriete", "type de propriete", "statut", "forme", "ownership", "type",
                  "independant franchise"),
}


@dataclass
class ShopTable:
    name: str
    header: list[str]
    rows: list[list[str]]


@dataclass
class ShopItem:
    row: int  # as a spreadsheet shows it (the header is row 1)
    status: str
    business: Business | None = None
    known_as: str = ""  # the register's name for a known shop
    name: str = ""  # as the file writes it
    column: str = ""
    error: UserFacingError | None = None

    def reason(self) -> InvalidInput | None:
        if self.error is None:
            return None
        return InvalidInput("interop.shop_row", row=self.row, column=self.column,
                            error=self.error)


@dataclass
class ShopPlan:
    name: str
    items: list[ShopItem] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def new_shops(self) -> list[Business]:
        return [i.business for i in self.items if i.status == NEW and i.business is not None]


def _key(text: str) -> str:
    return " ".join(geo.search_key(text).replace("'", " ").replace("-", " ").replace(
        "_", " ").replace(".", " ").replace("°", " ").split())


# -- reading ------------------------------------------------------------------------------------

def read_table(path: str | Path) -> ShopTable:
    path = Path(path)
    name = rules.shown(path.name, 80)
    if not path.exists():
        raise InvalidInput("interop.no_file", path=rules.shown(str(path), 200))
    if path.is_dir():
        raise InvalidInput("interop.is_folder", path=rules.shown(str(path), 200))
    if path.suffix.lower() == ".xlsx":
        header, rows = _xlsx(path, name)
    else:
        header, rows = _csv(path.read_bytes())
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not header or not rows:
        raise InvalidInput("interop.no_rows", name=name)
    return ShopTable(name, header, rows)


def _csv(data: bytes) -> tuple[list[str], list[list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # French Excel's "CSV (séparateur : point-virgule)"
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip() for h in next(reader, [])]
    return header, [[cell.strip() for cell in row] for row in reader]


def _xlsx(path: Path, name: str) -> tuple[list[str], list[list[str]]]:
    from openpyxl import load_workbook

    from .submission_readers import cell_text

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged file
        raise InvalidInput("interop.unreadable_xlsx", name=name) from None
    try:
        rows = [[cell_text(cell) for cell in row] for row in workbook.worksheets[0].iter_rows(
            values_only=True)]
    finally:
        workbook.close()
    return (rows[0], rows[1:]) if rows else ([], [])


# -- the column mapping -------------------------------------------------------------------------

def guess_mapping(header: list[str]) -> dict[str, str]:
    """Each field → the first column whose header names it (fields not found are left out)."""
    keys = [_key(column) for column in header]
    mapping: dict[str, str] = {}
    for field_name, names in _GUESSES.items():
        for wanted in names:
            found = next((header[i] for i, key in enumerate(keys) if key == wanted
                          and header[i] not in mapping.values()), None)
            if found is not None:
                mapping[field_name] = found
                break
    return mapping


def parse_mapping(text: str, header: list[str], *, required: bool = True) -> dict[str, str]:
    """`name=Raison sociale,siret=SIRET` → {"name": "Raison sociale", "siret": "SIRET"}."""
    mapping: dict[str, str] = {}
    for part in (p for p in text.split(",") if p.strip()):
        field_name, _, column = part.partition("=")
        mapping[field_name.strip()] = column.strip()
    return check_mapping(mapping, header, required=required)


def check_mapping(mapping: Mapping[str, str], header: list[str], *,
                  required: bool = True) -> dict[str, str]:
    checked = {}
    for field_name, column in mapping.items():
        if field_name not in FIELDS:
            raise InvalidInput("interop.unknown_field", field=field_name,
                               value=rules.shown(field_name), allowed=list(FIELDS))
        if column and column not in header:
            raise InvalidInput("interop.column_missing", field=field_name,
                               column=rules.shown(column, 60))
        if column:
            checked[field_name] = column
    for field_name in REQUIRED if required else ():
        if field_name not in checked:
            raise InvalidInput("interop.field_unmapped", field=field_name, name=field_name)
    return checked


# -- checking -----------------------------------------------------------------------------------

class _Communes:
    def __init__(self, territory: list[str]) -> None:
        self.inside = set(territory)
        self.all = geo.communes_by_code()
        self.by_name: dict[str, list[str]] = {}
        self.by_postcode: dict[str, list[str]] = {}
        for commune in self.all.values():
            self.by_name.setdefault(_key(commune.name), []).append(commune.code)
            for postcode in commune.postal_codes:
                self.by_postcode.setdefault(postcode, []).append(commune.code)

    def find(self, value: str) -> str:
        text = value.strip().upper()
        if text in self.all:
            candidates = [text]
        elif text in self.by_postcode:
            candidates = self.by_postcode[text]
        else:
            candidates = self.by_name.get(_key(value), [])
        if not candidates:
            raise InvalidInput("interop.commune_unknown", value=rules.shown(value))
        inside = [code for code in candidates if code in self.inside]
        if len(inside) == 1:
            return inside[0]
        if len(inside) > 1:
            names = [self.all[code].name for code in inside]
            raise InvalidInput("interop.commune_ambiguous", value=rules.shown(value),
                               names=names)
        raise InvalidInput("interop.commune_outside", commune=self.all[candidates[0]].name)


def _ownership(value: str) -> Ownership:
    if not value.strip():
        return Ownership.INDEPENDENT
    key = _key(value)
    for ownership in Ownership:
        names = (ownership.value, OWNERSHIP_LABELS_FR[ownership], OWNERSHIP_LABELS_EN[ownership])
        if key in {_key(n) for n in names} or any(
                key == _key(part) for n in names for part in n.split("/")):
            return ownership
    return rules.choice(value, Ownership, "ownership")


def plan_shops(table: ShopTable, mapping: Mapping[str, str], study: Study,
               register: Register) -> ShopPlan:
    mapping = check_mapping(mapping, table.header)
    where = {field_name: table.header.index(column) for field_name, column in mapping.items()}
    communes = _Communes(study.territory.communes)
    plan = ShopPlan(table.name)
    for number, row in enumerate(table.rows, start=2):
        def cell(field_name: str, row: list[str] = row) -> str:
            index = where.get(field_name)
            return row[index].strip() if index is not None and index < len(row) else ""

        item = ShopItem(number, REFUSED, name=cell("name"))
        try:
            item.column = mapping["name"]
            name = rules.business_name(cell("name"))
            item.column = mapping.get("siret", "")
            siret = rules.check_siret(cell("siret") or None)
            item.column = mapping.get("naf", "")
            naf = rules.check_naf(cell("naf") or None)
            item.column = mapping["commune"]
            if not cell("commune"):
                raise InvalidInput("interop.commune_missing")
            commune = communes.find(cell("commune"))
            item.column = mapping.get("ownership", "")
            ownership = _ownership(cell("ownership"))
            item.column = mapping.get("address", "")
            business = rules.check_business(Business(
                id=new_id(), name=name, siret=siret, naf=naf, commune=commune,
                ownership=ownership, address=cell("address") or None))
        except InvalidInput as error:
            item.error = error
            plan.items.append(item)
            continue
        item.column = ""
        same = register.match(business)
        if same is not None:
            item.status, item.business, item.known_as = KNOWN, same, same.name
        else:
            item.status, item.business = NEW, business
            register.add(business)
        plan.items.append(item)
    return plan
