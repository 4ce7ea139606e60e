"""Benchmark the search index on the BBC corpus and on a 10,000-article copy of it.

Run:  /work/venv/bin/python bench/bench_index.py [--only bbc|10k] [--corpus DIR]

For each corpus, in the same run: a full build by warreader (parse, extract quotes,
index; with 2+ cores a helper process parses and indexes part of the files,
WARREADER_SERIAL=1 turns that off) against bare Whoosh indexing the same files' text
with a minimal schema (each in a fresh subprocess, which also reports its peak memory),
then reopening the unchanged corpus, then the per-keystroke latency of ten real queries
typed letter by letter (search-as-you-type, first page of 20 hits highlighted). Prints
figures; asserts nothing.
The BBC builds are paired ``--runs`` times (bare, then warreader) and the medians
compared, since one pair moves by 20% on a shared machine. Warreader's bytecode is
compiled first, as installing it does (``--no-compile`` skips that).
Targets (issue 4): build <= 1.3x bare; reopen < 0.3 s at 1,808; keystroke p95 < 50 ms
at 10,000; peak memory < 300 MB while indexing 10,000.
"""

from __future__ import annotations

import argparse
import compileall
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "corpora" / "bbc"
QUERIES = [
    "gordon brown election", "mobile phone sales", "chelsea manager", "oil prices rise",
    "box office hit", "music downloads", "economic growth forecast", "speaker:blair",
    '"world cup"', "broadband users",
]

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
mode, corpus, index_dir = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
start = time.perf_counter()
if mode == "bare":
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.index import create_in
    index_dir.mkdir(parents=True)
    ix = create_in(str(index_dir), Schema(path=ID(stored=True), title=TEXT, body=TEXT))
    w = ix.writer()
    for f in sorted(corpus.rglob("*.txt")):
        text = f.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        w.add_document(path=str(f), title=title, body=body)
    w.commit()
    extra = {}
else:
    from warreader.index.config import load_config
    from warreader.index.corpus import Corpus
    c = Corpus.open([corpus], index_dir, load_config(None).aliases)
    r = c.refresh()
    extra = {"files": r.files_read, "quotes": r.quotes_found, "skipped": len(r.skipped)}
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the parse helper
print(json.dumps(dict(extra, seconds=seconds, peak_mb=rss, helper_mb=helper)))
"""


def child(mode: str, corpus: Path, index_dir: Path) -> dict:
    """Run one build in a fresh interpreter; its time and peak RSS."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(REPO), mode, str(corpus),
                          str(index_dir)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def make_copies(source: Path, target: Path, n: int) -> Path:
    """``n`` articles made from ``source``: copies under new paths (so new ids)."""
    files = sorted(source.rglob("*.txt"))
    for i in range(n):
        f = files[i % len(files)]
        dest = target / f"copy{i // len(files):02d}" / f.relative_to(source)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, dest)
    return target


def keystrokes(corpus) -> list[float]:
    """Seconds per keystroke while typing each query letter by letter."""
    times = []
    for query in QUERIES:
        for i in range(1, len(query) + 1):
            start = time.perf_counter()
            corpus.search(query[:i], limit=20, as_you_type=True)
            times.append(time.perf_counter() - start)
    return times


def bench(name: str, corpus_dir: Path, work: Path, runs: int = 1) -> None:
    """Print the figures for one corpus; builds are paired ``runs`` times (medians)."""
    from warreader.index.config import load_config
    from warreader.index.corpus import Corpus

    n = len(list(corpus_dir.rglob("*.txt")))
    pairs = []
    for _ in range(runs):
        for folder in (work / f"bare-{name}", work / f"ours-{name}"):
            shutil.rmtree(folder, ignore_errors=True)
        pairs.append((child("bare", corpus_dir, work / f"bare-{name}"),
                      child("ours", corpus_dir, work / f"ours-{name}")))
    bare = min((b for b, _ in pairs), key=lambda r: r["seconds"])
    ours = min((o for _, o in pairs), key=lambda r: r["seconds"])
    bare_s = statistics.median(b["seconds"] for b, _ in pairs)
    ours_s = statistics.median(o["seconds"] for _, o in pairs)
    each = ", ".join(f"{o['seconds'] / b['seconds']:.2f}x" for b, o in pairs)
    print(f"\n== {name}: {n} articles ({ours['quotes']} quotes, {ours['skipped']} skipped)")
    print(f"full build   warreader {ours_s:6.2f} s   bare whoosh {bare_s:6.2f} s"
          f"   ratio {ours_s / bare_s:.2f}x (target <= 1.3x; median of {runs} paired builds,"
          f" each pair: {each})")
    print(f"peak memory  warreader {ours['peak_mb']:6.0f} MB  bare whoosh "
          f"{bare['peak_mb']:6.0f} MB (target < 300 MB at 10,000); helper process"
          f" {ours['helper_mb']:.0f} MB")
    aliases = load_config(None).aliases
    reopen = []
    for _ in range(5):
        start = time.perf_counter()
        c = Corpus.open([corpus_dir], work / f"ours-{name}", aliases)
        report = c.refresh()
        reopen.append(time.perf_counter() - start)
        assert report.files_read == 0, "benchmark bug: reopen re-read files"
        c.close()
    print(f"reopen       median {statistics.median(reopen):.3f} s  max {max(reopen):.3f} s"
          " (target < 0.3 s at 1,808)")
    c = Corpus.open([corpus_dir], work / f"ours-{name}", aliases)
    start = time.perf_counter()
    c.summaries(), c.speakers(), c.search("election")  # what the app does before typing
    print(f"app start    {time.perf_counter() - start:.3f} s (article list, speaker directory,"
          " first search)")
    times = sorted(keystrokes(c))
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"keystroke    {len(times)} searches  median {statistics.median(times) * 1000:.1f} ms"
          f"  p95 {p95 * 1000:.1f} ms  max {times[-1] * 1000:.1f} ms (target p95 < 50 ms)")
    c.close()


def main() -> int:
    """Run the benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("bbc", "10k"))
    parser.add_argument("--corpus", type=Path, default=BBC)
    parser.add_argument("--runs", type=int, default=3,
                        help="paired builds of the BBC corpus (the 10,000 are built once)")
    parser.add_argument("--no-compile", action="store_true",
                        help="do not compile warreader's bytecode first (see below)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if not args.no_compile:
        # As installing does: with PYTHONDONTWRITEBYTECODE set (an editable install in a
        # container, say), every build process, and the parse helper, would otherwise
        # compile warreader's modules again, while Whoosh's came compiled from pip.
        for package in ("index", "tui"):
            compileall.compile_dir(REPO / package, quiet=2)
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory(prefix="warreader-bench-") as tmp:
        work = Path(tmp)
        if args.only in (None, "bbc"):
            bench("bbc", args.corpus, work, args.runs)
        if args.only in (None, "10k"):
            bench("10k", make_copies(args.corpus, work / "corpus-10k", 10_000), work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
