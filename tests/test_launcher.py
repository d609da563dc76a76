"""The program's entry point, as the installers and file managers call it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_study_given_alone_is_opened(user_home: Path, tmp_path: Path) -> None:
    """A double-clicked study arrives as the only argument (macOS, the Linux desktop entry):
    it goes to `open`, which refuses a missing file in one line instead of a usage error."""
    result = subprocess.run(
        [sys.executable, "-m", "madeinlocal_desktop.launcher", str(tmp_path / "gone.madeinlocal")],
        capture_output=True, text=True, timeout=60,
        env=dict(os.environ, MADEINLOCAL_HOME=str(user_home), QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Error: No study file")
