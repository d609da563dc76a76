"""The reference tables shipped as CSV, read whole then parsed from memory.

Parsed straight from the file, each 8 KB read let the interpreter go and took it back at once,
so often that a thread waiting for it never got its turn: the window stood still behind the
worker for the whole communes file (90-150 ms). One read lets go once.
"""

from __future__ import annotations

import csv
import io

from ..paths import resource


def rows(*parts: str) -> csv.DictReader[str]:
    """The rows of resources/<parts> as dicts keyed by its header."""
    text = resource(*parts).read_text(encoding="utf-8")
    return csv.DictReader(io.StringIO(text, newline=""))
