"""Possible duplicate shops: two surveyors who interviewed the same shop made two records
(different UUIDs). Same SIRET, or same normalised name in the same commune → a person decides.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..long_lists import emptied_in_pieces, sorted_in_pieces

# Words that do not tell shops apart: legal forms and French articles.
_NOISE = {
    "sarl", "sas", "sasu", "eurl", "sa", "snc", "sci", "scop", "scic", "ei", "eirl", "earl",
    "gaec", "ets", "etablissements", "ste", "societe", "cie",
    "le", "la", "les", "l", "du", "de", "des", "d", "au", "aux", "et",
}


def normalise_name(name: str) -> str:
    """'Boulangerie du Marché SARL' and 'BOULANGERIE-DU-MARCHE' → 'boulangerie marche'."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^0-9a-z]+", " ", plain.replace("&", " et ")).split()
    kept = [w for w in words if w not in _NOISE]
    return " ".join(kept or words)


@dataclass(frozen=True)
class ShopSummary:
    id: str
    name: str
    siret: str | None
    commune: str | None
    interviews: int


@dataclass(frozen=True)
class PossibleDuplicate:
    first: ShopSummary
    second: ShopSummary
    reason: str  # "same SIRET" or "same name and commune"
    suggested_keep: str  # the id to keep by default: more interviews, then a SIRET

    @property
    def ids(self) -> tuple[str, str]:
        return self.first.id, self.second.id


def find_duplicates(rows: Iterable[dict[str, Any]],
                    dismissed: set[tuple[str, str]]) -> list[PossibleDuplicate]:
    shops = [ShopSummary(r["id"], r["name"], r["siret"], r["commune"], r["interviews"])
             for r in rows]
    groups: dict[tuple[str, ...], list[ShopSummary]] = defaultdict(list)
    for shop in shops:
        if shop.siret:
            groups[("same SIRET", shop.siret)].append(shop)
        key = normalise_name(shop.name)
        if key:
            groups[("same name and commune", key, shop.commune or "")].append(shop)
    # A list, not a dict of pairs seen: one that large (640,000 pairs of a merged study) made
    # the interpreter stop for each of its resizes. Two shops with one SIRET are listed for it,
    # even when their name and commune are the same too.
    pairs: list[PossibleDuplicate] = []
    for group_key, members in groups.items():
        same_siret = group_key[0] == "same SIRET"
        members.sort(key=lambda s: s.id)
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                if (first.id, second.id) in dismissed or (
                        not same_siret and first.siret and first.siret == second.siret):
                    continue
                pairs.append(PossibleDuplicate(first, second, group_key[0],
                                               _keeper(first, second)))
    keys = [(d.first.name.casefold(), d.ids) for d in pairs]
    order = sorted_in_pieces(keys)
    emptied_in_pieces(keys)  # dropped whole, 640,000 keys held the interpreter ~50 ms
    return [pairs[i] for i in order]


def _keeper(first: ShopSummary, second: ShopSummary) -> str:
    return max((first, second), key=lambda s: (s.interviews, s.siret is not None,
                                                 s.id == min(first.id, second.id))).id
