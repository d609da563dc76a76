"""The nouns of a study, as plain dataclasses (no I/O).

Money is held as integer cents (`Cents`) everywhere outside `analysis/`; shares are floats in
[0, 1]. Every record that travels between devices has a UUID (`id`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Cents = int
"""An amount of money in euro cents, stored exactly."""


def new_id() -> str:
    return str(uuid.uuid4())


class Ownership(StrEnum):
    INDEPENDENT = "independent"
    COOPERATIVE = "cooperative"  # cooperative or ESS enterprise
    FRANCHISE = "franchise"
    CHAIN_BRANCH = "chain_branch"
    PUBLIC = "public"  # public body or association


OWNERSHIP_LABELS_FR = {
    Ownership.INDEPENDENT: "Indépendant",
    Ownership.COOPERATIVE: "Coopérative / ESS",
    Ownership.FRANCHISE: "Franchise",
    Ownership.CHAIN_BRANCH: "Succursale de chaîne",
    Ownership.PUBLIC: "Public / association",
}


class InterviewStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"
    VALIDATED = "validated"


class RespendSource(StrEnum):
    """Where a Round-3 re-spend share comes from (methods.md §1)."""

    SURVEY = "survey"
    SURVEY_MEAN = "survey_mean"
    IO_PROXY = "io_proxy"
    DEFAULT = "default"


class R2Rule(StrEnum):
    """How a spending category enters R2 (methods.md §1, treatment of flows)."""

    SHARE = "share"  # amount × local share is paid to local recipients
    NEVER = "never"  # national bodies (URSSAF, IS...): never local
    RETAINED = "retained"  # not spent (retained profit, depreciation): shown apart


class Recipient(StrEnum):
    """Who receives a category's money, i.e. whose re-spend makes Round 3."""

    SUPPLIER = "supplier"
    STAFF = "staff"
    LANDLORD = "landlord"
    OWNER = "owner"
    TAX = "tax"
    LENDER = "lender"
    CHARITY = "charity"
    NONE = "none"


@dataclass(frozen=True)
class Category:
    code: str  # stable code used in files and by scripts, e.g. "wages"
    label_fr: str
    label_en: str
    recipient: Recipient
    r2_rule: R2Rule = R2Rule.SHARE


DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category("goods_resale", "Marchandises achetées pour la revente",
             "Goods bought for resale", Recipient.SUPPLIER),
    Category("supplies", "Fournitures et matières premières",
             "Supplies and raw materials", Recipient.SUPPLIER),
    Category("services", "Services extérieurs (comptable, entretien, assurance…)",
             "Outside services (accountant, maintenance, insurance…)", Recipient.SUPPLIER),
    Category("energy", "Énergie, eau, télécoms", "Energy, water, telecoms", Recipient.SUPPLIER),
    Category("wages", "Salaires bruts du personnel", "Gross staff wages", Recipient.STAFF),
    Category("social_contributions", "Cotisations sociales employeur",
             "Employer social contributions", Recipient.NONE, R2Rule.NEVER),
    Category("rent", "Loyer", "Rent", Recipient.LANDLORD),
    Category("local_taxes", "Impôts locaux (CFE, taxe foncière)",
             "Local taxes (CFE, property tax)", Recipient.TAX),
    Category("national_taxes", "Impôts nationaux (IS…)", "National taxes (corporation tax…)",
             Recipient.NONE, R2Rule.NEVER),
    Category("interest", "Intérêts d'emprunt", "Loan interest", Recipient.LENDER),
    Category("owner_pay", "Rémunération et dividendes des propriétaires",
             "Owners' pay, drawings and dividends", Recipient.OWNER),
    Category("donations", "Dons et mécénat", "Charitable giving", Recipient.CHARITY),
    Category("capex", "Investissements de l'exercice", "Capital expenditure in the period",
             Recipient.SUPPLIER),
    Category("retained", "Bénéfice mis en réserve, amortissements",
             "Retained profit, depreciation", Recipient.NONE, R2Rule.RETAINED),
)


@dataclass(frozen=True)
class LocalRules:
    """What counts as local in a study (methods.md §1); the report states them."""

    boundary: str = "communes"  # communes | epci | departement | radius
    radius_km: float | None = None
    supplier_test: str = "invoicing establishment inside the territory"
    staff_test: str = "home inside the territory"
    local_branch_counts_as_local: bool = True
    vat_excluded: bool = True
    # Keys written by a newer version: kept so that a save here does not lose them, not read.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class RespendDefault:
    """A coordinator-set Round-3 share for a recipient group, with why."""

    share: float
    justification: str


@dataclass
class Territory:
    name: str
    communes: list[str] = field(default_factory=list)  # INSEE codes


@dataclass
class Study:
    id: str
    name: str
    fiscal_year: int
    territory: Territory
    rules: LocalRules = field(default_factory=LocalRules)
    categories: list[Category] = field(default_factory=lambda: list(DEFAULT_CATEGORIES))
    respend_defaults: dict[str, RespendDefault] = field(default_factory=dict)
    fictitious: bool = False  # the demo study says so everywhere

    def category(self, code: str) -> Category | None:
        return next((c for c in self.categories if c.code == code), None)


@dataclass
class Surveyor:
    id: str
    name: str


@dataclass
class Business:
    id: str
    name: str
    naf: str | None = None  # NAF rév. 2 sub-class, e.g. "47.24Z"
    ownership: Ownership = Ownership.INDEPENDENT
    commune: str | None = None  # INSEE code
    siret: str | None = None
    address: str | None = None
    staff_fte: float | None = None


@dataclass
class SpendLine:
    id: str
    category: str
    amount: Cents | None  # None = not answered (never read as zero)
    local_share: float | None
    respend_share: float | None = None
    respend_source: RespendSource | None = None

    # A blank Round-3 share means one of two things (analysis/respend.py computes the same):
    # left for the analysis ("automatic" in the form: the group's survey mean, else the
    # input-output estimate, else the study's default), or asked and not answered (source
    # "survey", no share): only the latter is a missing answer, imputed and bounded.
    @property
    def respend_not_answered(self) -> bool:
        return self.respend_share is None and self.respend_source == RespendSource.SURVEY

    @property
    def respend_automatic(self) -> bool:
        return self.respend_share is None and self.respend_source != RespendSource.SURVEY


@dataclass
class Interview:
    id: str
    business_id: str
    date: str  # ISO date
    surveyor: str | None = None
    consent: bool = False
    status: InterviewStatus = InterviewStatus.DRAFT
    turnover_excl_vat: Cents | None = None
    notes: str = ""
    lines: list[SpendLine] = field(default_factory=list)
    consent_version: int | None = None  # the consent wording agreed to (domain/consent.py)


@dataclass
class Respondent:
    """A Round-3 answer: a supplier or a staff household's local share of its own spending."""

    id: str
    group: Recipient  # supplier | staff (other groups allowed)
    local_share: float
    interview_id: str | None = None  # the interview whose recipient answered, if known
    label: str = ""


# --- the rules every entry point follows live in rules.py; the usual ones are named here ------
# (imported last: rules.py needs the nouns above)

from .rules import (  # noqa: E402
    cents_to_euros,
    check_commune,
    check_naf,
    check_share,
    check_siret,
    euros_to_cents,
    normalise_siret,
    siret_is_valid,
)

__all__ = [
    "DEFAULT_CATEGORIES", "OWNERSHIP_LABELS_FR", "Business", "Category", "Cents", "Interview",
    "InterviewStatus", "LocalRules", "Ownership", "R2Rule", "Recipient", "RespendDefault",
    "RespendSource", "Respondent", "SpendLine", "Study", "Surveyor", "Territory",
    "cents_to_euros", "check_commune", "check_naf", "check_share", "check_siret",
    "euros_to_cents", "new_id", "normalise_siret", "siret_is_valid",
]
