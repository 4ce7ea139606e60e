"""Benchmark quote provenance: grouping accuracy on variants of real BBC quotes, the
corpus's byte-identical twin articles, and grouping speed.

Run:  .venv/bin/python bench/bench_provenance.py [--corpus DIR] [--index-dir DIR]
      [--seed N] [--sources N] [--sweep]

1. Accuracy. Source quotes (eight or more words, their words unique in the corpus, no
   relative in it) get two variants each (bench/provenance_variants.py: words dropped,
   swapped, synonyms, a partial cut, re-credited), plus short quotes re-credited (must
   not group) or repeated by their speaker (must group). All are grouped together with
   every BBC quote; pairwise precision and recall over the pairs holding a variant.
   ``--sweep`` prints them for other near-identical thresholds too (how NEAR was chosen).
2. Twins: every file the corpus holds twice, byte for byte: each quote must share a
   group with its twin's.
3. Speed: grouping the corpus's quotes; grouping 10,000 made-up articles (quotes
   following the corpus's word pairs, a tenth of them re-reports); adding one article
   to those 10,000, in memory and through the saved state (read state, add, write).
Targets (issue 13): precision and recall >= 0.95; twins all grouped; corpus < 2 s;
10,000 articles < 20 s; one added article < 100 ms. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from provenance_source import FileSource, write_corpus  # noqa: E402
from provenance_variants import make_variants, markov_corpus  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from warreader.index.provenance import relate  # noqa: E402
from warreader.index.provenance.corpus_groups import sync  # noqa: E402
from warreader.index.provenance.model import Member  # noqa: E402
from warreader.index.provenance.normalise import normalise  # noqa: E402
from warreader.index.provenance.provenance import Provenance  # noqa: E402
from warreader.index.provenance.sources import StoredSource, by_article  # noqa: E402
from warreader.index.provenance.tables import FILE  # noqa: E402

MEASURES = {
    "word Indel": relate.similarity,
    "char ratio": lambda a, b: fuzz.ratio(" ".join(a), " ".join(b)) / 100,
    "token_sort_ratio": lambda a, b: fuzz.token_sort_ratio(" ".join(a), " ".join(b)) / 100,
    "token_set_ratio": lambda a, b: fuzz.token_set_ratio(" ".join(a), " ".join(b)) / 100,
}
"""Near-identical measures tried by ``--sweep`` (rapidfuzz; on the folded words)."""

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "corpora" / "bbc"


def corpus_members(corpus: Path, index_dir: str | None) -> list[Member]:
    """Every quote of the corpus, from its (updated) index, with canonical speakers."""
    from warreader.index.config import load_config
    from warreader.index.corpus import Corpus

    config = load_config(None)
    c = Corpus.open([corpus], Path(index_dir) if index_dir else None, config.aliases)
    c.refresh()
    c.summaries()  # opens the data
    source = StoredSource(c._corpus_data())
    ids = [aid for aid, _ in source.states()]
    members = [m for found in source.members(ids).values() for m, _ in found]
    c.close()
    return members


def group(members: list[Member]) -> Provenance:
    """The groups of ``members``, computed afresh (in a temporary database)."""
    return sync(None, members)[0]


class Groups:
    """A grouping read back whole (for scoring): key -> group id, group id -> keys."""

    def __init__(self, p: Provenance) -> None:
        self.group_of: dict = {}
        self.keys_of: dict[int, list] = {}
        for n, keys in enumerate(p.partition()):
            self.keys_of[n] = sorted(keys)
            for key in keys:
                self.group_of[key] = n
        p.close()


def pick_sources(members: list[Member], base: Groups, count: int,
                 rng: random.Random) -> list[Member]:
    """Quotes of eight or more words, unique in the corpus and alone in their group."""
    seen: dict[str, int] = defaultdict(int)
    for m in members:
        seen[normalise(m.text)] += 1
    pool = []
    for m in members:
        if (m.kind == "quote" and m.speaker and len(m.text.split()) >= 8
                and seen[normalise(m.text)] == 1
                and len(base.keys_of[base.group_of[m.key]]) == 1):
            pool.append(m)
    return rng.sample(pool, min(count, len(pool)))


def accuracy(members: list[Member], variants) -> tuple[float, float, dict[str, str]]:
    """Pairwise precision and recall over pairs holding a variant; recall per kind."""
    g = Groups(group(members + variants.members))
    truth_of = {}  # member key -> cluster id (a source key) or a unique id
    for key, source in variants.truth.items():
        truth_of[key] = source if source is not None else ("alone", key)
    for source in set(variants.truth.values()) - {None}:
        truth_of[source] = source
    tp = fp = 0
    for keys in g.keys_of.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if a not in variants.truth and b not in variants.truth:
                    continue
                same = a in truth_of and truth_of.get(a) == truth_of.get(b)
                tp, fp = tp + same, fp + (not same)
    clusters: dict = defaultdict(int)
    for key in truth_of:
        clusters[truth_of[key]] += 1
    true_pairs = sum(n * (n - 1) // 2 for n in clusters.values())
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, source in variants.truth.items():
        kind = variants.kind_of[key]
        together = source is not None and g.group_of[key] == g.group_of[source]
        apart = source is None and g.keys_of[g.group_of[key]] == [key]
        per_kind[kind][0] += together or apart
        per_kind[kind][1] += 1
    kinds = {k: f"{ok}/{n}" for k, (ok, n) in sorted(per_kind.items())}
    return tp / max(1, tp + fp), tp / max(1, true_pairs), kinds


def twins(corpus: Path, members: list[Member], g: Groups) -> tuple[int, int, int]:
    """(articles held twice, their quotes, quotes grouped with their twin's)."""
    by_hash: dict[str, list[str]] = defaultdict(list)
    for f in sorted(corpus.rglob("*.txt")):
        by_hash[hashlib.sha1(f.read_bytes()).hexdigest()].append(str(f))
    by_path = defaultdict(list)
    for m in members:
        by_path[str(Path(m.path).resolve())].append(m)
    articles = quotes = grouped = 0
    for paths in by_hash.values():
        if len(paths) < 2:
            continue
        articles += len(paths)
        first, *rest = [by_path[str(Path(p).resolve())] for p in paths]
        for other in rest:
            for a, b in zip(first, other, strict=True):
                quotes += 2
                same = g.group_of[a.key] == g.group_of[b.key]
                grouped += 2 * same
    return articles, quotes, grouped


def timed(fn, runs: int = 3) -> str:
    """The best of ``runs`` runs of ``fn()``: wall-clock and CPU seconds (the machine is
    shared, so the CPU time of this process is the steadier figure)."""
    wall = cpu = float("inf")
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return f"{wall:.2f} s wall, {cpu:.2f} s CPU"


PEAK = r"""
def peak_mb():
    # VmHWM: this process's own peak (ru_maxrss keeps the parent's across exec on Linux,
    # so a child of a big benchmark process would report the parent's size)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
"""

FRESH = PEAK + r"""
import json, sys, time
sys.path.insert(0, sys.argv[3])
started, started_cpu = time.perf_counter(), time.process_time()
from provenance_source import FileSource
from warreader.index.provenance.corpus_groups import sync
imported, imported_cpu = time.perf_counter(), time.process_time()
p, report = sync(sys.argv[1], FileSource(sys.argv[2]))
done, done_cpu = time.perf_counter(), time.process_time()
print(json.dumps({"sync_wall": done - imported, "sync_cpu": done_cpu - imported_cpu,
                  "import_wall": imported - started, "added": report.added,
                  "touched": len(report.touched),
                  "peak_mb": peak_mb()}))
"""


def fresh_adds(rest: list[Member], extra: list[Member], runs: int = 5) -> None:
    """Group ``rest`` into a saved database, then in ``runs`` fresh processes add one
    more article each (a copy of ``extra``): time and memory of each process's sync."""
    bench = str(Path(__file__).resolve().parent)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.sqlite"
        write_corpus(corpus, rest)
        index_dir = Path(tmp) / "index"
        index_dir.mkdir()
        started, started_cpu = time.perf_counter(), time.process_time()
        sync(index_dir, FileSource(corpus))[0].close()
        print(f"group 10,000 articles into the saved database (file, as the index does): "
              f"{time.perf_counter() - started:.2f} s wall, "
              f"{time.process_time() - started_cpu:.2f} s CPU; "
              f"{(index_dir / FILE).stat().st_size / 1e6:.0f} MB on disk")
        walls, cpus = [], []
        for n in range(runs):
            write_corpus_more(corpus, [Member(f"zz-added/{n}", m.start, m.end, m.text,
                                              m.speaker, m.kind, f"added/{n}.txt", m.date,
                                              m.outlet) for m in extra])
            out = subprocess.run([sys.executable, "-c", FRESH, str(index_dir), str(corpus),
                                  bench], capture_output=True, text=True, check=True)
            got = json.loads(out.stdout)
            walls.append(got["sync_wall"])
            cpus.append(got["sync_cpu"])
            print(f"  fresh process {n + 1}: sync {got['sync_wall'] * 1000:.0f} ms wall, "
                  f"{got['sync_cpu'] * 1000:.0f} ms CPU (imports {got['import_wall'] * 1000:.0f}"
                  f" ms before), added {got['added']}, {got['touched']} group touched, "
                  f"peak RSS {got['peak_mb']:.0f} MB")
        print(f"add one article ({len(extra)} quotes) to 10,000 from a fresh process: "
              f"sync median {statistics.median(walls) * 1000:.0f} ms wall "
              f"(min {min(walls) * 1000:.0f}, max {max(walls) * 1000:.0f}), "
              f"median {statistics.median(cpus) * 1000:.0f} ms CPU; "
              f"load average {os.getloadavg()[0]:.1f}")


def write_corpus_more(path: Path, members: list[Member]) -> None:
    """Append one article to a corpus file of :func:`write_corpus`."""
    extra = Path(str(path) + ".add")
    write_corpus(extra, members)
    db = sqlite3.connect(path)
    db.execute("ATTACH ? AS more", (str(extra),))
    db.execute("INSERT INTO arts SELECT * FROM more.arts")
    db.execute("INSERT INTO q SELECT * FROM more.q")
    db.commit()
    db.execute("DETACH more")
    db.close()
    extra.unlink()


def speed(members: list[Member], rng: random.Random) -> None:
    """Print the grouping times."""
    print(f"group the corpus ({len(members)} quotes): "
          f"{timed(lambda: group(members).close())}")
    big = markov_corpus(members, 10_000, rng)
    extra = [m for m in big if m.article == big[-1].article]
    rest = [m for m in big if m.article != big[-1].article]
    print(f"group 10,000 articles ({len(rest)} quotes): "
          f"{timed(lambda: group(rest).close(), 1)}")
    fresh_adds(rest, extra)


MEASURE = PEAK + r"""
import json, sys, time
from pathlib import Path
corpus, index_dir, mode = sys.argv[1], sys.argv[2], sys.argv[3]
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
if mode in ("index", "without"):
    if mode == "without":
        from warreader.index.corpus_reads import CorpusReads
        CorpusReads.provenance = lambda self: None
    from warreader.tui.cli import main
    sys.argv = ["warreader", "index", corpus, "--index-dir", index_dir]
    try:
        main()
    except SystemExit:
        pass
    out = {}
else:  # "groups": bring the groups up to date in this fresh process, timed alone
    from warreader.index.config import load_config
    from warreader.index.corpus import Corpus
    c = Corpus.open([Path(corpus)], Path(index_dir), load_config(None).aliases)
    c.refresh()
    c.article_count()  # the stored data of the new commit, opened (or written) first
    started = time.perf_counter()
    import warreader.index.provenance.corpus_groups  # noqa: F401  (rapidfuzz, difflib)
    imports = time.perf_counter() - started
    before = rss()
    started, started_cpu = time.perf_counter(), time.process_time()
    groups = c.provenance()
    out = {"wall": time.perf_counter() - started, "cpu": time.process_time() - started_cpu,
           "rss_before": before, "groups": len(groups.group_ids(2)), "imports": imports}
out["peak_mb"] = peak_mb()
print(json.dumps(out))
"""


def measure(corpus: Path, index_dir: Path, mode: str) -> dict:
    """Run :data:`MEASURE` in a fresh interpreter; its figures."""
    out = subprocess.run([sys.executable, "-c", MEASURE, str(corpus), str(index_dir), mode],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def index_figures(sizes: list[int], bbc: Path, runs: int = 5) -> None:
    """Per size (BBC files copied under new paths, as bench_index.py does): peak RSS of
    ``warreader index`` with and without its provenance step; grouping the whole corpus
    from the stored data in a fresh process; then ``runs`` times one file added and the
    groups brought up to date in a fresh process (the index updated first, untimed)."""
    from bench_index import make_copies

    files = sorted(bbc.rglob("*.txt"))
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="warreader-prov-") as tmp:
            work = Path(tmp)
            corpus = make_copies(bbc, work / "corpus", size)
            without = measure(corpus, work / "without", "without")["peak_mb"]
            full = measure(corpus, work / "without", "groups")
            with_ = measure(corpus, work / "with", "index")["peak_mb"]
            print(f"{size} articles: `warreader index` peak RSS {with_:.0f} MB with the "
                  f"provenance step, {without:.0f} MB without; grouping all of them in a "
                  f"fresh process {full['wall']:.2f} s wall, {full['cpu']:.2f} s CPU, "
                  f"peak RSS {full['peak_mb']:.0f} MB ({full['rss_before']:.0f} MB before "
                  f"the step), {full['groups']} groups over 2+ articles", flush=True)
            walls, cpus = [], []
            for n in range(runs):
                extra = corpus / "added" / f"added-{n}.txt"
                extra.parent.mkdir(exist_ok=True)
                extra.write_bytes(files[(n * 97) % len(files)].read_bytes())
                got = measure(corpus, work / "without", "groups")
                walls.append(got["wall"])
                cpus.append(got["cpu"])
                imports = got["imports"]
            print(f"  one file added, groups updated in a fresh process ({runs} runs): "
                  f"median {statistics.median(walls) * 1000:.0f} ms wall (min "
                  f"{min(walls) * 1000:.0f}, max {max(walls) * 1000:.0f}), median "
                  f"{statistics.median(cpus) * 1000:.0f} ms CPU (max "
                  f"{max(cpus) * 1000:.0f}; module imports before it {imports * 1000:.0f} ms); "
                  f"load average {os.getloadavg()[0]:.1f}",
                  flush=True)


def main() -> int:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=BBC)
    ap.add_argument("--index-dir", help="the corpus's index (default: the user cache)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--sources", type=int, default=400)
    ap.add_argument("--sweep", action="store_true",
                    help="also try other NEAR thresholds and other rapidfuzz measures")
    ap.add_argument("--index-sizes", help="instead: memory and fresh-process figures of "
                    "`warreader index` over this many BBC copies (e.g. 1808,10000)")
    args = ap.parse_args()
    if args.index_sizes:
        index_figures([int(n) for n in args.index_sizes.split(",")], args.corpus)
        return 0
    rng = random.Random(args.seed)
    members = corpus_members(args.corpus, args.index_dir)
    base = Groups(group(members))
    sources = pick_sources(members, base, args.sources, rng)
    speakers = sorted({m.speaker for m in members if m.speaker})
    variants = make_variants(members, sources, speakers, rng)
    print(f"corpus: {len(members)} quotes in {len(by_article(members))} articles; "
          f"{len(sources)} sources, {len(variants.members)} variants")
    thresholds = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9] if args.sweep else [relate.NEAR]
    chosen, measure = relate.NEAR, relate.similarity
    for name, fn in MEASURES.items() if args.sweep else [("word Indel", measure)]:
        relate.similarity = fn
        for near in thresholds:
            relate.NEAR = near
            precision, recall, kinds = accuracy(members, variants)
            mark = " (chosen)" if near == chosen and fn is measure else ""
            print(f"{name} >= {near:.2f}{mark}: precision {precision:.3f}  recall {recall:.3f}"
                  f"  per kind: {kinds}")
    relate.NEAR, relate.similarity = chosen, measure
    articles, quotes, grouped = twins(args.corpus, members, base)
    print(f"twins: {articles} articles held twice, {grouped}/{quotes} quotes grouped with "
          f"their twin's")
    speed(members, rng)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
