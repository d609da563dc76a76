"""The user guide (docs/guide): every link and image resolves, and both languages have the same
pages, one per view of the main window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guide"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
VIEWS = ("businesses", "interview", "dashboard", "respondents", "io", "territory", "impact",
         "conflicts", "duplicates")


def _pages(language: str) -> list[Path]:
    return sorted((GUIDE / language).glob("*.md"))


def test_french_and_english_guides_have_the_same_pages() -> None:
    french = {p.name for p in _pages("fr")}
    assert french == {p.name for p in _pages("en")}
    assert {"index.md", "surveyor.md", "analyst.md", "coordinator.md"} <= french
    assert {f"{view}.md" for view in VIEWS} <= french


@pytest.mark.parametrize("page", _pages("fr") + _pages("en"),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_relative_link_and_image_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    targets = [t for t in LINK.findall(text) if not re.match(r"[a-z]+:", t)]
    assert targets, "a guide page links back to the index at least"
    for target in targets:
        path = (page.parent / target.split("#")[0]).resolve()
        assert path.is_file(), f"{page.name}: {target} does not exist"


def test_every_page_starts_with_one_title_and_images_stay_small() -> None:
    for page in _pages("fr") + _pages("en"):
        first = page.read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert first.startswith("# "), page
    for image in GUIDE.glob("images/**/*.png"):
        assert image.stat().st_size < 150_000, image
