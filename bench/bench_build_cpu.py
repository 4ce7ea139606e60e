"""Build CPU of ``warreader index`` against bare Whoosh storing the same text (issue 15).

Target: ``warreader index`` costs at most 1.3x the CPU of bare Whoosh (path stored, title
and body indexed) on the same files, at 1,808 and at 100,000 articles. Each run builds
both at the same time in fresh processes (``bench_scale.py``'s BUILD and BARE_BUILD:
CPU of every process, the helper process included), so both see the same load on a
shared machine; CPU time, not wall time, is compared. ``--phases`` adds where
warreader's CPU goes, from one serial build instrumented in-process (reading and
cleaning the files, quote extraction, the Whoosh documents, Whoosh's commit, the stored
data in SQLite, quote groups, the rest: start-up, listing, checks).

Commands:

    .venv/bin/python bench/bench_build_cpu.py                     # 1,808, 3 runs, + phases
    .venv/bin/python bench/bench_build_cpu.py --size 10000 --runs 1
    .venv/bin/python bench/bench_build_cpu.py --corpus DIR        # an existing corpus
    .venv/bin/python bench/bench_build_cpu.py --corpus DIR --compare CHECKOUT

``--compare CHECKOUT`` also builds with the code of another checkout of warreader (for
example ``git archive main | tar -x -C CHECKOUT``) at the same time, both serial
(``WARREADER_SERIAL=1``), so a before/after pair sees the same load: on a shared
machine CPU time itself grows with the load, and only builds run side by side compare.

The bytecode of warreader's modules (and the checkout's) is compiled first, as an
installed package has it (``build_stages.bytecode``; ``--no-bytecode`` skips it).

Without ``--corpus`` the corpus is made with ``bench/scale_corpus.py`` (seed 15) in a
temporary folder, removed after. Prints min / median / max and the load average; exits
1 when the median ratio misses the target. Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from bench_scale import BARE_BUILD, BUILD, child  # noqa: E402
from build_stages import bytecode, serial_env  # noqa: E402
from scale_corpus import SEED, make_corpus  # noqa: E402

TARGET = 1.3

PHASES = r"""
import json, resource, sys, time
from warreader.index.corpus import Corpus
from warreader.tui.cli import main
import warreader.index.articles as articles, warreader.index.quotes as quotes
import warreader.index.search.stored as stored
from whoosh.writing import SegmentWriter
corpus, index_dir = sys.argv[1], sys.argv[2]
spent = dict.fromkeys(["read and clean files", "extract quotes", "Whoosh documents",
                       "Whoosh commit", "stored data (SQLite)", "quote groups"], 0.0)
def timed(owner, name, phase):
    real = getattr(owner, name)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            spent[phase] += time.process_time() - start
    setattr(owner, name, wrapper)
timed(articles, "read_article", "read and clean files")
timed(quotes, "extract_quotes", "extract quotes")
timed(SegmentWriter, "add_document", "Whoosh documents")
try:  # the lean add_document (index/search/lean_add.py), called instead of Whoosh's
    from warreader.index.search.lean_add import LeanAdd
    timed(LeanAdd, "__call__", "Whoosh documents")
except ImportError:  # older code: Whoosh's own method
    pass
timed(SegmentWriter, "commit", "Whoosh commit")
timed(stored, "_build", "stored data (SQLite)")
timed(Corpus, "provenance", "quote groups")
sys.argv = ["warreader", "index", corpus, "--index-dir", index_dir]
try:
    main()
except SystemExit:
    pass
me = resource.getrusage(resource.RUSAGE_SELF)
spent["total"] = me.ru_utime + me.ru_stime
spent["rest (start-up, listing, checks)"] = spent["total"] - sum(
    v for k, v in spent.items() if k != "total")
print(json.dumps(spent))
"""


def runs(corpus: Path, work: Path, count: int,
         compare: Path | None = None) -> list[tuple[dict, dict, dict | None]]:
    """``count`` triples of (warreader, bare Whoosh, the ``compare`` checkout's
    warreader or None) build figures, each triple built at once."""
    out = []
    for n in range(count):
        ours, bare = work / f"ours-{n}", work / f"bare-{n}"
        with ThreadPoolExecutor(3) as pool:
            b = pool.submit(child, BARE_BUILD, str(corpus), str(bare))
            if compare is None:
                o = pool.submit(child, BUILD, str(corpus), str(ours))
                c = None
            else:
                o = pool.submit(serial_build, None, corpus, ours)
                c = pool.submit(serial_build, compare, corpus, work / f"other-{n}")
            out.append((o.result(), b.result(), c.result() if c else None))
        other = (f", {compare.name}'s {out[-1][2]['cpu_s']:.1f} s "
                 f"({out[-1][0]['cpu_s'] / out[-1][2]['cpu_s']:.3f}x)" if compare else "")
        print(f"  run {n + 1}: warreader {out[-1][0]['cpu_s']:.1f} s CPU, bare Whoosh "
              f"{out[-1][1]['cpu_s']:.1f} s{other}; load {os.getloadavg()[0]:.1f}", flush=True)
        for folder in (ours, bare, work / f"other-{n}"):
            shutil.rmtree(folder, ignore_errors=True)
    return out


def serial_build(checkout: Path | None, corpus: Path, index_dir: Path) -> dict:
    """A serial ``warreader index`` build's figures, with this code or ``checkout``'s
    (imported as ``warreader`` through a package folder made beside ``index_dir``)."""
    env, cwd = serial_env(checkout, index_dir, BENCH.parent)
    out = subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(index_dir)],
                         capture_output=True, text=True, env=env, cwd=cwd, timeout=4 * 3600)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode or not lines:
        raise SystemExit(f"build failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(lines[-1])


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """``min / median / max``."""
    return " / ".join(fmt.format(v) for v in (min(values), statistics.median(values),
                                                max(values)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1808, help="articles (default 1,808)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="an existing corpus folder (left as it is)")
    ap.add_argument("--no-phases", action="store_true", help="skip the phase split")
    ap.add_argument("--compare", type=Path, metavar="CHECKOUT",
                    help="also build with another checkout's code at the same time (both serial)")
    ap.add_argument("--no-bytecode", action="store_true",
                    help="do not compile the bytecode first")
    args = ap.parse_args()
    if not args.no_bytecode:
        for root in (BENCH.parent, args.compare):
            if root is not None:
                bytecode(root)
    with tempfile.TemporaryDirectory(prefix="warreader-build-cpu-") as tmp:
        work = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            corpus = work / "corpus"
            make_corpus(corpus, args.size, seed=SEED)
        print(f"corpus {corpus}; load average {os.getloadavg()[0]:.1f} at the start; "
              f"CPU {os.cpu_count()}", flush=True)
        pairs = runs(corpus, work, args.runs, args.compare)
        ours = [o["cpu_s"] for o, _, _ in pairs]
        bare = [b["cpu_s"] for _, b, _ in pairs]
        ratios = [o / b for o, b in zip(ours, bare, strict=True)]
        print(f"warreader index CPU s (min / median / max): {spread(ours)}")
        print(f"bare Whoosh CPU s:                          {spread(bare)}")
        print(f"ratio (per run):                            {spread(ratios)}x "
              f"(target <= {TARGET}x)")
        print(f"warreader wall s (min / median / max):      "
              f"{spread([o['wall_s'] for o, _, _ in pairs], '{:.0f}')}")
        print(f"warreader peak RSS MB (min / median / max): "
              f"{spread([o['peak_mb'] for o, _, _ in pairs], '{:.0f}')}")
        if args.compare:
            other = [c["cpu_s"] for _, _, c in pairs]
            print(f"{args.compare.name} CPU s (min / median / max): {spread(other)}; "
                  f"this code / that, per run: "
                  f"{spread([o / c for o, c in zip(ours, other, strict=True)], '{:.3f}')}x; "
                  f"its ratio to bare Whoosh: "
                  f"{spread([c / b for c, b in zip(other, bare, strict=True)])}x; peak RSS MB "
                  f"{spread([c['peak_mb'] for _, _, c in pairs], '{:.0f}')}")
        if not args.no_phases:
            env = dict(os.environ, WARREADER_SERIAL="1")
            out = subprocess.run([sys.executable, "-c", PHASES, str(corpus),
                                  str(work / "phases")], capture_output=True, text=True,
                                 env=env, cwd=BENCH.parent, timeout=4 * 3600)
            lines = [x for x in out.stdout.splitlines() if x.startswith("{")]
            if lines:
                spent = json.loads(lines[-1])
                total = spent.pop("total")
                print(f"where a serial build's {total:.1f} s of CPU go:")
                for phase, seconds in spent.items():
                    print(f"  {phase:<36}{seconds:7.2f} s  {100 * seconds / total:4.0f}%")
            else:
                print(f"phase split failed:\n{out.stderr[-2000:]}")
        met = statistics.median(ratios) <= TARGET
        print(f"target <= {TARGET}x: {'met' if met else 'NOT met'} "
              f"(median {statistics.median(ratios):.2f}x, load average "
              f"{os.getloadavg()[0]:.1f} at the end)")
        return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
