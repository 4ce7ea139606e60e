"""Issue 15's table at 1,808, 10,000 and 100,000 articles, next to bare Whoosh, in one run.

Run:  .venv/bin/python bench/bench_scale.py [--sizes 1808,10000,100000] [--runs 3]
                                            [--keep DIR] [--rebuild] [--seed 15]

For each size a corpus is made from the BBC files by ``bench/scale_corpus.py`` (seeded:
the same bytes every time; each article a BBC file with a date line and, in copies, a
number and a word pair changed), in a temporary folder removed after the run. With
``--keep DIR`` the corpora, the indexes and the build figures stay in ``DIR`` and a
rerun measures again on them without building (``--rebuild`` builds again). ``--corpus
DIR`` (one size) uses a corpus made before with the same seed, checked and left as it is.

Every figure comes from a fresh process; each build runs once per size (bare Whoosh,
then warreader; at the same time with ``--together``), the other measures ``--runs``
times (min / median / max printed):

- build: ``warreader index`` (the CLI: refresh, article list, quote groups) against bare
  Whoosh indexing the same files' text (path stored; title and body indexed): wall and
  CPU seconds (user + system, the parse helper included) and their ratio, peak RSS of
  the process and of the helper process; the peak before the quote-groups step
  (provenance) is reported apart, as "without provenance";
- index size: the index folder against bare Whoosh's;
- reopen: ``Corpus.open`` + ``refresh`` of the unchanged corpus (median of five in a
  process) against bare ``open_dir`` + a searcher;
- keystrokes: the 127 searches of ``bench/keystrokes.txt`` (ten queries typed letter by
  letter), ``Corpus.search(prefix, limit=20, as_you_type=True)`` as the issue measured,
  and as the reader calls it: the first page (``limit=50``, uncounted), then the count
  (``Corpus.counter`` advanced by ``count_step`` until done: its CPU time, and the
  longest slice, which is how long a newer keystroke can wait for the corpus lock), p95
  and max; bare Whoosh parses each prefix with a title/body ``MultifieldParser`` and
  takes the top 20;
- app RSS after ten searches: the real app, driven headless with Textual's Pilot at
  160x45 (the list shown, ``/``, each query typed and its results shown); bare Whoosh:
  a process that opened the index and ran the ten queries;
- startup: seconds from spawning the app (``bench/startup_probe.py``) to the article
  list on screen, against the one-line Textual app spawned the same way, and to "ready"
  (the status line's counts after the check of the files).

Prints the load average before and after each size (2 cores shared: read figures next
to it). Asserts nothing; not part of the tests.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
sys.path.insert(0, str(BENCH))

from scale_corpus import BBC, SEED, make_corpus, matches  # noqa: E402

KEYSTROKES = BENCH / "keystrokes.txt"
SEARCHES = [  # the app's ten searches (the RSS figure)
    "gordon brown election", "mobile phone sales", "chelsea manager", "oil prices rise",
    "box office hit", "music downloads", "economic growth forecast", "speaker:blair",
    '"world cup"', "kind:quote said",
]

BUILD = r"""
import json, resource, sys, time
from warreader.index.corpus import Corpus
from warreader.tui.cli import main
corpus, index_dir = sys.argv[1], sys.argv[2]
marks = {}
real = Corpus.provenance
def provenance(self, *args, **kwargs):
    marks["before_provenance_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return real(self, *args, **kwargs)
Corpus.provenance = provenance
sys.argv = ["warreader", "index", corpus, "--index-dir", index_dir]
wall = time.perf_counter()
try:
    main()
except SystemExit:
    pass
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps(dict(marks, wall_s=time.perf_counter() - wall, peak_mb=me.ru_maxrss / 1024,
                      helper_mb=kids.ru_maxrss / 1024,
                      cpu_s=me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime)))
"""

BARE_BUILD = r"""
import json, resource, sys, time
from pathlib import Path
from whoosh.fields import ID, TEXT, Schema
from whoosh.index import create_in
corpus, index_dir = Path(sys.argv[1]), Path(sys.argv[2])
wall = time.perf_counter()
index_dir.mkdir(parents=True)
ix = create_in(str(index_dir), Schema(path=ID(stored=True), title=TEXT, body=TEXT))
w = ix.writer()
for f in sorted(corpus.rglob("*.txt")):
    title, _, body = f.read_text(encoding="utf-8").partition("\n")
    w.add_document(path=str(f), title=title, body=body)
w.commit()
me = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps(dict(wall_s=time.perf_counter() - wall, peak_mb=me.ru_maxrss / 1024,
                      helper_mb=0, cpu_s=me.ru_utime + me.ru_stime)))
"""

READ = r"""
import json, statistics, sys, time
from pathlib import Path
from warreader.index.config import load_config
from warreader.index.corpus import Corpus
corpus, index_dir, prefixes = Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3])
aliases = load_config(None).aliases
reopen = []
for _ in range(5):
    start = time.perf_counter()
    c = Corpus.open([corpus], index_dir, aliases)
    report = c.refresh()
    reopen.append(time.perf_counter() - start)
    assert report.files_read == 0, "benchmark bug: the reopen read files"
    c.close()
c = Corpus.open([corpus], index_dir, aliases)
c.refresh()
def typed(**kw):
    out = []
    for p in prefixes:
        start, cpu = time.perf_counter(), time.thread_time()
        r = c.search(p, as_you_type=True, **kw)
        out.append((time.perf_counter() - start, p, r.error, time.thread_time() - cpu))
    return out
def counted():  # the app's second step: the count, a slice at a time
    out = []
    for p in prefixes:
        start, cpu, longest = time.perf_counter(), time.thread_time(), 0.0
        counter = c.counter(p, as_you_type=True)
        while counter is not None:
            s = time.perf_counter()
            done = c.count_step(counter)
            longest = max(longest, time.perf_counter() - s)
            if done is not False:
                break
        out.append((time.perf_counter() - start, p, counter.total if counter else None,
                    time.thread_time() - cpu, longest))
    return out
print(json.dumps({"reopen_s": statistics.median(reopen), "issue": typed(limit=20),
                  "app": typed(limit=50), "count": counted()}))
"""

BARE_READ = r"""
import json, resource, statistics, sys, time
from whoosh.index import open_dir
from whoosh.qparser import MultifieldParser
index_dir, prefixes, searches = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
reopen = []
for _ in range(5):
    start = time.perf_counter()
    ix = open_dir(index_dir)
    s = ix.searcher()
    s.doc_count()
    reopen.append(time.perf_counter() - start)
    s.close()
ix = open_dir(index_dir)
s = ix.searcher()
parser = MultifieldParser(["title", "body"], ix.schema)
def run(text):
    return [h["path"] for h in s.search(parser.parse(text), limit=20)]
keys = []
for p in prefixes:
    start = time.perf_counter()
    run(p)
    keys.append((time.perf_counter() - start, p, None))
s.close()
ix = open_dir(index_dir)  # a fresh searcher for the ten searches
s = ix.searcher()
for q in searches:
    run(q)
rss = next(int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("VmRSS"))
print(json.dumps({"reopen_s": statistics.median(reopen), "issue": keys, "rss_mb": rss}))
"""

APP = r"""
import asyncio, json, sys, time
from pathlib import Path
from warreader.index.config import load_config
from warreader.tui.app import WarReaderApp
corpus, index_dir, searches = Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3])
def rss():
    return next(int(l.split()[1]) / 1024 for l in open("/proc/self/status")
                if l.startswith("VmRSS"))
async def main():
    app = WarReaderApp([corpus], index_dir, load_config(None).aliases, "textual-dark")
    out = {}
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.main_screen
        while screen.report is None:
            await pilot.pause(0.05)
        out["ready_rss_mb"] = rss()
        await pilot.press("slash")
        for q in searches:
            await pilot.press(*q)
            await pilot.pause(0.3)  # past the search debounce
            started = time.monotonic()  # the search begun (the debounce may lag under load)
            while time.monotonic() < started + 5 and not any(
                    w.group == "search" for w in app.workers) and not (
                    screen.results is not None and screen.results.query == q):
                await pilot.pause(0.05)
            deadline = time.monotonic() + 120
            while any(w.group == "search" and not w.is_finished for w in app.workers) \
                    and time.monotonic() < deadline:
                await pilot.pause(0.05)
            await pilot.pause(0.1)
            shown = screen.results is not None and screen.results.query == q
            total = None if not shown else screen.results.total if screen.results.exact \
                else f"{screen.results.total}+"
            out.setdefault("totals", []).append(total)
            screen.search_bar.input.value = ""
            await pilot.pause(0.3)
        out["rss_mb"] = rss()
    print(json.dumps(out))
asyncio.run(main())
"""


def child(code: str, *args: str, timeout: float = 4 * 3600) -> dict:
    """Run ``code`` in a fresh interpreter; the JSON object it prints last."""
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         timeout=timeout, cwd=REPO)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode or not lines:
        raise SystemExit(f"benchmark child failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(lines[-1])


def spawn_time(args: list[str]) -> list[float]:
    """Seconds from spawning ``bench/startup_probe.py`` to each time it prints."""
    started = time.time()
    out = subprocess.run([sys.executable, str(BENCH / "startup_probe.py"), *args],
                         capture_output=True, text=True, check=True, cwd=REPO, timeout=600)
    return [float(line) - started for line in out.stdout.split()]


def folder_mb(folder: Path) -> float:
    """Megabytes of the files under ``folder``."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


def prefixes() -> list[str]:
    """The 127 searches of :data:`KEYSTROKES`: every prefix of every query."""
    queries = [line for line in KEYSTROKES.read_text(encoding="utf-8").splitlines()
               if line and not line.startswith("#")]
    return [q[:i] for q in queries for i in range(1, len(q) + 1)]


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def spread(values: list[float], scale: float = 1.0, fmt: str = "{:.2f}") -> str:
    """``min / median / max`` of ``values`` (one value: just it)."""
    v = [x * scale for x in values]
    if len(v) == 1:
        return fmt.format(v[0])
    return " / ".join(fmt.format(x) for x in (min(v), statistics.median(v), max(v)))


def build(size: int, work: Path, seed: int, rebuild: bool, together: bool = False,
          given: Path | None = None) -> tuple[Path, dict]:
    """The corpus of ``size`` articles and its two indexes (made or reused); the build
    figures. ``given``: a corpus made before with the same seed, used as it is (read
    only) instead of writing one."""
    corpus, ours, bare = work / f"corpus-{size}", work / f"index-{size}", work / f"bare-{size}"
    if given is not None:
        if not matches(given, size, seed=seed):
            raise SystemExit(f"{given} is not the {size:,}-article corpus of seed {seed}")
        corpus = given
    stamp = work / f"build-{size}.json"
    if stamp.is_file() and not rebuild:
        figures = json.loads(stamp.read_text())
        if figures.get("seed") == seed and ours.is_dir() and bare.is_dir():
            print(f"  reusing the corpus, indexes and build figures in {work}")
            return corpus, figures
    import shutil

    made = work / f"corpus-{size}.seed"
    if given is None and (not made.is_file() or made.read_text() != str(seed)):
        shutil.rmtree(corpus, ignore_errors=True)
        started = time.perf_counter()
        make_corpus(corpus, size, seed=seed)
        made.write_text(str(seed))
        print(f"  corpus written in {time.perf_counter() - started:.0f} s", flush=True)
    for folder in (ours, bare):
        shutil.rmtree(folder, ignore_errors=True)
    load = os.getloadavg()[0]
    figures: dict = {"seed": seed, "together": together}
    if together:  # both at once: wall times overlap, CPU times and peaks do not
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(2) as pool:
            jobs = (pool.submit(child, BARE_BUILD, str(corpus), str(bare)),
                    pool.submit(child, BUILD, str(corpus), str(ours)))
            figures["bare"], figures["ours"] = (job.result() for job in jobs)
    else:
        figures["bare"] = child(BARE_BUILD, str(corpus), str(bare))
        print(f"  bare Whoosh built in {figures['bare']['wall_s']:.0f} s", flush=True)
        figures["ours"] = child(BUILD, str(corpus), str(ours))
    figures["load"] = [load, os.getloadavg()[0]]
    figures["size_mb"] = folder_mb(ours)
    figures["bare_size_mb"] = folder_mb(bare)
    stamp.write_text(json.dumps(figures))
    print(f"  warreader built in {figures['ours']['wall_s']:.0f} s", flush=True)
    return corpus, figures


def measure(size: int, corpus: Path, work: Path, runs: int) -> dict:
    """Reopen, keystrokes, app RSS and startup, ``runs`` times each (fresh processes)."""
    ours, bare = work / f"index-{size}", work / f"bare-{size}"
    keys = prefixes()
    m: dict[str, list] = {}
    for _ in range(runs):
        read = child(READ, str(corpus), str(ours), json.dumps(keys))
        m.setdefault("reopen", []).append(read["reopen_s"])
        for label in ("issue", "app"):
            times = [t for t, _, _, _ in read[label]]
            cpu = [c for _, _, _, c in read[label]]
            m.setdefault(f"{label}_p95", []).append(p95(times))
            m.setdefault(f"{label}_max", []).append(max(times))
            m.setdefault(f"{label}_cpu_p95", []).append(p95(cpu))
            m.setdefault(f"{label}_cpu_max", []).append(max(cpu))
            m.setdefault(f"{label}_slow", []).append(
                sorted(((c, p, e) for _, p, e, c in read[label]), reverse=True)[:5])
        count_cpu = [c for _, _, _, c, _ in read["count"]]
        m.setdefault("count_cpu_p95", []).append(p95(count_cpu))
        m.setdefault("count_cpu_max", []).append(max(count_cpu))
        m.setdefault("count_slice_max", []).append(max(s for *_, s in read["count"]))
        errors = sorted({f"{p!r}: {e}" for _, p, e, _ in read["app"] if e})
        m["errors"] = errors
        plain = child(BARE_READ, str(bare), json.dumps(keys), json.dumps(SEARCHES))
        m.setdefault("bare_reopen", []).append(plain["reopen_s"])
        m.setdefault("bare_p95", []).append(p95([t for t, _, _ in plain["issue"]]))
        m.setdefault("bare_max", []).append(max(t for t, _, _ in plain["issue"]))
        m.setdefault("bare_rss", []).append(plain["rss_mb"])
        app = child(APP, str(corpus), str(ours), json.dumps(SEARCHES))
        m.setdefault("app_rss", []).append(app["rss_mb"])
        m["app_totals"] = app.get("totals")
        m.setdefault("ready_rss", []).append(app["ready_rss_mb"])
        base = spawn_time(["minimal"])[0]
        shown, ready, *_ = spawn_time(["reader", str(corpus), "--index-dir", str(ours),
                                   "--ready"])
        m.setdefault("minimal", []).append(base)
        m.setdefault("shown", []).append(shown)
        m.setdefault("ready", []).append(ready)
        m.setdefault("startup_ratio", []).append(shown / base)
    return m


def report(size: int, b: dict, m: dict) -> None:
    """Print the table of one size."""
    ours, bare = b["ours"], b["bare"]
    ms = "{:.0f}"
    rows = [
        ("build peak RSS, MB (helper)", f"{ours['peak_mb']:.0f} ({ours['helper_mb']:.0f})",
         f"{bare['peak_mb']:.0f}", "< 400 at 100,000"),
        ("  ... before the quote groups step", f"{ours.get('before_provenance_mb', 0):.0f}",
         "", ""),
        ("build wall s", f"{ours['wall_s']:.0f}", f"{bare['wall_s']:.0f}", ""),
        ("build CPU s (ratio)", f"{ours['cpu_s']:.0f} ({ours['cpu_s'] / bare['cpu_s']:.2f}x)",
         f"{bare['cpu_s']:.0f}", "<= 1.3x"),
        ("index size, MB", f"{b['size_mb']:.0f}", f"{b['bare_size_mb']:.0f}", ""),
        ("app RSS after 10 searches, MB", spread(m["app_rss"], fmt=ms),
         spread(m["bare_rss"], fmt=ms), "< 300 at 100,000"),
        ("  ... app RSS when ready, MB", spread(m["ready_rss"], fmt=ms), "", ""),
        ("keystroke p95, ms (issue's call)", spread(m["issue_p95"], 1000, ms),
         spread(m["bare_p95"], 1000, ms), "< 50"),
        ("keystroke max, ms (issue's call)", spread(m["issue_max"], 1000, ms),
         spread(m["bare_max"], 1000, ms), "< 150"),
        ("  ... CPU p95 / max, ms (issue's call)",
         f"{spread(m['issue_cpu_p95'], 1000, ms)} | {spread(m['issue_cpu_max'], 1000, ms)}",
         "", ""),
        ("first page p95 / max, ms (app's call)",
         f"{spread(m['app_p95'], 1000, ms)} | {spread(m['app_max'], 1000, ms)}", "", ""),
        ("  ... CPU p95 / max, ms (app's call)",
         f"{spread(m['app_cpu_p95'], 1000, ms)} | {spread(m['app_cpu_max'], 1000, ms)}",
         "", ""),
        ("then the count, CPU p95 / max, ms",
         f"{spread(m['count_cpu_p95'], 1000, ms)} | {spread(m['count_cpu_max'], 1000, ms)}",
         "", ""),
        ("  ... longest slice (lock held), ms", spread(m["count_slice_max"], 1000, ms), "",
         ""),
        ("reopen unchanged, s", spread(m["reopen"], fmt="{:.3f}"),
         spread(m["bare_reopen"], fmt="{:.3f}"), "< 0.5"),
        ('app "ready" after spawn, s', spread(m["ready"]), "", "< 2"),
        ("startup: list on screen, s", spread(m["shown"]), spread(m["minimal"]), ""),
        ("startup ratio vs one-line app", spread(m["startup_ratio"]), "", "<= 1.5x"),
    ]
    print(f"\n{size:,} articles (build load average {b['load'][0]:.2f} -> {b['load'][1]:.2f})")
    print(f"{'measure':<40}{'warreader (min / median / max)':>34}{'bare Whoosh':>24}"
          f"{'target':>18}")
    for name, value, plain, target in rows:
        print(f"{name:<40}{value:>34}{plain:>24}{target:>18}")
    slow = sorted((t, p) for run in m["issue_slow"] for t, p, _ in run)[::-1]
    seen: list[str] = []
    for _, p in slow:
        if p not in seen:
            seen.append(p)
    print("slowest keystrokes (issue's call, CPU): " + ", ".join(
        f"{p!r} {max(t for t, q in slow if q == p) * 1000:.0f} ms" for p in seen[:5]))
    print(f"the app's ten searches showed these totals (None: an error): {m['app_totals']}")
    if m["errors"]:
        print("errors shown while typing: " + "; ".join(m["errors"]))


def main() -> int:
    """Build, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1808,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep", type=Path, help="keep corpora and indexes here (reused)")
    parser.add_argument("--rebuild", action="store_true", help="build again what --keep kept")
    parser.add_argument("--corpus", type=Path, help="a corpus made before by scale_corpus.py "
                        "with the same seed (one size only): used as it is, never changed")
    parser.add_argument("--together", action="store_true",
                        help="run the two builds at the same time (CPU figures hold; wall "
                             "times overlap)")
    args = parser.parse_args()
    if args.corpus and "," in args.sizes:
        parser.error("--corpus goes with one size")
    if not BBC.is_dir():
        print(f"BBC corpus not found: {BBC}", file=sys.stderr)
        return 2
    for package in ("index", "tui"):  # bytecode, as installing does (see bench_startup.py)
        compileall.compile_dir(REPO / package, quiet=2)
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            work = args.keep
        else:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="wr-scale-")))
        print(f"{os.cpu_count()} cores; seed {args.seed}; {len(prefixes())} keystrokes "
              f"({KEYSTROKES.name}); {args.runs} runs of each read measure", flush=True)
        for size in (int(s) for s in args.sizes.split(",")):
            print(f"\n== {size:,} articles (load average {os.getloadavg()[0]:.2f})", flush=True)
            corpus, built = build(size, work, args.seed, args.rebuild, args.together,
                                  args.corpus)
            measured = measure(size, corpus, work, args.runs)
            report(size, built, measured)
            print(f"load average after: {os.getloadavg()[0]:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
