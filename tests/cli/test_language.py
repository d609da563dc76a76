"""The command line in the user's language, through the real `madeinlocal` entry: help, tables,
messages, click's own usage errors and numbers; JSON stays machine JSON."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.cli.conftest import Cli, write_json
from tests.conftest import one_organisation_doc

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def study(cli: Cli, tmp_path: Path) -> Path:
    path = tmp_path / "cas.madeinlocal"
    cli("import", path, write_json(tmp_path / "cas.json", one_organisation_doc()))
    return path


def french_system(cli: Cli) -> Cli:
    return Cli(dict(cli.env, LANGUAGE="fr_FR:fr", LANG="fr_FR.UTF-8"))


def test_help_follows_the_system_language_and_lang_before_or_after(cli: Cli) -> None:
    assert "LM3, part de recirculation locale" in french_system(cli)("--help").stdout
    assert "LM3, local recirculation share" in cli("--help").stdout
    before = cli("--lang", "fr", "analyse", "--help").stdout
    after = cli("analyse", "--help", "--lang", "fr").stdout
    assert before == after
    assert before.startswith("Utilisation\u00a0:") and "Détaille aussi les résultats" in before
    assert "[par défaut\u00a0: 2000" in before and "Affiche cette aide et quitte." in before
    assert "Options\u00a0:" in before
    english = french_system(cli)("analyse", "--help", "--lang=en").stdout
    assert english.startswith("Usage:") and "Also break the results down" in english


@pytest.mark.parametrize(("lang", "start", "hint"), [
    ("fr", "Erreur\u00a0: Option inconnue\u00a0: --frmat. Vouliez-vous dire '--format'\u202f? "
           "(voir «\u00a0", " analyse --help\u00a0»)"),
    ("en", "Error: No such option '--frmat'. Did you mean '--format'? (see '",
     " analyse --help')"),
])
def test_a_mistyped_option_is_one_line_with_the_way_to_help(cli: Cli, study: Path, lang: str,
                                                            start: str, hint: str) -> None:
    result = cli("analyse", study, "--frmat", "json", "--lang", lang, ok=False)
    assert result.returncode == 2 and result.stdout == ""
    line = result.stderr.strip()
    assert "\n" not in line  # the program name stands between the two (madeinlocal, python -m…)
    assert line.startswith(start) and line.endswith(hint), line


def test_a_missing_argument_and_a_bad_value_are_one_line_in_french(cli: Cli) -> None:
    french = french_system(cli)
    missing = french("analyse", ok=False)
    assert missing.returncode == 2 and len(missing.stderr.splitlines()) == 1
    assert missing.stderr.startswith("Erreur\u00a0: Argument manquant 'STUDY'")
    bad = french("analyse", "x.madeinlocal", "--by", "street", ok=False)
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1
    assert "Valeur non valide pour '--by'\u00a0: 'street' ne fait pas partie de" in bad.stderr


def test_a_user_error_is_one_line_in_the_language(cli: Cli, study: Path) -> None:
    result = cli("--lang", "fr", "scenario", study, "--category", "goods_resale",
                 "--shift", "beaucoup", "--respend", "40%", ok=False)
    assert result.returncode == 2
    assert result.stderr.strip() == ("Erreur\u00a0: --shift «\u00a0beaucoup\u00a0» n'est pas un "
                                     "nombre\u202f; écrivez 20\u202f% ou 0,2")


def test_tables_write_numbers_the_french_way_and_json_stays_machine_json(cli: Cli,
                                                                         study: Path) -> None:
    table = cli("analyse", study, "--lang", "fr", "--bootstrap", "0").stdout
    assert "LM3 (ratio des totaux)\u00a0:" in table and " 1,776 " in table
    assert "Part de recirculation locale\u00a0: 55,0\u202f%" in table
    assert "1.776" not in table
    english = cli("analyse", study, "--bootstrap", "0").stdout
    assert " 1.776 " in english and "Local recirculation share: 55.0%" in english
    data = json.loads(cli("analyse", study, "--lang", "fr", "--format", "json",
                          "--bootstrap", "0").stdout)
    assert data["lm3"]["ratio_of_totals"] == pytest.approx(1.7762)
    assert set(data) >= {"lm3", "recirculation_share", "by_sector", "missing"}


def test_a_sector_of_one_shop_says_it_is_too_small_for_an_interval(cli: Cli,
                                                                   study: Path) -> None:
    table = cli("analyse", study, "--by", "sector", "--lang", "fr", "--bootstrap", "0").stdout
    assert re.search(r"\s1\s+1,776\s+trop peu \(1 commerce\)\s+55,0\u202f%", table), table
    data = json.loads(cli("analyse", study, "--by", "sector", "--format", "json",
                          "--bootstrap", "0").stdout)
    (bakery,) = data["by_sector"].values()
    assert bakery["n_businesses"] == 1 and bakery["lm3"]["ci95"] is None


def test_scenario_is_formatted_like_analyse(cli: Cli, study: Path) -> None:
    """Goods for resale: 20,000 € of which 0 % non-local in the published case, so take a
    category with non-local spending: 30 % of 10,000 € of rent moved → 3,000 €."""
    doc = one_organisation_doc()
    doc["interviews"][0]["lines"].append({"category": "supplies", "amount": 10000,
                                          "local_share": 0.0, "respend_share": None,
                                          "respend_source": None})
    path = study.with_name("scenario.madeinlocal")
    cli("import", path, write_json(study.with_name("scenario.json"), doc))
    french = cli("scenario", path, "--category", "supplies", "--shift", "30 %",
                 "--respend", "0,5", "--lang", "fr").stdout
    assert "None" not in french and not re.search(r"\d\.\d{4,}", french), french
    assert "3\u202f000\u00a0€ par an" in french  # moved
    assert re.search(r"LM3 \(ratio des totaux\)\u00a0: 1,776 → 1,821 \(\+0,045\)", french)
    english = cli("scenario", path, "--category", "supplies", "--shift", "0.3",
                  "--respend", "50%").stdout
    assert "None" not in english and "€3,000 a year" in english
    assert "LM3 (ratio of totals): 1.776 → 1.821 (+0.045)" in english


def test_new_refuses_a_commune_that_does_not_exist(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "s.madeinlocal"
    result = cli("new", target, "--name", "Essai", "--year", "2025", "--commune", "86194",
                 "--commune", "99999", ok=False)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "Commune 99999 does not exist in the official geography" in result.stderr
    assert not target.exists()
    french = cli("new", target, "--name", "Essai", "--year", "2025", "--commune", "99999",
                 "--lang", "fr", ok=False)
    assert "La commune 99999 n'existe pas dans la géographie officielle" in french.stderr


@pytest.mark.parametrize("epci", ["200041317", "CA du Niortais", "ca du niortais"])
def test_new_takes_every_commune_of_an_epci(cli: Cli, tmp_path: Path, epci: str) -> None:
    target = tmp_path / "niort.madeinlocal"
    out = cli("new", target, "--name", "Niort", "--year", "2025", "--epci", epci,
              "--commune", "86194").stdout
    assert "(41 communes in the territory)" in out
    exported = tmp_path / "niort.json"
    cli("export", target, exported)
    communes = json.loads(exported.read_text(encoding="utf-8"))["study"]["territory"]["communes"]
    assert len(communes) == 41 and communes[0] == "86194" and "79191" in communes  # Niort


def test_new_refuses_an_unknown_epci(cli: Cli, tmp_path: Path) -> None:
    result = cli("new", tmp_path / "s.madeinlocal", "--name", "X", "--year", "2025",
                 "--epci", "CA de Nulle Part", ok=False)
    assert result.returncode == 2
    assert result.stderr.strip() == ("Error: No intercommunality (EPCI) has the SIREN or name "
                                     "'CA de Nulle Part'")


def test_a_screenshot_of_a_file_that_is_not_a_study_says_why(cli: Cli, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.madeinlocal"
    bogus.write_text("hello", encoding="utf-8")
    result = cli("open", bogus, "--screenshot", tmp_path / "shot.png", ok=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "notes.madeinlocal" in lines[0]
    assert not (tmp_path / "shot.png").exists()


def test_demo_without_a_display_says_why_on_stderr(cli: Cli) -> None:
    env = {k: v for k, v in cli.env.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = Cli(env)("demo", "--lang", "fr")
    assert "Pas d'écran ici" in result.stderr and "DISPLAY" in result.stderr
    assert "LM3 (ratio des totaux)" in result.stdout
    quiet = Cli(env)("demo", "--text")
    assert quiet.stderr == ""


def test_kit_gets_the_extension_the_app_looks_for(cli: Cli, tmp_path: Path,
                                                  study: Path) -> None:
    result = cli("kit", study, tmp_path / "kit.madeinlocal-kit")
    assert (tmp_path / "kit.madeinlocal-kit.mlkit").is_file()
    assert "kit.madeinlocal-kit.mlkit" in result.stdout
    assert "kit.madeinlocal-kit does not end in .mlkit" in result.stderr  # why the name grew
    second = cli("kit", study, tmp_path / "second.mlkit", "--passphrase",
                 "tilleul marché vélo 1987")  # protected: nothing to warn about
    assert second.stderr == ""
    assert (tmp_path / "second.mlkit").is_file() and not (tmp_path / "second.mlkit.mlkit").exists()


def test_every_command_is_in_the_readme() -> None:
    from madeinlocal_desktop.cli import LAZY_COMMANDS, main

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in LAZY_COMMANDS:
        assert f"`madeinlocal {name}" in readme, name
    io = main.get_command(None, "io")  # type: ignore[arg-type]
    for name in getattr(io, "commands", {}):
        assert f"io {name}" in readme, name
    assert "--lang" in readme and "docs/exchange.md" in readme
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-randr0",
                    "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1"):
        assert package in readme, package
    assert os.path.exists(REPO / "docs" / "exchange.md")
