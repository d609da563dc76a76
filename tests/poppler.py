"""The report's tests read PDFs back with poppler's tools (pdftotext, pdffonts, pdfinfo)."""

from __future__ import annotations

import os
import shutil

import pytest

# .ci/run installs poppler-utils and sets MADEINLOCAL_REQUIRE_POPPLER: there a missing tool is a
# failure, not a skip. Elsewhere (a Windows runner) the tests that read PDFs back are skipped.
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("MADEINLOCAL_REQUIRE_POPPLER"),
    reason="poppler's pdftotext is not installed")
