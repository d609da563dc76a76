"""Derive the shipped geography (resources/geo) from the project's reference data.

Run from the repository root (stdlib only):

    uv run python build_scripts/make_geo_resources.py --source ../shared/data

It reads `geo/communes.csv` and `geo/epci.csv` (COG 2025, DGCL, La Poste; see that folder's
README) and writes `resources/geo/communes.csv` with the columns the app reads and
`resources/geo/epci.csv` unchanged. Values are copied as text; the only change is that the
coordinates lose their trailing zeros (46.15170 → 46.1517: the same point, fewer bytes). The
script checks what the app relies on before writing: every arrondissement municipal is named by
its code (`reference/geo.py` finds them that way), each PLM city's population is the sum of its
arrondissements, and the communes add up to the published national population.
"""

from __future__ import annotations

import argparse
import csv
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COLUMNS = ("code_insee", "nom", "dep_code", "epci_siren", "codes_postaux",
           "population_municipale", "latitude", "longitude")
# Paris, Lyon and Marseille: arrondissement codes and their city (reference/geo.py, same rule).
PLM = {"751": "75056", "6938": "69123", "132": "13055"}
NATIONAL_POPULATION = 68_017_091  # populations légales 2022, sum of the COM rows


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"make_geo_resources: {message}")


def _parent(code: str) -> str | None:
    return next((city for prefix, city in PLM.items()
                 if code.startswith(prefix) and code != city), None)


def _coordinate(text: str) -> str:
    text = text.strip()
    return text.rstrip("0").rstrip(".") if "." in text else text


def build(source: Path, target: Path) -> None:
    with (source / "communes.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    arrondissements = [r for r in rows if r["typecom"] == "ARM"]
    _check(all(_parent(r["code_insee"]) == r["commune_parent"] for r in arrondissements),
           "an arrondissement does not follow the code rule of reference/geo.py")
    _check(all(_parent(r["code_insee"]) is None for r in rows if r["typecom"] == "COM"),
           "a commune's code looks like an arrondissement's")
    population = {r["code_insee"]: int(r["population_municipale"]) for r in rows}
    for city in PLM.values():
        parts = sum(p for code, p in population.items() if _parent(code) == city)
        _check(parts == population[city], f"{city} is not the sum of its arrondissements")
    total = sum(population[r["code_insee"]] for r in rows if r["typecom"] == "COM")
    _check(total == NATIONAL_POPULATION, f"national population {total}")
    target.mkdir(parents=True, exist_ok=True)
    with (target / "communes.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([*(row[c] for c in COLUMNS[:6]), _coordinate(row["latitude"]),
                             _coordinate(row["longitude"])])
    shutil.copyfile(source / "epci.csv", target / "epci.csv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True,
                        help="the reference data folder holding geo/")
    parser.add_argument("--resources", type=Path, default=REPO / "resources")
    args = parser.parse_args()
    build(args.source / "geo", args.resources / "geo")
    print(f"wrote geo/communes.csv and geo/epci.csv under {args.resources}")


if __name__ == "__main__":
    main()
