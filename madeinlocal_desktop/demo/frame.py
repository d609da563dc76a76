"""A fictitious extract of the business register for the demo study (SIRENE layout).

`demo_register_rows(demo_document)` returns rows in the *StockEtablissement* CSV layout (every
column of the INSEE file, plus `categorieJuridiqueUniteLegale`, `denominationUniteLegale` and
`economieSocialeSolidaireUniteLegale` joined from the legal-unit file) describing the
establishments of Grand Poitiers: **every demo shop that has a SIRET, with the same SIRET**, NAF,
commune and address, and invented others, some of them closed, a few elsewhere in the Vienne,
a few coded in an older nomenclature and a few rows repeated, so that an import shows each
reason for leaving a row out. Every name, SIRET and address is invented; the same seed always
gives the same rows. `scale` multiplies the invented establishments (for benchmarks).

`DEMO_DESIGN` is the demo's sampling design: A17 sector × size band over the town-centre trades.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..reference import geo
from .study import DEMO_SEED, GRAND_POITIERS, POITIERS, _siren, _siret

SIRENE_HEADER = (
    "siren", "nic", "siret", "statutDiffusionEtablissement", "dateCreationEtablissement",
    "trancheEffectifsEtablissement", "anneeEffectifsEtablissement",
    "activitePrincipaleRegistreMetiersEtablissement", "dateDernierTraitementEtablissement",
    "etablissementSiege", "nombrePeriodesEtablissement", "complementAdresseEtablissement",
    "numeroVoieEtablissement", "indiceRepetitionEtablissement", "dernierNumeroVoieEtablissement",
    "indiceRepetitionDernierNumeroVoieEtablissement", "typeVoieEtablissement",
    "libelleVoieEtablissement", "codePostalEtablissement", "libelleCommuneEtablissement",
    "libelleCommuneEtrangerEtablissement", "distributionSpecialeEtablissement",
    "codeCommuneEtablissement", "codeCedexEtablissement", "libelleCedexEtablissement",
    "codePaysEtrangerEtablissement", "libellePaysEtrangerEtablissement",
    "identifiantAdresseEtablissement", "coordonneeLambertAbscisseEtablissement",
    "coordonneeLambertOrdonneeEtablissement", "complementAdresse2Etablissement",
    "numeroVoie2Etablissement", "indiceRepetition2Etablissement", "typeVoie2Etablissement",
    "libelleVoie2Etablissement", "codePostal2Etablissement", "libelleCommune2Etablissement",
    "libelleCommuneEtranger2Etablissement", "distributionSpeciale2Etablissement",
    "codeCommune2Etablissement", "codeCedex2Etablissement", "libelleCedex2Etablissement",
    "codePaysEtranger2Etablissement", "libellePaysEtranger2Etablissement", "dateDebut",
    "etatAdministratifEtablissement", "enseigne1Etablissement", "enseigne2Etablissement",
    "enseigne3Etablissement", "denominationUsuelleEtablissement",
    "activitePrincipaleEtablissement", "nomenclatureActivitePrincipaleEtablissement",
    "caractereEmployeurEtablissement",
    # joined from StockUniteLegale on siren
    "categorieJuridiqueUniteLegale", "denominationUniteLegale",
    "economieSocialeSolidaireUniteLegale",
)

DEMO_DESIGN: dict[str, Any] = {
    "strata": ["a17", "size"], "scope": ["10.71", "47", "56", "64.19", "66.22", "96.02"],
    "allocation": "proportional", "n": 150,
}
DEMO_DRAW_SEED = 2026
DEMO_RESERVE = 3

# Communes of the Vienne outside Grand Poitiers: the extract is the département's.
_ELSEWHERE = ("86066", "86137", "86207", "86245", "86281", "86293")


def _postal(commune: str) -> str:
    found = geo.communes_by_code().get(commune)
    return found.postal_codes[0] if found and found.postal_codes else ""


# Invented establishments in the town-centre trades, per demo shop of the same NAF code.
_TRADE_MULTIPLE = 7
_OTHER_TRADES = ("47.19B", "47.30Z", "47.41Z", "47.43Z", "47.51Z", "47.53Z", "47.54Z",
                 "47.59A", "47.63Z", "47.74Z", "47.78C", "47.81Z", "47.82Z", "47.89Z",
                 "47.91B", "56.21Z", "56.29A", "10.71D", "96.02B")
# Other sectors of the territory: (NAF, count, size codes and their weights, legal categories)
_SECTORS: tuple[tuple[str, int, str], ...] = (
    ("01.11Z", 90, "farm"), ("01.50Z", 60, "farm"), ("10.13B", 12, "firm"),
    ("25.62B", 25, "firm"), ("28.29B", 10, "big"), ("33.12Z", 20, "firm"),
    ("41.20A", 70, "firm"), ("43.21A", 120, "craft"), ("43.22A", 110, "craft"),
    ("43.32A", 90, "craft"), ("43.34Z", 80, "craft"), ("45.20A", 70, "craft"),
    ("46.90Z", 45, "firm"), ("49.32Z", 40, "solo"), ("49.41A", 35, "firm"),
    ("55.10Z", 30, "firm"), ("62.01Z", 110, "solo"), ("66.12Z", 20, "firm"),
    ("68.20A", 90, "solo"), ("68.20B", 380, "sci"), ("68.31Z", 60, "craft"),
    ("69.10Z", 70, "solo"), ("69.20Z", 60, "firm"), ("70.22Z", 180, "solo"),
    ("71.12B", 70, "firm"), ("73.11Z", 30, "solo"), ("74.10Z", 60, "solo"),
    ("81.21Z", 45, "firm"), ("84.11Z", 45, "public"), ("85.10Z", 60, "public"),
    ("85.31Z", 25, "public"), ("85.59A", 80, "solo"), ("86.10Z", 8, "hospital"),
    ("86.21Z", 170, "solo"), ("86.23Z", 60, "solo"), ("86.90D", 130, "solo"),
    ("87.10A", 20, "care"), ("88.10A", 40, "association"), ("88.91A", 30, "association"),
    ("88.99B", 60, "association"), ("90.01Z", 70, "association"),
    ("93.12Z", 110, "association"), ("93.29Z", 40, "association"),
    ("94.99Z", 260, "association"), ("96.04Z", 40, "solo"), ("96.09Z", 50, "solo"),
)
# Employee-size codes by kind of establishment, with weights.
_SIZES: dict[str, tuple[tuple[str, int], ...]] = {
    "shop": (("NN", 26), ("00", 14), ("01", 30), ("02", 17), ("03", 8), ("11", 4), ("12", 1)),
    "farm": (("NN", 55), ("00", 20), ("01", 18), ("02", 6), ("03", 1)),
    "firm": (("NN", 25), ("00", 10), ("01", 20), ("02", 17), ("03", 12), ("11", 10),
             ("12", 5), ("21", 1)),
    "big": (("03", 10), ("11", 30), ("12", 35), ("21", 15), ("22", 10)),
    "craft": (("NN", 40), ("00", 15), ("01", 25), ("02", 12), ("03", 6), ("11", 2)),
    "solo": (("NN", 60), ("00", 20), ("01", 14), ("02", 4), ("03", 2)),
    "sci": (("NN", 97), ("00", 3)),
    "public": (("02", 15), ("03", 25), ("11", 30), ("12", 20), ("21", 7), ("22", 3)),
    "hospital": (("22", 20), ("32", 40), ("42", 40)),
    "care": (("11", 30), ("12", 50), ("21", 20)),
    "association": (("NN", 55), ("00", 15), ("01", 15), ("02", 8), ("03", 4), ("11", 2),
                    ("12", 1)),
}
_LEGAL: dict[str, tuple[tuple[str, int], ...]] = {
    "shop": (("1000", 45), ("5499", 30), ("5710", 22), ("5458", 2), ("9220", 1)),
    "farm": (("1000", 60), ("6533", 25), ("6317", 5), ("5499", 10)),
    "firm": (("5499", 45), ("5710", 40), ("5599", 8), ("5458", 4), ("1000", 3)),
    "big": (("5710", 60), ("5599", 40)),
    "craft": (("1000", 55), ("5499", 30), ("5710", 13), ("5458", 2)),
    "solo": (("1000", 75), ("5499", 12), ("5710", 8), ("6540", 5)),
    "sci": (("6540", 100),),
    "public": (("7210", 60), ("7312", 20), ("7383", 20)),
    "hospital": (("7364", 70), ("9220", 30)),
    "care": (("9220", 60), ("7364", 25), ("5710", 15)),
    "association": (("9220", 93), ("9230", 3), ("9300", 4)),
}
_ESS_LEGAL = frozenset({"5458", "6317", "9220", "9230", "9300", "5194", "5560", "8210"})
_OWNERSHIP_LEGAL = {"independent": (("1000", 40), ("5499", 40), ("5710", 20)),
                    "franchise": (("5499", 55), ("5710", 45)),
                    "chain_branch": (("5710", 60), ("5599", 40)),
                    "cooperative": (("5458", 50), ("5560", 30), ("5194", 20)),
                    "public": (("9220", 100),)}
_STREETS = ("RUE", "AV", "BD", "PL", "RTE", "ALL", "IMP", "CHE")
_STREET_NAMES = ("DE LA GARE", "DU MOULIN", "DES ECOLES", "DE LA REPUBLIQUE", "VICTOR HUGO",
                 "JEAN JAURES", "DU PONT", "DES TILLEULS", "DE LA MAIRIE", "DU STADE",
                 "DES VIGNES", "DU CLAIN", "PASTEUR", "DE LA LIBERATION", "DES CHAMPS")
_WORDS = ("ATELIER", "MAISON", "CABINET", "SARL", "SAS", "ETS", "GROUPE", "SOCIETE", "AGENCE")
_NAMES = ("MARTIN", "BERNARD", "ROUX", "GIRAUD", "BRUNET", "FAURE", "ROBIN", "CLEMENT",
          "BLANCHARD", "GUERIN", "MOREL", "DUPUIS", "RENAUD", "PICARD", "CARRE", "AUBERT")


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def _size_code(staff_fte: float | None) -> str:
    """The size code SIRENE would show for a shop of this many full-time equivalents."""
    if staff_fte is None or staff_fte < 1:
        return "00"
    for limit, code in ((2.5, "01"), (5.5, "02"), (9.5, "03"), (19.5, "11"), (49.5, "12")):
        if staff_fte <= limit:
            return code
    return "21"


def _street(address: str | None) -> tuple[str, str, str, str]:
    """'12 bis rue Carnot' → ('12', 'B', 'RUE', 'CARNOT')."""
    if not address:
        return "", "", "", ""
    words = address.split()
    number = words.pop(0) if words and words[0].isdigit() else ""
    repeat = ""
    if words and words[0] in ("bis", "ter"):
        repeat = words.pop(0)[0].upper()
    kinds = {"rue": "RUE", "place": "PL", "avenue": "AV", "boulevard": "BD", "route": "RTE"}
    kind = kinds.get(words[0].lower(), "") if words else ""
    if kind:
        words.pop(0)
    return number, repeat, kind, " ".join(words).upper()


def _row(**values: str) -> dict[str, str]:
    row = dict.fromkeys(SIRENE_HEADER, "")
    row.update(values)
    return row


class _Maker:
    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = taken
        self.communes = list(GRAND_POITIERS)
        # Poitiers holds about half the establishments of the urban community.
        self.weights = [40 if code == POITIERS else 1 for code in self.communes]

    def siret(self, siren: str | None = None) -> str:
        while True:
            siret = _siret(self.rng, siren or _siren(self.rng))
            if siret not in self.taken:
                self.taken.add(siret)
                return siret

    def commune(self) -> str:
        return self.rng.choices(self.communes, weights=self.weights)[0]

    def name(self) -> str:
        rng = self.rng
        return f"{rng.choice(_WORDS)} {rng.choice(_NAMES)}"

    def establishment(self, naf: str, kind: str, *, commune: str | None = None,
                      state: str = "A") -> dict[str, str]:
        rng = self.rng
        siret = self.siret()
        legal = _weighted(rng, _LEGAL.get(kind, _LEGAL["shop"]))
        size = _weighted(rng, _SIZES[kind])
        commune = commune or self.commune()
        return _row(
            siren=siret[:9], nic=siret[9:], siret=siret, statutDiffusionEtablissement="O",
            dateCreationEtablissement=f"{rng.randint(1975, 2024)}-{rng.randint(1, 12):02d}-01",
            trancheEffectifsEtablissement=size,
            anneeEffectifsEtablissement="2022" if size not in ("NN", "") else "",
            etablissementSiege="true" if rng.random() < 0.9 else "false",
            numeroVoieEtablissement=str(rng.randint(1, 120)),
            typeVoieEtablissement=rng.choice(_STREETS),
            libelleVoieEtablissement=rng.choice(_STREET_NAMES),
            codePostalEtablissement=_postal(commune),
            codeCommuneEtablissement=commune, etatAdministratifEtablissement=state,
            denominationUsuelleEtablissement="" if legal == "1000" else self.name(),
            enseigne1Etablissement=self.name() if rng.random() < 0.3 else "",
            activitePrincipaleEtablissement=naf,
            nomenclatureActivitePrincipaleEtablissement="NAFRev2",
            caractereEmployeurEtablissement="N" if size in ("NN", "00") else "O",
            categorieJuridiqueUniteLegale=legal,
            denominationUniteLegale=self.name() if legal != "1000" else "",
            economieSocialeSolidaireUniteLegale="O" if legal in _ESS_LEGAL else "N",
            dateDebut="2020-01-01")


def demo_register_rows(demo: dict[str, Any], seed: int = DEMO_SEED,
                       scale: float = 1.0) -> list[dict[str, str]]:
    """The demo territory's register extract (see the module docstring)."""
    rng = random.Random(seed + 1)
    shops = [b for b in demo["businesses"] if b.get("siret")]
    maker = _Maker(rng, {b["siret"] for b in shops})
    rows: list[dict[str, str]] = []
    for shop in shops:
        number, repeat, kind, street = _street(shop.get("address"))
        ownership = shop.get("ownership", "independent")
        legal = _weighted(rng, _OWNERSHIP_LEGAL.get(ownership, _OWNERSHIP_LEGAL["independent"]))
        size = _size_code(shop.get("staff_fte"))
        if size in ("00", "01") and rng.random() < 0.4:
            size = "NN"  # as in SIRENE, many small shops never declared their staff
        rows.append(_row(
            siren=shop["siret"][:9], nic=shop["siret"][9:], siret=shop["siret"],
            statutDiffusionEtablissement="O", dateCreationEtablissement="2012-05-01",
            trancheEffectifsEtablissement=size, anneeEffectifsEtablissement="2022",
            etablissementSiege="false" if ownership == "chain_branch" else "true",
            numeroVoieEtablissement=number, indiceRepetitionEtablissement=repeat,
            typeVoieEtablissement=kind, libelleVoieEtablissement=street,
            codePostalEtablissement=_postal(shop["commune"]),
            codeCommuneEtablissement=shop["commune"], etatAdministratifEtablissement="A",
            denominationUsuelleEtablissement=shop["name"].upper(),
            activitePrincipaleEtablissement=shop["naf"],
            nomenclatureActivitePrincipaleEtablissement="NAFRev2",
            caractereEmployeurEtablissement="O",
            categorieJuridiqueUniteLegale=legal,
            denominationUniteLegale=shop["name"].upper(),
            economieSocialeSolidaireUniteLegale="O" if legal in _ESS_LEGAL else "N",
            dateDebut="2019-01-01"))
    # The same trades as the demo shops, and the town centre's other trades.
    trades = [b["naf"] for b in demo["businesses"] if b.get("naf")]
    for naf in sorted(set(trades)):
        count = round(_TRADE_MULTIPLE * trades.count(naf) * scale)
        rows += [maker.establishment(naf, "shop") for _ in range(count)]
    for naf in _OTHER_TRADES:
        rows += [maker.establishment(naf, "shop") for _ in range(round(12 * scale))]
    for naf, count, kind in _SECTORS:
        rows += [maker.establishment(naf, kind) for _ in range(round(count * scale))]
    # What an import leaves out: closed, elsewhere, an older nomenclature, repeated rows.
    naf_pool = [naf for naf, _, _ in _SECTORS] + sorted(set(trades))
    for _ in range(round(450 * scale)):
        rows.append(maker.establishment(rng.choice(naf_pool), "craft", state="F"))
    for _ in range(round(300 * scale)):
        rows.append(maker.establishment(rng.choice(naf_pool), "craft",
                                        commune=rng.choice(_ELSEWHERE)))
    for _ in range(round(20 * scale)):
        old = maker.establishment("52.1D", "shop")
        old["nomenclatureActivitePrincipaleEtablissement"] = "NAFRev1"
        rows.append(old)
    rows += [dict(rows[rng.randrange(len(shops), len(rows))]) for _ in range(5)]
    rng.shuffle(rows)
    return rows


def write_register_csv(rows: Iterable[dict[str, str]], path: Path) -> Path:
    """The rows as INSEE publishes them: UTF-8, comma-separated, a header line."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(SIRENE_HEADER), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path
