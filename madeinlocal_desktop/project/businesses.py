"""The shops of the study: `project.businesses`."""

from __future__ import annotations

import builtins

from ..domain import Business, normalise_siret, rules
from ..domain.changes import Changed, Changes
from ..errors import NotFound
from ..reference import geo
from ..storage import businesses as business_store
from .base import Manager


class Businesses(Manager):
    def list(self) -> list[Business]:
        return business_store.load_all(self._db)

    def first(self, count: int) -> builtins.list[Business]:
        """The first `count` shops by name: a long list's first page, read at once."""
        return business_store.load_all(self._db, limit=count)

    def get(self, business_id: str) -> Business:
        business = business_store.get(self._db, business_id)
        if business is None:
            raise NotFound("business.not_found", id=business_id)
        return business

    def save(self, business: Business) -> Changed[Business]:
        """The shop as stored."""
        checked = rules.check_business(business)
        with self._db.atomic():
            business_store.save(self._db, [checked], self.project.ctx)
        return Changed(checked, Changes(businesses=True))

    def delete(self, business_id: str) -> Changes:
        """Erasure: the shop's interviews lose their notes too."""
        with self._db.atomic():
            business_store.delete(self._db, business_id, self.project.ctx)
        return Changes(businesses=True, interviews=True)

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


def _name_key(name: str) -> str:
    # "Boulangerie  du Marché" and "boulangerie du marche" are the same shop for a surveyor.
    return " ".join(geo.search_key(name).replace("'", " ").replace("-", " ").split())
