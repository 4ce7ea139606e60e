"""Where a build's CPU goes, stage by stage: ``warreader index`` and bare Whoosh (issue 15).

Two instrumented builds of the same corpus in fresh processes, each serial: the
``warreader index`` command (``WARREADER_SERIAL=1``) and ``bench_scale.py``'s bare
Whoosh build (path stored, title and body indexed). Every stage is timed with
``time.process_time`` *exclusively*: a stage called inside another (the stored snapshot
inside the list of summaries, a field's analysis inside ``add_document``) is charged to
itself, not to both, so the stages add up to the process's CPU. Whoosh's
``add_document`` is split by field (each field's analysis: the text cut into words,
stemmed, its postings made) and the rest of the call (the posting pool, lengths and
stored values); the stored snapshot (SQLite) apart from the speaker directory it makes.

Prints one table per build (seconds and share) and the budget: the stages bare Whoosh
also has (indexing the text, the commit) against those it has not.
Run ``--runs N`` pairs (each pair one after the other, alternating which goes first)
and the table gives min / median / max per stage::

    .venv/bin/python bench/build_stages.py CORPUS [--runs 3] [--compare CHECKOUT]

``--compare CHECKOUT`` also builds, instrumented the same way, with another checkout's
code (``git archive main | tar -x -C CHECKOUT``) in each round, the order turning
round by round; its table and its ratio to this code's follow.

Python's bytecode of warreader's modules (and the checkout's) is compiled first, as an
installed package has it (``pip install`` compiles it; Python writes it at the first
import unless ``PYTHONDONTWRITEBYTECODE`` is set, as it is on some shared machines,
where every build then compiled ~250 modules again: ~0.25 s of CPU a build);
``--no-bytecode`` leaves the folders as they are.

Not part of the tests; asserts nothing.
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

REPO = Path(__file__).resolve().parents[1]

TIMER = r"""
import resource, sys, time
_stack, _spent, _last = ["rest"], {}, [time.process_time()]
def _switch(to=None):
    now = time.process_time()
    _spent[_stack[-1]] = _spent.get(_stack[-1], 0.0) + now - _last[0]
    _last[0] = now
    if to is None:
        _stack.pop()
    else:
        _stack.append(to)
def staged(func, stage):
    def wrapper(*args, **kwargs):
        _switch(stage(*args, **kwargs) if callable(stage) else stage)
        try:
            return func(*args, **kwargs)
        finally:
            _switch()
    return wrapper
def patch(owner, name, stage, static=False):
    real = getattr(owner, name)
    wrapped = staged(real, stage)
    setattr(owner, name, staticmethod(wrapped) if static else wrapped)
def finish():
    _switch("end")
    me = resource.getrusage(resource.RUSAGE_SELF)
    return dict(_spent, total=me.ru_utime + me.ru_stime)
"""

OURS = TIMER + r"""
import json
from warreader.index.corpus import Corpus
from warreader.tui.cli import main
import warreader.index.articles as articles, warreader.index.quotes as quotes
import warreader.index.search.indexer as indexer
import warreader.index.search.stored as stored, warreader.index.search.stored_write as sw
from warreader.index.search.lean_add import LeanAdd
from whoosh.codec.whoosh3 import W3PerDocWriter
from whoosh.writing import SegmentWriter
corpus, index_dir = sys.argv[1], sys.argv[2]
patch(articles, "read_article", "read and clean files")
patch(quotes, "extract_quotes", "extract quotes")
patch(indexer, "article_docs", "documents (dicts) made")
patch(LeanAdd, "_terms", lambda plan, name, value: f"add_document: field {name}", static=True)
patch(LeanAdd, "__call__", "add_document: the rest (pool batch)")
patch(W3PerDocWriter, "add_field", "add_document: lengths and stored values")
patch(SegmentWriter, "add_document", "add_document: Whoosh's own (skipped files)")
patch(SegmentWriter, "commit", "commit (postings sorted and written)")
patch(stored, "_build", "stored snapshot (SQLite): rows")
patch(sw, "_fill_speakers", "stored snapshot (SQLite): speaker directory")
patch(Corpus, "warm_searches", "warming (commonest searches)")
patch(Corpus, "summaries", "list of summaries")
patch(Corpus, "provenance", "quote groups")
sys.argv = ["warreader", "index", corpus, "--index-dir", index_dir]
try:
    main()
except SystemExit:
    pass
print(json.dumps(finish()))
"""

BARE = TIMER + r"""
import json
from pathlib import Path
from whoosh.fields import ID, TEXT, Schema
from whoosh.index import create_in
from whoosh.writing import SegmentWriter
corpus, index_dir = Path(sys.argv[1]), Path(sys.argv[2])
index_dir.mkdir(parents=True)
ix = create_in(str(index_dir), Schema(path=ID(stored=True), title=TEXT, body=TEXT))
w = ix.writer()
for name in ("path", "title", "body"):
    field = w.schema[name]
    real = field.index
    field.index = staged(lambda value, _real=real, **kw: iter(list(_real(value, **kw))),
                         f"add_document: field {name}")
patch(SegmentWriter, "add_document", "add_document: the rest (pool, stored)")
patch(SegmentWriter, "commit", "commit (postings sorted and written)")
def read(f):
    return f.read_text(encoding="utf-8")
read = staged(read, "read files")
for f in sorted(corpus.rglob("*.txt")):
    title, _, body = read(f).partition("\n")
    w.add_document(path=str(f), title=title, body=body)
for name in ("path", "title", "body"):
    del w.schema[name].index  # the class's method again: the schema is pickled at commit
w.commit()
print(json.dumps(finish()))
"""

SHARED = ("add_document", "commit", "read files")
"""Stage name prefixes of the work bare Whoosh does too: indexing text and the commit
(and bare Whoosh's reading of the files, 2% of its build). warreader's ``read and clean
files`` counts as its own: nearly all of it is the cleaning (bare Whoosh reads the same
files in ~0.2 s of CPU at 1,808)."""


def bytecode(root: Path) -> None:
    """Compile the bytecode of the warreader package at ``root`` (its ``index`` and
    ``tui`` folders), as an installed package has it."""
    folders = [str(root / name) for name in ("index", "tui")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *folders], check=True,
                   stdout=subprocess.DEVNULL)


def serial_env(checkout: Path | None, index_dir: Path, cwd: Path) -> tuple[dict, Path]:
    """The environment and folder of a serial build's process: with ``checkout``, that
    checkout's code imported as ``warreader`` through a package folder made beside
    ``index_dir``, run from the checkout."""
    env = dict(os.environ, WARREADER_SERIAL="1")
    if checkout is None:
        return env, cwd
    package = index_dir.with_name(index_dir.name + "-package") / "warreader"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text(f"__path__ = [{str(checkout.resolve())!r}]\n")
    env["PYTHONPATH"] = str(package.parent)
    return env, checkout


def run(code: str, corpus: Path, index_dir: Path, checkout: Path | None = None) -> dict:
    """One instrumented build in a fresh serial process: seconds per stage; with
    ``checkout``, that checkout's code (:func:`serial_env`)."""
    env, cwd = serial_env(checkout, index_dir, REPO)
    out = subprocess.run([sys.executable, "-c", code, str(corpus), str(index_dir)],
                         capture_output=True, text=True, env=env, cwd=cwd, timeout=4 * 3600)
    lines = [x for x in out.stdout.splitlines() if x.startswith("{")]
    if out.returncode or not lines:
        raise SystemExit(f"instrumented build failed:\n{out.stderr[-3000:]}")
    return json.loads(lines[-1])


def table(title: str, builds: list[dict]) -> None:
    """Print min / median / max seconds and the median share of each stage."""
    totals = [b["total"] for b in builds]
    stages = sorted({k for b in builds for k in b if k not in ("total", "end")},
                    key=lambda k: -statistics.median(b.get(k, 0.0) for b in builds))
    print(f"\n{title}: {fmt(totals)} s of CPU in all")
    for stage in stages:
        values = [b.get(stage, 0.0) for b in builds]
        share = 100 * statistics.median(values) / statistics.median(totals)
        print(f"  {stage:<52}{fmt(values):>22} s {share:5.1f}%")


def fmt(values: list[float]) -> str:
    """``min / median / max`` (one value: itself)."""
    if len(values) == 1:
        return f"{values[0]:.2f}"
    return " / ".join(f"{v:.2f}" for v in (min(values), statistics.median(values),
                                             max(values)))


def budget(ours: list[dict], bare: list[dict]) -> None:
    """Print what bare Whoosh also does against what only warreader does."""
    def part(builds: list[dict], shared: bool) -> float:
        return statistics.median(
            sum(v for k, v in b.items() if k not in ("total", "end")
                and k.startswith(SHARED) == shared) for b in builds)
    b_total = statistics.median(b["total"] for b in bare)
    o_shared, o_own = part(ours, True), part(ours, False)
    b_shared = part(bare, True)
    print(f"\nbudget (medians): bare Whoosh {b_total:.2f} s in all, {b_shared:.2f} s of it "
          f"add_document, commit and reading; warreader's add_document and commit "
          f"{o_shared:.2f} s = {o_shared / b_shared:.2f}x that; the stages bare Whoosh has "
          f"not {o_own:.2f} s = {o_own / b_total:.2f}x bare Whoosh's whole build; "
          f"1.3x bare = {1.3 * b_total:.2f} s")


def main() -> int:
    """Instrumented pairs of builds; the tables and the budget."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--compare", type=Path, metavar="CHECKOUT",
                    help="also build with another checkout's code in each round")
    ap.add_argument("--no-bytecode", action="store_true",
                    help="do not compile the bytecode first")
    args = ap.parse_args()
    if not args.no_bytecode:
        for root in (REPO, args.compare):
            if root is not None:
                bytecode(root)
    builds: dict[str, list[dict]] = {"ours": [], "bare": [], "other": []}
    order = [("ours", OURS, None), ("bare", BARE, None)]
    if args.compare is not None:
        order.append(("other", OURS, args.compare))
    with tempfile.TemporaryDirectory(prefix="warreader-stages-") as tmp:
        for n in range(args.runs):
            turn = n % len(order)
            for label, code, checkout in order[turn:] + order[:turn]:
                got = run(code, args.corpus, Path(tmp) / f"{label}-{n}", checkout)
                builds[label].append(got)
            other = (f", {args.compare.name}'s {builds['other'][-1]['total']:.2f} s"
                     if args.compare else "")
            print(f"run {n + 1}: warreader {builds['ours'][-1]['total']:.2f} s, bare Whoosh "
                  f"{builds['bare'][-1]['total']:.2f} s{other}, load "
                  f"{os.getloadavg()[0]:.1f}", flush=True)
    ours, bare = builds["ours"], builds["bare"]
    table("warreader index, serial", ours)
    table("bare Whoosh", bare)
    budget(ours, bare)
    if args.compare is not None:
        other = builds["other"]
        table(f"{args.compare.name}'s warreader index, serial", other)
        budget(other, bare)
        mine = [o["total"] for o in ours]
        print(f"\nper round: this code / {args.compare.name}'s "
              f"{fmt([o / c['total'] for o, c in zip(mine, other, strict=True)])}x; "
              f"ratio to bare Whoosh: this code "
              f"{fmt([o / b['total'] for o, b in zip(mine, bare, strict=True)])}x, "
              f"{args.compare.name}'s "
              f"{fmt([c['total'] / b['total'] for c, b in zip(other, bare, strict=True)])}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
