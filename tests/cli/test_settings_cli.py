"""`madeinlocal settings`: the coordinator's settings on the command line, in French and in
English; a bad value is one line, exit code 2, and the study file stays byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from madeinlocal_desktop.project import Project
from tests.cli.conftest import Cli


@pytest.fixture
def study(cli: Cli, tmp_path: Path) -> Path:
    path = tmp_path / "centre.madeinlocal"
    cli("new", path, "--name", "Centre", "--year", "2025", "--commune", "86194")
    return path


def test_show_lists_defaults_with_their_source_categories_and_territory(cli: Cli,
                                                                        study: Path) -> None:
    english = cli("settings", study, "show").stdout
    assert "Settings of the study 'Centre' (fiscal year 2025)" in english
    assert "communes: 1 (86194 Poitiers)" in english
    assert "47.7%  Civic Economics" in english
    assert "none: the input-output model if there is one" in english
    assert "rent                   Loyer / Rent  (landlords; by its local share)" in english
    french = cli("--lang", "fr", "settings", study).stdout  # `show` is the default
    assert "Paramètres de l'étude «\u00a0Centre\u00a0» (exercice 2025)" in french
    assert "47,7\u202f%  Civic Economics" in french
    assert "(bailleurs\u202f; selon sa part locale)" in french


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_change_is_said_in_the_language_and_kept(cli: Cli, study: Path,
                                                      lang: str) -> None:
    said = [cli("--lang", lang, "settings", study, *args).stdout.strip() for args in (
        ("set-share", "tax", "35 %", "--why", "Budget 2025 de la commune"),
        ("category", "rename", "rent", "--fr", "Loyer commercial", "--en", "Shop rent"),
        ("category", "add", "fees", "--fr", "Honoraires", "--en", "Fees",
         "--recipient", "supplier"),
        ("rules", "--epci", "CA du Niortais", "--no-local-branch"),
        ("remove-share", "landlord"))]
    expected = {
        "fr": ["Part par défaut des collectivités (impôts locaux)\u00a0: 35\u202f% (Budget 2025 "
               "de la commune)",
               "Catégorie «\u00a0rent\u00a0» renommée\u00a0: Loyer commercial / Shop rent",
               "Catégorie «\u00a0fees\u00a0» ajoutée\u00a0: Honoraires / Fees",
               "Territoire et règles enregistrés (40 communes)",
               "Les bailleurs n'ont plus de part par défaut"],
        "en": ["Default share of local taxes: 35% (Budget 2025 de la commune)",
               "Renamed category 'rent': Loyer commercial / Shop rent",
               "Added category 'fees': Honoraires / Fees",
               "Territory and rules saved (40 communes)",
               "landlords no longer have a default share"]}[lang]
    assert said == expected
    with Project.open(study) as project:
        settings = project.study
    assert settings.respend_defaults["tax"].share == 0.35
    assert "landlord" not in settings.respend_defaults
    assert settings.category("rent").label_en == "Shop rent"
    assert settings.category("fees").recipient == "supplier"
    assert len(settings.territory.communes) == 40
    assert settings.rules.local_branch_counts_as_local is False


@pytest.mark.parametrize(("args", "english", "french"), [
    (("set-share", "staff", "130 %", "--why", "x"), "between 0 and 100%", "entre 0 et 100"),
    (("set-share", "martians", "0.3", "--why", "x"), "'martians' is not one of",
     "«\u00a0martians\u00a0» n'est pas l'une"),
    (("set-share", "staff", "0.3", "--why", " "), "Say where the default share",
     "Dites d'où vient"),
    (("rules", "--commune", "99999"), "Commune 99999 does not exist",
     "La commune 99999 n'existe pas"),
    (("rules", "--commune", "86194", "--radius-km", "-4"), "radius", "rayon"),
    (("category", "rename", "rent", "--fr", " "), "cannot be empty", "ne peut pas être vide"),
    (("category", "add", "rent", "--fr", "Loyer", "--recipient", "landlord"), "'rent'",
     "«\u00a0rent\u00a0»"),
    (("category", "rename", "nothing", "--fr", "Rien"), "nothing", "nothing"),
], ids=["share 130 %", "unknown group", "no justification", "unknown commune",
        "negative radius", "blank label", "code taken", "unknown category"])
def test_a_bad_value_is_one_line_and_changes_nothing(cli: Cli, study: Path, args: tuple,
                                                     english: str, french: str) -> None:
    before = study.read_bytes()
    for lang, words in (("en", english), ("fr", french)):
        result = cli("--lang", lang, "settings", study, *args, ok=False)
        assert result.returncode == 2 and result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], result.stderr
        assert lines[0].startswith("Error: " if lang == "en" else "Erreur\u00a0: ")
    assert study.read_bytes() == before
