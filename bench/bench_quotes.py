"""Quote extraction speed over the BBC corpus, and its scaling on hostile input.

    python bench/bench_quotes.py [--corpus ../shared/corpora/bbc]

Prints MB/s of ``extract_quotes`` over every article (parsing excluded, one core),
then the time for inputs of growing size (a single 1-4 MB line of prose, a run of
marks, one sentence of 0.125-2 MB repeating 'Bob said "hi there" and ') so that linear
scaling can be read off: the time per MB should stay flat; then one paragraph of
2,000-16,000 short quotations in four shapes (``--many-only``: these alone), whose time
per thousand quotations should stay flat; then 250-2,000 paragraphs each naming a new
person in full and then a misspelling of the surname (``--misspelt-only``: these alone),
whose time per thousand paragraphs should stay flat.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from warreader.index.articles import load_articles
from warreader.index.model import Article, Paragraph
from warreader.index.quotes import extract_quotes

REPO = Path(__file__).resolve().parents[1]


def _one_paragraph(text: str) -> Article:
    return Article(id="x", path="x", title="x", paragraphs=[Paragraph(text, 0, len(text))])


def _one_pass(corpus: Path) -> tuple[float, int, int]:
    """CPU seconds of one extraction pass over ``corpus`` (articles parsed beforehand),
    with the body size in characters and the quotations found."""
    articles = load_articles([corpus])
    size = sum(len(p.text) for a in articles for p in a.paragraphs)
    start = time.process_time()
    quotes = sum(len(extract_quotes(a)) for a in articles)
    return time.process_time() - start, size, quotes


def corpus_speed(corpus: Path, runs: int = 3) -> None:
    """Print MB/s of extraction over every article of ``corpus``.

    Each pass runs in a fresh process, so the engine's memos (names already met, and
    the like) start empty as they do for a user, instead of warmed by the pass before.
    """
    best = float("inf")
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--one-pass", "--corpus", str(corpus)],
            capture_output=True, text=True, check=True,
        )
        seconds, size, quotes = json.loads(out.stdout)
        best = min(best, seconds)
    articles = sum(1 for _ in corpus.rglob("*.txt"))
    print(f"corpus: {articles} files, {size / 1e6:.2f} MB of body text, "
          f"{quotes} quotations in {best:.2f} s of CPU (best of {runs} fresh processes) = "
          f"{size / 1e6 / best:.2f} MB/s on one core")


HOSTILE = (
    ("prose on one line", '"We will not back down," Mr Howard said, adding that the plan was '
     '"a disgrace". He told reporters: "It is over. ', (1, 2, 4)),
    ("marks in a row", '"“”‘’\'' * 8, (1, 2, 4)),
    # One sentence of thousands of quotations and speech events (issue 16 item 11: was
    # quadratic, 0.125/0.25/0.5/1 MB took 2.8/10/39/206 s).
    ("one quoting sentence", 'Bob said "hi there" and ', (0.125, 0.25, 0.5, 1, 2)),
)


# One paragraph of many short quotations (review revE24 F5: attribution read the whole
# paragraph once for each quotation, 2,000/4,000/8,000 of them took 0.55/2.27/9.97 s).
# (label, what opens the paragraph, what repeats once per quotation)
MANY = (
    ("reopened after spaces", '"a', " " * 50 + 'b. "c'),
    ("one by one, said", "", '"No," she said. '),
    ("one sentence of them", "Ann Kell spoke. ", '"go on" '),
    ("a list of terms", "Ann Kell said the ", '"plan" and '),
)
MANY_COUNTS = (2000, 4000, 8000, 16000)


def many_quotations() -> None:
    """Print CPU seconds for one paragraph of 2,000-16,000 short quotations: the time per
    thousand quotations should stay flat."""
    for label, head, unit in MANY:
        for count in MANY_COUNTS:
            text = head + unit * count
            start = time.process_time()
            found = extract_quotes(_one_paragraph(text))
            seconds = time.process_time() - start
            print(f"{label:22} {count:6} quotations: {seconds:6.2f} s CPU "
                  f"({seconds * 1000 / count:.2f} s per 1,000), {len(found)} spans")


# Paragraphs each naming a new person and then misspelling the surname (the lead's
# hostile input for typo24's misspelt-surname check, which read every paragraph and every
# entity for each such word: 250/500/1,000/2,000 paragraphs took 0.26/0.81/2.89/10.2 s).
MISSPELT_COUNTS = (250, 500, 1000, 2000)


def _misspelt_article(count: int) -> Article:
    """``count`` paragraphs 'Tom Baxxxxx arrived...' then '"...," said Baxxxx.', after a
    headline; the surnames invented, all of one length and first two letters, each
    misspelt by dropping its fourth letter."""
    paragraphs = [Paragraph("Headline here", 0, 13)]
    offset = 15
    for n in range(count):
        surname = "Ba" + "".join("bdgklmnprt"[int(digit)] + vowel  # no letter doubled
                                 for digit, vowel in zip(f"{n:04d}", "oeiu", strict=True))
        text = (f"Tom {surname} arrived on Monday. "
                f'"We will see what happens next," said {surname[:3] + surname[4:]}.')
        paragraphs.append(Paragraph(text, offset, offset + len(text)))
        offset += len(text) + 2
    return Article(id="x", path="x", title="x", paragraphs=paragraphs)


def misspelt_surnames() -> None:
    """Print CPU seconds for 250-2,000 paragraphs each naming a new person in full and
    then misspelling the surname: the time per thousand paragraphs should stay flat."""
    for count in MISSPELT_COUNTS:
        article = _misspelt_article(count)
        start = time.process_time()
        found = extract_quotes(article)
        seconds = time.process_time() - start
        read = sum(1 for quote in found if (quote.speaker or "").startswith("Tom "))
        print(f"misspelt surnames {count:6} paragraphs: {seconds:6.2f} s CPU "
              f"({seconds * 1000 / count:.2f} s per 1,000), {read} of {len(found)} "
              "quotations to the full name")


def scaling() -> None:
    """Print seconds per MB for growing hostile inputs."""
    for label, unit, sizes in HOSTILE:
        for mb in sizes:
            size = int(mb * 1_000_000)
            text = (unit * (size // len(unit) + 1))[:size]
            start = time.perf_counter()
            found = extract_quotes(_one_paragraph(text))
            seconds = time.perf_counter() - start
            print(f"{label:20} {mb:5g} MB: {seconds:6.2f} s ({seconds / mb:.2f} s/MB), "
                  f"{len(found)} spans")


def main() -> None:
    """Run both measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpora/bbc")
    parser.add_argument("--one-pass", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-scaling", action="store_true", help="corpus speed only")
    parser.add_argument("--scaling-only", action="store_true", help="hostile inputs only")
    parser.add_argument("--many-only", action="store_true",
                        help="one paragraph of many short quotations only")
    parser.add_argument("--misspelt-only", action="store_true",
                        help="paragraphs of misspelt surnames only")
    args = parser.parse_args()
    if args.one_pass:
        print(json.dumps(_one_pass(args.corpus)))
        return
    if args.many_only:
        many_quotations()
        return
    if args.misspelt_only:
        misspelt_surnames()
        return
    if not args.scaling_only:
        corpus_speed(args.corpus)
    if not args.no_scaling:
        scaling()
        many_quotations()
        misspelt_surnames()


if __name__ == "__main__":
    main()
