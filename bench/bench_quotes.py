"""Quote extraction speed over the BBC corpus, and its scaling on hostile input.

    python bench/bench_quotes.py [--corpus ../shared/corpora/bbc]

Prints MB/s of ``extract_quotes`` over every article (parsing excluded, one core),
then the time for inputs of growing size (a single 1-5 MB line of prose, a run of
marks) so that linear scaling can be read off: the time per MB should stay flat.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from index.articles import load_articles
from index.model import Article, Paragraph
from index.quotes import extract_quotes

REPO = Path(__file__).resolve().parents[1]


def _one_paragraph(text: str) -> Article:
    return Article(id="x", path="x", title="x", paragraphs=[Paragraph(text, 0, len(text))])


def corpus_speed(corpus: Path) -> None:
    """Print MB/s of extraction over every article of ``corpus``."""
    articles = load_articles([corpus])
    size = sum(len(p.text) for a in articles for p in a.paragraphs)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        quotes = sum(len(extract_quotes(a)) for a in articles)
        best = min(best, time.process_time() - start)
    print(f"corpus: {len(articles)} articles, {size / 1e6:.2f} MB of body text, "
          f"{quotes} quotations in {best:.2f} s of CPU (best of 3) = "
          f"{size / 1e6 / best:.2f} MB/s on one core")


def scaling() -> None:
    """Print seconds per MB for growing hostile inputs."""
    sentence = ('"We will not back down," Mr Howard said, adding that the plan was '
                '"a disgrace". He told reporters: "It is over. ')
    for label, unit in (("prose on one line", sentence), ("marks in a row", '"“”‘’\'' * 8)):
        for mb in (1, 2, 4):
            text = (unit * (mb * 1_000_000 // len(unit) + 1))[: mb * 1_000_000]
            start = time.perf_counter()
            found = extract_quotes(_one_paragraph(text))
            seconds = time.perf_counter() - start
            print(f"{label:18} {mb} MB: {seconds:6.2f} s ({seconds / mb:.2f} s/MB), "
                  f"{len(found)} spans")


def main() -> None:
    """Run both measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpora/bbc")
    args = parser.parse_args()
    corpus_speed(args.corpus)
    scaling()


if __name__ == "__main__":
    main()
