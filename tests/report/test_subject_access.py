"""The subject-access PDF: what is held about a shop, and nothing of an erased shop's name."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.poppler import needs_poppler
from tests.sync.sync_helpers import add_interview, coordinator


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@needs_poppler
def test_an_erased_shop_reads_efface_in_its_report(tmp_path: Path) -> None:
    with coordinator(tmp_path) as project:
        shop_id = add_interview(project, "Mercerie Anatolie").business_id
        before = project.privacy.export_held_about(tmp_path / "before.pdf", business_id=shop_id)
        project.businesses.delete(shop_id)
        after = project.privacy.export_held_about(tmp_path / "after.pdf", business_id=shop_id)
    assert "Mercerie Anatolie" in _text(before) and "Entretiens" in _text(before)
    text = _text(after)
    assert "effacé" in text and "Identité effacée" in text and "Anatolie" not in text
