"""Every string of the exchange screens has a French translation that keeps its placeholders."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from madeinlocal_desktop import paths
from madeinlocal_desktop.gui import exchange_text

GUI = Path(exchange_text.__file__).parent
MODULES = ("exchange_text", "exchange_widgets", "exchange_menu", "bundle_dialogs",
           "bundle_reports", "conflicts_view", "duplicates_view", "export_dialog",
           "kit_dialogs", "hub_dialog")
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n")


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_strings() -> set[tuple[str, str]]:
    """(context, English) of every self.tr("...") and translate("Context", "...")."""
    found: set[tuple[str, str]] = set()
    for module in MODULES:
        tree = ast.parse((GUI / f"{module}.py").read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr == "tr" and node.args and _text(node.args[0]):
                    found.add((cls.name, str(_text(node.args[0]))))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "translate" and len(node.args) >= 2:
                context, english = _text(node.args[0]), _text(node.args[1])
                if context and english:
                    found.add((context, english))
    return found


def french_catalogue() -> dict[tuple[str, str], list[str]]:
    known: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(paths.resource("translations", "madeinlocal_fr.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                   "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or \
                [translation.text or ""]
            key = (context.findtext("name", ""), message.findtext("source", ""))
            known[key] = [form for form in forms if form.strip()]
    return known


def test_every_exchange_string_has_a_french_translation_with_its_placeholders() -> None:
    strings = source_strings()
    assert len(strings) > 150  # the extraction itself works
    known = french_catalogue()
    missing = sorted(key for key in strings if not known.get(key))
    assert not missing, f"add these to resources/translations/madeinlocal_fr.ts: {missing}"
    for key in strings:
        wanted = sorted(PLACEHOLDER.findall(key[1]))
        for french in known[key]:
            assert sorted(PLACEHOLDER.findall(french)) == wanted, (key, french)
