"""`kit --passphrase` and `new --from-kit --kit-passphrase` as a coordinator and a surveyor
type them; a wrong passphrase is one line and creates nothing."""

from __future__ import annotations

import os
from pathlib import Path

from tests.cli.conftest import Cli

PASSPHRASE = "tilleul marché vélo 1987"


def _surveyor(tmp_path: Path, **extra: str) -> Cli:
    home = tmp_path / "home-alice"
    home.mkdir(exist_ok=True)
    return Cli(dict(os.environ, MADEINLOCAL_HOME=str(home), **extra))


def _study(cli: Cli, tmp_path: Path) -> Path:
    coord = tmp_path / "coord.madeinlocal"
    cli("new", coord, "--name", "Centre-ville", "--year", "2025", "--commune", "86194")
    return coord


def test_a_protected_kit_joins_with_its_passphrase(cli: Cli, tmp_path: Path) -> None:
    coord = _study(cli, tmp_path)
    kit = tmp_path / "centre.mlkit"
    written = cli("kit", coord, kit, "--passphrase", PASSPHRASE)
    assert "not protected" not in written.stderr
    assert b"Centre-ville" not in kit.read_bytes()
    alice = _surveyor(tmp_path)
    out = alice("new", "--from-kit", kit, tmp_path / "alice.madeinlocal", "--kit-passphrase",
                PASSPHRASE).stdout
    assert "Centre-ville" in out
    # The environment variable serves scripts.
    scripted = _surveyor(tmp_path, MADEINLOCAL_KIT_PASSPHRASE=PASSPHRASE)
    assert "Centre-ville" in scripted("new", "--from-kit", kit,
                                      tmp_path / "bob.madeinlocal").stdout


def test_a_wrong_kit_passphrase_is_one_line_and_creates_nothing(cli: Cli,
                                                                tmp_path: Path) -> None:
    coord = _study(cli, tmp_path)
    kit = tmp_path / "centre.mlkit"
    cli("kit", coord, kit, "--passphrase", PASSPHRASE)
    alice = _surveyor(tmp_path)
    target = tmp_path / "alice.madeinlocal"
    for args in (("--kit-passphrase", "tilleul marché vélo 1988"), ()):
        result = alice("new", "--from-kit", kit, target, *args, ok=False)
        assert result.returncode != 0
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "passphrase" in result.stderr and "Traceback" not in result.stderr
        assert not target.exists()


def test_a_weak_passphrase_writes_no_kit_and_a_plain_kit_warns(cli: Cli,
                                                               tmp_path: Path) -> None:
    coord = _study(cli, tmp_path)
    weak = cli("kit", coord, tmp_path / "weak.mlkit", "--passphrase", "court", ok=False)
    assert weak.returncode != 0 and "too short" in weak.stderr
    assert not (tmp_path / "weak.mlkit").exists()
    plain = cli("kit", coord, tmp_path / "plain.mlkit")
    assert "not protected" in plain.stderr and "--ask-passphrase" in plain.stderr
    assert "Centre-ville" in _surveyor(tmp_path)("new", "--from-kit", tmp_path / "plain.mlkit",
                                                 tmp_path / "alice.madeinlocal").stdout
