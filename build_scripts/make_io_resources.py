"""Derive the shipped input-output tables and the NAF bridge from the project's reference data.

Run from the repository root (stdlib only, so the derivation does not depend on numpy/pandas
versions):

    uv run python build_scripts/make_io_resources.py --source ../shared/data

It reads `io/` (France 2014, WIOD 2016 release, domestic flows, see its README) and `naf/` (INSEE
NAF rév. 2) and writes `resources/io/<table-id>/` in the layout of `resources/io/README.md` and
`resources/naf/naf_sous_classes.csv`. Numbers are copied as text, never re-rounded: the only
transformations are renaming columns, dropping WIOD's all-zero extraterritorial sector `U` and
deriving the two NAF bridge columns `a38m` and `w56` (see `_naf_to_w56`), and the two sums the
import-substitution figures need per product (`_trade`): `imports`, the imported intermediate and
final uses (row of the imported Z plus the `*_imported` final-demand columns), and
`domestic_use = output + imports − exports`, written with the source's four decimals. The script
checks the accounting identities before writing, so a changed source cannot silently produce a
broken table.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WIOD_FD = ("CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN", "EXP")
ZERO_SECTORS = {"U", "U_extraterritorial"}  # WIOD extraterritorial: output 0, cannot be inverted

ATTRIBUTION = (
    "Source: World Input-Output Database (WIOD), November 2016 release, National Input-Output "
    "Table for France and Socio-Economic Accounts (Groningen Growth and Development Centre), "
    "licensed CC BY 4.0; converted to euros (0.752728 EUR/USD) and aggregated by Made in Local. "
    "Timmer, M. P., Dietzenbacher, E., Los, B., Stehrer, R. and de Vries, G. J. (2015), "
    '"An Illustrated User Guide to the World Input-Output Database: the Case of Global '
    'Automotive Production", Review of International Economics 23: 575-605. '
    "Dataverse DOI 10.34894/PJ2M1C."
)
ATTRIBUTION_FR = (
    "Source : World Input-Output Database (WIOD), version de novembre 2016, tableau "
    "entrées-sorties national de la France et comptes socio-économiques (Groningen Growth and "
    "Development Centre), licence CC BY 4.0 ; converti en euros (0,752728 EUR/USD) et agrégé "
    "par Made in Local. Timmer, M. P., Dietzenbacher, E., Los, B., Stehrer, R. et de Vries, "
    'G. J. (2015), "An Illustrated User Guide to the World Input-Output Database: the Case of '
    'Global Automotive Production", Review of International Economics 23 : 575-605. '
    "Dataverse DOI 10.34894/PJ2M1C."
)

TABLES = {
    "fr-2014-a17": {
        "level": "a17",
        "naf_level": "a17",
        "title": "France 2014, domestic flows, 17 sectors (INSEE A17)",
        "title_fr": "France 2014, flux domestiques, 17 secteurs (A17 de l'Insee)",
    },
    "fr-2014-a38": {
        "level": "a38m",
        "naf_level": "a38m",
        "title": "France 2014, domestic flows, 35 sectors (INSEE A38, QA+QB and RZ+SZ merged)",
        "title_fr": "France 2014, flux domestiques, 35 secteurs (A38 de l'Insee, QA+QB et "
        "RZ+SZ regroupés)",
    },
    "fr-2014-w56": {
        "level": "w56",
        "naf_level": "w56",
        "title": "France 2014, domestic flows, 55 WIOD industries",
        "title_fr": "France 2014, flux domestiques, 55 branches WIOD",
    },
}

# WIOD 56 industries as NAF/ISIC division ranges (WIOD codes name the ISIC Rev.4 divisions).
W56_DIVISIONS = {
    "A01": "01", "A02": "02", "A03": "03", "B": "05-09", "C10-C12": "10-12", "C13-C15": "13-15",
    "C16": "16", "C17": "17", "C18": "18", "C19": "19", "C20": "20", "C21": "21", "C22": "22",
    "C23": "23", "C24": "24", "C25": "25", "C26": "26", "C27": "27", "C28": "28", "C29": "29",
    "C30": "30", "C31_C32": "31-32", "C33": "33", "D35": "35", "E36": "36", "E37-E39": "37-39",
    "F": "41-43", "G45": "45", "G46": "46", "G47": "47", "H49": "49", "H50": "50", "H51": "51",
    "H52": "52", "H53": "53", "I": "55-56", "J58": "58", "J59_J60": "59-60", "J61": "61",
    "J62_J63": "62-63", "K64": "64", "K65": "65", "K66": "66", "L68": "68", "M69_M70": "69-70",
    "M71": "71", "M72": "72", "M73": "73", "M74_M75": "74-75", "N": "77-82", "O84": "84",
    "P85": "85", "Q": "86-88", "R_S": "90-96", "T": "97-98", "U": "99",
}  # fmt: skip
A38M_MERGED = {
    "QA": "QA_QB",
    "QB": "QA_QB",
    "RZ": "RZ_SZ",
    "SZ": "RZ_SZ",
    "UZ": "U_extraterritorial",
}
NAF_COLUMNS = ("code_naf", "code_naf_sans_point", "libelle", "division", "section",
               "a17", "a17_libelle", "a38", "a38_libelle")  # fmt: skip


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, header: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(list(header))
        writer.writerows(rows)


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"make_io_resources: {message}")


def _trade(imported_row: dict[str, str], demand: dict[str, str], output: float
           ) -> tuple[str, str]:
    """`imports` and `domestic_use` of one product, as text with four decimals.

    Exports include re-exports of imports (`EXP_imported`, zero in WIOD's France 2014), so
    domestic use is what residents use, whoever made it: intermediate and final, domestic and
    imported (with the row identity checked above, it equals the row of Z plus the non-export
    final demand, domestic and imported).
    """
    imports = sum(float(v) for k, v in imported_row.items() if k != "code")
    imports += sum(float(demand[f"{k}_imported"]) for k in WIOD_FD)
    exports = float(demand["EXP_domestic"]) + float(demand["EXP_imported"])
    use = output + imports - exports
    _check(use > 0, f"domestic use of {demand['code']} is not positive")
    return f"{imports:.4f}", f"{use:.4f}"


def build_table(io_dir: Path, out_dir: Path, table_id: str, spec: dict[str, str]) -> None:
    level = spec["level"]
    z_rows = _read(io_dir / f"fr_2014_{level}_domestic_Z.csv")
    imported = {row["code"]: row for row in _read(io_dir / f"fr_2014_{level}_imported_Z.csv")}
    accounts = _read(io_dir / f"fr_2014_{level}_sector_accounts.csv")
    demand = _read(io_dir / f"fr_2014_{level}_final_demand.csv")
    codes = [row["code"] for row in z_rows if row["code"] not in ZERO_SECTORS]
    for dropped in ZERO_SECTORS & {row["code"] for row in z_rows}:
        zrow = next(row for row in z_rows if row["code"] == dropped)
        acc = next(row for row in accounts if row["code"] == dropped)
        _check(all(float(v) == 0 for k, v in zrow.items() if k != "code"), f"{dropped} row not 0")
        _check(all(float(row[dropped]) == 0 for row in z_rows), f"{dropped} column not zero")
        _check(float(acc["output_x"]) == 0, f"{dropped} output is not zero")
    _check([row["code"] for row in accounts if row["code"] in codes] == codes, "account codes")
    _check([row["code"] for row in demand if row["code"] in codes] == codes, "demand codes")

    _check([c for c in imported if c in codes] == codes, "imported Z codes")
    by_code = {row["code"]: row for row in accounts}
    fd_by_code = {row["code"]: row for row in demand}
    trade: dict[str, tuple[str, str]] = {}
    for row in z_rows:
        code = row["code"]
        if code not in codes:
            continue
        x = float(by_code[code]["output_x"])
        _check(x > 0, f"{table_id}: output of {code} is not positive")
        z_total = sum(float(row[c]) for c in z_rows[0] if c != "code")
        row_total = z_total + sum(float(fd_by_code[code][f"{k}_domestic"]) for k in WIOD_FD)
        _check(abs(row_total - x) < 0.01, f"{table_id}: row identity fails for {code}")
        column_sum = sum(float(r[code]) for r in z_rows)
        _check(column_sum < x, f"{table_id}: column sum of A >= 1 for {code}")
        trade[code] = _trade(imported[code], fd_by_code[code], x)

    target = out_dir / table_id
    _write(
        target / "Z.csv",
        ["code", *codes],
        ([row["code"], *(row[c] for c in codes)] for row in z_rows if row["code"] in codes),
    )
    _write(
        target / "accounts.csv",
        ["code", "label", "output", "value_added", "compensation", "employment",
         "household_consumption", "imports", "domestic_use"],
        (
            [c, by_code[c]["label"], by_code[c]["output_x"], by_code[c]["value_added_basic_prices"],
             by_code[c]["compensation_of_employees"], by_code[c]["persons_engaged_thousands"],
             fd_by_code[c]["CONS_h_domestic"], *trade[c]]
            for c in codes
        ),
    )  # fmt: skip
    _write(
        target / "final_demand.csv",
        ["code", "household", "npish", "government", "gfcf", "inventories", "exports"],
        ([c, *(fd_by_code[c][f"{k}_domestic"] for k in WIOD_FD)] for c in codes),
    )
    notes = [
        "Industry x industry, basic prices, domestic intermediate flows only "
        "(the domestic/import split is WIOD's estimate).",
        "household_consumption = household final consumption of domestic output (CONS_h).",
        "imports = imported intermediate and final uses of the product (row of WIOD's imported "
        "Z plus its imported final-demand columns); domestic_use = output + imports - exports "
        "(what residents use of the product, wherever it was made).",
        "compensation = compensation of employees (D1, SEA); employment = persons engaged "
        "(SEA EMP), in thousands.",
        "WIOD's extraterritorial sector U (all zero) is dropped.",
        "Derived by build_scripts/make_io_resources.py; see resources/io/README.md.",
    ]
    if level == "w56":
        notes.append(
            "T (households as employers): compensation (4,774) exceeds value added (3,477), "
            "a WIOD SEA quirk."
        )
    meta = {
        "format": "madeinlocal-io/1",
        "id": table_id,
        "title": spec["title"],
        "title_fr": spec["title_fr"],
        "country": "FR",
        "year": 2014,
        "unit": "M EUR",
        "employment_unit": "thousand persons",
        "level": level,
        "naf_level": spec["naf_level"],
        "sectors": len(codes),
        "source": (
            "WIOD November 2016 release: National Input-Output Table for France "
            "(FRA_NIOT_nov16.xlsx, domestic rows, 2014, converted at 0.752728 EUR/USD) and "
            "Socio-Economic Accounts (compensation of employees, persons engaged)"
        ),
        "licence": "CC BY 4.0",
        "licence_url": "https://creativecommons.org/licenses/by/4.0/",
        "attribution": ATTRIBUTION,
        "attribution_fr": ATTRIBUTION_FR,
        "notes": notes,
    }
    (target / "table.json").write_text(
        json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def _naf_to_w56(division: str) -> str:
    number = int(division)
    for code, span in W56_DIVISIONS.items():
        low, _, high = span.partition("-")
        if int(low) <= number <= int(high or low):
            return code
    raise SystemExit(f"make_io_resources: NAF division {division} has no WIOD industry")


def build_naf(naf_dir: Path, io_dir: Path, out_dir: Path) -> None:
    concordance = {
        row["wiod56"]: row for row in _read(io_dir / "sector_concordance_wiod56_a38m_a17.csv")
    }
    rows = []
    for row in _read(naf_dir / "naf_sous_classes.csv"):
        a38m = A38M_MERGED.get(row["a38"], row["a38"])
        w56 = _naf_to_w56(row["division"])
        # The derived columns must agree with WIOD's own concordance, sub-class by sub-class.
        _check(concordance[w56]["a38m"] == a38m, f"{row['code_naf']}: w56 {w56} vs a38m {a38m}")
        _check(concordance[w56]["a17"] == row["a17"], f"{row['code_naf']}: w56 {w56} vs A17")
        rows.append([*(row[c] for c in NAF_COLUMNS), a38m, w56])
    _check(len(rows) == 732, "expected 732 NAF sub-classes")
    _write(out_dir / "naf_sous_classes.csv", [*NAF_COLUMNS, "a38m", "w56"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True,
                        help="the reference data folder holding io/ and naf/")
    parser.add_argument("--resources", type=Path, default=REPO / "resources")
    args = parser.parse_args()
    io_dir, naf_dir = args.source / "io", args.source / "naf"
    for table_id, spec in TABLES.items():
        build_table(io_dir, args.resources / "io", table_id, spec)
    build_naf(naf_dir, io_dir, args.resources / "naf")
    shutil.copyfile(io_dir / "README.md", args.resources / "io" / "SOURCE-README.md")
    shutil.copyfile(naf_dir / "README.md", args.resources / "naf" / "SOURCE-README.md")
    print(f"wrote {', '.join(TABLES)} and naf/naf_sous_classes.csv under {args.resources}")


if __name__ == "__main__":
    main()
