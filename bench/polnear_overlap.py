"""Which repository files share a run of words with the PolNeAR texts? (licence check)

    python bench/polnear_overlap.py            # 8-word runs, every tracked text file
    python bench/polnear_overlap.py --words 6  # shorter runs: more stock English too

PolNeAR (``../shared/corpora/polnear-dev``, or ``$WARREADER_CORPORA``) may be used for
evaluation and development only: its texts and lines are never copied into the
repository, tests or fixtures; tests use invented sentences of the same shape. This
lists every file we write (Python, Markdown, YAML, TOML, CSS; not the seed articles nor
the BBC and seed gold sets, which are other news) holding a run of ``--words``
consecutive words (lower-cased, punctuation dropped) that also occurs in a PolNeAR
article, with the runs it shares. Six-word runs also catch stock English ("according to
a copy of the"); eight-word runs are, in practice, copies. ``tests/test_licence.py``
keeps the eight-word count at zero.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[a-z0-9']+")
_SUFFIXES = (".py", ".md", ".yaml", ".yml", ".toml", ".tcss")  # what we write; not the
# seeds' or fixtures' article text and gold (news of their own, BBC's or the seeds')
_SKIP = {".git", ".venv", "node_modules", "__pycache__", ".ruff_cache", ".pytest_cache"}


def corpus_root() -> Path:
    """The PolNeAR folder: under ``$WARREADER_CORPORA``, else ``../shared/corpora``."""
    env = os.environ.get("WARREADER_CORPORA")
    return (Path(env) if env else REPO.parent / "shared" / "corpora") / "polnear-dev"


def runs(text: str, n: int) -> set[str]:
    """Every run of ``n`` consecutive words of ``text`` (lower-cased, curly apostrophes
    made straight)."""
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def corpus_runs(root: Path, n: int) -> set[str]:
    """The ``n``-word runs of every PolNeAR article under ``root``."""
    found: set[str] = set()
    for path in sorted(root.glob("*/*.txt")):
        found |= runs(path.read_text(encoding="utf-8", errors="replace"), n)
    return found


def repository_files(top: Path = REPO) -> Iterable[Path]:
    """The repository's text files (not its virtual environments or caches)."""
    for folder, subfolders, files in os.walk(top):
        subfolders[:] = [d for d in subfolders if d not in _SKIP]
        for name in files:
            if name.endswith(_SUFFIXES):
                yield Path(folder) / name


def overlaps(n: int, root: Path | None = None) -> dict[str, set[str]]:
    """Repository file (relative path) -> the ``n``-word runs it shares with PolNeAR."""
    theirs = corpus_runs(root or corpus_root(), n)
    found = {}
    for path in repository_files():
        shared = runs(path.read_text(encoding="utf-8", errors="replace"), n) & theirs
        if shared:
            found[str(path.relative_to(REPO))] = shared
    return found


def main(argv: list[str] | None = None) -> int:
    """Print each file with shared runs; exit 1 if any, 0 if none."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=8, help="run length in words (default 8)")
    args = ap.parse_args(argv)
    found = overlaps(args.words)
    for name, shared in sorted(found.items(), key=lambda item: -len(item[1])):
        print(f"{len(shared):4} {name}")
        for run in sorted(shared)[:5]:
            print(f"       {run}")
    print(f"{len(found)} files share {args.words}-word runs with PolNeAR")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
