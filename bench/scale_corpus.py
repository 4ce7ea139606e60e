"""A reproducible corpus of N articles made from the BBC files (issue 15's benchmark).

Article ``i`` is BBC file ``i % 1808`` (files in path order) with small changes chosen
by a random generator seeded with ``(seed, i)``, so that no two articles are
byte-identical and the same seed always gives the same bytes:

- a date line under the title (a day in 2004 or 2005, as "12 March 2005"), which the
  reader takes as the article's date (so ``date:`` filters have something to find);
- in every copy after the first, one number of the body replaced by another and two
  words of one paragraph swapped (a copy is a near-duplicate, as syndicated news is).

Files are written as ``copyNN/<category>/<name>.txt``. :func:`make_corpus` is what
``bench/bench_scale.py`` calls; running this module writes one corpus::

    .venv/bin/python bench/scale_corpus.py 100000 /tmp/corpus-100k [--seed 15]
"""

from __future__ import annotations

import argparse
import random
import re
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "corpora" / "bbc"
SEED = 15
_NUMBER = re.compile(r"(?<![\w.,])\d{1,4}(?![\w.,])")
_FIRST_DAY = date(2004, 1, 1)
_DAYS = (date(2005, 12, 31) - _FIRST_DAY).days + 1


def vary(text: str, rng: random.Random, copy: int) -> str:
    """``text`` (title line, blank, body) with a date line under the title and, from the
    second copy on, one number and one word pair changed."""
    title, _, body = text.partition("\n")
    day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    if copy > 0:
        numbers = list(_NUMBER.finditer(body))
        if numbers:
            m = rng.choice(numbers)
            body = f"{body[:m.start()]}{rng.randrange(2, 999)}{body[m.end():]}"
        paragraphs = body.split("\n")
        long = [n for n, p in enumerate(paragraphs) if len(p.split(" ")) > 8]
        if long:
            n = rng.choice(long)
            words = paragraphs[n].split(" ")
            k = rng.randrange(1, len(words) - 2)
            if '"' not in words[k] + words[k + 1]:  # never move a quotation mark
                words[k], words[k + 1] = words[k + 1], words[k]
            paragraphs[n] = " ".join(words)
        body = "\n".join(paragraphs)
    return f"{title}\n\n{day.day} {day:%B %Y}\n{body}"


def make_corpus(target: Path, n: int, source: Path = BBC, seed: int = SEED) -> Path:
    """Write ``n`` articles made from ``source`` under ``target`` (see the module)."""
    files = sorted(source.rglob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files under {source}")
    texts: dict[int, str] = {}
    for i in range(n):
        k, copy = i % len(files), i // len(files)
        if k not in texts:
            texts[k] = files[k].read_text(encoding="utf-8")
        rng = random.Random(f"{seed}:{i}")
        dest = target / f"copy{copy:02d}" / files[k].relative_to(source)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(vary(texts[k], rng, copy), encoding="utf-8")
    return target


def matches(target: Path, n: int, source: Path = BBC, seed: int = SEED,
            samples: int = 25) -> bool:
    """True when ``target`` holds ``n`` articles and a spread of ``samples`` of them
    (the first and the last among them) have the bytes :func:`make_corpus` writes for
    ``seed``: a corpus made before can be used as it is, read-only."""
    files = sorted(source.rglob("*.txt"))
    if not files or sum(1 for _ in target.rglob("*.txt")) != n:
        return False
    for i in sorted({0, n - 1, *range(0, n, max(1, n // samples))}):
        k, copy = i % len(files), i // len(files)
        dest = target / f"copy{copy:02d}" / files[k].relative_to(source)
        want = vary(files[k].read_text(encoding="utf-8"), random.Random(f"{seed}:{i}"), copy)
        if not dest.is_file() or dest.read_text(encoding="utf-8") != want:
            return False
    return True


def main() -> int:
    """Write one corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("target", type=Path)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--source", type=Path, default=BBC)
    args = parser.parse_args()
    make_corpus(args.target, args.n, args.source, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
