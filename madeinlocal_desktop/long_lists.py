"""Long lists sorted a piece at a time, for work on a thread that shares the interpreter.

The study's worker and the window take turns with the interpreter, and one long C call on the
worker makes the window wait for all of it: sorting 100,000 keys in one go held it ~50 ms,
640,000 possible-duplicate pairs ~0.3 s. No call here handles more than a piece.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

_PIECE = 8192  # items one C call sorts or merges


def sorted_in_pieces(keys: Sequence[Any]) -> list[int]:
    """Positions of `keys` in ascending, stable order, as `sorted(range(len(keys)), key=...)`,
    with no single C call longer than a piece: pieces sorted alone, then merged two by two."""
    by_key = keys.__getitem__
    runs = [sorted(range(start, min(start + _PIECE, len(keys))), key=by_key)
            for start in range(0, len(keys), _PIECE)]
    while len(runs) > 1:
        runs = [_merged(runs[i], runs[i + 1], by_key) if i + 1 < len(runs) else runs[i]
                for i in range(0, len(runs), 2)]
    return runs[0] if runs else []


def _merged(first: list[int], second: list[int], by_key: Callable[[int], Any]) -> list[int]:
    """Two sorted runs as one, `first`'s rows before `second`'s equal ones (stable)."""
    merged: list[int] = []
    taken = 0  # of `second`
    for start in range(0, len(first), _PIECE):
        piece = first[start:start + _PIECE]
        # What of `second` sorts strictly before this piece's last key joins it; timsort
        # merges the two ordered runs in one pass, keeping `first`'s rows ahead on ties.
        upto = bisect_left(second, by_key(piece[-1]), lo=taken, key=by_key)
        piece += second[taken:upto]
        piece.sort(key=by_key)
        merged += piece
        taken = upto
    merged += second[taken:]
    return merged


def emptied_in_pieces(items: list[Any]) -> None:
    """Empty a long list from its end, a piece per C call (freeing 100,000 rows' objects in
    one call held the window ~70 ms)."""
    while items:
        del items[-_PIECE:]
