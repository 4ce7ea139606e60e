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
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from provenance_variants import make_variants, markov_corpus  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from warreader.index.provenance import relate  # noqa: E402
from warreader.index.provenance.corpus_groups import by_article, members_of, sync  # noqa: E402
from warreader.index.provenance.grouper import Grouper  # noqa: E402
from warreader.index.provenance.model import Member  # noqa: E402
from warreader.index.provenance.normalise import normalise  # noqa: E402

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
    data = c._corpus_data()
    c.close()
    return members_of(data)


def group(members: list[Member]) -> Grouper:
    """A fresh grouper holding ``members``."""
    g = Grouper()
    for aid, ms in by_article(members).items():
        g.add_article(aid, ms)
    return g


def pick_sources(members: list[Member], base: Grouper, count: int,
                 rng: random.Random) -> list[Member]:
    """Quotes of eight or more words, unique in the corpus and alone in their group."""
    seen: dict[str, int] = defaultdict(int)
    for m in members:
        seen[normalise(m.text)] += 1
    pool = []
    for m in members:
        slot = base.by_key[m.key]
        if (m.kind == "quote" and m.speaker and len(m.text.split()) >= 8
                and seen[normalise(m.text)] == 1
                and len(base.slots_of[base.group_of[slot]]) == 1):
            pool.append(m)
    return rng.sample(pool, min(count, len(pool)))


def accuracy(members: list[Member], variants) -> tuple[float, float, dict[str, str]]:
    """Pairwise precision and recall over pairs holding a variant; recall per kind."""
    g = group(members + variants.members)
    truth_of = {}  # member key -> cluster id (a source key) or a unique id
    for key, source in variants.truth.items():
        truth_of[key] = source if source is not None else ("alone", key)
    for source in set(variants.truth.values()) - {None}:
        truth_of[source] = source
    tp = fp = 0
    for slots in g.slots_of.values():
        keys = [g.entries[s].member.key for s in slots]
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
        together = (source is not None
                    and g.group_of[g.by_key[key]] == g.group_of[g.by_key[source]])
        apart = source is None and all(
            g.entries[s].member.key == key for s in g.slots_of[g.group_of[g.by_key[key]]])
        per_kind[kind][0] += together or apart
        per_kind[kind][1] += 1
    kinds = {k: f"{ok}/{n}" for k, (ok, n) in sorted(per_kind.items())}
    return tp / max(1, tp + fp), tp / max(1, true_pairs), kinds


def twins(corpus: Path, members: list[Member], g: Grouper) -> tuple[int, int, int]:
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
                same = g.group_of[g.by_key[a.key]] == g.group_of[g.by_key[b.key]]
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


def speed(members: list[Member], rng: random.Random) -> None:
    """Print the grouping times."""
    print(f"group the corpus ({len(members)} quotes): {timed(lambda: group(members))}")
    big = markov_corpus(members, 10_000, rng)
    extra = [m for m in big if m.article == big[-1].article]
    rest = [m for m in big if m.article != big[-1].article]
    print(f"group 10,000 articles ({len(rest)} quotes): {timed(lambda: group(rest), 1)}")
    g = group(rest)
    times = []
    for n in range(20):
        added = [Member(f"added/{n}", m.start, m.end, m.text, m.speaker, m.kind,
                        f"added/{n}.txt", m.date, m.outlet) for m in extra]
        started = time.perf_counter()
        g.add_article(f"added/{n}", added)
        times.append(time.perf_counter() - started)
        g.remove_article(f"added/{n}")
    print(f"add one article ({len(extra)} quotes) to 10,000, in memory: "
          f"median {statistics.median(times) * 1000:.2f} ms, max {max(times) * 1000:.2f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        sync(Path(tmp), rest)
        started, started_cpu = time.perf_counter(), time.process_time()
        _, report = sync(Path(tmp), rest + extra)
        took, cpu = time.perf_counter() - started, time.process_time() - started_cpu
        print(f"add one article to 10,000 from a fresh process (read the saved state, rebuild "
              f"the blocks, add, write): {took:.2f} s wall, {cpu:.2f} s CPU "
              f"({len(report.added)} article added, {len(report.touched)} groups touched)")


def main() -> int:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=BBC)
    ap.add_argument("--index-dir", help="the corpus's index (default: the user cache)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--sources", type=int, default=400)
    ap.add_argument("--sweep", action="store_true",
                    help="also try other NEAR thresholds and other rapidfuzz measures")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    members = corpus_members(args.corpus, args.index_dir)
    base = group(members)
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
