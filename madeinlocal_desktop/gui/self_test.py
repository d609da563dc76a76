"""`MadeInLocal --self-test`: prove an installed or bundled program works, then exit.

It creates the demo study in a temporary folder, runs the analysis, renders the dashboard
offscreen and checks the picture, then writes the demo's PDF report and checks it. It prints
one line per step; exit code 0 means all passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _say(text: str) -> None:
    stream = sys.stdout or sys.stderr  # windowed Windows builds have no stdout
    if stream is not None:
        print(text, file=stream, flush=True)


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="madeinlocal-self-test-") as folder:
        os.environ["MADEINLOCAL_HOME"] = folder  # leave the user's settings alone
        try:
            _steps(Path(folder))
        except Exception:
            _say("self-test FAILED:")
            _say(traceback.format_exc())
            return 1
    _say("self-test passed")
    return 0


def _step(name: str, action: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    value = action()
    _say(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    return value


def _steps(folder: Path) -> None:
    from .. import __version__
    from ..paths import resource
    from ..project import Project

    _say(f"Made in Local {__version__} self-test")
    for part in (("naf", "naf_postes.csv"), ("io", "fr-2014-a17", "Z.csv")):
        if not resource(*part).is_file():
            raise FileNotFoundError(f"missing resource {'/'.join(part)}")
    study = folder / "demo.madeinlocal"
    project = _step("create the demo study",
                    lambda: Project.create_demo(study, register=False))
    try:
        result = _step("analyse it", lambda: project.analysis.run(bootstrap=200))
        lm3 = result.to_dict()["lm3"]["ratio_of_totals"]
        if not 1.0 <= lm3 <= 3.0:
            raise ValueError(f"LM3 out of range: {lm3}")
        _say(f"     LM3 = {lm3:.3f} over {result.to_dict()['n']} interviews")
        _step("render the dashboard offscreen", lambda: _render_dashboard(project, folder))
        _step("write the PDF report", lambda: _check_report(project, folder))
    finally:
        project.close()
    _step("open an encrypted study", lambda: _check_encrypted(study))
    _step("find the system keychain", _check_keychain)


SELF_TEST_PASSPHRASE = "self-test passphrase, nothing to protect"


def _check_encrypted(study: Path) -> None:
    """SQLCipher is in: the demo encrypted in place holds none of its shop names, opens with
    the passphrase and is refused without it."""
    from ..errors import StudyFileError
    from ..project import Project

    with Project.open(study) as project:
        names = sorted(b.name for b in project.businesses.list())
    name = names[0]
    Project.encrypt_file(study, SELF_TEST_PASSPHRASE)
    if name.encode() in study.read_bytes():
        raise RuntimeError("the encrypted study file shows a shop name")
    try:
        Project.open(study).close()
    except StudyFileError:
        pass
    else:
        raise RuntimeError("an encrypted study opened without its passphrase")
    with Project.open(study, passphrase=SELF_TEST_PASSPHRASE) as project:
        if sorted(b.name for b in project.businesses.list()) != names:
            raise RuntimeError("the encrypted study does not read back")


def _check_keychain() -> None:
    """The keyring package and its backends load (a computer may have no keychain: said, not
    failed, since the app then asks the passphrase each time)."""
    import keyring

    _say(f"     keychain: {type(keyring.get_keyring()).__module__}")


def _check_report(project: Any, folder: Path) -> None:
    """The demo's report is a PDF with its contents, embedded fonts and text on its pages."""
    import re
    import zlib

    target = project.report(folder / "rapport.pdf", lang="fr")
    data = target.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise RuntimeError("the report is not a PDF")
    if b"/Title (Sommaire)" not in data or b"/FontFile2" not in data:
        raise RuntimeError("the report has no contents or no embedded font")
    texts = 0
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            page = zlib.decompress(stream)
        except zlib.error:
            continue
        texts += page.count(b" Tj") + page.count(b" TJ")
    if texts < 100:
        raise RuntimeError(f"the report has almost no text ({texts} runs)")
    _say(f"     report: {len(data) // 1024} KB, {texts} text runs")


def _render_dashboard(project: Any, folder: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from .app import make_application
    from .dashboard import DashboardView
    from .session import session_for
    from .tasks import TaskRunner

    make_application([sys.argv[0]])
    runner = TaskRunner()
    view = DashboardView(session_for(runner, project), bootstrap=200)
    view.resize(1366, 768)
    view.show()
    loop = QEventLoop()
    drawn = QTimer(interval=50)  # the figures, then the sector chart from the chart thread
    drawn.timeout.connect(lambda: loop.quit() if view.state is not None and view.charts
                          and view.charts["by_sector"].up_to_date else None)
    drawn.start()
    QTimer.singleShot(60_000, loop.quit)
    view.refresh()
    loop.exec()
    drawn.stop()
    image = view.grab().toImage()
    runner.shutdown()
    if image.isNull() or image.width() < 800:
        raise RuntimeError("the dashboard did not render")
    if not (view.charts and view.charts["by_sector"].up_to_date):
        raise RuntimeError("the dashboard's charts were not drawn")
    if len({image.pixel(x, y) for x in range(0, image.width(), 37)
            for y in range(0, image.height(), 37)}) < 8:
        raise RuntimeError("the dashboard rendered blank")
    image.save(str(folder / "dashboard.png"))
