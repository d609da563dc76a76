"""Money for capital: interest and owners' pay that leave the territory, by ownership type.

The case for local finance made with the survey's own numbers: of each euro of turnover, how much
goes to lenders and owners outside the territory (a branch's profit to its group, a loan's
interest to a distant bank), and how much local lenders and local owners receive. Computed on
the same filled-in lines as the LM3 analysis (`engine.prepare`: missing local shares imputed
from the sector median, and counted), weighted like it.

Capital recipients are the study's categories paid to `lender` and `owner` (by default loan
interest and owners' pay, drawings and dividends), so a study's own category codes work too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..domain import Recipient
from .engine import prepare, require_some
from .frames import SHARE

CAPITAL = (Recipient.LENDER.value, Recipient.OWNER.value)
ALL = "all"


def _part(paid: float, local: float, turnover: float) -> dict[str, float | None]:
    outside = max(paid - local, 0.0)
    share = (lambda v: v / turnover) if turnover > 0 else (lambda v: None)
    return {"paid": paid, "local": local, "outside": outside, "paid_share": share(paid),
            "local_share_of_turnover": share(local), "outside_share": share(outside)}


def money_for_capital(
    interviews: pd.DataFrame,
    lines: pd.DataFrame,
    *,
    respondents: pd.DataFrame | None = None,
    defaults: Mapping[str, Any] | None = None,
    io_proxy: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """Per ownership type and overall: turnover, and for lenders and owners what is paid, what
    local recipients receive and what leaves, in euros and per euro of turnover."""
    prep = prepare(interviews, lines, respondents=respondents, defaults=defaults,
                   io_proxy=io_proxy)
    require_some(prep)
    inp = prep.inputs
    ownership = inp.ownership.codes[prep.rows]
    labels = [str(label) for label in inp.ownership.labels]
    ln = prep.lines
    w_line = prep.weight[ln.interview]
    line_owner = ownership[ln.interview]
    recipients = np.asarray(inp.recipient.labels, dtype=object)[prep.recipient]
    k = len(labels)

    def by_owner(values: np.ndarray[Any, Any], index: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        return np.bincount(index, weights=values, minlength=k)

    turnover = by_owner(prep.weight * prep.r1, ownership)
    interviews_n = np.bincount(ownership, minlength=k)
    groups: dict[str, dict[str, Any]] = {}
    sums: dict[str, tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]] = {}
    imputed = 0
    for recipient in CAPITAL:
        mask = (recipients == recipient) & (ln.rule == SHARE)
        paid = by_owner(np.where(mask, w_line * ln.amount, 0.0), line_owner)
        local = by_owner(np.where(mask, w_line * ln.amount * ln.local_share, 0.0), line_owner)
        sums[recipient] = (paid, local)
        imputed += int((mask & prep.local_imputed).sum())
    for g in [*np.flatnonzero(interviews_n), None]:
        pick = slice(None) if g is None else int(g)
        r1 = float(np.sum(turnover[pick]))
        euros = {recipient: (float(np.sum(paid[pick])), float(np.sum(local[pick])))
                 for recipient, (paid, local) in sums.items()}
        parts = {recipient: _part(paid, local, r1) for recipient, (paid, local) in euros.items()}
        capital = _part(sum(p for p, _ in euros.values()), sum(q for _, q in euros.values()), r1)
        groups[ALL if g is None else labels[int(g)]] = {
            "n": int(np.sum(interviews_n[pick])), "turnover": r1,
            "lender": parts[Recipient.LENDER.value], "owner": parts[Recipient.OWNER.value],
            "capital": capital}
    return {"by_ownership": {k: v for k, v in groups.items() if k != ALL},
            "all": groups[ALL], "imputed_local_shares": imputed,
            "weighted": bool(inp.weighted)}
