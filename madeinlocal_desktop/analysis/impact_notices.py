"""Warnings that travel with a result: a catalogue code, its parameters and its text.

A comparison across different fiscal years, a model left national: nothing is refused, but the
reader must see it. The text is rendered in the current language when the result is made; the
code and parameters let a front end render it again in another.
"""

from __future__ import annotations

from typing import Any

from ..catalogue import render


def notice(code: str, **params: Any) -> dict[str, Any]:
    return {"code": code, "params": params, "text": render(code, params)}


def notice_text(item: dict[str, Any], lang: str | None = None) -> str:
    """The notice in `lang` (the current language by default)."""
    return render(str(item["code"]), dict(item.get("params") or {}), lang)
