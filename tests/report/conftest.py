"""The demo study with its business register, written once for the report tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ..cli.conftest import Cli


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from madeinlocal_desktop.demo.study import demo_study
    from madeinlocal_desktop.exchange import interchange
    from madeinlocal_desktop.project import create_from_data

    path = tmp_path_factory.mktemp("demo") / "demo.madeinlocal"
    project, _ = create_from_data(path, interchange.parse(demo_study()))
    project.territory.install_demo()  # the territory section needs the register
    project.close()
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.madeinlocal"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture(scope="module")
def module_cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    home = tmp_path_factory.mktemp("home")
    return Cli(dict(os.environ, MADEINLOCAL_HOME=str(home), LANGUAGE="en"))


@pytest.fixture
def cli(user_home: Path) -> Cli:
    return Cli(dict(os.environ, MADEINLOCAL_HOME=str(user_home)))
