"""Reopen and "ready" of an indexed corpus (issue 15): the engine's part and the app's.

Given a corpus and its index (made by ``warreader index`` or ``bench/bench_scale.py
--keep DIR``), each run measures in fresh processes:

- the engine (one child process, five times each, the median kept): ``Corpus.open``
  alone (what the reader waits for before reading and searching), the background file
  check (``Corpus.check_files``: one walk that lists and stats, compared with the
  stored manifest), the CLI's reopen (``Corpus.open`` + ``refresh``, which checks
  before it answers), and the walk on its own: with each file's stat and the last
  walk's folders (``walk.bin``: a folder unchanged since is not listed again), with
  the stat listing every folder, and listing names only; wall and CPU time of each;
  first, once, the first check of the index's commit (its compact manifest,
  ``manifest.bin``, and ``walk.bin`` removed before: that check reads the stored rows
  and lists every folder, and writes both);
- the app (``bench/startup_probe.py``, headless at 160x45): seconds from spawn to the
  article list on screen, to "ready" (the corpus open behind it: reading and searching
  answer) and to the files checked, against the one-line Textual app spawned the same
  way, with the CPU time each child used.

- with ``--app-rss``, the app's memory: the real app driven headless with Pilot at
  160x45 (``bench/bench_scale.py``'s ten searches typed after ``/``, each one's count
  waited for), its RSS when "ready" and after the ten searches, and per article.

Targets: reopen (``Corpus.open``, the check after it in the background; and the CLI's
``Corpus.open`` + ``refresh``) < 0.5 s, "ready" < 2 s after spawn, the list on screen
within 1.5x of the one-line app, the app's RSS < 300 MB after ten searches (at 100,000
articles); each is printed with "met" or "NOT met" (against the median). Prints min /
median / max of ``--runs`` runs, the CPU time next to the wall time, and the load
average::

    .venv/bin/python bench/bench_reopen.py --corpus CORPUS --index-dir INDEX --runs 5 --app-rss

The index folder is used as the app uses it (it may rewrite its cached list): give a
copy of an index other processes read. ``--listing-rows 100000`` stands in for a larger
corpus where only the cached list matters (the first screen): before each app run the
index's cached list is written that long (each article repeated with new ids and
paths); ``--no-head`` removes its head (``listing-head.json``) first, so the app decodes
the whole list before its first paint, as it did before the head existed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))  # bench_scale, for the app's searches
REPO = BENCH.parent

ENGINE = r"""
import json, statistics, sys, time
from pathlib import Path
from warreader.index.config import load_config
from warreader.index.corpus import Corpus
from warreader.index.search.sources import list_files, scan_files
corpus, index_dir = Path(sys.argv[1]), Path(sys.argv[2])
aliases = load_config(None).aliases
out = {}
def timed(name, call):
    wall, cpu = time.perf_counter(), time.process_time()
    value = call()
    out.setdefault(name, []).append([time.perf_counter() - wall, time.process_time() - cpu])
    return value
records = None
if index_dir.name != "-":  # the first check of a commit: no compact manifest yet
    try:
        from warreader.index.search import manifest_file, store
        records = store.live_dir(index_dir)
        (records / manifest_file.NAME).unlink(missing_ok=True)
        from warreader.index import files_walk  # nor the last walk's folders
        (records / files_walk.NAME).unlink(missing_ok=True)
    except ImportError:  # code from before manifest.bin or walk.bin
        pass
    c = Corpus.open([corpus], index_dir, aliases)
    timed("first", c.check_files)
    c.close()
for _ in range(5):
    if index_dir.name == "-":  # --walk-only: no index
        timed("walk", lambda: list_files([corpus]))
        timed("scan", lambda: scan_files([corpus]))
        continue
    c = timed("open", lambda: Corpus.open([corpus], index_dir, aliases))
    checked = timed("check", c.check_files)
    assert not checked.changed, "benchmark bug: the corpus changed since it was indexed"
    c.close()
    def cli():
        c = Corpus.open([corpus], index_dir, aliases)
        report = c.refresh()
        c.close()
        return report
    assert timed("open_refresh", cli).files_read == 0, "benchmark bug: the reopen read files"
    timed("walk", lambda: list_files([corpus]))
    timed("scan", lambda: scan_files([corpus]))
    try:  # the walk with the last walk's folders (walk.bin), as the reopen makes it
        timed("scan_kept", lambda: scan_files([corpus], records))
    except TypeError:  # code from before walk.bin
        pass
print(json.dumps({k: [statistics.median(w for w, _ in v), statistics.median(c for _, c in v)]
                  for k, v in out.items()}))
"""


def child_cpu() -> float:
    """CPU seconds used by the finished children so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def spawn(args: list[str]) -> tuple[list[float], list[float], float]:
    """(seconds from spawn to each line the probe prints, the probe's CPU seconds at
    each, the child's CPU seconds in all)."""
    cpu, started = child_cpu(), time.time()
    out = subprocess.run([sys.executable, str(BENCH / "startup_probe.py"), *args, "--cpu"],
                         capture_output=True, text=True, check=True, cwd=REPO, timeout=600)
    pairs = [line.split() for line in out.stdout.splitlines() if line.strip()]
    return ([float(w) - started for w, _ in pairs], [float(c) for _, c in pairs],
            child_cpu() - cpu)


def engine(corpus: Path, index_dir: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", ENGINE, str(corpus), str(index_dir)],
                         capture_output=True, text=True, cwd=REPO, timeout=3600)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode or not lines:
        raise SystemExit(f"benchmark child failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(lines[-1])


def inflate_listing(index_dir: Path, rows: int, head: bool) -> None:
    """Write the index's cached list ``rows`` long (its own rows repeated, each copy with
    new ids and paths), with its head unless ``head`` is False."""
    import dataclasses
    import hashlib

    from warreader.index.config import load_config
    from warreader.index.search import listing
    from warreader.index.search.stamps import alias_fingerprint

    aliases = load_config(None).aliases
    global _ORIGINAL
    if _ORIGINAL is None:
        _ORIGINAL = listing.read_listing(index_dir, aliases)
        if _ORIGINAL is None:
            raise SystemExit(f"no current cached list in {index_dir}: open it once first")
    own = _ORIGINAL.summaries
    rows = rows or len(own)
    made = [dataclasses.replace(
        s, id=hashlib.sha1(f"{i}:{s.id}".encode()).hexdigest()[:12],
        path=s.path if i < len(own) else f"{s.path}.copy{i // len(own)}")
        for i, s in ((i, own[i % len(own)]) for i in range(rows))]
    listing.write_listing(index_dir, _ORIGINAL.stamp, alias_fingerprint(aliases), made,
                          _ORIGINAL.skipped, _ORIGINAL.roots)
    if not head:
        (index_dir / listing.HEAD).unlink()


_ORIGINAL = None


def spread(values: list[float], fmt: str = "{:.3f}") -> str:
    """min / median / max."""
    return " / ".join(fmt.format(v) for v in (min(values), statistics.median(values),
                                              max(values)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-app", action="store_true", help="the engine's figures only")
    parser.add_argument("--listing-rows", type=int, help="the cached list made this long")
    parser.add_argument("--no-head", action="store_true", help="without the list's head")
    parser.add_argument("--walk-only", action="store_true",
                        help="only the walk and the stat of the corpus (no index needed)")
    parser.add_argument("--app-rss", action="store_true",
                        help="also the app's RSS when ready and after ten searches")
    opts = parser.parse_args()
    if opts.index_dir is None and not opts.walk_only:
        parser.error("--index-dir is needed (or --walk-only)")
    rows: dict[str, list[float]] = {}
    uncounted: set[str] = set()
    loads = [os.getloadavg()[0]]
    for _ in range(opts.runs):
        index = Path("-") if opts.walk_only else opts.index_dir
        for name, (wall, cpu) in engine(opts.corpus, index).items():
            rows.setdefault(f"{name} wall", []).append(wall)
            rows.setdefault(f"{name} cpu", []).append(cpu)
        if not (opts.no_app or opts.walk_only):
            if opts.listing_rows or opts.no_head:
                inflate_listing(opts.index_dir, opts.listing_rows or 0, not opts.no_head)
            (base,), (base_at,), base_cpu = spawn(["minimal"])
            (shown, ready, checked), at, cpu = spawn(["reader", str(opts.corpus),
                                                      "--index-dir", str(opts.index_dir),
                                                      "--ready"])
            if opts.app_rss:
                for name, value in app_rss(opts.corpus, opts.index_dir).items():
                    if name == "uncounted":
                        uncounted.update(value)
                    else:
                        rows.setdefault(name, []).append(value)
            for name, value in (("minimal", base), ("minimal at", base_at),
                                ("minimal cpu", base_cpu), ("shown", shown),
                                ("shown at", at[0]), ("ready", ready), ("ready at", at[1]),
                                ("checked", checked), ("checked at", at[2]),
                                ("app cpu", cpu), ("ratio", shown / base),
                                ("cpu ratio", at[0] / base_at)):
                rows.setdefault(name, []).append(value)
        loads.append(os.getloadavg()[0])
    shape = f", cached list of {opts.listing_rows:,} rows" if opts.listing_rows else ""
    shape += ", without its head" if opts.no_head else ""
    print(f"{opts.corpus}{shape} ({opts.runs} runs, load average "
          f"{min(loads):.1f}-{max(loads):.1f}; seconds, min / median / max)")
    labels = {
        "open": "Corpus.open (the app's reopen; target < 0.5 s)",
        "first": "first check of a commit (writes manifest.bin)",
        "check": "background check (Corpus.check_files)",
        "open_refresh": "Corpus.open + refresh (the CLI's reopen)",
        "scan_kept": "... of which the walk with each file's stat",
        "scan": "    (the same listing every folder)",
        "walk": "    (the walk alone, names only, every folder listed)",
    }
    for key, label in labels.items():
        if key + " wall" not in rows:
            continue
        print(f"  {label:<50} {spread(rows[key + ' wall'])}  CPU {spread(rows[key + ' cpu'])}")
    if not (opts.no_app or opts.walk_only):
        for key, label in (("minimal", "one-line Textual app on screen"),
                           ("minimal at", "  its CPU by then"),
                           ("shown", "warreader: the list on screen"),
                           ("shown at", "  its CPU by then"),
                           ("ratio", "  ratio, wall (target <= 1.5x)"),
                           ("cpu ratio", "  ratio, CPU"),
                           ("ready", 'warreader "ready" (target < 2 s)'),
                           ("ready at", "  its CPU by then"),
                           ("checked", "warreader: files checked"),
                           ("checked at", "  its CPU by then"),
                           ("app cpu", "CPU of the whole app run (to checked)"),
                           ("minimal cpu", "CPU of the one-line app run")):
            print(f"  {label:<50} {spread(rows[key], '{:.2f}')}")
        for key, label in (("ready rss", "app RSS when ready, MB"),
                           ("rss", "app RSS after ten searches, MB (target < 300)"),
                           ("kb per article", "  ... KB per article"),
                           ("counted", "  searches whose count was shown (of ten)")):
            if key in rows:
                print(f"  {label:<50} {spread(rows[key], '{:.0f}')}")
        if uncounted:
            print(f"  searches shown without their count: {', '.join(sorted(uncounted))}")
    verdicts(rows)
    return 0


def app_rss(corpus: Path, index_dir: Path) -> dict[str, float]:
    """The app's RSS when ready and after ``bench_scale``'s ten searches (a fresh
    process, driven with Pilot), per article, and how many searches showed a count."""
    import bench_scale

    out = bench_scale.child(bench_scale.APP, str(corpus), str(index_dir),
                            json.dumps(bench_scale.SEARCHES), timeout=1800)
    articles = articles_in(index_dir)
    totals = out.get("totals") or []
    return {"ready rss": out["ready_rss_mb"], "rss": out["rss_mb"],
            "kb per article": out["rss_mb"] * 1024 / max(articles, 1),
            "counted": sum(isinstance(t, int) for t in totals),
            "uncounted": [f"{q!r} ({t})" for q, t in zip(bench_scale.SEARCHES, totals,
                                                         strict=False) if not isinstance(t, int)]}


def articles_in(index_dir: Path) -> int:
    """How many articles the index's cached list head counts (0: none)."""
    try:
        return int(json.loads((index_dir / "listing-head.json").read_text())["totals"][0])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def verdicts(rows: dict[str, list[float]]) -> None:
    """Each target against the median of its runs."""
    checks = [("open wall", 0.5, "reopen, Corpus.open (the app's) < 0.5 s"),
              ("open_refresh wall", 0.5, "reopen, Corpus.open + refresh (the CLI's) < 0.5 s"),
              ("ready", 2.0, '"ready" < 2 s'),
              ("ratio", 1.5, "first screen <= 1.5x the one-line app"),
              ("rss", 300.0, "app RSS after ten searches < 300 MB")]
    for key, limit, label in checks:
        if key in rows:
            value = statistics.median(rows[key])
            print(f"  {label}: {'met' if value <= limit else 'NOT met'} (median {value:.3g})")


if __name__ == "__main__":
    sys.exit(main())
