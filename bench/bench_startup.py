"""Time to the first useful screen: warreader vs a minimal Textual app started the same way.

Each run spawns a fresh Python process (bench/startup_probe.py) running the app headless
at 160x45 and records the time from spawn until the app reports its first useful screen
(minimal app: first paint; warreader: article list filled from an existing index).
Targets (issue 5): within 1.3x of the minimal app on the seeds, under 2x with the 1,808
BBC articles already indexed. Run: python bench/bench_startup.py [--runs N] [--no-bbc]

Both apps start from bytecode, as installed: Textual's modules were compiled when pip
installed them, and warreader's are compiled here first (``compileall`` into the usual,
git-ignored ``__pycache__`` folders), as installing a wheel does. Without that, a shell
with ``PYTHONDONTWRITEBYTECODE`` set (this editable install in a container, say) compiles
warreader's ~2,000 startup lines on every run but none of Textual's; ``--no-compile``
leaves the bytecode as it is, to measure that case (with no ``__pycache__`` present).
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "bench" / "startup_probe.py"
SEEDS = ROOT / "seeds"
BBC = ROOT.parent / "shared" / "corpora" / "bbc"


def time_once(args: list[str]) -> float:
    """Seconds from spawning the probe to its first useful screen."""
    started = time.time()
    out = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True,
                         check=True, cwd=ROOT, timeout=600)
    return float(out.stdout.strip().splitlines()[-1]) - started


def measure(label: str, args: list[str], runs: int) -> float:
    """Median of ``runs`` timings (after one warm-up run), printed with min and max."""
    time_once(args)
    times = [time_once(args) for _ in range(runs)]
    median = statistics.median(times)
    print(f"{label:<34} median {median:6.3f}s  min {min(times):6.3f}s  max {max(times):6.3f}s")
    return median


def compile_project() -> None:
    """Write the bytecode of warreader's packages (``index``, ``tui``), as installing does."""
    for package in ("index", "tui"):
        compileall.compile_dir(ROOT / package, quiet=2)


def build_index(paths: list[Path], index_dir: Path) -> float:
    """Index ``paths`` into ``index_dir`` (reused if current); seconds taken."""
    sys.path.insert(0, str(ROOT))
    from warreader.index.config import load_config
    from warreader.index.corpus import Corpus

    started = time.perf_counter()
    Corpus.open(paths, index_dir, load_config(None).aliases).refresh()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-bbc", action="store_true", help="skip the BBC corpus")
    parser.add_argument("--bbc-index", type=Path, default=Path(tempfile.gettempdir())
                        / "warreader-bench-bbc-index", help="index dir for BBC (reused)")
    parser.add_argument("--no-compile", action="store_true",
                        help="do not compile warreader's bytecode first (see above)")
    opts = parser.parse_args()
    if opts.no_compile:
        print("warreader's bytecode left as it is (PYTHONDONTWRITEBYTECODE="
              f"{os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r})")
    else:
        compile_project()
        print("warreader's bytecode compiled first, as installing does")
    with tempfile.TemporaryDirectory() as tmp:
        seeds_index = Path(tmp) / "seeds-index"
        build_index([SEEDS], seeds_index)
        base = measure("minimal Textual app", ["minimal"], opts.runs)
        seeds = measure("warreader, 5 seeds (indexed)",
                        ["reader", str(SEEDS), "--index-dir", str(seeds_index)], opts.runs)
        print(f"  ratio {seeds / base:.2f}x (target <= 1.3x)")
    if opts.no_bbc or not BBC.is_dir():
        print("BBC corpus skipped" if opts.no_bbc else f"BBC corpus not found at {BBC}")
        return 0
    took = build_index([BBC], opts.bbc_index)
    print(f"BBC index ready in {took:.1f}s at {opts.bbc_index}")
    bbc = measure("warreader, BBC (indexed)",
                  ["reader", str(BBC), "--index-dir", str(opts.bbc_index)], opts.runs)
    print(f"  ratio {bbc / base:.2f}x (target < 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
