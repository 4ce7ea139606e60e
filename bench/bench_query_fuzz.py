"""Query fuzzer: seeded random and malformed queries against an index of the BBC corpus.

Run:  .venv/bin/python bench/bench_query_fuzz.py [--corpus DIR] [--count 2000] [--seed 16]
      [--index-dir DIR]   (reuse an index instead of building one in a temp folder)

Builds the index (in a temporary folder, removed after) in a child process, then runs
``--count`` queries made from a fixed seed: corpus words, wildcards (``*?*``, ``t*``,
``*ed``), fuzzy words with any edit count (``peskov~99``), runs of one-letter prefixes,
fields with good, bad and empty values, impossible dates, deep nesting, unbalanced
brackets and quotes, operators in odd places, random punctuation. Each query runs once
as a full search and once as a keystroke's search (``as_you_type``). Prints how many
took longer than 1 s (target 0), the slowest ten, the peak memory of the searching
process (target < 150 MB) and every exception that escaped (target none): a query the
engine refuses is fine, it must say so in one line.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "corpora" / "bbc"
FIELDS = ("title", "body", "text", "speaker", "role", "cue", "kind", "date", "author",
          "outlet", "path", "id", "nosuch")
ODD = list("*?~^:()[]{}\"'!-+/\\&|<>=,.;@#%") + ["AND", "OR", "NOT", "ANDNOT", "TO", "to"]


def corpus_words(corpus: Path, rng: random.Random, count: int = 3000) -> list[str]:
    """Words from a sample of the corpus's files (some real names among them)."""
    files = sorted(corpus.rglob("*.txt"))
    words: list[str] = []
    for f in rng.sample(files, min(60, len(files))):
        words.extend(re.findall(r"[A-Za-z][A-Za-z'-]+", f.read_text(encoding="utf-8")))
    return rng.sample(words, min(count, len(words)))


def _date(rng: random.Random) -> str:
    y = rng.choice(["2004", "2005", "1999", "0000", "9999", "20x4", ""])
    m = rng.choice(["", "-01", "-02", "-12", "-13", "-00", "-7"])
    d = rng.choice(["", "", "-01", "-28", "-29", "-30", "-31", "-32", "-00"]) if m else ""
    return y + m + d


def _atom(rng: random.Random, words: list[str]) -> str:
    w = rng.choice(words)
    kind = rng.randrange(22)
    if kind < 6:
        return w.lower() if kind % 2 else w
    if kind == 6:
        return w[: rng.randint(1, 3)] + "*"
    if kind == 7:
        return rng.choice(["*", "**", "*?*", "?", "*ed", "*s", "?*?", "*a*", "[a-z]*"])
    if kind == 8:
        return f"{w}~{rng.choice(['', '1', '2', '3', '9', '99'])}"
    if kind == 9:
        return f"{rng.choice(FIELDS)}:{rng.choice([w, w[:2] + '*', '', '?????', '*'])}"
    if kind == 10:
        return f"date:{_date(rng)}"
    if kind == 11:
        return f"date:[{_date(rng)} to {_date(rng)}]"
    if kind == 12:
        return f"kind:{rng.choice(['quote', 'article', 'term', 'quo', 'q', 'xyz', ''])}"
    if kind == 13:
        return '"' + " ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) + '"'
    if kind == 14:
        return rng.choice(ODD)
    if kind == 15:
        return " ".join(rng.choice("abcdefghijklmnopqrstuvwxyz") + "*"
                        for _ in range(rng.randint(5, 45)))
    if kind == 16:
        n = rng.randint(1, 400)
        return "(" * n + w + ")" * rng.choice([n, n - 1, 0])
    if kind == 17:
        return f"{rng.choice(['title', 'body', 'path'])}:[{w[:1]} to {rng.choice(words)[:2]}]"
    if kind == 18:
        return "".join(rng.choice(ODD[:30]) for _ in range(rng.randint(1, 8)))
    if kind == 19:
        return f"{w}^{rng.choice(['2', '99', '-1', 'x', ''])}"
    if kind == 20:
        return " ".join(rng.choice(words) for _ in range(rng.randint(10, 120)))
    return f"{w}{rng.choice(ODD)}"


def make_queries(words: list[str], count: int, seed: int) -> list[str]:
    """``count`` queries from ``seed``: one to six atoms joined by spaces or operators."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [_atom(rng, words) for _ in range(rng.randint(1, 6))]
        glue = [rng.choice([" ", " ", " ", " AND ", " OR ", " NOT ", "", " -"])
                for _ in parts[1:]]
        query = parts[0] + "".join(g + p for g, p in zip(glue, parts[1:], strict=True))
        out.append(query[: rng.choice([80, 400, 4000])])
    return out


def build_index(corpus: Path, index_dir: Path) -> None:
    """``warreader index`` in a child process (its memory is not this process's)."""
    subprocess.run([sys.executable, "-m", "warreader.tui.cli", "index", str(corpus),
                    "--index-dir", str(index_dir)], check=True, capture_output=True)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fuzz(corpus: Path, index_dir: Path, count: int, seed: int) -> int:
    """Run the queries; print the figures; return the number of escaped exceptions."""
    from warreader.index.corpus import Corpus

    words = corpus_words(corpus, random.Random(seed))
    queries = make_queries(words, count, seed)
    c = Corpus.open([corpus], index_dir, {})
    c.refresh()
    c.search("minister")  # open the searcher, as the app has done before any query
    start_rss = _rss_mb()
    times: list[tuple[float, str, bool]] = []
    refused = 0
    escaped: list[tuple[str, str]] = []
    began = time.perf_counter()
    for n, query in enumerate(queries):
        typing = bool(n % 2)
        t = time.perf_counter()
        try:
            result = c.search(query, as_you_type=typing)
            refused += bool(result.error)
        except BaseException as exc:  # noqa: BLE001 - counting what escapes is the point
            escaped.append((query, f"{type(exc).__name__}: {exc}"[:160]))
        times.append((time.perf_counter() - t, query, typing))
    total = time.perf_counter() - began
    c.close()
    slow = [x for x in times if x[0] > 1.0]
    print(f"{len(queries)} queries (seed {seed}) in {total:.1f} s; "
          f"{refused} refused with a message, {len(escaped)} exceptions escaped")
    print(f"over 1 s: {len(slow)} (target 0); over 0.5 s: "
          f"{sum(1 for x in times if x[0] > 0.5)}")
    print(f"peak RSS: {_rss_mb():.0f} MB (target < 150 MB; {start_rss:.0f} MB after opening)")
    print("slowest:")
    for seconds, query, typing in sorted(times, reverse=True)[:10]:
        shown = query if len(query) < 70 else query[:67] + "..."
        print(f"  {seconds:6.3f} s  {'typing' if typing else 'full  '}  {shown!r}")
    for query, error in escaped[:20]:
        print(f"  ESCAPED {error}  <- {query[:70]!r}")
    return len(escaped)


def main() -> None:
    """Build (or reuse) the index, then fuzz."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BBC)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--index-dir", type=Path, help="an index of --corpus to reuse")
    args = parser.parse_args()
    if args.index_dir:
        sys.exit(1 if fuzz(args.corpus, args.index_dir, args.count, args.seed) else 0)
    with tempfile.TemporaryDirectory(prefix="warreader-fuzz-") as tmp:
        build_index(args.corpus, Path(tmp) / "index")
        sys.exit(1 if fuzz(args.corpus, Path(tmp) / "index", args.count, args.seed) else 0)


if __name__ == "__main__":
    main()
