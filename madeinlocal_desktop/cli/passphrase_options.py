"""`--passphrase-file F` and `--new-passphrase-file F`, taken from anywhere on the command line
before the command runs (as `--lang` is), so every command that opens a study accepts them.
Kept apart from passphrases.py: `madeinlocal --help` must not import the project."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

FILE_OPTIONS = ("--passphrase-file", "--new-passphrase-file")
_given: dict[str, Path] = {}  # option → file, taken from the command line by `take_options`


def take_options(args: Sequence[str]) -> list[str]:
    """Remove `--passphrase-file F` and `--new-passphrase-file F` (or `=F`) from anywhere
    before `--`, so every command accepts them without declaring them."""
    _given.clear()
    args = list(args)
    end = args.index("--") if "--" in args else len(args)
    kept: list[str] = []
    position = 0
    while position < end:
        arg = args[position]
        name, _, inline = arg.partition("=")
        if name in FILE_OPTIONS:
            if inline:
                _given[name] = Path(inline)
                position += 1
                continue
            if position + 1 >= end:  # left for click to say what is missing
                kept.append(arg)
                break
            _given[name] = Path(args[position + 1])
            position += 2
            continue
        kept.append(arg)
        position += 1
    return kept + args[end:]


def given_file(option: str) -> Path | None:
    return _given.get(option)
