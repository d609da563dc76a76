"""The frozen program users install, checked against the source it was built from.

Skipped unless MADEINLOCAL_BUNDLE names the bundle's executable (.ci/run sets it after
`build_scripts/build.py`):

    MADEINLOCAL_BUNDLE=build/dist/MadeInLocal/MadeInLocal uv run pytest tests/test_bundle.py

Every study written by one side is opened by the other: a user may install the program on one
computer and keep a source checkout (or an older install) on another.
"""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from madeinlocal_desktop.project import Project
from tests.conftest import BAKERY_INTERVIEW, one_organisation_doc

BUNDLE = os.environ.get("MADEINLOCAL_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="set MADEINLOCAL_BUNDLE to a built bundle")
ROOT = Path(__file__).resolve().parents[1]


class Program:
    """`madeinlocal` as a user runs it: the bundle or the source, each with its own home
    folder (so its own device id, as two computers would have)."""

    def __init__(self, command: list[str], home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.command = command
        self.env = dict(os.environ, MADEINLOCAL_HOME=str(home), QT_QPA_PLATFORM="offscreen")
        self.env.pop("MADEINLOCAL_PASSPHRASE", None)

    def __call__(self, *args: str | Path, timeout: int = 180) -> subprocess.CompletedProcess:
        result = subprocess.run([*self.command, *map(str, args)], capture_output=True,
                                text=True, env=self.env, cwd=ROOT, timeout=timeout)
        assert result.returncode == 0, f"{args}: {result.stderr}"
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def analyse(self, study: Path) -> dict:
        out = self("analyse", study, "--format", "json", "--bootstrap", "200", "--seed", "7")
        return json.loads(out.stdout)


@pytest.fixture
def bundle(tmp_path: Path) -> Program:
    program = Path(BUNDLE or "").resolve()
    assert program.is_file(), f"no bundle at {program}"
    return Program([str(program)], tmp_path / "home-bundle")


@pytest.fixture
def source(tmp_path: Path) -> Program:
    return Program([sys.executable, "-m", "madeinlocal_desktop.launcher"],
                   tmp_path / "home-source")


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def demo_document(path: Path) -> Path:
    from madeinlocal_desktop.demo.study import demo_study

    return write_json(path, demo_study(n_businesses=40))


def test_self_test_passes(bundle: Program) -> None:
    out = bundle("--self-test").stdout
    assert "self-test passed" in out
    assert "ok   open an encrypted study" in out  # SQLCipher is in the bundle


def test_version_is_the_package_version(bundle: Program, source: Program) -> None:
    expected = f"madeinlocal, version {version('madeinlocal-desktop')}"
    assert bundle("--version").stdout.strip() == expected
    assert source("--version").stdout.strip() == expected


def test_help_is_the_same_as_from_source(bundle: Program, source: Program) -> None:
    # The bundle compiles libraries without docstrings; the command line's own must stay, since
    # click builds the help from them. (The first line names the program, which differs.)
    for command in (["--help"], ["io", "--help"], ["analyse", "--help"]):
        from_bundle = bundle(*command).stdout.split("\n", 1)[1]
        assert from_bundle == source(*command).stdout.split("\n", 1)[1]
        assert len(from_bundle.splitlines()) > 5
    assert "LM3, local recirculation share and leakage" in bundle("--help").stdout


def test_bundle_analyses_a_study_the_source_made(bundle: Program, source: Program,
                                                 tmp_path: Path) -> None:
    study = tmp_path / "made-by-source.madeinlocal"
    source("import", study, demo_document(tmp_path / "demo.json"))
    from_bundle, from_source = bundle.analyse(study), source.analyse(study)
    assert from_bundle["lm3"] == from_source["lm3"]
    assert from_bundle == from_source


def test_source_opens_a_study_the_bundle_made_with_history_and_versions(
        bundle: Program, source: Program, tmp_path: Path) -> None:
    study = tmp_path / "made-by-bundle.madeinlocal"
    bundle("new", study, "--name", "Cas publié", "--year", "2025", "--commune", "86194")
    document = one_organisation_doc()
    bundle("import", study, write_json(tmp_path / "doc.json", document))
    assert source.analyse(study)["lm3"]["ratio_of_totals"] == pytest.approx(1.7762, abs=1e-4)

    # The source edits what the bundle wrote: both devices now appear in the record's version
    # vector and in its history.
    edited = copy.deepcopy(document)
    edited["interviews"][0]["turnover_excl_vat"] = 110000
    source("import", study, write_json(tmp_path / "edited.json", edited))
    bundle.analyse(study)  # and the bundle still opens it
    with sqlite3.connect(study) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (vector,) = db.execute("SELECT version FROM interviews WHERE id = ?",
                               (BAKERY_INTERVIEW,)).fetchone()
    with Project.open(study) as project:  # the creation's row is shared with its save's
        devices = {row["device"] for row in project.history("interviews", BAKERY_INTERVIEW)}
    with sqlite3.connect(study) as db:
        change = db.execute("SELECT old, new FROM history WHERE record_id = ? "
                            "AND field = 'turnover_cents' ORDER BY id DESC",
                            (BAKERY_INTERVIEW,)).fetchone()
    assert len(json.loads(vector)) == 2
    assert len(devices) == 2
    assert change == ("10000000", "11000000")


def test_encrypted_sync_bundles_travel_both_ways(bundle: Program, source: Program,
                                                 tmp_path: Path) -> None:
    """A coordinator on the source version, a surveyor on the installed program: the kit, the
    encrypted bundle (cryptography's AES-GCM and scrypt, SHA-256 without OpenSSL's hashlib)."""
    coordinator = tmp_path / "coordinator.madeinlocal"
    source("new", coordinator, "--name", "Centre-ville", "--year", "2025", "--commune", "86194")
    kit = tmp_path / "centre.mlkit"
    source("kit", coordinator, kit)
    surveyor = tmp_path / "surveyor.madeinlocal"
    bundle("new", "--from-kit", kit, surveyor)
    bundle("import", surveyor, write_json(tmp_path / "doc.json", one_organisation_doc()))
    post = tmp_path / "post"
    post.mkdir()
    bundle("bundle", surveyor, post, "--passphrase", "pomme de terre")
    [sent] = post.glob("*.zip")
    out = source("import-bundle", coordinator, sent, "--passphrase", "pomme de terre").stdout
    assert "imported 5 new" in out


def test_bundle_writes_an_xlsx_the_source_side_reads(bundle: Program, source: Program,
                                                     tmp_path: Path) -> None:
    import openpyxl

    study = tmp_path / "demo.madeinlocal"
    source("import", study, demo_document(tmp_path / "demo.json"))
    bundle("export", study, tmp_path / "demo.xlsx")
    sheets = openpyxl.load_workbook(tmp_path / "demo.xlsx", read_only=True).sheetnames
    assert "interviews" in [name.lower() for name in sheets]


def test_bundle_draws_the_dashboard_charts(bundle: Program, tmp_path: Path) -> None:
    """The charts draw without an error inside Qt's event loop (a font left out of the bundle
    once made every tick label raise there, with the exit code still 0)."""
    from PySide6.QtGui import QImage

    study = tmp_path / "demo.madeinlocal"
    bundle("import", study, demo_document(tmp_path / "demo.json"))
    picture = tmp_path / "dashboard.png"
    bundle("open", study, "--screenshot", picture, "--view", "dashboard", "--lang", "fr")
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1366, 768)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_every_bundled_library_resolves(bundle: Program) -> None:
    """The bundle leaves the system's X11, fontconfig, GLib and C++ libraries out: each one
    a bundled file needs must come from the bundle or the packages .ci/run installs
    (build_scripts/linux/check_fresh_debian.sh checks the same on a fresh Debian)."""
    internal = Path(bundle.command[0]).parent / "_internal"
    missing = {}
    for path in internal.rglob("*"):
        if path.is_symlink() or not path.is_file() or path.open("rb").read(4) != b"\x7fELF":
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                             env=dict(os.environ, LD_LIBRARY_PATH=str(internal))).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if lost:
            missing[str(path.relative_to(internal))] = lost
    assert missing == {}
