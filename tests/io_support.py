"""A small study for the input-output tests: three shops in three input-output sectors.

Bakery (NAF 10.71C → C1), restaurant (56.10A → IZ), clothes shop (47.71Z → GZ). Supplier lines
and wages carry no Round-3 share, so the engine has to resolve them (survey mean, io_proxy...).
Observed local purchase shares (intermediate lines only: not goods for resale, not capex):
C1 (30 000 + 5 000) / 80 000 = 0.4375, IZ 10 000 / 60 000, GZ 0.3.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from madeinlocal_desktop.exchange.interchange import parse
from madeinlocal_desktop.project import Project, create_from_data

# A made-up territory of about 100 000 jobs (docs/input-output.md), persons, A17 sectors.
REGION = {
    "AZ": 5590, "DE": 1140, "C1": 3340, "C2": 20, "C3": 360, "C4": 150, "C5": 5670,
    "FZ": 6610, "GZ": 13500, "HZ": 5000, "IZ": 8400, "JZ": 3040, "KZ": 1720, "LZ": 1280,
    "MN": 14530, "OQ": 29650, "RU": 5540,
}
OBSERVED = {"C1": 35000 / 80000, "IZ": 10000 / 60000, "GZ": 0.3}
SUPPLIES_MOVABLE = 60000 * 0.5 + 50000 * 0.8  # non-local euros of the `supplies` lines
PROXY_LINES = 9  # supplier and wages lines without a Round-3 share

BAKERY, RESTAURANT, SHOP = (f"{n}1111111-1111-4111-8111-11111111111{n}" for n in (1, 2, 3))


def _line(category: str, amount: float, local: float, respend: float | None = None) -> dict:
    line: dict[str, Any] = {"category": category, "amount": amount, "local_share": local}
    if respend is not None:
        line.update(respend_share=respend, respend_source="survey")
    return line


def study_doc(respondents: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    shops = [(BAKERY, "Boulangerie du Marché", "10.71C"), (RESTAURANT, "Le Bistrot", "56.10A"),
             (SHOP, "Mode & Co", "47.71Z")]
    lines = {
        BAKERY: [_line("supplies", 60000, 0.5), _line("services", 20000, 0.25),
                 _line("goods_resale", 10000, 1.0), _line("wages", 90000, 0.8),
                 _line("rent", 20000, 1.0, 0.2)],
        RESTAURANT: [_line("supplies", 50000, 0.2), _line("energy", 10000, 0.0),
                     _line("wages", 60000, 0.9)],
        SHOP: [_line("goods_resale", 100000, 0.1), _line("services", 10000, 0.3)],
    }
    turnover = {BAKERY: 300000, RESTAURANT: 200000, SHOP: 150000}
    return {
        "format": "madeinlocal/1",
        "study": {"name": "Centre-ville (test)", "fiscal_year": 2025,
                  "territory": {"name": "Poitiers", "communes": ["86194"]}},
        "businesses": [{"id": bid, "name": name, "naf": naf, "ownership": "independent",
                        "commune": "86194"} for bid, name, naf in shops],
        "interviews": [{"id": bid.replace("1111-4", "2222-4"), "business_id": bid,
                        "date": "2026-03-02", "surveyor": "Camille", "consent": True,
                        "status": "complete", "turnover_excl_vat": turnover[bid],
                        "lines": lines[bid]} for bid, _, _ in shops],
        "respondents": respondents or [],
    }


def respondent(group: str, share: float, n: int) -> dict[str, Any]:
    return {"id": f"{n:08d}-3333-4333-8333-333333333333", "group": group, "local_share": share,
            "label": f"{group} {n}"}


def make_study(path: Path, respondents: list[dict[str, Any]] | None = None) -> Project:
    project, _ = create_from_data(path, parse(study_doc(respondents)), who="Camille",
                                  device="dev-test")
    return project
