"""Quote provenance as the corpus grows (issue 15): grouping from scratch, per article.

Groups the quotes of each given index's stored data from scratch, in a fresh process
per run (the groups go to a temporary folder: the index is only read), and prints per
size the CPU time per article, wall time, the process's peak RSS (VmHWM) and its RSS
before grouping, with min / median / max over ``--runs`` and the load average. Then it
checks the targets (issue 15): grouping linear in time (CPU per article at the largest
size at most 1.5x that at the smallest), memory flat (the peak grows by less than
2 KB per article from the smallest to the largest) and bounded (< 400 MB, the whole
``warreader index`` target), and, when ``DIR/build-N.json`` of ``bench/bench_scale.py
--keep DIR`` lies beside ``DIR/index-N``, grouping's share of that build's CPU time.

Run, on indexes kept by ``bench/bench_scale.py --keep DIR`` (or any ``warreader index``
folders of scale corpora)::

    .venv/bin/python bench/bench_provenance_scale.py DIR/index-10000 DIR/index-20000 \\
        DIR/index-40000 [--runs 3]

``--repeat N`` instead groups N articles made by repeating the first index's articles
under new ids (the quotes given in memory: CPU only, its memory is not the step's),
printing the CPU time of each 10,000: a stand-in for a larger corpus not indexed yet::

    .venv/bin/python bench/bench_provenance_scale.py DIR/index-10000 --repeat 100000

``--as-index CORPUS`` instead runs the grouping step as ``warreader index`` runs it
after its refresh, on the given index of CORPUS (a copy: its ``provenance.sqlite`` is
removed first and written anew; the index itself is only read): the corpus opened as
the command opens it, the article list read and dropped, then the groups computed, in
one fresh process whose peak RSS is the whole process's, with the CPU of each 10,000
articles grouped (linear: the last at most 1.5x the first)::

    cp -a DIR/index-100000 COPY
    .venv/bin/python bench/bench_provenance_scale.py COPY --as-index DIR/corpus-100000

Prints figures and whether each target is met; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, sys, time
from pathlib import Path
from warreader.index.provenance.corpus_groups import sync
from warreader.index.provenance.sources import StoredSource
from warreader.index.search.stored import StoredData

def status(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0

stored, out = Path(sys.argv[1]), Path(sys.argv[2])
data = StoredData(stored, int(stored.stem.split("-")[1]))
before, wall, cpu = status("VmRSS"), time.perf_counter(), time.process_time()
groups, report = sync(out, StoredSource(data, out))
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
quotes, count = groups.db.execute("SELECT count(*), count(DISTINCT gid) FROM members").fetchone()
print(json.dumps({"articles": data.article_count(), "quotes": quotes, "groups": count,
                  "cpu_s": cpu, "wall_s": wall, "peak_mb": status("VmHWM"),
                  "before_mb": before}))
"""

REPEAT = r"""
import json, sys, time
from pathlib import Path
from warreader.index.provenance.corpus_groups import sync
from warreader.index.provenance.model import Member
from warreader.index.search.stored import StoredData

stored, n = Path(sys.argv[1]), int(sys.argv[2])
data = StoredData(stored, int(stored.stem.split("-")[1]))
base = {}
for s, q, speaker in data.every_quote():
    base.setdefault(s.id, []).append((s, q, speaker))
ids = sorted(base)
members = [Member(f"{j // len(ids)}/{s.id}", q.start, q.end, q.text, speaker, q.kind,
                  f"{j // len(ids)}/{s.path}", s.date, s.outlet)
           for j in range(n) for s, q, speaker in base[ids[j % len(ids)]]]
cpu, wall, marks = time.process_time(), time.perf_counter(), []
def progress(done, total):
    if done % 10000 == 0 or done == total:
        marks.append(time.process_time() - cpu)
groups, _ = sync(None, members, progress)
print(json.dumps({"articles": n, "quotes": len(members), "cpu_s": time.process_time() - cpu,
                  "wall_s": time.perf_counter() - wall, "marks": marks}))
"""

AS_INDEX = r"""
import json, sys, time
from pathlib import Path
from warreader.tui.cli import build_parser
from warreader.tui.commands._corpus import open_corpus

def status(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0

corpus_dir, index_dir = sys.argv[1], sys.argv[2]
corpus = open_corpus(build_parser().parse_args(["index", corpus_dir, "--index-dir", index_dir]))
summaries = corpus.summaries()  # as `warreader index` does, then drops them
articles, quotes = len(summaries), sum(s.quote_count for s in summaries)
del summaries
before, listed = status("VmRSS"), status("VmHWM")
cpu, wall, marks = time.process_time(), time.perf_counter(), [0.0]
def progress(done, total):
    if done and (done % 10000 == 0 or done == total):
        marks.append(time.process_time() - cpu)
groups = corpus.provenance(progress)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
count = groups.db.execute("SELECT count(DISTINCT gid) FROM members").fetchone()[0]
corpus.close()
print(json.dumps({"articles": articles, "quotes": quotes, "groups": count, "cpu_s": cpu,
                  "wall_s": wall, "peak_mb": status("VmHWM"), "before_mb": before,
                  "listed_peak_mb": listed, "marks": marks}))
"""

MAX_CPU_RATIO = 1.5
MAX_KB_PER_ARTICLE = 2.0
MAX_PEAK_MB = 400


def stored_file(index_dir: Path) -> Path:
    """The stored data of the index's current commit."""
    folder = index_dir / (index_dir / "CURRENT").read_text().strip()
    found = sorted(folder.glob("stored-*.sqlite"))
    if not found:
        raise SystemExit(f"{index_dir}: no stored data (open the index once to write it)")
    return found[-1]


def group_once(stored: Path) -> dict:
    """One grouping from scratch in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="bench-prov-scale-") as tmp:
        out = subprocess.run([sys.executable, "-c", CHILD, str(stored), tmp],
                             capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """min / median / max."""
    return " / ".join(fmt.format(v) for v in (min(values), statistics.median(values),
                                              max(values)))


def repeated(stored: Path, n: int) -> None:
    """Group ``n`` articles repeating those of ``stored``; print the CPU of each 10,000."""
    out = subprocess.run([sys.executable, "-c", REPEAT, str(stored), str(n)],
                         capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    steps = [b - a for a, b in zip(r["marks"], r["marks"][1:], strict=False)]
    print(f"{n:,} repeated articles, {r['quotes']:,} quotes: CPU {r['cpu_s']:.1f} s = "
          f"{1000 * r['cpu_s'] / n:.2f} ms/article, wall {r['wall_s']:.0f} s, load average "
          f"{os.getloadavg()[0]:.1f}; CPU per 10,000: {', '.join(f'{x:.1f}' for x in steps)}")
    if len(steps) > 1:
        ratio = steps[-1] / steps[0]
        print(f"linear: the last 10,000 cost {ratio:.2f}x the first "
              f"({'met' if ratio <= MAX_CPU_RATIO else 'NOT met'}: <= {MAX_CPU_RATIO}x)")


def as_index(index_dir: Path, corpus_dir: Path) -> None:
    """The grouping step of ``warreader index`` on ``index_dir`` (its groups made anew)."""
    groups = index_dir / "provenance.sqlite"
    for path in (groups, groups.with_name(f"{groups.name}-journal")):
        path.unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", AS_INDEX, str(corpus_dir), str(index_dir)],
                         capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    steps = [b - a for a, b in zip(r["marks"], r["marks"][1:], strict=False)]
    n = r["articles"]
    print(f"{n:,} articles, {r['quotes']:,} quotes, {r['groups']:,} groups, as `warreader "
          f"index` groups them: CPU {r['cpu_s']:.1f} s = {1000 * r['cpu_s'] / n:.2f} "
          f"ms/article, wall {r['wall_s']:.0f} s, load average {os.getloadavg()[0]:.1f}; "
          f"CPU per 10,000: {', '.join(f'{x:.1f}' for x in steps)}")
    print(f"whole process: peak RSS {r['peak_mb']:.0f} MB (reading the article list "
          f"{r['listed_peak_mb']:.0f} MB; before grouping {r['before_mb']:.0f} MB); groups "
          f"file {groups.stat().st_size / 2**20:.0f} MB")
    full = steps if n % 10000 == 0 else steps[:-1]  # (the last step may be partial)
    if len(full) > 1:
        ratio = full[-1] / full[0]
        print(f"linear: the last full 10,000 cost {ratio:.2f}x the first "
              f"({'met' if ratio <= MAX_CPU_RATIO else 'NOT met'}: <= {MAX_CPU_RATIO}x)")
    print(f"memory bounded: peak {r['peak_mb']:.0f} MB "
          f"({'met' if r['peak_mb'] < MAX_PEAK_MB else 'NOT met'}: < {MAX_PEAK_MB} MB)")


def build_cpu(index_dir: Path, articles: int) -> float | None:
    """The CPU time of ``bench_scale.py``'s build of this index, when kept beside it."""
    stamp = index_dir.parent / f"build-{articles}.json"
    try:
        return float(json.loads(stamp.read_text())["ours"]["cpu_s"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def main() -> int:
    """Group each index's quotes ``--runs`` times; print the figures and the targets."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("index", nargs="+", type=Path, help="index folders, smallest first")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--repeat", type=int, help="instead: group this many articles repeating "
                    "the first index's (CPU only)")
    ap.add_argument("--as-index", type=Path, metavar="CORPUS", help="instead: the grouping "
                    "step of `warreader index` on the first index (a copy: its groups are "
                    "made anew) of CORPUS")
    args = ap.parse_args()
    if args.as_index:
        as_index(args.index[0], args.as_index)
        return 0
    if args.repeat:
        repeated(stored_file(args.index[0]), args.repeat)
        return 0
    rows = []
    for index_dir in args.index:
        runs = []
        for _ in range(args.runs):
            runs.append(group_once(stored_file(index_dir)))
            runs[-1]["load"] = os.getloadavg()[0]
        n = runs[0]["articles"]
        per = [1000 * r["cpu_s"] / n for r in runs]
        peak = statistics.median(r["peak_mb"] for r in runs)
        rows.append((n, statistics.median(per), peak))
        print(f"{n:,} articles, {runs[0]['quotes']:,} quotes, {runs[0]['groups']:,} groups: "
              f"CPU {spread([r['cpu_s'] for r in runs], '{:.1f}')} s = "
              f"{spread(per)} ms/article; wall {spread([r['wall_s'] for r in runs], '{:.0f}')}"
              f" s; peak RSS {spread([r['peak_mb'] for r in runs], '{:.0f}')} MB (before "
              f"grouping {runs[0]['before_mb']:.0f}); load average "
              f"{spread([r['load'] for r in runs], '{:.1f}')}", flush=True)
        build = build_cpu(index_dir, n)
        if build is not None:
            print(f"  grouping is {statistics.median(r['cpu_s'] for r in runs) / build:.0%} of "
                  f"the kept build's {build:.0f} s CPU (which grouped with the code of then)")
    (n0, cpu0, peak0), (n1, cpu1, peak1) = rows[0], rows[-1]
    ratio = cpu1 / cpu0
    kb = 1024 * (peak1 - peak0) / (n1 - n0) if n1 > n0 else 0.0
    print(f"linear: {ratio:.2f}x the CPU per article at {n1:,} as at {n0:,} "
          f"({'met' if ratio <= MAX_CPU_RATIO else 'NOT met'}: <= {MAX_CPU_RATIO}x)")
    print(f"memory flat: the peak grows {kb:.2f} KB per article "
          f"({'met' if kb < MAX_KB_PER_ARTICLE else 'NOT met'}: < {MAX_KB_PER_ARTICLE} KB)")
    print(f"memory bounded: peak {max(r[2] for r in rows):.0f} MB "
          f"({'met' if max(r[2] for r in rows) < MAX_PEAK_MB else 'NOT met'}: "
          f"< {MAX_PEAK_MB} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
