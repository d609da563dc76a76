"""The Round-3 shares a new study starts with, each with the source it comes from.

Figures are those methods.md quotes with their source. Groups it gives no figure for (local
taxes, lenders, charities) get no default: their blank shares follow the input-output proxy
when the study has one, else the neutral value the analysis names as assumed, until the
coordinator sets theirs (`madeinlocal settings`, "Paramètres de l'étude…").
"""

from __future__ import annotations

from ..errors import Message
from . import Recipient, RespendDefault

# Civic Economics, Indie Impact national summary (2012): a local independent business
# recirculates 47.7 % of its revenue locally (methods.md §2), i.e. its own local re-spend.
SUPPLIER_SHARE = 0.477
# NEF's staff averaging, mean(42.1, 50.5, 63.1, 37.8, 33.6) = 45.42 % (methods.md §5); owners'
# pay and drawings are household income, re-spent as staff households do.
HOUSEHOLD_SHARE = 0.4542
# The landlord's share of methods.md's worked LM3 case (NEF method).
LANDLORD_SHARE = 0.20


def new_study_defaults(lang: str | None = None) -> dict[str, RespendDefault]:
    """The defaults of a new study, their justifications written in `lang` (the current
    language by default): the coordinator reads and may reword them."""
    sourced = {
        Recipient.SUPPLIER: Message("study.default_why.supplier", share=SUPPLIER_SHARE),
        Recipient.STAFF: Message("study.default_why.staff", share=HOUSEHOLD_SHARE),
        Recipient.OWNER: Message("study.default_why.owner", share=HOUSEHOLD_SHARE),
        Recipient.LANDLORD: Message("study.default_why.landlord", share=LANDLORD_SHARE),
    }
    return {str(group): RespendDefault(why.params["share"], why.text(lang))
            for group, why in sourced.items()}
