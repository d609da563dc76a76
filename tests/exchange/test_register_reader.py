"""Reading a register extract (exchange/register_reader.py): what is kept, what is left out
and counted, and every refusal in one line, French and English, naming the column or row."""

from __future__ import annotations

from pathlib import Path

import pytest

from madeinlocal_desktop.demo.frame import demo_register_rows, write_register_csv
from madeinlocal_desktop.demo.study import GRAND_POITIERS, demo_study
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.exchange.register_reader import parse_mapping, read_register
from tests.territory_support import REQUIRED, row, sirets, write_csv

POITIERS = ["86194", "86041"]


def refusal(path: Path, **options) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        read_register(path, POITIERS, **options)
    error = caught.value
    french, english = error.text("fr"), error.text("en")
    assert french != english and "\n" not in french and "\n" not in english
    return error


def test_sirene_extract_keeps_active_establishments_of_the_communes(tmp_path: Path) -> None:
    s = sirets(8)
    rows = [row(s[0], "47.24Z", size="02", etablissementSiege="true",
                denominationUsuelleEtablissement="PATISSERIE DU CENTRE",
                numeroVoieEtablissement="12", indiceRepetitionEtablissement="B",
                typeVoieEtablissement="RUE", libelleVoieEtablissement="CARNOT",
                codePostalEtablissement="86000"),
            row(s[1], "5610A", commune="86041", size=""),  # no dot, no size: NN
            row(s[2], "47.24Z", state="F"),  # closed
            row(s[3], "47.24Z", commune="79191"),  # elsewhere
            row(s[4], "52.1D", nomenclatureActivitePrincipaleEtablissement="NAFRev1"),
            row(s[5], ""),  # no NAF at all
            row(s[0], "47.24Z", size="02", etablissementSiege="true",  # the same row again
                denominationUsuelleEtablissement="PATISSERIE DU CENTRE",
                numeroVoieEtablissement="12", indiceRepetitionEtablissement="B",
                typeVoieEtablissement="RUE", libelleVoieEtablissement="CARNOT",
                codePostalEtablissement="86000")]
    for r in rows:
        r.setdefault("nomenclatureActivitePrincipaleEtablissement", "NAFRev2")
    extract = read_register(write_csv(tmp_path / "stock.csv", rows), POITIERS)
    assert extract.report["rows"] == 7 and extract.report["kept"] == 2
    assert extract.report["left_out"] == {"closed": 1, "elsewhere": 1, "unknown_naf": 2,
                                          "duplicate": 1}
    first, second = extract.frame.to_dict("records")
    assert first["siret"] == s[0] and first["name"] == "PATISSERIE DU CENTRE"
    assert first["address"] == "12 bis RUE CARNOT" and first["head_office"] is True
    assert second["naf"] == "56.10A" and second["size_code"] == "NN"
    assert second["head_office"] is None  # the column is there, the value is not
    assert "legal_category" in extract.report["missing"]


def test_french_excel_csv_through_a_column_mapping(tmp_path: Path) -> None:
    s = sirets(2)
    rows = [{"SIRET": s[0], "Commune": "86194", "Code APE": "10.71C", "Raison sociale":
             "Boulangerie Élie"},
            {"SIRET": s[1], "Commune": "86041", "Code APE": "47.24Z", "Raison sociale":
             "Pâtisserie Zoé"}]
    path = write_csv(tmp_path / "excel.csv", rows, delimiter=";", encoding="cp1252")
    mapping = parse_mapping(["siret=SIRET", "commune=Commune", "naf=Code APE",
                             "usual_name=Raison sociale"])
    extract = read_register(path, POITIERS, mapping=mapping)
    assert list(extract.frame["name"]) == ["Boulangerie Élie", "Pâtisserie Zoé"]
    assert list(extract.frame["size_code"]) == ["NN", "NN"]  # no size column: none declared
    # without the mapping the same file lacks the SIRENE columns
    error = refusal(path)
    assert error.code == "territory.column_missing"
    assert "codeCommuneEtablissement" in error.text("fr")


def test_xlsx_extract_with_codes_stored_as_numbers(tmp_path: Path) -> None:
    from openpyxl import Workbook

    s = sirets(2)
    book = Workbook()
    sheet = book.active
    sheet.append(list(REQUIRED))
    sheet.append([int(s[0]), "86194", "47.24Z", "A", 1])  # size 1 written as a number: 01
    sheet.append([int(s[1]), 86041, "56.10A", "A", "11"])
    book.save(tmp_path / "stock.xlsx")
    extract = read_register(tmp_path / "stock.xlsx", POITIERS)
    assert list(extract.frame["siret"]) == s
    assert list(extract.frame["size_code"]) == ["01", "11"]
    assert list(extract.frame["commune"]) == ["86194", "86041"]


@pytest.mark.parametrize("missing", REQUIRED)
def test_a_missing_required_column_is_named(tmp_path: Path, missing: str) -> None:
    s = sirets(1)
    columns = [c for c in REQUIRED if c != missing]
    path = write_csv(tmp_path / "stock.csv", [row(s[0], "47.24Z")], columns=columns)
    error = refusal(path)
    assert error.code == "territory.column_missing"
    assert missing in error.text("fr") and missing in error.text("en")


def test_another_territory_only_is_refused(tmp_path: Path) -> None:
    s = sirets(3)
    path = write_csv(tmp_path / "niort.csv", [row(x, "47.24Z", commune="79191") for x in s])
    error = refusal(path)
    assert error.code == "territory.other_territory"
    assert "79191" in error.text("fr")


def test_a_siret_twice_with_different_details_is_refused_naming_both_rows(tmp_path) -> None:
    s = sirets(2)
    rows = [row(s[0], "47.24Z"), row(s[1], "47.24Z"), row(s[0], "56.10A")]
    error = refusal(write_csv(tmp_path / "stock.csv", rows))
    assert error.code == "territory.duplicate_siret"
    text = error.text("en")
    assert "Row 4" in text and "row 2" in text and s[0] in text
    assert "Ligne 4" in error.text("fr")


def test_unknown_naf_and_size_codes_are_refused_naming_the_row(tmp_path: Path) -> None:
    s = sirets(3)
    error = refusal(write_csv(tmp_path / "naf.csv", [row(s[0], "47.24Z"),
                                                     row(s[1], "47.99Q")]))
    assert error.code == "territory.unknown_naf"
    assert "Ligne 3" in error.text("fr") and "47.99Q" in error.text("en")
    error = refusal(write_csv(tmp_path / "size.csv", [row(s[0], "47.24Z"),
                                                      row(s[1], "47.24Z"),
                                                      row(s[2], "47.24Z", size="7")]))
    assert error.code == "territory.unknown_size"
    assert "Row 4" in error.text("en") and "trancheEffectifsEtablissement" in error.text("en")


def test_a_bad_siret_and_a_bad_mapping_are_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "stock.csv", [row("12345678901234", "47.24Z")])
    assert refusal(path).code == "territory.bad_siret"
    error = refusal(path, mapping={"siret": "SIRET"})
    assert error.code == "territory.mapping_column" and "SIRET" in error.text("fr")
    error = refusal(path, mapping={"turnover": "siret"})
    assert error.code == "territory.mapping_field"


def test_only_rows_that_would_be_kept_are_checked(tmp_path: Path) -> None:
    s = sirets(2)
    rows = [row(s[0], "47.24Z"), row("not-a-siret", "xx", state="F", size="??"),
            row("0", "yy", commune="75056", size="??")]
    extract = read_register(write_csv(tmp_path / "stock.csv", rows), POITIERS)
    assert extract.report["kept"] == 1


def test_the_demo_register_holds_every_demo_shop_with_its_siret(tmp_path: Path) -> None:
    demo = demo_study()
    rows = demo_register_rows(demo)
    assert rows == demo_register_rows(demo_study())  # seeded: the same every time
    extract = read_register(write_register_csv(rows, tmp_path / "demo.csv"),
                            list(GRAND_POITIERS))
    kept = extract.frame.set_index("siret")
    for shop in demo["businesses"]:
        if shop["siret"]:
            unit = kept.loc[shop["siret"]]
            assert (unit["naf"], unit["commune"]) == (shop["naf"], shop["commune"])
    left = extract.report["left_out"]
    assert all(left[k] > 0 for k in ("closed", "elsewhere", "unknown_naf", "duplicate"))
