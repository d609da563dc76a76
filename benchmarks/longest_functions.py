"""The longest functions of the package, from its syntax tree (a script that prints, not a test).

    uv run python benchmarks/longest_functions.py [--top 20] [--under madeinlocal_desktop]

A function's length is its lines from `def` (decorators included) to its last statement; nested
functions count inside their parent and also on their own. Generated modules (gui/forms/) are left
out: their length is Designer's, not ours. The last line compares the top N with the whole package.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ("gui/forms/",)


class Function(NamedTuple):
    lines: int
    name: str  # Class.method or function
    where: str  # path:line


def functions(package: Path) -> list[Function]:
    found = []
    for module in sorted(package.rglob("*.py")):
        relative = module.relative_to(package).as_posix()
        if any(relative.startswith(prefix) for prefix in GENERATED):
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
        found.extend(_walk(tree, [], module.relative_to(ROOT).as_posix()))
    return found


def _walk(node: ast.AST, names: list[str], where: str) -> list[Function]:
    found = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
            last = child.end_lineno or child.lineno
            found.append(Function(last - first + 1, ".".join([*names, child.name]),
                                  f"{where}:{child.lineno}"))
            found.extend(_walk(child, [*names, child.name], where))
        elif isinstance(child, ast.ClassDef):
            found.extend(_walk(child, [*names, child.name], where))
        else:
            found.extend(_walk(child, names, where))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--under", default="madeinlocal_desktop")
    args = parser.parse_args()
    every = sorted(functions(ROOT / args.under), key=lambda f: (-f.lines, f.where))
    if not every:
        print(f"no function under {args.under}")
        return 1
    width = max(len(f.name) for f in every[:args.top])
    for rank, function in enumerate(every[:args.top], 1):
        print(f"{rank:3}  {function.lines:4} lines  {function.name:<{width}}  {function.where}")
    lengths = sorted(f.lines for f in every)
    median = lengths[len(lengths) // 2]
    print(f"{len(every)} functions, median {median} lines; the longest is "
          f"{every[0].lines / median:.1f}× the median, the {args.top}th "
          f"{every[min(args.top, len(every)) - 1].lines / median:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
