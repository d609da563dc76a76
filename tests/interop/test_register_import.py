"""A list of shops from a spreadsheet: mapped, checked as in the form, entered once."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook

from madeinlocal_desktop.cli import main
from madeinlocal_desktop.project import Project

FRENCH_LIST = (
    "Raison sociale;SIRET;Code APE;Ville;Adresse;Statut\n"
    "BOULANGERIE DUPUY;70853801211027;10.71C;Poitiers;;\n"  # in the register: same SIRET
    "La table blossac;;56.10A;86194;;\n"  # in the register: same name, same commune
    "La Cave du Marché;;4725Z;86000;3 place du Marché;Franchise\n"  # postal code of Poitiers
    "Épicerie Solidaire;;47.11B;Buxerolles;;Coopérative / ESS\n"
    "Mauvais SIRET;12345678901234;47.25Z;Poitiers;;\n"
    "Mauvais NAF;;47-25;Poitiers;;\n"
    "Trop loin;;47.25Z;Niort;;\n"
    ";;47.25Z;Poitiers;;\n"
)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_french_list_is_guessed_checked_and_entered_once(demo_file: Path,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "cci.csv"
    path.write_bytes(b"\xef\xbb\xbf" + FRENCH_LIST.encode("utf-8"))
    with Project.open(demo_file) as project:
        table = project.interop.read_shop_list(path)
        mapping = project.interop.guess_shop_mapping(table)
        assert mapping == {"name": "Raison sociale", "siret": "SIRET", "naf": "Code APE",
                           "commune": "Ville", "address": "Adresse", "ownership": "Statut"}
        plan = project.interop.import_shops(table, mapping).value
        assert [item.status for item in plan.items] == [
            "known", "known", "new", "new", "refused", "refused", "refused", "refused"]
        shops = {b.name: b for b in project.businesses.list()}
        cave = shops["La Cave du Marché"]
        assert (cave.commune, cave.naf, cave.ownership, cave.address) == (
            "86194", "47.25Z", "franchise", "3 place du Marché")
        assert shops["Épicerie Solidaire"].commune == "86041"  # Buxerolles
        assert shops["Épicerie Solidaire"].ownership == "cooperative"
        reasons = [_plain(str(item.reason())) for item in plan.items if item.reason()]
        assert reasons[0].startswith("Row 6, column SIRET: ")
        assert reasons[1].startswith("Row 7, column Code APE: ")
        assert reasons[2] == "Row 8, column Ville: commune Niort is not in the study's territory"
        assert reasons[3].startswith("Row 9, column Raison sociale: ")
        count = len(project.businesses.list())
        again = project.interop.import_shops(project.interop.read_shop_list(path), mapping).value
        assert again.count("new") == 0 and len(project.businesses.list()) == count


def test_english_xlsx_with_a_mapping_on_the_command_line(demo_file: Path,
                                                         tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["Trading name", "Siret number", "Town", "Activity"],
                ["Corner Books", "81234567800013", "86194", "47.61Z"]):
        sheet.append(row)
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    before = demo_file.read_bytes()
    runner = CliRunner()
    preview = runner.invoke(main, ["--lang", "en", "import-register", str(demo_file),
                                   str(path), "--map", "name=Trading name,naf=Activity",
                                   "--preview"])
    assert preview.exit_code == 0, preview.output
    assert "name=Trading name" in preview.output and "commune=Town" in preview.output
    assert "1 new shops, 0 already in the register, 0 refused" in preview.output
    assert demo_file.read_bytes() == before
    result = runner.invoke(main, ["import-register", str(demo_file), str(path), "--map",
                                  "name=Trading name,naf=Activity"])
    assert result.exit_code == 0, result.output
    with Project.open(demo_file) as project:
        [books] = [b for b in project.businesses.list() if b.name == "Corner Books"]
    assert (books.siret, books.naf, books.commune) == ("81234567800013", "47.61Z", "86194")


def test_a_column_that_is_not_there_is_one_line(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Nom;Ville\nA;Poitiers\n", encoding="utf-8")
    before = demo_file.read_bytes()
    result = CliRunner().invoke(main, ["--lang", "fr", "import-register", str(demo_file),
                                       str(path), "--map", "siret=N° SIRET"])
    assert result.exit_code != 0
    assert _plain(result.output.strip()) == \
        "Erreur : La colonne « N° SIRET » n'est pas dans le fichier"
    assert demo_file.read_bytes() == before
