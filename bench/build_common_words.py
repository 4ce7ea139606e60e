"""Build ``index/quotes/data/common_words.txt``: words English writes in lower case.

A word belongs when, inside sentences of the BBC corpus (not opening one, not after a
quotation mark or a colon), it is written in lower case at least ``MIN_LOWER`` times and
at least ``RATIO`` times as often as it is capitalised there: "wages", "exports",
"popular", "compares" do; "apple" (Apple, 148 to 1), "shell" (Shell) and "virgin" do not.
Each line holds the word and both counts, so that a rule may ask for a word that is
hardly ever a name (``common_words.never_name``). The engine reads the list to tell a
common word opening a sentence, a title-case headline's verb, or an adjective opening a
sentence, from a name.
Only the vocabulary is kept, never text.

usage: python bench/build_common_words.py [CORPUS_DIR]   (default ../shared/corpora/bbc)
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

MIN_LOWER = 4
RATIO = 4
_INSIDE_WORD = re.compile(r"(?<![.!?\"“‘':]\s)(?<!^)(?<!\n)\b([A-Za-z][a-z]+)\b")
OUT = Path(__file__).resolve().parent.parent / "index" / "quotes" / "data" / "common_words.txt"


def count(corpus: Path) -> tuple[collections.Counter, collections.Counter]:
    """(lower-case counts, capitalised counts) of words inside sentences of ``corpus``."""
    lower: collections.Counter = collections.Counter()
    upper: collections.Counter = collections.Counter()
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="ignore")
        for match in _INSIDE_WORD.finditer(text):
            word = match.group(1)
            (upper if word[0].isupper() else lower)[word.lower()] += 1
    return lower, upper


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else Path("../shared/corpora/bbc")
    lower, upper = count(corpus)
    kept = sorted(w for w, n in lower.items() if n >= MIN_LOWER and n >= RATIO * upper[w])
    header = (
        "# Words English writes in lower case (bench/build_common_words.py, BBC corpus):\n"
        "# word, times in lower case inside sentences, times capitalised there\n"
    )
    rows = (f"{w}\t{lower[w]}\t{upper[w]}" for w in kept)
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(kept)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
