"""Benchmark: parse every BBC article and print articles/second and MB/s.

Run: python bench/bench_parse.py [CORPUS_DIR] [--repeat N]
(default corpus: ../shared/corpora/bbc beside the repo).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from warreader.index.articles import iter_article_files, load_articles  # noqa: E402

DEFAULT = REPO.parent / "shared" / "corpora" / "bbc"
CATEGORIES = ("business", "entertainment", "sport", "tech")


def main() -> int:
    """Parse the corpus ``--repeat`` times and print the best run's throughput."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    roots = [args.corpus / c for c in CATEGORIES if (args.corpus / c).is_dir()] or [args.corpus]
    files = list(iter_article_files(roots))
    if not files:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2
    size = sum(f.stat().st_size for f in files)
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        skipped: list[Path] = []
        start = time.perf_counter()
        articles = load_articles(roots, on_skip=lambda p, r, out=skipped: out.append(p))
        best = min(best, time.perf_counter() - start)
    paragraphs = sum(len(a.paragraphs) for a in articles)
    print(f"parsed {len(articles)} articles ({len(skipped)} skipped), {paragraphs} paragraphs, "
          f"{size / 1e6:.1f} MB")
    print(f"best of {args.repeat}: {best:.2f} s  ->  {len(articles) / best:,.0f} articles/s, "
          f"{size / 1e6 / best:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
