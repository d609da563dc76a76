"""`open --screenshot --size WxH`: a picture of the window at the size a user's screen has."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli


def test_a_screenshot_at_1280_by_720(cli: Cli, tmp_path: Path) -> None:
    from madeinlocal_desktop.demo.study import demo_study
    from madeinlocal_desktop.exchange import interchange
    from madeinlocal_desktop.project import create_from_data

    study = tmp_path / "demo.madeinlocal"
    create_from_data(study, interchange.parse(demo_study()))[0].close()
    shot = tmp_path / "tableau.png"
    cli("open", study, "--view", "dashboard", "--size", "1280x720", "--screenshot", shot)
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (1280, 720)


def test_a_size_that_is_not_one_is_one_clear_line(cli: Cli, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = cli("open", tmp_path / "x.madeinlocal", "--size", "1280", "--screenshot", shot,
                 "--lang", "fr", ok=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--size attend LARGEURxHAUTEUR" in lines[0], lines
    assert not shot.exists()
