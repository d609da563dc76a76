"""The Round-3 shares a new study starts with, each with the source it comes from.

Figures are those methods.md quotes with their source. Groups it gives no figure for (local
taxes, lenders, charities) get no default: their blank shares follow the input-output proxy
when the study has one, else the neutral value the analysis names as assumed, until the
coordinator sets theirs (`madeinlocal settings`, "Paramètres de l'étude…").
"""

from __future__ import annotations

from ..errors import Message
from . import Recipient, RespendDefault

# group → (share, catalogue text of its justification)
_SOURCES: dict[Recipient, tuple[float, str]] = {
    # Civic Economics, Indie Impact national summary (2012): a local independent business
    # recirculates 47.7 % of its revenue locally (methods.md §2), i.e. its own local re-spend.
    Recipient.SUPPLIER: (0.477, "study.default_why.supplier"),
    # NEF's staff averaging, mean(42.1, 50.5, 63.1, 37.8, 33.6) = 45.42 % (methods.md §5).
    Recipient.STAFF: (0.4542, "study.default_why.staff"),
    # Owners' pay and drawings are household income, re-spent as staff households do.
    Recipient.OWNER: (0.4542, "study.default_why.owner"),
    # The landlord's share of methods.md's worked LM3 case (NEF method).
    Recipient.LANDLORD: (0.20, "study.default_why.landlord"),
}


def new_study_defaults(lang: str | None = None) -> dict[str, RespendDefault]:
    """The defaults of a new study, their justifications written in `lang` (the current
    language by default): the coordinator reads and may reword them."""
    return {str(group): RespendDefault(share, Message(code, share=share).text(lang))
            for group, (share, code) in _SOURCES.items()}
