"""The desktop bundle's size and start-up against its baselines, in one run (prints; not a test).

    uv run --group build python benchmarks/bench_bundle.py [--reuse] [--runs 5]

1. Size: the optimised one-folder bundle (build/dist/MadeInLocal, build_scripts/madeinlocal.spec)
   and the naive bundle PyInstaller makes of the same entry point with no care
   (build/naive/MadeInLocal): apparent bytes of regular files, symlinks not followed, and their
   ratio. Target: one-folder ≤ 200 MB. Then the 12 largest parts of the optimised bundle
   (a folder is split while it holds more than 15 % of the whole), so the MB can be found.
2. Start-up: from launching the process to its first shown window, the optimised bundle, the
   naive bundle and the same app from source (`python -m madeinlocal_desktop.launcher`), all
   with `open STUDY` on the same study, offscreen; best of N runs each, interleaved.
   Target: bundle ≤ 1.2 × source. The app prints the moment its window shows when
   MADEINLOCAL_QUIT_AFTER_SHOWN=1 (gui/app.py) and quits.

Both bundles are built first (about three minutes here); `--reuse` keeps bundles already built.
The source runs without PYTHONDONTWRITEBYTECODE, after a warm-up, so it starts from compiled
bytecode as an installed program does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))

import build  # noqa: E402  (build_scripts/build.py)

TARGET_MB, TARGET_RATIO, PARTS = 200, 1.2, 12
OPTIMISED = build.BUILD / "dist" / build.NAME
NAIVE = build.BUILD / "naive" / build.NAME
NOTES = {  # what the large parts are, for the reader of the breakdown
    "libicudata.so.73": "Qt's ICU data (Unicode, locales)",
    "numpy.libs": "OpenBLAS and gfortran",
    build.NAME: "launcher + all Python code (compressed)",
    "pandas": "pandas' compiled code",
    "numpy": "numpy's compiled code",
    "cryptography": "OpenSSL inside, for encrypted bundles",
    "matplotlib": "incl. its fonts",
    "libpython3.11.so.1.0": "CPython",
}


def apparent_size(path: Path) -> int:
    """Bytes of the regular files under path; symlinks are counted as nothing, not followed."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(bundle: Path, total: int) -> list[tuple[int, str]]:
    """(bytes, path) of every part, largest first; a folder holding more than 15 % of the
    whole is split into its children."""
    internal = bundle / "_internal"
    parts: list[tuple[int, str]] = []
    pending = [bundle]
    while pending:
        for child in pending.pop().iterdir():
            size = apparent_size(child)
            if child.is_dir() and not child.is_symlink() and size > 0.15 * total:
                pending.append(child)
            elif size:
                name = child.relative_to(internal if child.is_relative_to(internal) else bundle)
                parts.append((size, str(name)))
    return sorted(parts, reverse=True)


def ensure_bundles(reuse: bool) -> tuple[Path, Path]:
    program = build.executable(OPTIMISED.parent, False)
    if not (reuse and program.exists()):
        started = time.perf_counter()
        program = build.build()
        print(f"built the optimised bundle in {time.perf_counter() - started:.0f} s")
        if build.self_test(program) != 0:
            sys.exit("the optimised bundle fails its self-test")
    naive = build.executable(NAIVE.parent, False)
    if not (reuse and naive.exists()):
        started = time.perf_counter()
        naive = build.build_naive()
        print(f"built the naive bundle in {time.perf_counter() - started:.0f} s")
    return program, naive


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    launched = time.time()  # the app reports the same clock (time.time) when its window shows
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, cwd=ROOT)
    try:
        out, err = process.communicate(timeout=120)
    except subprocess.TimeoutExpired as timeout:
        process.kill()
        raise RuntimeError(f"{command[0]} never reported its window: a bundle built before "
                           "gui/app.py had MADEINLOCAL_QUIT_AFTER_SHOWN? Run without --reuse"
                           ) from timeout
    shown = [line for line in out.splitlines() if line.startswith("SHOWN ")]
    if not shown:
        raise RuntimeError(f"{command[0]} exited without showing its window:\n{err[-2000:]}")
    return float(shown[0].split()[1]) - launched


def startup(programs: dict[str, list[str]], study: Path, home: Path,
            runs: int) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", MADEINLOCAL_HOME=str(home),
               MADEINLOCAL_QUIT_AFTER_SHOWN="1")
    for command in programs.values():  # warm-up: bytecode, page cache, font cache
        time_to_window([*command, "open", str(study)], env)
    times: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(runs):  # interleaved, so a busy moment of the machine hits every one
        for name, command in programs.items():
            times[name].append(time_to_window([*command, "open", str(study)], env))
    return {name: min(values) for name, values in times.items()}


def demo_study(path: Path) -> Path:
    from madeinlocal_desktop.demo.study import demo_study as document
    from madeinlocal_desktop.exchange.interchange import parse
    from madeinlocal_desktop.project import create_from_data

    project, _ = create_from_data(path, parse(document()), who="bench", device="dev-bench")
    project.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="keep bundles already built")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    program, naive = ensure_bundles(args.reuse)

    size, naive_size = apparent_size(program.parent), apparent_size(naive.parent)
    met = "met" if size <= TARGET_MB * 1e6 else f"NOT met: {size / 1e6 - TARGET_MB:.1f} MB over"
    print("\n1. size on disk (apparent bytes, symlinks not followed)")
    print(f"   naive PyInstaller bundle  {naive_size / 1e6:7.1f} MB")
    print(f"   optimised bundle          {size / 1e6:7.1f} MB   ratio {size / naive_size:.2f}   "
          f"(target ≤ {TARGET_MB} MB) {met}")
    parts = largest_parts(program.parent, size)[:PARTS]
    print(f"\n   its {PARTS} largest parts (together {sum(s for s, _ in parts) / size:.0%}):")
    for part_size, name in parts:
        note = NOTES.get(Path(name).name, "")
        print(f"   {part_size / 1e6:7.1f} MB  {name:42} {note}")

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        study = demo_study(Path(folder) / "demo.madeinlocal")
        best = startup({"source": [sys.executable, "-m", "madeinlocal_desktop.launcher"],
                        "bundle": [str(program)], "naive": [str(naive)]},
                       study, home, args.runs)
    ratio = best["bundle"] / best["source"]
    print(f"\n2. first window shown, `open` the demo study, offscreen (best of {args.runs})")
    print(f"   from source               {best['source'] * 1000:7.0f} ms")
    print(f"   naive bundle              {best['naive'] * 1000:7.0f} ms   "
          f"ratio {best['naive'] / best['source']:.2f}")
    print(f"   optimised bundle          {best['bundle'] * 1000:7.0f} ms   ratio {ratio:.2f}   "
          f"(target ≤ {TARGET_RATIO}) {'OK' if ratio <= TARGET_RATIO else 'MISSED'}")
    print(f"\nload average {os.getloadavg()[0]:.2f} ({os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
