"""How the app starts: light imports, `madeinlocal open --screenshot`, compiled translations."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from madeinlocal_desktop.gui import i18n

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    return dict(os.environ, MADEINLOCAL_HOME=str(home), QT_QPA_PLATFORM="offscreen")


def test_the_first_window_does_not_wait_for_heavy_libraries(user_home: Path) -> None:
    script = ("import sys\n"
              "import madeinlocal_desktop.gui.app, madeinlocal_desktop.gui.main_window\n"
              # the study's session and domain, and cryptography, wait for a study or a dialog
              "heavy = [m for m in ('pandas', 'matplotlib', 'sqlite_utils', 'numpy', "
              "'cryptography', 'madeinlocal_desktop.domain', "
              "'madeinlocal_desktop.gui.session') if m in sys.modules]\n"
              "print(','.join(heavy))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=_env(user_home), cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_first_window_paints_before_pyside_builds_its_qt_namespace(user_home: Path) -> None:
    # PySide builds its whole `Qt` namespace (94 enums, ~30 ms) when it is first named. Only
    # the very first run needs it before the paint: to ask the system's colour scheme, which
    # later runs remember.
    script = ("import os\n"
              "import PySide6.QtCore as QtCore\n"
              "from PySide6.QtCore import QEvent, QObject\n"
              "from madeinlocal_desktop.gui.app import build_window, make_application, "
              "show_window\n"
              "app = make_application()\n"
              "window = build_window()\n"
              "class Painted(QObject):\n"
              "    def eventFilter(self, watched, event):\n"
              "        if event.type() == QEvent.Type.Paint:\n"
              "            print('Qt' in vars(QtCore), flush=True)\n"
              "            os._exit(0)\n"
              "        return False\n"
              "painted = Painted()\n"
              "window.installEventFilter(painted)\n"
              "show_window(window, None)\n"
              "app.exec()\n")
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env=_env(user_home), cwd=ROOT, timeout=60) for _ in range(2)]
    assert [run.stdout.strip() for run in runs] == ["True", "False"], runs[-1].stderr


def test_open_screenshot_renders_a_view_and_exits(user_home: Path, demo_file: Path,
                                                  tmp_path: Path) -> None:
    target = tmp_path / "interview.png"
    result = subprocess.run(
        [sys.executable, "-m", "madeinlocal_desktop.launcher", "open", str(demo_file),
         "--screenshot", str(target), "--view", "interview", "--lang", "fr"],
        capture_output=True, text=True, env=_env(user_home), cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1366, 768)


def test_open_refuses_a_missing_study_in_one_line(user_home: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "madeinlocal_desktop.launcher", "open",
         str(tmp_path / "none.madeinlocal"), "--screenshot", str(tmp_path / "x.png")],
        capture_output=True, text=True, env=_env(user_home), cwd=ROOT, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Error: No study file")


def test_missing_translations_are_compiled_on_start(tmp_path: Path, monkeypatch) -> None:
    for ts in i18n.source_dir().glob("*.ts"):
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(i18n, "source_dir", lambda: tmp_path)
    i18n.ensure_compiled()
    assert (tmp_path / "madeinlocal_fr.qm").is_file()
    assert (tmp_path / "madeinlocal_en.qm").is_file()


def test_every_french_string_is_translated() -> None:
    text = (i18n.source_dir() / "madeinlocal_fr.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert i18n.resolve_language("en", "fr") == "en"
    assert i18n.resolve_language(None, "fr") == "fr"


def test_french_on_a_french_system_english_otherwise(user_home: Path) -> None:
    script = ("from madeinlocal_desktop.gui.i18n import resolve_language\n"
              "print(resolve_language(None, ''))\n")
    found = {}
    for lang in ("fr_FR.UTF-8", "en_GB.UTF-8", "de_DE.UTF-8"):
        env = dict(_env(user_home), LANG=lang, LC_ALL=lang, LANGUAGE="")
        result = subprocess.run([sys.executable, "-c", script], capture_output=True,
                                text=True, env=env, cwd=ROOT, timeout=60)
        found[lang] = result.stdout.strip()
    assert found == {"fr_FR.UTF-8": "fr", "en_GB.UTF-8": "en", "de_DE.UTF-8": "en"}
