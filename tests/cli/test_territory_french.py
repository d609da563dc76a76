"""The territory commands speak French on a French system: words and numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

ENGLISH = ("Frame version", "establishments", "Salaried jobs", "Social and solidarity",
           "Head office", "By size band", "Strata:", "scope", "Sample:", "expected half-width",
           "stratum", "prior", "Territory (", "Coverage", "responding", "Left out", "turnover",
           "kept locally", "Leakage", "estimate", " SE ", "95% CI", "proportional", "Drawn with")


@pytest.fixture(scope="module")
def demo_with_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from madeinlocal_desktop.demo.study import demo_study
    from madeinlocal_desktop.exchange import interchange
    from madeinlocal_desktop.project import Project, create_from_data

    path = tmp_path_factory.mktemp("demo") / "demo.madeinlocal"
    create_from_data(path, interchange.parse(demo_study()))[0].close()
    with Project.open(path) as project:
        project.territory.install_demo()  # its fictitious register, design and draw
    return path


@pytest.fixture
def french(cli: Cli) -> Cli:
    return Cli(dict(cli.env, LANG="fr_FR.UTF-8", LC_ALL="fr_FR.UTF-8", LANGUAGE="fr"))


@pytest.mark.parametrize("command", [("frame", "show"), ("sample", "design"),
                                     ("analyse", "--territory", "--format", "table")])
def test_territory_output_is_french(french: Cli, demo_with_register: Path,
                                    command: tuple[str, ...]) -> None:
    out = french(*command[:2], demo_with_register, *command[2:], "--lang", "fr").stdout
    assert out.strip()
    for word in ENGLISH:
        assert not re.search(rf"(?<!\w){re.escape(word.strip())}(?!\w)", out), (word, command)
    assert not re.search(r"\d\.\d", out.replace("NAF rév. 2", "")
                         .replace("10.71", "").replace("64.19", "").replace("66.22", "")
                         .replace("96.02", "")), out  # decimal commas, codes aside


def test_frame_show_writes_thousands_and_shares_the_french_way(
        french: Cli, demo_with_register: Path) -> None:
    out = french("frame", "show", demo_with_register, "--lang", "fr").stdout
    assert "4\u00a0554 établissements actifs" in out or "4 554 établissements actifs" in out \
        or "4\u202f554 établissements actifs" in out
    assert re.search(r"Économie sociale et solidaire\s*: 15,3\s?%", out.replace("\u202f", " ")
                     .replace("\u00a0", " ")), out


@pytest.mark.parametrize("command", [("frame",), ("sample",), ("frame", "import"),
                                     ("sample", "design"), ("sample", "draw")])
def test_territory_help_is_french(french: Cli, command: tuple[str, ...]) -> None:
    out = french(*command, "--help", "--lang", "fr").stdout
    for word in ("The ", "Import an", "Define the", "Draw the", "Sheet of", "Seed of",
                 "Sample size", "Replace the", "Reserve establishments", "Write the"):
        assert word not in out, (word, command)
    assert "Affiche cette aide" in out


def test_the_monte_carlo_draws_are_counted_the_french_way(french: Cli,
                                                          demo_with_register: Path) -> None:
    out = french("analyse", demo_with_register, "--format", "table", "--lang", "fr").stdout
    assert re.search(r"Monte-Carlo, 2\s000 tirages", out), out
